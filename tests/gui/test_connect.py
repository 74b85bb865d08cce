"""File > Connect to server with a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.connect_dialog import ConnectDialog
from iepbinder.gui.tasks import SyncRunner
from tests.conftest import TODAY


def _fill(qtbot: QtBot, dialog: ConnectDialog, url: str, database: str) -> None:
    split = urlsplit(url)
    qtbot.keyClicks(dialog.host, split.hostname or "")
    dialog.port.setValue(split.port or 5432)
    qtbot.keyClicks(dialog.database, database)
    qtbot.keyClicks(dialog.user, split.username or "")


def test_connecting_opens_the_shared_binder(
    qtbot: QtBot, postgres_url: str, tmp_path: Path
) -> None:
    gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(gui.window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ConnectDialog(gui.window, gui.connect_server, settings)
    qtbot.addWidget(dialog)
    database = urlsplit(postgres_url).path.lstrip("/")
    _fill(qtbot, dialog, postgres_url, database)
    dialog.remember.setChecked(False)
    dialog.buttons.accepted.emit()
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    assert gui.services is not None and gui.services.on_server
    assert gui.window.binder_stack.currentWidget() is gui.window.no_child
    assert database in gui.window.windowTitle()
    split = urlsplit(postgres_url)
    expected = f"postgresql+psycopg://{split.username}@{split.hostname}:{split.port}/{database}"
    assert settings.value("servers/last") == expected
    gui.shutdown()


def test_a_wrong_address_is_explained_in_the_dialog(
    qtbot: QtBot, postgres_url: str, tmp_path: Path
) -> None:
    gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(gui.window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ConnectDialog(gui.window, gui.connect_server, settings)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, postgres_url, "no_such_database")
    dialog.buttons.accepted.emit()
    assert dialog.result() != ConnectDialog.DialogCode.Accepted
    assert "Could not connect to the binder server" in dialog.problem.text()
    assert "no_such_database" in dialog.problem.text()
    assert settings.value("servers/last") is None
    gui.shutdown()
