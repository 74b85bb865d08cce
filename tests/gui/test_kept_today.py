"""Today kept at close and painted at the next start, only while it is provably still right."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iepbinder.db.lock import CLOSING_NAME, CLOSING_POLL_S, BinderLock
from iepbinder.domain.records import ChildData, IepData
from iepbinder.domain.today_records import ClockEventData, MeetingData
from iepbinder.domain.types import IepKind
from iepbinder.gui.app import GuiApp
from iepbinder.gui.kept_today import KEPT_NAME, read_kept_today
from iepbinder.gui.kept_window import KeptTodayWindow
from iepbinder.gui.start import open_program, show_kept_today
from iepbinder.gui.tabs import today_kept
from iepbinder.gui.tabs.today import TodayTab
from iepbinder.gui.tabs.today_kept import shown_cells
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY  # 2026-11-29


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Leo: an annual IEP, a meeting on Dec 10 and a state complaint's violation on Sep 15."""
    folder = tmp_path / "binder"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        child = services.children.add_child(ChildData("Leo")).row
        services.plans.add_plan(child.id, IepData(
            IepKind.ANNUAL, meeting_date=dt.date(2026, 11, 20), start_date=dt.date(2027, 1, 5)
        ))  # fmt: skip
        services.meetings.add_meeting(child.id, MeetingData(
            dt.date(2026, 12, 10), place="Room 12", purpose="Review of the new speech goals"
        ))  # fmt: skip
        services.meetings.add_clock_event(child.id, ClockEventData(
            "T-STATE-COMPLAINT", dt.date(2026, 9, 15), "Speech stopped for three weeks"
        ))  # fmt: skip
    return folder


def open_and_close(qtbot: QtBot, folder: Path, today: dt.date = TODAY) -> None:
    """The program opened on the binder and closed again (which keeps Today)."""
    gui = open_program(folder, lambda: today, None, SyncRunner())
    qtbot.addWidget(gui.window)
    gui.shutdown()


def live_start(
    qtbot: QtBot, folder: Path, shell: KeptTodayWindow | None, today: dt.date = TODAY
) -> GuiApp:
    gui = open_program(folder, lambda: today, shell, SyncRunner())
    qtbot.addWidget(gui.window)
    return gui


def shown_kept(qtbot: QtBot, folder: Path, today: dt.date = TODAY) -> KeptTodayWindow | None:
    shell = show_kept_today(folder, today)
    if shell is not None:
        qtbot.addWidget(shell)
    return shell


def test_kept_today_is_written_at_close_and_shown_at_the_next_start(
    qtbot: QtBot, folder: Path
) -> None:
    assert shown_kept(qtbot, folder) is None  # never closed by the program yet
    open_and_close(qtbot, folder)
    assert not Path(str(folder / "binder.sqlite3") + "-wal").exists()
    shell = shown_kept(qtbot, folder)
    assert shell is not None
    assert shell.kept.heading == "Today, November 29, 2026"
    assert shell.kept.child_name == "Leo"
    assert "last closed" in shell.status.text()
    deadlines = shell.shown_cells("deadlines")
    complaint = next(row for row in deadlines if row[2][0] == "T-STATE-COMPLAINT")
    assert complaint[0][0] == "2027-09-15"  # Sep 15, 2026 + one year to file (DOMAIN.md)
    assert complaint[0][1].startswith("Possible deadline, verify.")  # where it comes from
    meetings = shell.shown_cells("meetings")
    assert len(meetings) == 1
    assert "Review of the new speech goals" in [cell[0] for cell in meetings[0]]
    assert "Room 12" in [cell[0] for cell in meetings[0]]

    gui = live_start(qtbot, folder, shell)  # the live read replaces the kept Today
    assert shell.isHidden() and gui.window.isVisible()
    tab = gui.window.binder_tabs["today"]
    assert isinstance(tab, TodayTab)
    assert shown_cells(tab.deadlines_model) == deadlines  # the same as the live tab shows
    assert shown_cells(tab.meetings.model) == meetings
    assert tab.heading.text() == shell.kept.heading and tab.calm.text() == shell.kept.calm
    window = gui.window  # the kept window wore the full window's menus and tabs
    assert shell.kept.menus == [action.text() for action in window.menuBar().actions()]
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert [shell.tab_bar.tabText(index) for index in range(shell.tab_bar.count())] == tabs
    for key, model in tab.models.items():
        if model.rowCount():
            assert shown_cells(model) == shell.shown_cells(key)
    gui.shutdown()


def titles_in(shell: KeptTodayWindow, key: str) -> list[str]:
    return [row[2][0] for row in shell.shown_cells(key)]  # the column "What to do"


def assert_shows_the_live_today(shell: KeptTodayWindow, gui: GuiApp) -> None:
    tab = gui.window.binder_tabs["today"]
    assert isinstance(tab, TodayTab)
    assert tab.heading.text() == shell.kept.heading and tab.calm.text() == shell.kept.calm
    assert shown_cells(tab.deadlines_model) == shell.shown_cells("deadlines")
    assert shown_cells(tab.meetings.model) == shell.shown_cells("meetings")
    assert shown_cells(tab.events.model) == shell.shown_cells("clock_events")
    for key, model in tab.models.items():  # a list with no items is not shown, nor kept
        assert shown_cells(model) == (shell.shown_cells(key) if key in shell.tables else [])


def test_a_close_keeps_the_next_days_and_each_is_what_that_day_shows_live(
    qtbot: QtBot, folder: Path
) -> None:
    open_and_close(qtbot, folder)  # closed on Sunday Nov 29
    packet = "Prepare the meeting packet and your concerns letter"  # due Tue Dec 8
    sunday = shown_kept(qtbot, folder)
    assert sunday is not None
    # Nov 29: this week ends Nov 29 + 6 = Dec 5, so Dec 8 is still "coming up"
    assert packet in titles_in(sunday, "coming_up") and packet not in titles_in(sunday, "this_week")
    wednesday = shown_kept(qtbot, folder, TODAY + dt.timedelta(days=3))
    assert wednesday is not None
    assert wednesday.kept.heading == "Today, December 2, 2026"
    # Dec 2: this week ends Dec 2 + 6 = Dec 8, so the packet item moved to "this week"
    assert packet in titles_in(wednesday, "this_week")
    assert packet not in titles_in(wednesday, "coming_up")
    monday = shown_kept(qtbot, folder, TODAY + dt.timedelta(days=1))  # opened the next day
    assert monday is not None
    assert monday.kept.heading == "Today, November 30, 2026"
    gui = live_start(qtbot, folder, monday, TODAY + dt.timedelta(days=1))
    assert monday.isHidden() and gui.window.isVisible()
    assert_shows_the_live_today(monday, gui)  # the kept Nov 30 is what Nov 30 reads live
    gui.shutdown()


def test_a_start_after_the_kept_days_is_the_usual_start(qtbot: QtBot, folder: Path) -> None:
    open_and_close(qtbot, folder)
    sunday = shown_kept(qtbot, folder, TODAY + dt.timedelta(days=7))  # a week on: still kept
    assert sunday is not None and sunday.kept.heading == "Today, December 6, 2026"
    monday = TODAY + dt.timedelta(days=8)  # Dec 7: the close kept Nov 29 to Dec 6
    assert shown_kept(qtbot, folder, monday) is None
    gui = live_start(qtbot, folder, None, monday)
    tab = gui.window.binder_tabs["today"]
    assert isinstance(tab, TodayTab) and tab.heading.text() == "Today, December 7, 2026"
    gui.shutdown()
    assert shown_kept(qtbot, folder, monday) is not None  # that close keeps Dec 7 on


class Stop(Exception):
    """Ends a wait the test does not sit through."""


def test_a_program_opened_while_the_close_keeps_today_waits_for_it(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not read-only "because another window has it open": that window is the one closing."""
    gui = open_program(folder, lambda: TODAY, None, SyncRunner())
    qtbot.addWidget(gui.window)
    keep = today_kept.kept_days
    waits: list[float] = []

    def opened_meanwhile(*args: object) -> object:
        def found_it_closing(seconds: float) -> None:
            waits.append(seconds)
            raise Stop

        with pytest.raises(Stop):  # the lock is held, and its holder says it is closing
            BinderLock(folder).acquire("now", pause=found_it_closing)
        return keep(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(today_kept, "kept_days", opened_meanwhile)
    gui.shutdown()
    assert waits == [CLOSING_POLL_S]
    assert read_kept_today(folder, TODAY, "en") is not None  # the close kept Today as usual
    assert not (folder / CLOSING_NAME).exists()
    lock = BinderLock(folder)
    lock.acquire("now")  # and let go of the binder at its end
    lock.release()


def test_not_shown_after_another_program_changed_the_binder(qtbot: QtBot, folder: Path) -> None:
    open_and_close(qtbot, folder)
    assert read_kept_today(folder, TODAY, "en") is not None
    with sqlite3.connect(folder / "binder.sqlite3") as other:  # one row, written elsewhere
        other.execute("UPDATE meeting SET place = 'Room 14'")
    other.close()
    for later in range(8):  # every kept day, not only the day of the close
        assert shown_kept(qtbot, folder, TODAY + dt.timedelta(days=later)) is None
    gui = live_start(qtbot, folder, None)  # the usual start shows the change
    tab = gui.window.binder_tabs["today"]
    assert isinstance(tab, TodayTab)
    assert "Room 14" in [cell[0] for cell in shown_cells(tab.meetings.model)[0]]
    gui.shutdown()
    assert shown_kept(qtbot, folder) is not None  # kept again at this close


def test_not_shown_on_another_day_or_in_another_language(qtbot: QtBot, folder: Path) -> None:
    open_and_close(qtbot, folder)  # keeps Nov 29 to Dec 6 (KEPT_DAYS = 8)
    assert shown_kept(qtbot, folder, TODAY + dt.timedelta(days=8)) is None  # Dec 7: not kept
    assert shown_kept(qtbot, folder, TODAY - dt.timedelta(days=1)) is None  # the clock went back
    assert read_kept_today(folder, TODAY, "es") is None
    assert read_kept_today(folder, TODAY, "en") is not None


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: "",
        lambda text: "\x00\x01 not json",
        lambda text: json.dumps(
            {**json.loads(text), "days": {"2026-11-29": {"day": "2026-11-29"}}}
        ),
        lambda text: json.dumps({**json.loads(text), "stamp": None}),
    ],
)
def test_a_damaged_kept_file_is_ignored_and_the_usual_start_runs(
    qtbot: QtBot, folder: Path, damage: object
) -> None:
    open_and_close(qtbot, folder)
    kept = folder / KEPT_NAME
    kept.write_text(damage(kept.read_text()))  # type: ignore[operator]
    assert shown_kept(qtbot, folder) is None
    gui = live_start(qtbot, folder, None)
    assert gui.window.isVisible()
    tab = gui.window.binder_tabs["today"]
    assert isinstance(tab, TodayTab) and tab.dto is not None
    gui.shutdown()


def test_a_binder_with_a_waiting_write_ahead_log_is_not_trusted(qtbot: QtBot, folder: Path) -> None:
    open_and_close(qtbot, folder)
    other = sqlite3.connect(folder / "binder.sqlite3")  # still open: its change is in the log
    other.execute("UPDATE meeting SET place = 'Room 14'")
    other.commit()
    try:
        assert shown_kept(qtbot, folder) is None
    finally:
        other.close()


def test_screens_of_the_kept_today(qtbot: QtBot, folder: Path, tmp_path: Path) -> None:
    open_and_close(qtbot, folder)
    shell = shown_kept(qtbot, folder)
    assert shell is not None
    for width, height in ((1280, 800), (1920, 1080)):
        shell.resize(width, height)
        QApplication.processEvents()
        image = shell.grab()
        assert (image.width(), image.height()) == (width, height)
        assert image.save(str(tmp_path / f"kept-today-{width}.png"))
