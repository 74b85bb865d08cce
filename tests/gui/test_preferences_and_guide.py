"""Edit > Preferences (stored, applied: dark look, larger text) and Help > User guide."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iepbinder import __version__
from iepbinder.gui.app import GuiApp
from iepbinder.gui.appearance import (
    LANGUAGE_KEY,
    Preferences,
    apply_preferences,
    is_dark,
    load_preferences,
)
from iepbinder.gui.dialogs.guide_dialog import GuideDialog, guide_path
from iepbinder.gui.dialogs.preferences import PreferencesDialog
from iepbinder.gui.tasks import SyncRunner
from tests.conftest import TODAY

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings_folder(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Preferences go to a temporary INI file, never to the tester's own settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    apply_preferences(qapp, Preferences())
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[GuiApp]:
    app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.window.resize(1280, 800)
    app.window.show()
    yield app
    app.shutdown()


def test_preferences_are_stored_and_dark_look_and_larger_text_apply_now(
    gui: GuiApp, qtbot: QtBot, settings_folder: Path, qapp: QApplication
) -> None:
    system_size = qapp.font().pointSizeF()
    assert not is_dark()
    gui.window.commands.preferences.trigger()
    dialog = gui.window.files.preview
    assert isinstance(dialog, PreferencesDialog)
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.language_note.isVisible()  # "takes effect when you next open IEP Binder"
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.text_size.setCurrentIndex(dialog.text_size.findData("larger"))
    dialog.accept()

    assert QSettings().value(LANGUAGE_KEY) == "es"  # the key the translator is loaded from
    assert load_preferences() == Preferences("es", "dark", "larger")
    assert is_dark()
    window_colour = qapp.palette().color(QPalette.ColorRole.Window)
    text_colour = qapp.palette().color(QPalette.ColorRole.WindowText)
    assert text_colour.lightnessF() - window_colour.lightnessF() > 0.6  # light text on dark
    assert qapp.font().pointSizeF() == pytest.approx(system_size * 1.25)

    apply_preferences(qapp, Preferences())
    assert not is_dark()
    assert qapp.font().pointSizeF() == pytest.approx(system_size)


def test_preferences_has_the_standard_shortcut_and_sits_in_the_edit_menu(gui: GuiApp) -> None:
    action = gui.window.commands.preferences
    assert not action.shortcut().isEmpty()
    edit_menu = next(
        m.menu() for m in gui.window.menuBar().actions() if m.text() == gui.window.tr("&Edit")
    )
    assert action in edit_menu.actions()


def test_help_user_guide_opens_the_guide_with_its_pictures(gui: GuiApp) -> None:
    gui.window.commands.user_guide.trigger()
    dialog = gui.window.files.preview
    assert isinstance(dialog, GuideDialog)
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.startswith("IEP Binder user guide")
    assert "meeting packet" in text
    names = dialog.image_names()
    assert "screenshots/today-1280x800.png" in names
    image = dialog.browser.document().resource(3, names[0])  # 3: QTextDocument.ImageResource
    assert image is not None and not image.isNull()
    dialog.close()


def test_the_shipped_guide_is_the_one_in_docs_with_every_picture() -> None:
    docs_guide = REPO / "docs" / "USER_GUIDE.md"
    assert guide_path().read_text(encoding="utf-8") == docs_guide.read_text(encoding="utf-8")
    pictures = re.findall(r"\((screenshots/[\w.-]+\.png)\)", docs_guide.read_text("utf-8"))
    assert len(pictures) >= 8
    for name in pictures:
        shipped = guide_path().parent / name
        assert shipped.read_bytes() == (REPO / "docs" / name).read_bytes(), name


def test_about_says_version_licence_and_the_privacy_promise(gui: GuiApp) -> None:
    text = gui.window.files.about_text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert "stays on this computer" in text
    assert "unless you connect it to a server yourself" in text
    help_menu = next(
        m.menu() for m in gui.window.menuBar().actions() if m.text() == gui.window.tr("&Help")
    )
    commands = gui.window.commands
    assert {commands.user_guide, commands.about} <= set(help_menu.actions())


def test_the_file_menu_offers_what_the_readme_promises(gui: GuiApp) -> None:
    file_menu = next(
        m.menu() for m in gui.window.menuBar().actions() if m.text() == gui.window.tr("&File")
    )
    commands = gui.window.commands
    wanted = {commands.connect_server, commands.back_up_now, commands.restore_backup}
    assert wanted <= set(file_menu.actions())
    assert not commands.back_up_now.isEnabled()  # no binder open yet
