"""The Communication tab with real widgets on a real binder: keyboard entry, filters, counts."""

from __future__ import annotations

import datetime as dt
import email
from collections.abc import Iterator
from email.policy import default as default_policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from iepbinder.domain.commlog import Channel, EntryStatus, Initiator, LogEntryData, Participant
from iepbinder.domain.records import ChildData
from iepbinder.gui.app import GuiApp
from iepbinder.gui.tabs.communication import CommunicationTab
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A binder with one child and 10,000 log entries ('Topic 0' to 'Topic 9999')."""
    folder = tmp_path_factory.mktemp("big") / "binder"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        child = services.children.add_child(ChildData(first_name="Sam", last_name="Lee")).row
        entries = [
            LogEntryData(
                dt.date(2020, 1, 1) + dt.timedelta(days=n % 2000), Channel.EMAIL,
                participants=(Participant(f"Teacher {n % 40}"),), topic=f"Topic {n}",
                summary="Asked about the reading group and the data sheets.",
                initiated_by=Initiator.SCHOOL, status=EntryStatus.DONE,
            )
            for n in range(10_000)
        ]  # fmt: skip
        services.commlog.import_entries(child.id, entries)
    return folder


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[GuiApp]:
    app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.window.resize(1280, 800)
    app.window.show()
    yield app
    app.shutdown()


def open_tab(gui: GuiApp, folder: Path) -> CommunicationTab:
    gui.open_folder(folder, create=False)
    tab = gui.window.binder_tabs["communication"]
    assert isinstance(tab, CommunicationTab)
    gui.window.tabs.setCurrentWidget(tab)
    return tab


def tab_title(gui: GuiApp, tab: CommunicationTab) -> str:
    return gui.window.tabs.tabText(gui.window.tabs.indexOf(tab))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_the_tab_comes_after_at_a_glance_and_counts_follow_ups(
    gui: GuiApp, demo_folder: Path
) -> None:
    tab = open_tab(gui, demo_folder)
    tabs = gui.window.tabs
    assert tabs.indexOf(tab) > tabs.indexOf(gui.window.binder_tabs["glance"])
    assert tab_title(gui, tab) == "Co&mmunication (\u26a0 3)"
    assert tab.log.model.rowCount() == 11
    assert tab.log.filters.count.text() == "11 entries \u00b7 \u26a0 3 need you"


# Offscreen, the completer's popup cannot grab the keyboard and windows cannot be raised.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_add_an_entry_from_the_keyboard_alone(gui: GuiApp, demo_folder: Path, qtbot: QtBot) -> None:
    tab = open_tab(gui, demo_folder)
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    tab.log.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focused() is tab.log.editor.date.edit
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "11/27")
    for text in ("3:15 pm", "P", "T", "Karen Liu, James Okafor", "Speech make-up schedule"):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is tab.log.editor.summary
    qtbot.keyClicks(focused(), "Mr. Okafor called: the make-up sessions start Dec 1.")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.log.model.rowCount() == 12
    entry = tab.log.editor.entry
    assert entry is not None
    data = entry.data
    assert (data.event_date, data.event_time) == (dt.date(2026, 11, 27), dt.time(15, 15))
    assert (data.channel, data.initiated_by) == (Channel.PHONE, Initiator.SCHOOL)
    assert [p.name for p in data.participants] == ["Karen Liu", "James Okafor"]
    assert all(p.contact_id is not None for p in data.participants)
    assert data.topic == "Speech make-up schedule"
    assert data.status is EntryStatus.DONE  # a call the school made: nothing to wait for
    assert gui.window.statusBar().currentMessage() == "Saved."
    row = tab.log.model.row_of(entry.id)
    assert tab.log.model.index(row, 3).data() == "Speech make-up schedule"


def test_a_typing_mistake_is_shown_beside_the_field(gui: GuiApp, demo_folder: Path) -> None:
    tab = open_tab(gui, demo_folder)
    editor = tab.log.editor
    tab.log.new_entry()
    editor.time.setText("25:99")
    editor.request_save()
    assert editor.rows["event_time"].error_label.text().startswith("\u26a0 '25:99' is not a time")
    assert editor.rows["topic"].error_label.isHidden()
    assert tab.log.model.rowCount() == 11


def test_filter_ten_thousand_entries_by_text_and_see_the_count(
    gui: GuiApp, big_folder: Path, qtbot: QtBot
) -> None:
    tab = open_tab(gui, big_folder)
    log = tab.log
    assert log.model.rowCount() == 10_000
    assert log.filters.count.text() == "10,000 entries"
    qtbot.keyClicks(log.filters.search, "topic 999")
    # Every word must appear: '999' is in Topic 999, 1999, 2999, ... 8999 (9 topics) and in
    # Topic 9990 to 9999 (10 more): 19 entries.
    assert log.model.rowCount() == 19
    assert log.filters.count.text() == "19 of 10,000 entries"
    topics = {log.model.index(r, 3).data() for r in range(log.model.rowCount())}
    numbers = [999, *(k * 1000 + 999 for k in range(1, 9)), *range(9990, 10_000)]
    assert topics == {f"Topic {n}" for n in numbers}
    # Another filter narrows further: Teacher 30 is in entries n with n % 40 == 30. Every
    # x999 leaves 39 (1000 is a multiple of 40), and of 9990..9999 only 9990 leaves 30.
    index = log.filters.person.findText("Teacher 30")
    log.filters.person.setCurrentIndex(index)
    assert log.filters.count.text() == "1 of 10,000 entries"
    log.filters.clear()
    assert log.model.rowCount() == 10_000


def test_mark_a_follow_up_done_and_the_count_goes_down(gui: GuiApp, demo_folder: Path) -> None:
    tab = open_tab(gui, demo_folder)
    log = tab.log
    row = next(
        r
        for r in range(log.model.rowCount())
        if log.model.index(r, 3).data() == "Fall progress check-in"
    )
    assert log.model.index(row, 4).data() == "\u26a0 Overdue since Oct 29"
    log.table.selectRow(row)
    assert log.editor.done_button.isEnabled()
    log.editor.done_button.click()
    assert tab_title(gui, tab) == "Co&mmunication (\u26a0 2)"
    assert log.filters.count.text() == "11 entries \u00b7 \u26a0 2 need you"
    row = log.model.row_of(log.editor.entry.id)  # type: ignore[union-attr]
    assert log.model.index(row, 4).data() == "\u2713 Done"
    history = gui.services.commlog.history(log.editor.entry.id)  # type: ignore[union-attr]
    assert [r.action for r in history] == ["created", "follow-up done"]


def test_editing_an_entry_keeps_the_history_and_shows_it(
    gui: GuiApp, demo_folder: Path, qtbot: QtBot
) -> None:
    tab = open_tab(gui, demo_folder)
    log = tab.log
    log.table.selectRow(0)
    editor = log.editor
    editor.topic.setText("Date of the winter conferences (January)")
    editor.request_save()
    assert log.model.index(0, 3).data() == "Date of the winter conferences (January)"
    editor.history_button.click()
    dialog = log.open_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()  # type: ignore[attr-defined]
    assert "1. Written down on" in text and "2. Edited on" in text
    assert (
        "topic: Date of the winter parent conferences \u2192 Date of the winter conferences "
        "(January)" in text
    )


def test_table_models_pass_the_model_tester(qtmodeltester, demo_folder: Path) -> None:  # type: ignore[no-untyped-def]
    from iepbinder.gui.dialogs.contacts_dialog import contact_model
    from iepbinder.gui.models.journal_models import check_model, journal_model, not_provided_model
    from iepbinder.gui.models.log_model import LogTableModel
    from iepbinder.gui.tabs.concerns_view import concern_model
    from iepbinder.gui.tabs.letters_view import letter_model
    from iepbinder.services.commlog_query import LogQuery

    with open_services(demo_folder, today=lambda: TODAY) as services:
        child = services.children.choose_child(None)
        log = LogTableModel()
        log.set_rows(services.commlog.list_rows(child.id).rows)
        qtmodeltester.check(log)
        log.sort(4, Qt.SortOrder.AscendingOrder)
        log.set_query(LogQuery(text="extended"))
        qtmodeltester.check(log)
        assert log.rowCount() == 3
        for make, rows in (
            (journal_model, services.journal.list_journal(child.id)),
            (check_model, services.journal.list_checks(child.id)),
            (not_provided_model, services.journal.not_provided(child.id)),
            (concern_model, services.concerns.list_concerns(child.id)),
            (letter_model, services.letters.list_letters(child.id)),
            (contact_model, services.team.list_contacts()),
        ):
            model = make()
            model.set_rows(list(rows))
            qtmodeltester.check(model)
            assert model.rowCount() == len(rows) > 0


def test_a_letter_from_a_template_with_tone_hints_and_outputs(
    gui: GuiApp, demo_folder: Path, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(gui, demo_folder)
    tab.pages.setCurrentWidget(tab.letters)
    assert tab.letters.section.model.rowCount() == 1  # the demo's letter, already sent
    tab.letters.new_letter()
    dialog = tab.letters.open_dialog
    assert dialog is not None
    dialog.template.setCurrentIndex(dialog.template.findData("goal_data"))
    body = dialog.body.toPlainText()
    assert "Dear Karen Liu," in body and "(page 8)" in body
    assert dialog.notes.item(0).text() == "\u2713 Every field is filled and the tone reads calm."
    dialog.body.appendPlainText("You NEVER answer!!")
    dialog.body.check_tone()
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert any("reads as shouting" in note for note in notes)
    assert any("exclamation mark" in note for note in notes)
    assert any("can read as an accusation" in note for note in notes)
    target = tmp_path / "draft.eml"
    # The system's save dialog cannot be driven offscreen; answer it with a chosen file name.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_eml()
    message = email.message_from_bytes(target.read_bytes(), policy=default_policy)
    assert message["To"] == "Karen Liu <kliu@riverside-usd.example.org>"
    assert "You NEVER answer!!" in message.get_content()
    assert dialog.status.text().startswith("Logged in the communication log with a follow-up on")
    tab.pages.setCurrentWidget(tab.log)  # the log behind the letters reloads when shown
    assert tab.log.model.rowCount() == 12
    assert tab.letters.section.model.rowCount() == 2
    dialog.copy()  # using it again does not log it twice
    assert QApplication.clipboard().text().startswith("Progress data on the Reading fluency goal")
    assert tab.log.model.rowCount() == 12


def test_journal_entry_and_accommodation_check(gui: GuiApp, demo_folder: Path) -> None:
    tab = open_tab(gui, demo_folder)
    journal = tab.journal
    points = journal.chart.series[next(iter(journal.chart.series))].count()
    form = journal.journal_form
    form.scales[next(iter(form.scales))].setCurrentIndex(5)  # mood 5 - Very good
    form.child_said.set_text("Said math was fun.")
    form.request_save()
    assert journal.chart.series[next(iter(journal.chart.series))].count() == points + 1
    assert journal.entries.model.row_at(0).data.child_said == "Said math was fun."
    before = journal.counts.model.row_at(0)
    assert (before.class_name, before.not_provided) == ("Math", 3)
    journal.check_form.request_save()  # extended time, Math, today, not provided
    after = journal.counts.model.row_at(0)
    assert (after.not_provided, after.checked) == (4, 6)


def test_concerns_show_the_ladder_and_possible_deadlines(gui: GuiApp, demo_folder: Path) -> None:
    tab = open_tab(gui, demo_folder)
    concerns = tab.concerns
    assert concerns.list.model.rowCount() == 1
    deadlines = concerns.deadlines.text()
    assert deadlines.count("possible deadline, verify") == 2
    assert "State complaint" in deadlines and "Due process hearing request" in deadlines
    assert "\u2192 Special-education coordinator" in concerns.ladder.text()
    concerns.letter_button.click()
    assert tab.pages.currentWidget() is tab.letters
    dialog = tab.letters.open_dialog
    assert dialog is not None and dialog.concern_id == concerns.rows[0].id


def test_print_the_log_page_from_the_tab(
    gui: GuiApp, demo_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    open_tab(gui, demo_folder)
    target = tmp_path / "log.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    gui.window.commands.export_pdf.trigger()
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Communication log" in text and "Fall progress check-in" in text


def test_changes_are_saved_when_another_entry_is_chosen(gui: GuiApp, demo_folder: Path) -> None:
    tab = open_tab(gui, demo_folder)
    log = tab.log
    log.table.selectRow(0)
    first = log.editor.entry
    assert first is not None
    log.editor.summary.set_text("Conferences are in the second week of January.")
    assert log.editor.dirty
    log.table.selectRow(3)  # choosing another entry saves the typing first
    assert log.editor.entry is not None and log.editor.entry.id != first.id
    saved = gui.services.commlog.get_entry(first.id)  # type: ignore[union-attr]
    assert saved.data.summary == "Conferences are in the second week of January."
    assert saved.revision_count == 2


def test_the_no_reply_setting_changes_what_needs_a_follow_up(
    gui: GuiApp, demo_folder: Path
) -> None:
    tab = open_tab(gui, demo_folder)
    log = tab.log
    assert log.no_reply_days.value() == 5
    # The speech email went out Monday Nov 16; with 10 school days a reply is due Nov 30,
    # after today (Nov 29), so only the overdue meeting and the school's emailed question of
    # Nov 17 (filed with the demo's documents; an answer was due Nov 19) still need the parent.
    log.no_reply_days.setValue(10)
    assert tab_title(gui, tab) == "Co&mmunication (\u26a0 2)"
    assert gui.services.settings.get("followup.no_reply_school_days") == 10  # type: ignore[union-attr]


def test_a_read_only_binder_shows_the_log_without_editing(gui: GuiApp, demo_folder: Path) -> None:
    with open_services(demo_folder):  # another program holds the binder for writing
        tab = open_tab(gui, demo_folder)
        assert tab.log.model.rowCount() == 11
        assert not tab.log.new_button.isVisible()
        assert not tab.log.editor.save_button.isVisibleTo(tab.log.editor)
        assert not tab.log.no_reply_days.isEnabled()
        gui.shutdown()


def test_save_the_filtered_dates_as_csv(
    gui: GuiApp, demo_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv

    tab = open_tab(gui, demo_folder)
    tab.log.filters.start.set_value(dt.date(2026, 11, 1))
    tab.log.filters.start.edit.editingFinished.emit()
    assert tab.log.filters.count.text().startswith("6 of 11 entries")
    target = tmp_path / "log"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.log.csv_button.click()
    rows = list(csv.DictReader(target.with_suffix(".csv").open(encoding="utf-8-sig")))
    assert [row["date"] for row in rows] == [
        "2026-11-05", "2026-11-06", "2026-11-16", "2026-11-17", "2026-11-23", "2026-11-26",
    ]  # fmt: skip
