"""The letter dialog writes the letter in the language chosen, whatever the program's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from iepbinder.domain.language import current_language, set_language
from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.letter_dialog import LetterDialog
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[GuiApp]:
    folder = tmp_path / "demo"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
    app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.open_folder(folder, create=False)
    yield app
    app.shutdown()
    set_language("en")


def test_letter_language_switches_the_draft_to_spanish(gui: GuiApp, qtbot: QtBot) -> None:
    assert gui.context is not None
    child = gui.context.services.children.list_children()[0]
    dialog = LetterDialog(None, gui.context, child.id)
    qtbot.addWidget(dialog)
    assert dialog.letter_language() == current_language() == "en"
    assert dialog.body.toPlainText().startswith("Re: ")
    dialog.template.setCurrentIndex(dialog.template.findData("request_records"))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    body = dialog.body.toPlainText()
    assert body.startswith("Asunto: ")
    assert "solicito examinar, revisar y recibir copias" in body
    assert "Atentamente," in body
    # The reply is due 45 days later or the day before the next meeting, in Spanish words.
    assert " de 2026" in body or " de 2027" in body
    assert "Dear " not in body and "Thank you," not in body


def test_the_program_language_is_the_default_letter_language(gui: GuiApp, qtbot: QtBot) -> None:
    assert gui.context is not None
    set_language("es")
    child = gui.context.services.children.list_children()[0]
    dialog = LetterDialog(None, gui.context, child.id)
    qtbot.addWidget(dialog)
    assert dialog.letter_language() == "es"
    assert dialog.template.itemText(0) == "Solicitud de datos"
    # The parent reads Spanish but writes to the school in English.
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.body.toPlainText().startswith("Re: ")
