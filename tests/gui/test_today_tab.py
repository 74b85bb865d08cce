"""The Today tab with real widgets on the demo binder: lists, go to it, snooze, meetings, packet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from iepbinder.domain.reminders import ItemKind, Level, Place, TodayItem
from iepbinder.domain.today_records import ClockEventData, MeetingData
from iepbinder.domain.types import PaperSize
from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.clock_event_dialog import ClockEventDialog
from iepbinder.gui.dialogs.letter_dialog import LetterDialog
from iepbinder.gui.dialogs.meeting_dialog import MeetingDialog
from iepbinder.gui.dialogs.packet_dialog import PacketDialog
from iepbinder.gui.models.today_models import (
    clock_events_model,
    deadlines_model,
    items_model,
    meetings_model,
)
from iepbinder.gui.tabs.calendar import CalendarTab
from iepbinder.gui.tabs.progress import ProgressTab
from iepbinder.gui.tabs.today import TodayTab
from iepbinder.services.meetings import ClockEventRow, MeetingRow
from tests.conftest import TODAY


def today_tab(gui: GuiApp) -> TodayTab:
    tab = gui.window.binder_tabs["today"]
    assert isinstance(tab, TodayTab)
    return tab


def choose(tab: TodayTab, key: str, match: str) -> TodayItem:
    model = tab.models[key]
    titles = [model.row_at(r).title for r in range(model.rowCount())]
    row = next(i for i, title in enumerate(titles) if match in title)
    tab.tables[key].selectRow(row)
    assert tab.chosen is not None
    return tab.chosen


def test_today_is_the_first_tab_and_shows_the_demo(gui: GuiApp) -> None:
    tab = today_tab(gui)
    assert gui.window.tabs.widget(0) is tab
    assert gui.window.tabs.currentWidget() is tab
    assert tab.heading.text() == "Today, November 29, 2026"
    assert "Next check-in: December 7." in tab.calm.text()
    assert tab.models["this_week"].rowCount() == 2
    overdue = [
        tab.models["overdue"].row_at(r).title for r in range(tab.models["overdue"].rowCount())
    ]
    assert overdue == [  # from the communication log: oldest due first
        "Follow-up overdue: Fall progress check-in",
        "James Okafor promised: Send a make-up schedule for the missed speech sessions by "
        "October 29, 2026",
        # The demo's school email asks for an answer and names Friday, November 20: its log
        # entry's follow-up fell due on Nov 20, nine days before today.
        "Follow-up overdue: Speech sessions this week and the data you asked for",
        "No reply yet: Make-up sessions for the missed speech therapy",
    ]
    level = tab.models["alerts"].index(0, 0).data()
    assert level == "\u26a0 Action"  # a symbol and a word, never colour alone
    assert tab.meetings.model.rowCount() == 1
    assert tab.deadlines_model.rowCount() >= 4
    tab.deadlines.selectRow(0)
    assert "possible deadline" in tab.derivation.text().lower()
    assert "December 7, 2026" in tab.derivation.text()


def test_go_to_it_opens_the_place_to_act(gui: GuiApp, qtbot: QtBot) -> None:
    tab = today_tab(gui)
    item = choose(tab, "alerts", "Speech-language therapy: net delivery")
    assert item.place == Place("calendar", "service:Speech-language therapy")
    qtbot.mouseClick(tab.go_button, Qt.MouseButton.LeftButton)
    calendar = gui.window.binder_tabs["calendar"]
    assert isinstance(calendar, CalendarTab)
    assert gui.window.tabs.currentWidget() is calendar
    assert calendar.service_filter.currentData() == "Speech-language therapy"
    assert list(calendar.ledger_panel.boxes) == ["Speech-language therapy"]
    gui.window.tabs.setCurrentWidget(tab)
    choose(tab, "alerts", "Math problem solving")
    qtbot.keyClick(tab.tables["alerts"], Qt.Key.Key_Return)
    progress = gui.window.binder_tabs["progress"]
    assert isinstance(progress, ProgressTab)
    assert gui.window.tabs.currentWidget() is progress
    assert progress.goal_id is not None
    chosen = progress.goals_model.row_at(progress.goals.currentIndex().row())
    assert chosen.name == "Math problem solving"


def test_the_suggested_letter_opens_filled_in(gui: GuiApp, qtbot: QtBot) -> None:
    tab = today_tab(gui)
    choose(tab, "alerts", "Speech-language therapy: net delivery")
    assert tab.letter_button.isEnabled()
    assert "Concern about services (implementation)" in tab.letter_button.text()
    qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_message
    assert isinstance(dialog, LetterDialog)
    assert dialog.template_key() == "implementation_concern"
    body = dialog.body.toPlainText()
    assert "Speech-language therapy" in body and "[fill in" not in body
    dialog.close()
    choose(tab, "wins", "Reading fluency")
    assert not tab.letter_button.isEnabled()


def test_snooze_and_done_take_items_off_the_list(gui: GuiApp, qtbot: QtBot) -> None:
    tab = today_tab(gui)
    choose(tab, "this_week", "Ask for the draft IEP")
    qtbot.mouseClick(tab.snooze_button, Qt.MouseButton.LeftButton)
    assert tab.models["this_week"].rowCount() == 1
    assert "1 quiet item(s) hidden" in tab.calm.text()
    choose(tab, "this_week", "Decide who comes")
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert tab.boxes["this_week"].isHidden()
    tab.stable.setChecked(True)
    assert not any(
        tab.models["alerts"].row_at(r).level is Level.INFO
        for r in range(tab.models["alerts"].rowCount())
    )


def test_a_meeting_is_added_and_its_packet_saved(gui: GuiApp, qtbot: QtBot, tmp_path: Path) -> None:
    tab = today_tab(gui)
    qtbot.mouseClick(tab.meetings.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    assert isinstance(dialog, MeetingDialog)
    dialog.day.edit.setText("12/15/2026")
    dialog.purpose.set_text("Talk about the speech make-up sessions")
    people = "James Okafor (speech-language pathologist)\n\nAna Rodríguez (parent)"
    dialog.attendees.set_text(people)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert tab.meetings.model.rowCount() == 2
    added = tab.meetings.model.row_at(1)
    assert added.data.attendees == (
        "James Okafor (speech-language pathologist)", "Ana Rodríguez (parent)",
    )  # fmt: skip
    qtbot.mouseClick(tab.packet_button, Qt.MouseButton.LeftButton)
    packet = tab.open_dialog
    assert isinstance(packet, PacketDialog)
    qtbot.addWidget(packet)
    assert packet.meeting.currentData() == dt.date(2026, 12, 8)
    assert packet.end.value() == TODAY
    target = tmp_path / "packet.pdf"
    packet.export_to(target)
    assert "Saved" in packet.status.text()
    text = PdfReader(target).pages[0].extract_text()
    assert "Meeting packet" in text and "Dec 8, 2026, 3:30 pm" in text
    packet.show_preview()
    assert packet.preview is not None and packet.preview.document.pageCount() > 5
    packet.preview.reject()
    packet.reject()


def test_a_date_that_starts_a_clock_gives_its_deadline(gui: GuiApp, qtbot: QtBot) -> None:
    tab = today_tab(gui)
    assert tab.events.model.rowCount() == 1  # the demo's records request
    qtbot.mouseClick(tab.events.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    assert isinstance(dialog, ClockEventDialog)
    dialog.rule.setCurrentIndex(dialog.rule.findData("T-STATE-COMPLAINT"))
    dialog.day.edit.setText("2026-09-15")
    dialog.description.setText("Speech stopped for three weeks")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert tab.events.model.rowCount() == 2
    rows = tab.deadlines_model.rows()
    complaint = next(r for r in rows if r.deadline.rule_id == "T-STATE-COMPLAINT")
    assert complaint.deadline.due_date == dt.date(2027, 9, 15)  # Sep 15, 2026 + 1 year
    item = choose(tab, "coming_up", "records request")
    assert item.place == Place("today", "event:1")
    qtbot.mouseClick(tab.go_button, Qt.MouseButton.LeftButton)
    selected = tab.events.model.row_at(tab.events.table.current_row())
    assert selected.id == 1 and selected.data.rule_id == "T-RECORDS"


def test_the_calendar_file_is_saved_from_the_tab(gui: GuiApp, tmp_path: Path) -> None:
    from icalendar import Calendar

    tab = today_tab(gui)
    target = tmp_path / "maya.ics"
    tab.export_ics_to(target)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert any("IEP meeting" in str(e["SUMMARY"]) for e in events)


def test_a_child_with_nothing_due_sees_the_calm_message(gui: GuiApp) -> None:
    from iepbinder.domain.records import ChildData, IepData
    from iepbinder.domain.types import IepKind

    context = gui.window.context
    assert context is not None
    child = context.services.children.add_child(ChildData("Leo")).row
    plan = IepData(IepKind.ANNUAL, meeting_date=dt.date(2026, 11, 20),
                   start_date=dt.date(2027, 1, 5))  # fmt: skip
    context.services.plans.add_plan(child.id, plan)
    context.services.today.mark_done(f"child:{child.id}:check-in:2026-11-02")
    tab = today_tab(gui)
    tab.set_child(child.id)
    assert tab.calm.text() == "All caught up. Next check-in: December 7."
    assert all(box.isHidden() for box in tab.boxes.values())
    assert tab.render_pdf(PaperSize.LETTER) is None  # the packet needs a meeting


def test_a_child_without_an_iep_is_sent_to_the_guided_start(gui: GuiApp) -> None:
    from iepbinder.domain.records import ChildData

    context = gui.window.context
    assert context is not None
    child = context.services.children.add_child(ChildData("Leo")).row
    tab = today_tab(gui)
    tab.set_child(child.id)
    assert "Start with Leo's IEP" in tab.calm.text()
    assert gui.window.tabs.currentWidget() is gui.window.binder_tabs["glance"]


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    items = items_model()
    items.set_rows([
        TodayItem("a", ItemKind.DEADLINE, Level.WATCH, "Annual review", "Counted from...",
                  dt.date(2027, 3, 10), Place("glance", "plan:1"), "request_meeting"),
        TodayItem("b", ItemKind.WIN, Level.INFO, "Reading is on track", "", None,
                  Place("progress", "goal:1")),
    ])  # fmt: skip
    qtmodeltester.check(items)
    assert items.index(1, 0).data() == "\u2605 Win"
    meetings = meetings_model()
    meetings.set_rows([MeetingRow(1, 1, 1, MeetingData(dt.date(2026, 12, 8), dt.time(15, 30),
                                                       "Room B", "Review"))])  # fmt: skip
    qtmodeltester.check(meetings)
    assert meetings.index(0, 0).data() == "Tue Dec 8 3:30 pm"
    qtmodeltester.check(deadlines_model())
    events = clock_events_model()
    events.set_rows([ClockEventRow(1, 1, 1, ClockEventData("T-RECORDS", dt.date(2026, 11, 20),
                                                            "Asked for records"))])  # fmt: skip
    qtmodeltester.check(events)
