"""Fixtures of the window tests: a demo binder folder and the window open on it at 1280x800."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from iepbinder.gui.app import GuiApp
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
    return folder


@pytest.fixture
def gui(qtbot: QtBot, demo_folder: Path) -> Iterator[GuiApp]:
    app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.window.resize(1280, 800)
    app.window.show()
    app.open_folder(demo_folder, create=False)
    yield app
    for widget in QApplication.topLevelWidgets():  # dialogs a test left open, so no later test
        if isinstance(widget, QDialog) and widget.isVisible():  # finds them holding the focus
            widget.hide()
            widget.deleteLater()
    app.shutdown()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
