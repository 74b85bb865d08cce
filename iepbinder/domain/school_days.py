"""Counting school days for follow-ups: weekdays minus the dates the school is closed.

Until a school calendar is entered, every weekday counts as a school day. A school calendar
plugs in as a ``SchoolDayRule`` (any function date -> bool), or as the set of its
non-school weekdays (holidays, breaks, closures) given to ``weekdays_except``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from iepbinder.domain.language import t
from iepbinder.domain.types import StrEnum

SchoolDayRule = Callable[[dt.date], bool]
ONE_DAY = dt.timedelta(days=1)
_LOOKAHEAD_LIMIT = 3660  # ten years: a rule with no school days at all must not loop forever


class CountUnit(StrEnum):
    """Calendar days or school days (DOMAIN.md 0.2; business days behave like school days here)."""

    CALENDAR = "CALENDAR"
    SCHOOL = "SCHOOL"


def is_weekday(day: dt.date) -> bool:
    """Monday to Friday: the default school day when no school calendar is known."""
    return day.weekday() < 5


def weekdays_except(non_school: Iterable[dt.date] = ()) -> SchoolDayRule:
    """A rule: weekdays that are not in ``non_school`` (holidays, breaks, closures)."""
    closed = frozenset(non_school)
    return lambda day: day.weekday() < 5 and day not in closed


def add_school_days(start: dt.date, count: int, is_school_day: SchoolDayRule) -> dt.date:
    """The ``count``-th school day after ``start`` (``start`` itself is day 0)."""
    day, found = start, 0
    for _ in range(_LOOKAHEAD_LIMIT):
        if found >= count:
            return day
        day += ONE_DAY
        if is_school_day(day):
            found += 1
    raise ValueError(t("The school calendar has no school days in the next ten years."))


def school_days_between(start: dt.date, end: dt.date, is_school_day: SchoolDayRule) -> int:
    """School days after ``start`` up to and including ``end`` (0 when ``end`` <= ``start``)."""
    count, day = 0, start + ONE_DAY
    while day <= end:
        count += 1 if is_school_day(day) else 0
        day += ONE_DAY
    return count


def next_school_days(
    after: dt.date, how_many: int, within_days: int, is_school_day: SchoolDayRule
) -> list[dt.date]:
    """Up to ``how_many`` school days after ``after`` and within ``within_days`` calendar days."""
    days: list[dt.date] = []
    day = after
    while len(days) < how_many and (day - after).days < within_days:
        day += ONE_DAY
        if is_school_day(day) and (day - after).days <= within_days:
            days.append(day)
    return days


@dataclass(frozen=True)
class DayCount:
    """A span such as '10 school days' or '14 days'."""

    count: int
    unit: CountUnit

    def after(self, start: dt.date, is_school_day: SchoolDayRule = is_weekday) -> dt.date:
        """The date this span ends when it starts on ``start``."""
        if self.unit is CountUnit.CALENDAR:
            return start + dt.timedelta(days=self.count)
        return add_school_days(start, self.count, is_school_day)

    @property
    def words(self) -> str:
        """'10 school days' or '14 days'."""
        one = self.count == 1
        if self.unit is CountUnit.SCHOOL:
            return t("1 school day") if one else t("{count} school days", count=self.count)
        return t("1 day") if one else t("{count} days", count=self.count)
