"""Reminders: check-in dates, deadline reminders, snoozes, the stable mode and the calm state."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.deadlines import Deadline, Trigger
from iepbinder.domain.reminders import (
    ItemKind,
    Level,
    Place,
    ReminderState,
    TodayItem,
    arrange,
    check_in_date,
    check_in_item,
    deadline_item,
    last_check_in,
    next_check_in,
)
from iepbinder.domain.school_calendar import DayUnit

D = dt.date
TODAY = D(2026, 11, 29)  # a Sunday


def _item(key: str, due: dt.date | None, kind: ItemKind = ItemKind.REMINDER,
          level: Level = Level.INFO, routine: bool = False) -> TodayItem:  # fmt: skip
    return TodayItem(key, kind, level, key, "", due, Place("today"), routine=routine)


def _deadline(due: dt.date, display_only: bool = False) -> Deadline:
    trigger = Trigger("plan:1", D(2026, 3, 10), "the meeting")
    return Deadline("T-ANNUAL", "Annual IEP review", trigger, DayUnit.CALENDAR, due, due, (),
                    "FEDERAL", "", ("Counted from the meeting.",), display_only)  # fmt: skip


def test_the_check_in_is_the_first_monday_of_the_month() -> None:
    assert check_in_date(2025, 3) == D(2025, 3, 3)  # Mar 1, 2025 is a Saturday
    assert check_in_date(2026, 3) == D(2026, 3, 2)  # Mar 1, 2026 is a Sunday
    assert check_in_date(2026, 6) == D(2026, 6, 1)  # Jun 1, 2026 is a Monday itself
    assert last_check_in(TODAY, stable=False) == D(2026, 11, 2)
    # Done on Nov 5: the next one is the first Monday of December (Dec 1 is a Tuesday): Dec 7.
    assert next_check_in(TODAY, False, done_on=D(2026, 11, 5)) == D(2026, 12, 7)


def test_the_stable_mode_checks_in_once_a_quarter() -> None:
    # Quarters start in January, April, July, October: Oct 1, 2026 is a Thursday -> Oct 5;
    # Jan 1, 2027 is a Friday -> Jan 4, 2027.
    assert last_check_in(TODAY, stable=True) == D(2026, 10, 5)
    assert next_check_in(TODAY, True, done_on=D(2026, 10, 6)) == D(2027, 1, 4)


def test_a_check_in_not_done_is_on_the_list_until_it_is() -> None:
    item = check_in_item(TODAY, False, done_on=D(2026, 10, 5))
    assert item is not None and item.due == D(2026, 11, 2) and item.kind is ItemKind.CHECK_IN
    assert check_in_item(TODAY, False, done_on=D(2026, 11, 2)) is None


def test_a_deadline_appears_when_its_first_reminder_is_due() -> None:
    # Reminders 60/30/14/7 days before: 61 days ahead it is not shown yet; 45 days ahead it is
    # routine information; 10 days ahead it is to watch; once passed it asks for action.
    offsets = (60, 30, 14, 7)
    assert deadline_item(_deadline(TODAY + dt.timedelta(61)), TODAY, Place("glance"), "",
                         offsets) is None  # fmt: skip
    far = deadline_item(_deadline(TODAY + dt.timedelta(45)), TODAY, Place("glance"), "", offsets)
    assert far is not None and far.level is Level.INFO and far.routine
    near = deadline_item(_deadline(TODAY + dt.timedelta(10)), TODAY, Place("glance"), "", offsets)
    assert near is not None and near.level is Level.WATCH and not near.routine
    assert "in 10 days; possible deadline, verify" in near.title
    passed = deadline_item(_deadline(TODAY - dt.timedelta(1)), TODAY, Place("glance"), "x")
    assert passed is not None and passed.level is Level.ACTION and passed.letter == "x"
    guide = deadline_item(_deadline(TODAY - dt.timedelta(1), True), TODAY, Place("glance"))
    assert guide is not None and guide.level is Level.INFO  # a guide never demands action


def test_arrange_sorts_items_into_the_lists() -> None:
    items = [
        _item("late", TODAY - dt.timedelta(3)),
        _item("today", TODAY),
        _item("saturday", D(2026, 12, 5)),  # the last day of the 7-day week from Sunday
        _item("later", D(2026, 12, 20)),
        _item("far", D(2027, 6, 1)),  # beyond the 60-day horizon
        _item("alert", None, ItemKind.ALERT, Level.ACTION),
        _item("info", None, ItemKind.ALERT, Level.INFO),
        _item("win", None, ItemKind.WIN),
    ]
    board = arrange(items, TODAY, {}, False, D(2026, 12, 7))
    assert [i.key for i in board.overdue] == ["late"]
    assert [i.key for i in board.this_week] == ["today", "saturday"]
    assert [i.key for i in board.coming_up] == ["later"]
    assert [i.key for i in board.alerts] == ["alert", "info"]
    assert [i.key for i in board.wins] == ["win"]
    assert not board.all_caught_up


def test_snoozed_and_done_items_leave_the_list() -> None:
    items = [_item("a", TODAY), _item("b", TODAY), _item("c", TODAY)]
    states = {
        "a": ReminderState("a", snoozed_until=TODAY + dt.timedelta(7)),
        "b": ReminderState("b", done=True),
        "c": ReminderState("c", snoozed_until=TODAY),  # the snooze is over today
    }
    board = arrange(items, TODAY, states, False, D(2026, 12, 7))
    assert [i.key for i in board.this_week] == ["c"]
    assert board.quieted == 1


def test_the_stable_mode_quiets_routine_items_but_not_actions() -> None:
    items = [
        _item("routine", TODAY, routine=True),
        _item("routine-action", None, ItemKind.ALERT, Level.ACTION, routine=True),
        _item("task", TODAY),
    ]
    board = arrange(items, TODAY, {}, True, D(2027, 1, 4))
    assert [i.key for i in board.this_week] == ["task"]
    assert [i.key for i in board.alerts] == ["routine-action"]
    assert board.quieted == 1


def test_nothing_to_do_says_so_calmly() -> None:
    board = arrange([_item("win", None, ItemKind.WIN)], TODAY, {}, False, D(2025, 3, 3))
    assert board.all_caught_up
    assert board.calm_text == "All caught up. Next check-in: March 3."
