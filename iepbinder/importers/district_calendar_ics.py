"""Read a district's school calendar from an .ics file: first and last day, holidays, breaks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iepbinder.domain.language import t
from iepbinder.domain.school_calendar import ONE_DAY, CalendarEvent, DayKind

_KIND_WORDS: tuple[tuple[DayKind, re.Pattern[str]], ...] = (
    (DayKind.EARLY_RELEASE, re.compile(r"early (release|dismissal)|minimum day|half[- ]day", re.I)),
    (DayKind.LATE_START, re.compile(r"late (start|arrival)|delayed (start|opening)", re.I)),
    (DayKind.CLOSURE, re.compile(r"clos(ed|ure)|snow day|emergency|weather", re.I)),
    (DayKind.BREAK, re.compile(r"break|recess|vacation", re.I)),
    (DayKind.HOLIDAY, re.compile(r"holiday|no school|day off|observed|memorial|labor day|"
                                 r"thanksgiving|independence|veterans|presidents|"
                                 r"martin luther king|mlk|new year|christmas|juneteenth|"
                                 r"professional|teacher work|in-?service|staff development|"
                                 r"student free|non-?student", re.I)),
)  # fmt: skip
_FIRST_DAY = re.compile(r"first day of (school|classes)|school (begins|starts)", re.I)
_LAST_DAY = re.compile(r"last day of (school|classes)|school ends", re.I)


MAX_BYTES = 5_000_000
MAX_EVENT_DAYS = 120  # no school break lasts longer; a longer event is a mistake in the file


class CalendarFileError(ValueError):
    """The file is not a calendar we can read; the message says why."""


@dataclass(frozen=True)
class ParsedCalendar:
    """What an .ics file says about a school year.

    ``skipped`` names the entries that were not school-day events (a concert, a meeting).
    """

    first_day: dt.date | None
    last_day: dt.date | None
    events: tuple[CalendarEvent, ...]
    skipped: tuple[str, ...] = ()


def classify(summary: str) -> DayKind | None:
    """The kind of day an event's title describes, or None for an ordinary event."""
    for kind, pattern in _KIND_WORDS:
        if pattern.search(summary):
            return kind
    return None


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def parse_ics(data: bytes) -> ParsedCalendar:
    """The school-day events of an .ics file (all-day events; DTEND is exclusive)."""
    if len(data) > MAX_BYTES:
        raise CalendarFileError(
            t(
                "The file is larger than {size} MB, too large for a school calendar. Export only "
                "the school year you need.",
                size=MAX_BYTES // 1_000_000,
            )
        )
    try:
        return _parse(data)
    except CalendarFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - the parser library fails in many ways on bad files
        raise CalendarFileError(
            t(
                "This file is not a calendar (.ics) that can be read ({detail}). Export the "
                "district calendar again as an .ics file.",
                detail=f"{type(exc).__name__}: {exc}",
            )
        ) from exc


def _parse(data: bytes) -> ParsedCalendar:
    import icalendar

    calendar = icalendar.Calendar.from_ical(data)
    first_day = last_day = None
    events: list[CalendarEvent] = []
    skipped: list[str] = []
    for component in calendar.walk("VEVENT"):
        summary = str(component.get("SUMMARY", "")).strip()
        start = _as_date(component.decoded("DTSTART")) if "DTSTART" in component else None
        if start is None:
            skipped.append(summary or t("(an event without a date)"))
            continue
        end = start
        if "DTEND" in component:
            raw_end = component.decoded("DTEND")
            end_date = _as_date(raw_end)
            if end_date is not None:
                all_day = not isinstance(raw_end, dt.datetime)
                end = max(start, end_date - ONE_DAY if all_day else end_date)
        if _FIRST_DAY.search(summary):
            first_day = start
            continue
        if _LAST_DAY.search(summary):
            last_day = end
            continue
        kind = classify(summary)
        if kind is None or (end - start).days > MAX_EVENT_DAYS:
            skipped.append(summary)
            continue
        events.append(CalendarEvent(start, end, kind, summary))
    events.sort(key=lambda event: (event.start, event.end))
    return ParsedCalendar(first_day, last_day, tuple(events), tuple(skipped))
