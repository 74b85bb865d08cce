"""Meetings and the dates that start a clock, as plain data, with their field checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepbinder.domain.language import t
from iepbinder.domain.validation import FieldError


@dataclass(frozen=True)
class MeetingData:
    """An IEP meeting as the notice gives it (DOMAIN.md 5.5 item 1)."""

    meeting_date: dt.date
    start_time: dt.time | None = None
    place: str = ""
    purpose: str = ""
    attendees: tuple[str, ...] = ()  # "Karen Liu (case manager)", one person per line
    notes: str = ""

    @property
    def time_text(self) -> str:
        """'3:30 pm', or '' when no time is known."""
        if self.start_time is None:
            return ""
        hour = self.start_time.hour % 12 or 12
        suffix = "am" if self.start_time.hour < 12 else "pm"
        return f"{hour}:{self.start_time.minute:02d} {suffix}"


@dataclass(frozen=True)
class ClockEventData:
    """A dated event that starts a deadline's clock: a records request, consent, a refusal..."""

    rule_id: str
    event_date: dt.date
    description: str = ""
    notes: str = ""


def validate_meeting(data: MeetingData) -> list[FieldError]:
    """A meeting needs a purpose (what the notice says it is for) and sensible attendees."""
    errors = []
    if not data.purpose.strip():
        errors.append(
            FieldError("purpose", t("Say what the meeting is for, as the notice puts it."))
        )
    if any(len(person) > 200 for person in data.attendees):
        errors.append(FieldError("attendees", t("Put each person on a line of their own.")))
    return errors


def validate_clock_event(data: ClockEventData, known_rules: frozenset[str]) -> list[FieldError]:
    """The event must start a rule this binder knows."""
    if data.rule_id not in known_rules:
        return [FieldError("rule_id", t("Choose what happened from the list."))]
    return []
