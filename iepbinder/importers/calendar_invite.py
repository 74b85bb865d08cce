"""Read a meeting invitation (text/calendar, .ics) into its title, time, place and organiser."""

from __future__ import annotations

import datetime as dt
import re

from iepbinder.importers.email_records import CalendarInvite

_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


def _moment(component: object, name: str) -> dt.datetime | dt.date | None:
    try:
        value = component.decoded(name) if name in component else None  # type: ignore[attr-defined, operator]
    except (ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, dt.date) else None


def parse_invite(data: bytes) -> CalendarInvite | None:
    """The first event of a calendar; None when the data holds no readable event."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError):
        return None
    method = str(calendar.get("METHOD", "")).strip()
    for event in calendar.walk("VEVENT"):
        organizer = str(event.get("ORGANIZER", "")).strip()
        return CalendarInvite(
            summary=str(event.get("SUMMARY", "")).strip(),
            start=_moment(event, "DTSTART"),
            end=_moment(event, "DTEND"),
            location=str(event.get("LOCATION", "")).strip(),
            organizer=_MAILTO.sub("", organizer),
            method=method,
        )
    return None
