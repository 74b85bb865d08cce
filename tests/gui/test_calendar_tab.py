"""The Calendar tab with real widgets on the demo binder: logging by mouse and keyboard, the week
action, the school's CSV log, and the same figures in the panel, the PDF and the command line."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from iepbinder.domain.ledger_text import minutes_text, percent_text
from iepbinder.domain.school_calendar import DayKind
from iepbinder.domain.service_log import LogSource, ReasonCode, SessionStatus
from iepbinder.domain.types import PaperSize
from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.log_day_dialog import LogDayDialog
from iepbinder.gui.dialogs.school_calendar_dialog import event_model
from iepbinder.gui.dialogs.school_log_dialog import (
    SchoolLogDialog,
    discrepancy_model,
    preview_model,
)
from iepbinder.gui.models.month_model import MonthModel
from iepbinder.gui.tabs.calendar import CalendarTab
from tests.conftest import TODAY
from tests.unit.test_cli import iepbinder

NOV_30 = dt.date(2026, 11, 30)  # a Monday after the demo's last logged day: sessions expected


@pytest.fixture
def tab(gui: GuiApp) -> CalendarTab:
    calendar = gui.window.binder_tabs["calendar"]
    assert isinstance(calendar, CalendarTab)
    gui.window.tabs.setCurrentWidget(calendar)
    return calendar


def _child_id(gui: GuiApp) -> int:
    child = gui.window.current_child_id()
    assert child is not None
    return child


def _sessions_on(gui: GuiApp, day: dt.date) -> dict[str, tuple[SessionStatus, int, int]]:
    services = gui.window.context.services  # type: ignore[union-attr]
    rows = services.sessions.list_sessions(_child_id(gui), day, day, source=LogSource.PARENT)
    return {
        r.service_type: (r.data.status, r.data.scheduled_minutes, r.data.minutes_delivered)
        for r in rows
    }


def _row(dialog: LogDayDialog, prefix: str) -> object:
    return next(r for r in dialog.rows if r.line.service.startswith(prefix))


def _choose(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))
    assert combo.currentText() == text


def test_month_shows_expected_and_logged_sessions_with_symbols(tab: CalendarTab) -> None:
    assert tab.month_label.text() == "November 2026"
    text = tab.month_model.data(tab.month_model.index_of(NOV_30))
    assert "\u25cb Speech 30" in text and "\u25cb Reading 45" in text  # expected, not logged
    missed = tab.month_model.data(tab.month_model.index_of(dt.date(2026, 11, 9)))
    assert "\u2717 Speech 30" in missed  # provider absent that day
    thanksgiving = tab.month_model.data(tab.month_model.index_of(dt.date(2026, 11, 26)))
    assert "Thanksgiving break" in thanksgiving
    tooltip = tab.month_model.data(
        tab.month_model.index_of(dt.date(2026, 11, 9)), Qt.ItemDataRole.ToolTipRole
    )
    assert "Speech-language therapy: missed, 30 min (provider absent)" in tooltip


def test_log_a_session_by_mouse(qtbot: QtBot, gui: GuiApp, tab: CalendarTab) -> None:
    before = tab.ledger_panel.value_text("Speech-language therapy", "delivered")
    index = tab.month_model.index_of(NOV_30)
    center = tab.grid.visualRect(index).center()
    qtbot.mouseClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=center)
    dialog = tab.open_dialog
    assert isinstance(dialog, LogDayDialog) and dialog.day == NOV_30
    speech = _row(dialog, "Speech")
    qtbot.mouseClick(speech.delivered, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert speech.minutes.value() == 30  # type: ignore[attr-defined]
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert tab.open_dialog is None
    assert _sessions_on(gui, NOV_30)["Speech-language therapy"] == (SessionStatus.DELIVERED, 30, 30)
    assert "\u2713 Speech 30" in tab.month_model.data(tab.month_model.index_of(NOV_30))
    # The ledger's range ends today (Nov 29), so the panel is unchanged; widen it to Nov 30.
    assert tab.ledger_panel.value_text("Speech-language therapy", "delivered") == before
    tab.to_field.set_value(NOV_30)
    tab.refresh_ledger()
    after = tab.ledger_panel.value_text("Speech-language therapy", "delivered")
    assert int(after.split()[0]) == int(before.split()[0]) + 30


def test_log_a_day_by_keyboard(qtbot: QtBot, gui: GuiApp, tab: CalendarTab) -> None:
    tab.grid.setFocus()
    assert tab.grid.current_day() == TODAY  # Sunday Nov 29
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)  # Sunday Dec 6
    for _ in range(6):
        qtbot.keyClick(tab.grid, Qt.Key.Key_Left)  # back to Monday Nov 30
    assert tab.grid.current_day() == NOV_30
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    dialog = tab.open_dialog
    assert isinstance(dialog, LogDayDialog)
    reading, speech = _row(dialog, "Specialized"), _row(dialog, "Speech")
    qtbot.keyClick(reading.status, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    for _ in range(3):
        qtbot.keyClick(speech.status, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert speech.status.value() is SessionStatus.MISSED  # type: ignore[attr-defined]
    qtbot.keyClick(speech.reason, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert speech.attribution.itemText(0) == "Default (School)"  # type: ignore[attr-defined]
    qtbot.keyClicks(speech.note, "Therapist out sick")  # type: ignore[attr-defined]
    qtbot.keyClick(speech.note, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    logged = _sessions_on(gui, NOV_30)
    assert logged["Specialized academic instruction (reading)"] == (SessionStatus.DELIVERED, 45, 45)
    assert logged["Speech-language therapy"] == (SessionStatus.MISSED, 30, 0)
    services = gui.window.context.services  # type: ignore[union-attr]
    row = next(
        r
        for r in services.sessions.list_sessions(_child_id(gui), NOV_30, NOV_30)
        if r.service_type.startswith("Speech")
    )
    assert row.data.reason is ReasonCode.PROVIDER_ABSENT and row.data.notes == "Therapist out sick"
    qtbot.keyClick(tab.grid, Qt.Key.Key_PageDown)
    assert tab.month_label.text() == "December 2026"


def test_mark_this_week_delivered(gui: GuiApp, tab: CalendarTab) -> None:
    tab.grid.select_day(NOV_30)
    tab.week_menu.aboutToShow.emit()
    action = next(a for a in tab.week_menu.actions() if a.text() == "Speech-language therapy")
    action.trigger()
    # 2 x 30 a week; the week of Nov 30 has 5 school days, so two sessions are expected:
    # the suggested days are the 1st and 3rd school days (Mon Nov 30 and Wed Dec 2).
    services = gui.window.context.services  # type: ignore[union-attr]
    week = services.sessions.list_sessions(_child_id(gui), NOV_30, NOV_30 + dt.timedelta(days=4))
    speech = [
        (r.data.date, r.data.status, r.data.minutes_delivered)
        for r in week
        if r.service_type.startswith("Speech")
    ]
    assert speech == [
        (NOV_30, SessionStatus.DELIVERED, 30),
        (dt.date(2026, 12, 2), SessionStatus.DELIVERED, 30),
    ]
    assert "\u2713 Speech 30" in tab.month_model.data(tab.month_model.index_of(NOV_30))
    action.trigger()  # a second time adds nothing: those days are already logged
    again = services.sessions.list_sessions(_child_id(gui), NOV_30, NOV_30 + dt.timedelta(days=4))
    assert len(again) == len(week)


CSV_WITH_A_BAD_ROW = (
    "Session Date,Service,Attendance,Minutes,Comments\n"
    "12/1/2026,Speech,Provided,30,\n"
    "13/45/2026,Speech,Provided,30,typo in the date\n"
    "12/3/2026,Speech,Missed,0,Therapist absent\n"
    "12/3/2026,Counseling,Provided,30,\n"
)


def test_csv_with_a_malformed_row_imports_the_others(
    qtbot: QtBot, gui: GuiApp, tab: CalendarTab
) -> None:
    tab.import_school_log(CSV_WITH_A_BAD_ROW.encode(), "school-log.csv")
    dialog = tab.open_dialog
    assert isinstance(dialog, SchoolLogDialog)
    assert dialog.combos["date"].currentText() == "Session Date"
    assert dialog.combos["status"].currentText() == "Attendance"
    assert dialog.combos["reason"].currentText() == "\u2014 none \u2014"
    _choose(dialog.combos["reason"], "Comments")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    text = dialog.result_label.text()
    assert text.startswith("Imported 3 row(s); 1 row(s) not imported (row 3).")
    assert "Row 3: '13/45/2026' is not a date like the others in the file." in text
    services = gui.window.context.services  # type: ignore[union-attr]
    first, last = dt.date(2026, 12, 1), dt.date(2026, 12, 3)
    school = services.sessions.list_sessions(_child_id(gui), first, last, source=LogSource.SCHOOL)
    assert [(r.service_type, r.data.date.day, r.data.status) for r in school] == [
        ("Speech-language therapy", 1, SessionStatus.DELIVERED),
        ("Speech-language therapy", 3, SessionStatus.MISSED),
        ("Counseling", 3, SessionStatus.DELIVERED),
    ]
    assert school[1].data.reason is ReasonCode.PROVIDER_ABSENT
    # The mapping is remembered: the next file of the same shape opens with it.
    tab.import_school_log(CSV_WITH_A_BAD_ROW.encode(), "again.csv")
    again = tab.open_dialog
    assert isinstance(again, SchoolLogDialog)
    assert again.combos["reason"].currentText() == "Comments"


def test_every_table_model_passes_the_model_tester(qtmodeltester: object, tab: CalendarTab) -> None:
    assert tab.month_model.rowCount() == 6
    qtmodeltester.check(tab.month_model)  # type: ignore[attr-defined]
    empty = MonthModel()
    qtmodeltester.check(empty)  # type: ignore[attr-defined]
    services = tab.context.services
    events = event_model()
    events.set_rows(list(services.calendar.list_years()[-1].events))
    qtmodeltester.check(events)  # type: ignore[attr-defined]
    preview = preview_model(["Date", "Service"])
    preview.set_rows([["12/1/2026", "Speech"], ["12/2/2026"]])
    qtmodeltester.check(preview)  # type: ignore[attr-defined]
    found = services.school_log.reconcile(tab.child_id or 0, dt.date(2026, 3, 1), TODAY)
    assert len(found) == 3  # the demo's school log says delivered on the provider's absences
    discrepancies = discrepancy_model()
    discrepancies.set_rows(found)
    qtmodeltester.check(discrepancies)  # type: ignore[attr-defined]


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_panel_pdf_and_command_line_give_the_same_figures(
    demo_folder: Path, gui: GuiApp, tab: CalendarTab
) -> None:
    report = tab.report
    assert report is not None and (report.start, report.end) == (dt.date(2026, 3, 24), TODAY)
    cli = iepbinder(
        "report",
        "services",
        "--json",
        "--binder",
        str(demo_folder),
        "--from",
        report.start.isoformat(),
        "--to",
        report.end.isoformat(),
    )
    assert cli.returncode == 0, cli.stderr
    printed = json.loads(cli.stdout)["services"]
    pdf = tab.render_pdf(PaperSize.LETTER)
    assert pdf is not None and pdf.page_count >= 2
    text = _pdf_text(pdf.content)
    assert [s["service"] for s in printed] == [s.service for s in report.services]
    for row in printed:
        name = row["service"]
        panel = tab.ledger_panel
        for key in (
            "mandated",
            "delivered",
            "makeup",
            "missed_school",
            "missed_disputed",
            "missed_student",
            "unaccounted",
        ):
            assert panel.value_text(name, key) == minutes_text(row[key]), (name, key)
        for key in ("rate_gross", "rate_net"):
            assert panel.value_text(name, key) == percent_text(row[key]), (name, key)
        for key in ("comp_district", "comp_advocate"):
            assert panel.value_text(name, key).startswith(minutes_text(row[key])), (name, key)
            formula = report.service(name).figure(key).formula
            assert f"= {minutes_text(row[key])}" in formula
        # The PDF's compensatory column and formula show the same minutes.
        assert f"{minutes_text(row['comp_district'])}" in text
        assert re.search(rf"= {re.escape(minutes_text(row['comp_advocate']))}", text)
        assert minutes_text(row["mandated"]).replace(" min", "") in text
    speech = next(s for s in printed if s["service"].startswith("Speech"))
    # Missed for school reasons: 30 (other duty) + 30 (assembly) + 3 x 30 (provider absent)
    # + 10 (late start cut a session to 20) = 160; make-ups linked to school misses: 3 x 30 = 90;
    # district view 160 - 90 = 70. Disputed: 30 (refusal) + 2 x 5 (sessions started late, reason
    # "other") = 40; advocate view 160 + 40 - 90 = 110.
    assert (speech["missed_school"], speech["missed_disputed"]) == (160.0, 40.0)
    assert (speech["comp_district"], speech["comp_advocate"]) == (70.0, 110.0)
    assert any(a["tier"] == "ACTION" for a in speech["alerts"])
    assert "Action: Speech-language therapy" in text


def test_school_calendar_editor_imports_ics_and_adds_a_day(
    qtbot: QtBot, tab: CalendarTab, tmp_path: Path
) -> None:
    import icalendar

    from iepbinder.gui.dialogs.school_calendar_dialog import (
        CalendarEventDialog,
        SchoolCalendarDialog,
    )

    tab.calendar_action.trigger()
    dialog = tab.open_dialog
    assert isinstance(dialog, SchoolCalendarDialog)
    assert dialog.year_combo.currentText() == "2026-2027"
    before = dialog.model.rowCount()
    calendar = icalendar.Calendar()
    event = icalendar.Event()
    event.add("summary", "Snow Day - Schools Closed")
    event.add("dtstart", dt.date(2026, 12, 8))
    event.add("dtend", dt.date(2026, 12, 9))
    calendar.add_component(event)
    path = tmp_path / "district.ics"
    path.write_bytes(calendar.to_ical())
    dialog.import_ics(path)
    assert dialog.notice.text() == "Imported 1 row(s)."
    assert dialog.model.rowCount() == before + 1
    qtbot.mouseClick(dialog.add_event_button, Qt.MouseButton.LeftButton)
    form = dialog.open_dialog
    assert isinstance(form, CalendarEventDialog)
    form.kind.set_value(DayKind.LATE_START)
    qtbot.keyClicks(form.start.edit, "12/10/2026")
    qtbot.keyClicks(form.name, "Two-hour delay")
    qtbot.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.model.rowCount() == before + 2
    tab.go_month(1)
    december = tab.month_model
    assert "School closed" not in december.data(december.index_of(dt.date(2026, 12, 8)))
    assert "Snow Day - Schools Closed" in december.data(december.index_of(dt.date(2026, 12, 8)))
    assert "Two-hour delay" in december.data(december.index_of(dt.date(2026, 12, 10)))
