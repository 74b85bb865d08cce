"""A logged session's evidence, linked document and testing flag, with real widgets on the demo
binder: kept when the day is saved again, and testing time flagged in the ledger."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from iepbinder.domain.service_log import EvidenceSource, SessionStatus
from iepbinder.domain.types import Setting
from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.log_day_dialog import LogDayDialog
from iepbinder.gui.dialogs.session_details import SessionDetailsDialog
from iepbinder.gui.tabs.calendar import CalendarTab
from tests.gui.test_calendar_tab import NOV_30, _child_id, _row, tab  # noqa: F401


def _open_day(tab: CalendarTab) -> LogDayDialog:  # noqa: F811
    tab.log_day(NOV_30)
    dialog = tab.open_dialog
    assert isinstance(dialog, LogDayDialog)
    return dialog


def test_evidence_document_and_testing_are_saved_and_kept(
    qtbot: QtBot,
    gui: GuiApp,  # noqa: F811
    tab: CalendarTab,  # noqa: F811
) -> None:
    dialog = _open_day(tab)
    speech = _row(dialog, "Speech")
    assert not speech.more.isEnabled()  # type: ignore[attr-defined] # nothing logged yet
    qtbot.mouseClick(speech.delivered, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert speech.more.text() == "Details..."  # type: ignore[attr-defined]
    qtbot.mouseClick(speech.more, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    details = dialog.open_dialog
    assert isinstance(details, SessionDetailsDialog)
    details.evidence_source.set_value(EvidenceSource.CHILD_REPORT)
    qtbot.keyClicks(details.evidence_note, "Sam said they did the hearing test instead")
    assert details.document.count() > 1  # the demo's documents are offered
    details.document.setCurrentIndex(1)
    chosen = details.document.value()
    details.setting.set_value(Setting.GEN_ED_PUSH_IN)
    qtbot.keyClick(details.testing, Qt.Key.Key_Space)
    assert details.testing.isChecked()
    details.accept()
    assert speech.more.text() == "Details \u2713..."  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    services = gui.window.context.services  # type: ignore[union-attr]
    child = _child_id(gui)

    def speech_row():  # type: ignore[no-untyped-def]
        rows = services.sessions.list_sessions(child, NOV_30, NOV_30)
        return next(r for r in rows if r.service_type.startswith("Speech"))

    data = speech_row().data
    assert (data.status, data.evidence_source, data.evidence_document_id, data.testing) == (
        SessionStatus.DELIVERED,
        EvidenceSource.CHILD_REPORT,
        chosen,
        True,
    )
    assert data.evidence_note == "Sam said they did the hearing test instead"
    assert data.actual_setting is Setting.GEN_ED_PUSH_IN
    # Saving the day again (a changed note) keeps the details.
    again = _open_day(tab)
    again_speech = _row(again, "Speech")
    assert again_speech.more.text() == "Details \u2713..."  # type: ignore[attr-defined]
    again_speech.note.setText("Hearing screening")  # type: ignore[attr-defined]
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    kept = speech_row().data
    assert (kept.notes, kept.evidence_document_id, kept.testing) == (
        "Hearing screening",
        chosen,
        True,
    )
    # The ledger flags the testing time (DOMAIN.md 2.5).
    ledger = services.ledger.report(child, NOV_30, NOV_30).service("Speech-language therapy")
    assert (speech_row().id, "testing or evaluation time logged as a session") in (
        ledger.ledger.mismatches
    )
    # The session's history: logged, then the note changed (the details stayed).
    third = _open_day(tab)
    third_speech = _row(third, "Speech")
    qtbot.mouseClick(third_speech.more, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    form = third.open_dialog
    assert isinstance(form, SessionDetailsDialog) and form.history_button is not None
    form.history_button.click()
    history = third.history_dialog
    assert history is not None and history.parent() is form
    steps = history.text.toPlainText().split("\n\n")
    assert [step.splitlines()[0].split(" on ")[0] for step in steps] == ["1. Added", "2. Edited"]
    assert "   notes: \u2014 \u2192 Hearing screening" in steps[1].splitlines()
