"""School calendars and day counting in calendar, business and school days (DOMAIN.md 0.2)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from iepbinder.domain.school_days import is_weekday
from iepbinder.domain.types import StrEnum

ONE_DAY = dt.timedelta(days=1)
# Day 1 of the proleptic calendar (0001-01-01) is a Monday: ordinal % 7 is 6 on Saturdays
# and 0 on Sundays (the calendar's loop over every day of 13 years, without a call a day).
_WEEKEND_ORDINALS = frozenset({6, 0})


class DayUnit(StrEnum):
    """How a deadline or a span counts days (DOMAIN.md 0.2)."""

    CALENDAR = "CALENDAR"
    BUSINESS = "BUSINESS"
    SCHOOL = "SCHOOL"


class DayKind(StrEnum):
    """What a day is on the school calendar."""

    IN_SESSION = "IN_SESSION"
    EARLY_RELEASE = "EARLY_RELEASE"  # in session (DOMAIN.md 2.4: not a holiday)
    LATE_START = "LATE_START"  # in session
    HOLIDAY = "HOLIDAY"
    BREAK = "BREAK"
    CLOSURE = "CLOSURE"  # emergency or unplanned closure: no school
    WEEKEND = "WEEKEND"
    NO_SCHOOL_YEAR = "NO_SCHOOL_YEAR"  # summer, or no calendar entered for that date


IN_SESSION_KINDS = frozenset({DayKind.IN_SESSION, DayKind.EARLY_RELEASE, DayKind.LATE_START})
EVENT_KINDS = (
    DayKind.HOLIDAY,
    DayKind.BREAK,
    DayKind.CLOSURE,
    DayKind.EARLY_RELEASE,
    DayKind.LATE_START,
)


@dataclass(frozen=True)
class CalendarEvent:
    """A dated entry on a school calendar: one day or a span (a break)."""

    start: dt.date
    end: dt.date
    kind: DayKind
    name: str = ""

    def days(self) -> Iterator[dt.date]:
        """Every date the event covers."""
        day = self.start
        while day <= self.end:
            yield day
            day += ONE_DAY


@dataclass(frozen=True)
class SchoolYearCalendar:
    """One school year: its first and last day of school and its dated events."""

    label: str
    first_day: dt.date
    last_day: dt.date
    events: tuple[CalendarEvent, ...] = ()


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Weekdays from ``start`` to ``end`` inclusive (no holiday list: federal business days)."""
    if end < start:
        return 0
    total = (end - start).days + 1
    weeks, rest = divmod(total, 7)
    count = weeks * 5
    first = start.weekday()
    count += sum(1 for offset in range(rest) if (first + offset) % 7 < 5)
    return count


@dataclass(frozen=True)
class SchoolCalendar:
    """The school years of a child's school, with fast day counting over all of them."""

    years: tuple[SchoolYearCalendar, ...] = ()
    _kinds: dict[dt.date, DayKind] = field(init=False, repr=False, compare=False)
    _school_days: list[int] = field(init=False, repr=False, compare=False)
    _names: dict[dt.date, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kinds: dict[dt.date, DayKind] = {}
        names: dict[dt.date, str] = {}
        ordinals: list[int] = []
        weekend, in_session, from_ordinal = DayKind.WEEKEND, DayKind.IN_SESSION, dt.date.fromordinal
        for year in sorted(self.years, key=lambda y: y.first_day):
            marked = {day: event for event in year.events for day in event.days()}
            for ordinal in range(year.first_day.toordinal(), year.last_day.toordinal() + 1):
                day = from_ordinal(ordinal)
                if ordinal % 7 in _WEEKEND_ORDINALS:
                    kinds[day] = weekend
                    continue
                event = marked.get(day)
                if event is None:
                    kind = in_session
                else:
                    kind = event.kind
                    names[day] = event.name
                kinds[day] = kind
                if kind in IN_SESSION_KINDS:
                    ordinals.append(ordinal)
        object.__setattr__(self, "_kinds", kinds)
        object.__setattr__(self, "_names", names)
        object.__setattr__(self, "_school_days", sorted(set(ordinals)))

    # One day ------------------------------------------------------------------------
    def day_kind(self, day: dt.date) -> DayKind:
        """What the day is: in session, a holiday, a break, a weekend, or outside any year."""
        kind = self._kinds.get(day)
        if kind is not None:
            return kind
        return DayKind.WEEKEND if not is_weekday(day) else DayKind.NO_SCHOOL_YEAR

    def day_name(self, day: dt.date) -> str:
        """The event's name on that day ('Thanksgiving'), or ''."""
        return self._names.get(day, "")

    def is_school_day(self, day: dt.date) -> bool:
        """True for an in-session day (early-release and late-start days included)."""
        return self.day_kind(day) in IN_SESSION_KINDS

    def year_of(self, day: dt.date) -> SchoolYearCalendar | None:
        """The school year whose first..last day holds ``day``."""
        return next((y for y in self.years if y.first_day <= day <= y.last_day), None)

    # Spans --------------------------------------------------------------------------
    def school_days_between(self, start: dt.date, end: dt.date) -> int:
        """In-session days from ``start`` to ``end`` inclusive."""
        if end < start:
            return 0
        days = self._school_days
        return bisect_right(days, end.toordinal()) - bisect_left(days, start.toordinal())

    def school_days(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """The in-session days from ``start`` to ``end`` inclusive, in order."""
        days = self._school_days
        low, high = bisect_left(days, start.toordinal()), bisect_right(days, end.toordinal())
        return [dt.date.fromordinal(ordinal) for ordinal in days[low:high]]

    def add_school_days(self, start: dt.date, count: int) -> dt.date | None:
        """The ``count``-th school day after ``start`` (None past the last known school day)."""
        days = self._school_days
        index = bisect_right(days, start.toordinal()) + count - 1
        if count <= 0:
            return start
        return dt.date.fromordinal(days[index]) if index < len(days) else None

    def count_days(self, start: dt.date, end: dt.date, unit: DayUnit) -> int:
        """Days from ``start`` (exclusive) to ``end`` (inclusive) in the given unit."""
        if end <= start:
            return 0
        after = start + ONE_DAY
        if unit is DayUnit.CALENDAR:
            return (end - start).days
        if unit is DayUnit.BUSINESS:
            return business_days_between(after, end)
        return self.school_days_between(after, end)

    def add_days(self, start: dt.date, count: int, unit: DayUnit) -> dt.date | None:
        """The date ``count`` days after ``start`` in the given unit."""
        if unit is DayUnit.CALENDAR:
            return start + dt.timedelta(days=count)
        if unit is DayUnit.SCHOOL:
            return self.add_school_days(start, count)
        day, left = start, count
        while left > 0:
            day += ONE_DAY
            if is_weekday(day):
                left -= 1
        return day

    def with_summer_session(self, start: dt.date, end: dt.date) -> SchoolCalendar:
        """A calendar for an ESY mandate: weekdays from start to end are in session.

        Holidays and closures entered on the calendar inside that span still count.
        """
        events = tuple(
            event
            for year in self.years
            for event in year.events
            if event.end >= start and event.start <= end
        )
        summer = SchoolYearCalendar("ESY", start, end, events)
        return SchoolCalendar((summer,))


def merge_events(events: Iterable[CalendarEvent]) -> tuple[CalendarEvent, ...]:
    """Events sorted by start date (ties by kind), for stable display and storage."""
    return tuple(sorted(events, key=lambda event: (event.start, event.end, event.kind.value)))
