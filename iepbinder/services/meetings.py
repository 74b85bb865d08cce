"""Meetings, the dates that start a clock, and what the parent did with a reminder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from iepbinder.config.jurisdictions import FEDERAL_RULES, PROFILES
from iepbinder.db.models import Child
from iepbinder.db.models.today import ClockEvent, Meeting, ReminderMark
from iepbinder.domain.reminders import ReminderState
from iepbinder.domain.today_records import (
    ClockEventData,
    MeetingData,
    validate_clock_event,
    validate_meeting,
)
from iepbinder.domain.validation import FieldError
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ValidationError
from iepbinder.services.mapping import read_data, write_data
from iepbinder.services.rows import check_version, live, not_deleted

REMINDER_CHANGES = Changes.of(Area.REMINDERS)
KNOWN_RULES = frozenset(FEDERAL_RULES) | frozenset(
    rule.rule_id for profile in PROFILES.values() for rule in profile.extra_rules
)


@dataclass(frozen=True)
class MeetingRow:
    """A meeting as stored."""

    id: int
    child_id: int
    version: int
    data: MeetingData

    @property
    def label(self) -> str:
        """'Dec 8, 2026, 3:30 pm – Mid-year review'."""
        data = self.data
        when = data.meeting_date.strftime("%b %-d, %Y")
        time = f", {data.time_text}" if data.start_time else ""
        purpose = f" \u2013 {data.purpose.splitlines()[0]}" if data.purpose.strip() else ""
        return f"{when}{time}{purpose}"


@dataclass(frozen=True)
class ClockEventRow:
    """A dated event that starts a clock, as stored."""

    id: int
    child_id: int
    version: int
    data: ClockEventData


def meeting_row(row: Meeting) -> MeetingRow:
    """DTO of a meeting."""
    return MeetingRow(row.id, row.child_id, row.version, read_data(row, MeetingData))


def clock_row(row: ClockEvent) -> ClockEventRow:
    """DTO of a clock event."""
    return ClockEventRow(row.id, row.child_id, row.version, read_data(row, ClockEventData))


class MeetingService:
    """A child's meetings and clock events, and the snoozes and done marks of reminders."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    # Meetings -------------------------------------------------------------------------
    def list_meetings(self, child_id: int) -> list[MeetingRow]:
        """The child's meetings, oldest first."""
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(Meeting)
                .where(Meeting.child_id == child_id, not_deleted(Meeting))
                .order_by(Meeting.meeting_date, Meeting.start_time, Meeting.id)
            )
            return [meeting_row(row) for row in rows]

    def get_meeting(self, meeting_id: int) -> MeetingRow:
        """One meeting."""
        with self._context.session_factory() as session:
            return meeting_row(live(session, Meeting, meeting_id, "meeting"))

    def next_meeting(self, child_id: int, on_or_after: dt.date) -> MeetingRow | None:
        """The first meeting on or after a date."""
        return next(
            (m for m in self.list_meetings(child_id) if m.data.meeting_date >= on_or_after), None
        )

    def add_meeting(self, child_id: int, data: MeetingData) -> Saved[MeetingRow]:
        """Record a meeting from its notice."""
        _check(validate_meeting(data))
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            row = Meeting(child_id=child_id)
            write_data(row, data)
            session.add(row)
            session.flush()
            saved = meeting_row(row)
        return Saved(saved, REMINDER_CHANGES)

    def update_meeting(
        self, meeting_id: int, version: int | None, data: MeetingData
    ) -> Saved[MeetingRow]:
        """Correct a meeting (refused when someone else changed it meanwhile)."""
        _check(validate_meeting(data))
        with self._context.session_factory.begin() as session:
            row = live(session, Meeting, meeting_id, "meeting")
            check_version(row, version, "meeting", lambda r: read_data(r, MeetingData))
            write_data(row, data)
            session.flush()
            saved = meeting_row(row)
        return Saved(saved, REMINDER_CHANGES)

    # Clock events ---------------------------------------------------------------------
    def list_clock_events(self, child_id: int) -> list[ClockEventRow]:
        """The child's dated events that start a clock, oldest first."""
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(ClockEvent)
                .where(ClockEvent.child_id == child_id, not_deleted(ClockEvent))
                .order_by(ClockEvent.event_date, ClockEvent.id)
            )
            return [clock_row(row) for row in rows]

    def add_clock_event(self, child_id: int, data: ClockEventData) -> Saved[ClockEventRow]:
        """Record the date something happened that starts a deadline's clock."""
        _check(validate_clock_event(data, KNOWN_RULES))
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            row = ClockEvent(child_id=child_id)
            write_data(row, data)
            session.add(row)
            session.flush()
            saved = clock_row(row)
        return Saved(saved, REMINDER_CHANGES)

    def update_clock_event(
        self, event_id: int, version: int | None, data: ClockEventData
    ) -> Saved[ClockEventRow]:
        """Correct a dated event."""
        _check(validate_clock_event(data, KNOWN_RULES))
        with self._context.session_factory.begin() as session:
            row = live(session, ClockEvent, event_id, "dated event")
            check_version(row, version, "dated event", lambda r: read_data(r, ClockEventData))
            write_data(row, data)
            session.flush()
            saved = clock_row(row)
        return Saved(saved, REMINDER_CHANGES)

    # Reminder marks -------------------------------------------------------------------
    def reminder_states(self, prefix: str) -> dict[str, ReminderState]:
        """Snoozes and done marks whose key starts with ``prefix`` (a child's), by full key."""
        with self._context.session_factory() as session:
            rows = session.scalars(select(ReminderMark).where(ReminderMark.key.startswith(prefix)))
            return {
                row.key: ReminderState(row.key, row.snoozed_until, row.done_on is not None)
                for row in rows
            }

    def last_done(self, prefix: str) -> dt.date | None:
        """The latest date an item whose key starts with ``prefix`` was marked done."""
        with self._context.session_factory() as session:
            dates = session.scalars(
                select(ReminderMark.done_on).where(
                    ReminderMark.key.startswith(prefix), ReminderMark.done_on.is_not(None)
                )
            ).all()
        return max((d for d in dates if d is not None), default=None)

    def snooze(self, key: str, until: dt.date) -> Changes:
        """Hide a reminder until a date."""
        return self._mark(key, snoozed_until=until, done_on=None)

    def mark_done(self, key: str) -> Changes:
        """Mark a reminder done (a check-in, a task); it leaves the Today list."""
        return self._mark(key, snoozed_until=None, done_on=self._context.today())

    def clear_mark(self, key: str) -> Changes:
        """Bring a snoozed or done reminder back (Undo)."""
        with self._context.session_factory.begin() as session:
            row = session.get(ReminderMark, key)
            if row is not None:
                session.delete(row)
        return REMINDER_CHANGES

    def _mark(self, key: str, snoozed_until: dt.date | None, done_on: dt.date | None) -> Changes:
        with self._context.session_factory.begin() as session:
            row = session.get(ReminderMark, key)
            if row is None:
                row = ReminderMark(key=key)
                session.add(row)
            row.snoozed_until, row.done_on = snoozed_until, done_on
        return REMINDER_CHANGES


def _check(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)
