"""Deadlines, meetings and check-ins as an .ics file for a phone calendar (icalendar).

Each event's UID is derived from what it is (rule, trigger, child), never from the export, so
importing a newer export updates the events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PRODUCT_ID = "-//IEP Binder//Deadlines and reminders//EN"
UID_DOMAIN = "iepbinder.invalid"  # a name that is never a real host


@dataclass(frozen=True)
class CalendarEntry:
    """One event: a whole day, or a start time with a length."""

    uid: str
    day: dt.date
    summary: str
    description: str
    start_time: dt.time | None = None
    minutes: int = 60
    location: str = ""
    alarm_days: tuple[int, ...] = ()


def stable_uid(*parts: object) -> str:
    """A UID from the parts that identify an event ('T-ANNUAL', 'plan:3', 'child:1')."""
    text = "|".join(str(part) for part in parts)
    return f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]}@{UID_DOMAIN}"


def render_ics(entries: Sequence[CalendarEntry], stamp: dt.datetime, name: str) -> bytes:
    """The .ics bytes of ``entries``; ``stamp`` (UTC) tells calendars which copy is newer."""
    from icalendar import Calendar  # imported when used: it is slow to load (program start)

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for entry in entries:
        calendar.add_component(_event(entry, stamp))
    return bytes(calendar.to_ical())


def _event(entry: CalendarEntry, stamp: dt.datetime) -> Any:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("summary", entry.summary)
    event.add("description", entry.description)
    if entry.location:
        event.add("location", entry.location)
    if entry.start_time is None:
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    else:
        start = dt.datetime.combine(entry.day, entry.start_time)  # the family's local time
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=entry.minutes))
    for days in entry.alarm_days:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        alarm.add("trigger", dt.timedelta(days=-days))
        event.add_component(alarm)
    return event
