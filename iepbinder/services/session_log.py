"""Use cases of the session log: log a day, a session, a make-up, or a whole week at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from iepbinder.db.models import Child, MakeupLink, ServiceSession
from iepbinder.domain.expected import session_slots
from iepbinder.domain.language import t
from iepbinder.domain.service_log import (
    LogSource,
    SessionData,
    SessionStatus,
    validate_session,
)
from iepbinder.domain.validation import FieldError
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ServiceError, ValidationError
from iepbinder.services.ledger_inputs import MandateSet, line_key, load_mandates
from iepbinder.services.rows import check_version, live, not_deleted, utc_now
from iepbinder.services.school_calendar import CalendarService
from iepbinder.services.session_dto import ServiceLine, SessionRow

SESSION_CHANGES = Changes.of(Area.SESSIONS)
_DATA_FIELDS = (
    "status", "scheduled_minutes", "minutes_delivered", "reason", "attribution",
    "actual_setting", "actual_group", "provider", "evidence_source", "evidence_note",
    "evidence_document_id", "notes", "testing",
)  # fmt: skip


def session_row(row: ServiceSession, makeup_for: Sequence[int] = ()) -> SessionRow:
    """DTO of a logged session."""
    data = SessionData(row.session_date, **{name: getattr(row, name) for name in _DATA_FIELDS})
    return SessionRow(
        row.id, row.version, row.child_id, row.service_type, data, row.source,
        tuple(makeup_for), row.award_id, row.created_at,
    )  # fmt: skip


def _write(row: ServiceSession, data: SessionData) -> None:
    row.session_date = data.date
    for name in _DATA_FIELDS:
        setattr(row, name, getattr(data, name))


def _checked(data: SessionData) -> SessionData:
    errors = validate_session(data)
    if errors:
        raise ValidationError(errors)
    if data.status is SessionStatus.DELIVERED and data.scheduled_minutes == 0:
        data = replace(data, scheduled_minutes=data.minutes_delivered)
    return data


class SessionService:
    """The parent's session log of each service line of a child."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._calendar = CalendarService(context)

    # Reading --------------------------------------------------------------------------
    def list_sessions(
        self,
        child_id: int,
        start: dt.date,
        end: dt.date,
        service: str | None = None,
        source: LogSource | None = None,
    ) -> list[SessionRow]:
        """Logged sessions in a date range, oldest first, optionally of one service or source."""
        with self._context.session_factory() as session:
            query = select(ServiceSession).where(
                ServiceSession.child_id == child_id,
                ServiceSession.session_date >= start,
                ServiceSession.session_date <= end,
                not_deleted(ServiceSession),
            )
            if source is not None:
                query = query.where(ServiceSession.source == source)
            rows = session.scalars(query.order_by(ServiceSession.session_date, ServiceSession.id))
            found = [r for r in rows if service is None or line_key(r.service_type) == service]
            links = _links_of(session, [r.id for r in found])
            return [session_row(r, links.get(r.id, ())) for r in found]

    def service_lines(self, child_id: int, day: dt.date) -> list[ServiceLine]:
        """The services in effect on a day (what the log-a-day form offers)."""
        with self._context.session_factory() as session:
            mandates = load_mandates(session, child_id)
        keys = dict.fromkeys(
            line_key(m.service) for m in mandates.mandates if m.start <= day <= m.end
        )
        return [
            ServiceLine(mandates.names[k], mandates.minutes[k], mandates.amounts[k]) for k in keys
        ]

    # Writing --------------------------------------------------------------------------
    def log_session(
        self,
        child_id: int,
        service_type: str,
        data: SessionData,
        makeup_for: Sequence[int] = (),
        *,
        award_id: int | None = None,
        source: LogSource = LogSource.PARENT,
    ) -> Saved[SessionRow]:
        """Log one session; a make-up names the missed sessions it cures."""
        data = _checked(data)
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            row = ServiceSession(
                child_id=child_id, service_type=service_type.strip(), award_id=award_id,
                source=source,
            )  # fmt: skip
            _write(row, data)
            session.add(row)
            session.flush()
            _set_links(session, row, data.status, makeup_for)
            saved = session_row(row, makeup_for)
        return Saved(saved, SESSION_CHANGES)

    def log_sessions(
        self,
        child_id: int,
        entries: Sequence[tuple[str, SessionData]],
        source: LogSource = LogSource.PARENT,
    ) -> tuple[list[int], Changes]:
        """Log many sessions in one transaction (a term's worth typed from a paper log)."""
        checked = [(service.strip(), _checked(data)) for service, data in entries]
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            rows = []
            for service, data in checked:
                row = ServiceSession(child_id=child_id, service_type=service, source=source)
                _write(row, data)
                rows.append(row)
            session.add_all(rows)
            session.flush()
            ids = [row.id for row in rows]
        return ids, SESSION_CHANGES

    def update_session(
        self,
        session_id: int,
        version: int | None,
        data: SessionData,
        makeup_for: Sequence[int] | None = None,
    ) -> Saved[SessionRow]:
        """Correct a logged session (its logged time stays the first one)."""
        data = _checked(data)
        with self._context.session_factory.begin() as session:
            row = live(session, ServiceSession, session_id, "session")
            check_version(row, version, "session")
            _write(row, data)
            session.flush()
            if makeup_for is not None or data.status is not SessionStatus.MAKEUP:
                _set_links(session, row, data.status, makeup_for or ())
            saved = session_row(row, _links_of(session, [row.id]).get(row.id, ()))
        return Saved(saved, SESSION_CHANGES)

    def log_day(
        self, child_id: int, day: dt.date, entries: Sequence[tuple[str, SessionData | None]]
    ) -> Changes:
        """Save the parent's marks of one day: one entry per service; None clears the mark."""
        checked = [(service, None if data is None else _checked(data)) for service, data in entries]
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            for service, data in checked:
                existing = _parent_rows(session, child_id, line_key(service), day)
                if data is None:
                    for row in existing:
                        row.deleted_at = utc_now()
                    continue
                if existing:
                    target = existing[0]
                else:
                    target = ServiceSession(child_id=child_id, service_type=service.strip())
                    session.add(target)
                _write(target, replace(data, date=day))
        return SESSION_CHANGES

    def mark_week_delivered(self, child_id: int, service: str, day: dt.date) -> tuple[int, Changes]:
        """Log every expected, not yet logged session of the service in day's week as delivered.

        Returns how many sessions were logged. Total-only and year mandates have no expected
        days, so they are refused with a sentence saying to log the minutes day by day.
        """
        monday = day - dt.timedelta(days=day.weekday())
        friday = monday + dt.timedelta(days=4)
        calendar = self._calendar.calendar()
        key = line_key(service)
        with self._context.session_factory.begin() as session:
            mandates: MandateSet = load_mandates(session, child_id)
            line = mandates.of_line(key)
            if not line:
                raise ServiceError(
                    t("No plan has the service '{service}' that week.", service=service)
                )
            slots: dict[dt.date, int] = {}
            for mandate in line:
                for slot_day, count in session_slots(mandate, calendar, monday, friday).items():
                    slots[slot_day] = slots.get(slot_day, 0) + count
            minutes = mandates.minutes.get(key)
            if not slots or not minutes:
                raise ValidationError([FieldError("service", t(
                    "{service} has no fixed session days or length, so a week cannot be marked "
                    "at once. Log its minutes on the days they happened.",
                    service=mandates.names[key],
                ))])  # fmt: skip
            added = 0
            for slot_day in sorted(slots):
                if _parent_rows(session, child_id, key, slot_day):
                    continue
                for _ in range(slots[slot_day]):
                    row = ServiceSession(child_id=child_id, service_type=mandates.names[key])
                    _write(row, SessionData(slot_day, SessionStatus.DELIVERED, minutes, minutes))
                    session.add(row)
                    added += 1
        return added, SESSION_CHANGES


def _parent_rows(session: Session, child_id: int, key: str, day: dt.date) -> list[ServiceSession]:
    rows = session.scalars(
        select(ServiceSession).where(
            ServiceSession.child_id == child_id,
            ServiceSession.session_date == day,
            ServiceSession.source == LogSource.PARENT,
            ServiceSession.status != SessionStatus.MAKEUP,
            not_deleted(ServiceSession),
        )
    )
    return [r for r in rows if line_key(r.service_type) == key]


def _links_of(session: Session, ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    if not ids:
        return {}
    links: dict[int, list[int]] = {}
    query = select(MakeupLink.makeup_id, MakeupLink.missed_id).where(MakeupLink.makeup_id.in_(ids))
    for makeup_id, missed_id in session.execute(query):
        links.setdefault(makeup_id, []).append(missed_id)
    return {key: tuple(sorted(value)) for key, value in links.items()}


def _set_links(
    session: Session, row: ServiceSession, status: SessionStatus, makeup_for: Sequence[int]
) -> None:
    session.execute(delete(MakeupLink).where(MakeupLink.makeup_id == row.id))
    if status is not SessionStatus.MAKEUP:
        return
    for missed_id in dict.fromkeys(makeup_for):
        missed = live(session, ServiceSession, missed_id, "missed session")
        if missed.child_id != row.child_id or missed.status is SessionStatus.MAKEUP:
            raise ValidationError(
                [
                    FieldError(
                        "makeup_for",
                        t("A make-up can only cure a missed session of the same child."),
                    )
                ]  # fmt: skip
            )
        session.add(MakeupLink(makeup_id=row.id, missed_id=missed_id))
