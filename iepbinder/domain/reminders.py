"""Reminders and the Today list: levels, check-ins, deadline reminders, snoozes, the stable mode.

Pure rules: every source (deadlines, the ledger's alerts, report checks, meetings, and later the
log's follow-ups) turns its facts into ``TodayItem`` values; ``arrange`` sorts them into what is
overdue, due this week, alerts, coming up and wins, after snoozes and the stable mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from iepbinder.domain.deadlines import Deadline
from iepbinder.domain.language import N_, long_date, month_and_day, t
from iepbinder.domain.letters.render import TEMPLATES
from iepbinder.domain.types import StrEnum

WEEK = 7
DEFAULT_HORIZON_DAYS = 60
SNOOZE_DAYS = 7


class Level(StrEnum):
    """How much an item asks of the parent (UX.md 4): info, watch, action."""

    INFO = "INFO"
    WATCH = "WATCH"
    ACTION = "ACTION"


LEVEL_RANK = {Level.INFO: 0, Level.WATCH: 1, Level.ACTION: 2}
LEVEL_SYMBOLS = {Level.INFO: "\u2139", Level.WATCH: "\u25d4", Level.ACTION: "\u26a0"}
LEVEL_WORDS = {Level.INFO: N_("Info"), Level.WATCH: N_("Watch"), Level.ACTION: N_("Action")}
WIN_SYMBOL = "\u2605"


# The letters of DOMAIN.md 6 by template id (the letters themselves arrive with issue 4).
def letter_title(key: str) -> str:
    """The title of the letter template ``key`` ('' for no letter)."""
    template = TEMPLATES.get(key)
    return template.title if template is not None else key


class ItemKind(StrEnum):
    """Where an item comes from."""

    DEADLINE = "DEADLINE"
    REMINDER = "REMINDER"
    CHECK_IN = "CHECK_IN"
    MEETING = "MEETING"
    REPORT = "REPORT"
    ALERT = "ALERT"
    FOLLOW_UP = "FOLLOW_UP"
    WIN = "WIN"


@dataclass(frozen=True)
class Place:
    """Where to act: a tab's key and the item to select there ('goal:12', 'service:Speech')."""

    tab: str
    item: str = ""


@dataclass(frozen=True)
class TodayItem:
    """One thing for the Today list; ``key`` is stable so a snooze and a calendar event stick."""

    key: str
    kind: ItemKind
    level: Level
    title: str
    detail: str
    due: dt.date | None
    place: Place
    letter: str = ""  # the suggested letter's template id (the letters arrive with issue 4)
    routine: bool = False  # quieted in the stable mode

    @property
    def level_text(self) -> str:
        """'⚠ Action': the level by symbol and word, never by colour alone."""
        return f"{LEVEL_SYMBOLS[self.level]} {t(LEVEL_WORDS[self.level])}"


@dataclass(frozen=True)
class ReminderState:
    """What the parent did with an item: snoozed until a date, or marked done."""

    key: str
    snoozed_until: dt.date | None = None
    done: bool = False


@dataclass(frozen=True)
class TodayBoard:
    """The Today list, arranged."""

    overdue: tuple[TodayItem, ...]
    this_week: tuple[TodayItem, ...]
    alerts: tuple[TodayItem, ...]
    coming_up: tuple[TodayItem, ...]
    wins: tuple[TodayItem, ...]
    quieted: int  # items hidden by a snooze or the stable mode
    next_check_in: dt.date

    @property
    def all_caught_up(self) -> bool:
        """Nothing overdue, nothing this week, no alert."""
        return not (self.overdue or self.this_week or self.alerts)

    @property
    def calm_text(self) -> str:
        """'All caught up. Next check-in: March 3.' (UX.md 1)."""
        when = self.next_check_in
        return t("All caught up. Next check-in: {date}.", date=month_and_day(when))


def arrange(
    items: Iterable[TodayItem],
    today: dt.date,
    states: Mapping[str, ReminderState],
    stable: bool,
    next_check_in: dt.date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> TodayBoard:
    """Sort items into the Today list after snoozes, done marks and the stable mode."""
    overdue, week, alerts, later, wins = [], [], [], [], []
    quieted = 0
    week_end = today + dt.timedelta(days=WEEK - 1)
    for item in items:
        state = states.get(item.key)
        if state is not None and state.done:
            continue
        snoozed = (
            state is not None and state.snoozed_until is not None and state.snoozed_until > today
        )
        if snoozed or (stable and item.routine and item.level is not Level.ACTION):
            quieted += 1
            continue
        if item.kind is ItemKind.WIN:
            wins.append(item)
        elif item.kind is ItemKind.ALERT or item.due is None:
            alerts.append(item)
        elif item.due < today:
            overdue.append(item)
        elif item.due <= week_end:
            week.append(item)
        elif item.due <= today + dt.timedelta(days=horizon_days):
            later.append(item)
    by_date = _by_date
    return TodayBoard(
        tuple(sorted(overdue, key=by_date)),
        tuple(sorted(week, key=by_date)),
        tuple(sorted(alerts, key=lambda i: (-LEVEL_RANK[i.level], i.title))),
        tuple(sorted(later, key=by_date)),
        tuple(wins),
        quieted,
        next_check_in,
    )


def _by_date(item: TodayItem) -> tuple[dt.date, int, str]:
    return (item.due or dt.date.max, -LEVEL_RANK[item.level], item.title)


# The monthly check-in ------------------------------------------------------------------------
def check_in_date(year: int, month: int) -> dt.date:
    """The check-in of a month: its first Monday."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(7 - first.weekday()) % 7)


def _months_between_check_ins(stable: bool) -> int:
    return 3 if stable else 1  # the stable mode asks once a quarter


def _check_in_months(stable: bool) -> range:
    return range(1, 13, _months_between_check_ins(stable))


def last_check_in(today: dt.date, stable: bool) -> dt.date:
    """The most recent check-in date on or before ``today``."""
    year, month = today.year, today.month
    for _ in range(24):
        if month in _check_in_months(stable):
            day = check_in_date(year, month)
            if day <= today:
                return day
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    raise AssertionError("a check-in falls within two years")


def next_check_in(today: dt.date, stable: bool, done_on: dt.date | None = None) -> dt.date:
    """The next check-in after ``today`` (or today's, when it is due and not done)."""
    current = last_check_in(today, stable)
    if done_on is None or done_on < current:
        return current if current == today else _following(today, stable)
    return _following(today, stable)


def _following(today: dt.date, stable: bool) -> dt.date:
    year, month = today.year, today.month
    for _ in range(24):
        if month in _check_in_months(stable):
            day = check_in_date(year, month)
            if day > today:
                return day
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    raise AssertionError("a check-in falls within two years")


def check_in_item(today: dt.date, stable: bool, done_on: dt.date | None) -> TodayItem | None:
    """The check-in to do now, if the latest one is not done yet."""
    current = last_check_in(today, stable)
    if done_on is not None and done_on >= current:
        return None
    title = (
        t("Your quarterly check-in (about 10 minutes)")
        if stable
        else t("Your monthly check-in (about 10 minutes)")
    )
    return TodayItem(
        f"check-in:{current.isoformat()}",
        ItemKind.CHECK_IN,
        Level.INFO,
        title,
        t(
            "Look over the goals' graphs and the service ledger: is the data coming in, are "
            "sessions happening? Mark it done when you have looked."
        ),
        current,
        Place("progress"),
        routine=False,
    )


# Deadlines as Today items --------------------------------------------------------------------
def deadline_item(
    deadline: Deadline,
    today: dt.date,
    place: Place,
    letter: str = "",
    reminder_days: Iterable[int] = (),
    key_suffix: str = "",
) -> TodayItem | None:
    """A deadline once its first reminder is due (default 14 days before), else None.

    More than 14 days away it is routine information; within 14 days it is to watch; once
    passed it asks for action (a red-flag task, never an accusation: DOMAIN.md 1.2).
    """
    due = deadline.due_date
    if due is None:
        return None
    window = max([14, *reminder_days])
    days_left = (due - today).days
    if days_left > window:
        return None
    level = Level.ACTION if days_left < 0 else Level.WATCH if days_left <= 14 else Level.INFO
    if deadline.display_only:
        level = Level.INFO
    when = (
        t("passed")
        if days_left < 0
        else t("today")
        if days_left == 0
        else t("in {days} days", days=days_left)
    )
    title = t(
        "{title}: {date} ({when}; {label})",
        title=deadline.title,
        date=long_date(due),
        when=when,
        label=t(deadline.label),
    )
    key = f"deadline:{deadline.rule_id}:{deadline.trigger.event_id}{key_suffix}"
    return TodayItem(key, ItemKind.DEADLINE, level, title, deadline.explanation, due, place,
                     letter, routine=days_left > 14)  # fmt: skip


def snooze_until(today: dt.date, days: int = SNOOZE_DAYS) -> dt.date:
    """The day a snoozed item comes back."""
    return today + dt.timedelta(days=days)
