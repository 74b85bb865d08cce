"""Copy log entries between ORM rows and plain data, and build the rows the log shows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from iepbinder.db.history import append_records
from iepbinder.db.models import (
    Concern,
    ConcernEntryLink,
    Document,
    DocumentLogLink,
    Letter,
    LogCommitment,
    LogEntry,
    LogParticipant,
)
from iepbinder.db.models.history import HistoryRecord
from iepbinder.domain.commlog import Commitment, LogEntryData, Participant, late_logging_note
from iepbinder.domain.commlog_history import snapshot
from iepbinder.domain.followups import Attention, FollowUp
from iepbinder.services.commlog_dto import LinkRef, LogEntryRow
from iepbinder.services.commlog_list import KEY_SEPARATOR
from iepbinder.services.context import ServiceContext
from iepbinder.services.rows import not_deleted


def local_zone() -> dt.tzinfo:
    """The computer's time zone: dates and times in the log are the parent's wall-clock time."""
    zone = dt.datetime.now().astimezone().tzinfo
    return zone if zone is not None else dt.UTC


def now_for(context: ServiceContext) -> dt.datetime:
    """The current moment on the service's 'today' (the real now unless a test fixes today)."""
    clock = dt.datetime.now(local_zone())
    return dt.datetime.combine(context.today(), clock.timetz()).astimezone(dt.UTC)


def time_of(text: str | None) -> dt.time | None:
    """The stored 'HH:MM' as a time (None when no time was given)."""
    return dt.time.fromisoformat(text) if text else None


def time_text(value: dt.time | None) -> str | None:
    """A time as stored: 'HH:MM'."""
    return value.strftime("%H:%M") if value is not None else None


def entry_data(row: LogEntry) -> LogEntryData:
    """The plain data of an entry row."""
    return LogEntryData(
        event_date=row.event_date,
        event_time=time_of(row.event_time),
        channel=row.channel,
        initiated_by=row.initiated_by,
        participants=tuple(Participant(p.name, p.role, p.contact_id) for p in row.participants),
        topic=row.topic,
        planned_purpose=row.planned_purpose,
        summary=row.summary,
        requests_made=tuple(row.requests_made),
        disagreements=tuple(row.disagreements),
        commitments=tuple(Commitment(c.who, c.what, c.by_when, c.status) for c in row.commitments),
        follow_up_needed=row.follow_up_needed,
        follow_up_due=row.follow_up_due,
        status=row.status,
        delivery_proof=row.delivery_proof,
        reply_to_id=row.reply_to_id,
    )


def write_entry(row: LogEntry, data: LogEntryData) -> None:
    """Copy plain data onto an entry row, replacing its people and commitments."""
    for name in (
        "event_date", "channel", "initiated_by", "topic", "planned_purpose",
        "summary", "follow_up_needed", "follow_up_due", "status", "delivery_proof", "reply_to_id",
    ):  # fmt: skip
        setattr(row, name, getattr(data, name))
    row.event_time = time_text(data.event_time)
    row.people_text = ", ".join(p.name.strip() for p in data.participants)
    row.people_keys = KEY_SEPARATOR.join(p.key for p in data.participants)
    row.requests_made = list(data.requests_made)
    row.disagreements = list(data.disagreements)
    row.participants = [
        LogParticipant(
            position=i, name=p.name.strip(), role=p.role.strip(), contact_id=p.contact_id
        )
        for i, p in enumerate(data.participants)
    ]
    row.commitments = [
        LogCommitment(position=i, who=c.who.strip(), what=c.what.strip(), by_when=c.by_when,
                      status=c.status)
        for i, c in enumerate(data.commitments)
    ]  # fmt: skip


def entry_links(session: Session, entry_id: int) -> tuple[tuple[LinkRef, ...], tuple[LinkRef, ...]]:
    """The letters and concerns linked to an entry."""
    letters = session.execute(
        select(Letter.id, Letter.subject).where(
            Letter.log_entry_id == entry_id, not_deleted(Letter)
        )
    ).all()
    concerns = session.execute(
        select(Concern.id, Concern.title)
        .join(ConcernEntryLink, ConcernEntryLink.concern_id == Concern.id)
        .where(ConcernEntryLink.entry_id == entry_id, not_deleted(Concern))
    ).all()
    return (
        tuple(LinkRef(i, subject) for i, subject in letters),
        tuple(LinkRef(i, title) for i, title in concerns),
    )


def entry_row(
    session: Session, row: LogEntry, follow_up: FollowUp | None, limit_hours: int
) -> LogEntryRow:
    """The full DTO of an entry, with its links and the note about when it was written."""
    data = entry_data(row)
    letters, concerns = entry_links(session, row.id)
    documents = session.execute(
        select(Document.id, Document.seq_no, Document.title)
        .join(DocumentLogLink, DocumentLogLink.document_id == Document.id)
        .where(DocumentLogLink.entry_id == row.id, not_deleted(Document))
        .order_by(Document.seq_no)
    ).all()
    revisions = session.scalar(
        select(func.count()).where(
            HistoryRecord.entity == "log_entry", HistoryRecord.entity_id == row.id
        )
    )
    note = late_logging_note(
        data.event_date, data.event_time, row.logged_at, local_zone(), limit_hours
    )
    return LogEntryRow(
        id=row.id,
        child_id=row.child_id,
        version=row.version,
        data=data,
        logged_at=row.logged_at,
        follow_up_done_on=row.follow_up_done_on,
        late_note=note,
        attention=follow_up.attention if follow_up else Attention.NONE,
        expected_by=follow_up.expected_by if follow_up else None,
        letters=letters,
        concerns=concerns,
        revision_count=int(revisions or 0),
        documents=tuple(LinkRef(i, f"#{n} {title}") for i, n, title in documents),
    )


def bulk_insert_entries(
    session: Session, child_id: int, entries: list[LogEntryData], when: dt.datetime
) -> list[int]:
    """Insert many entries with their people, commitments and first history step, fast.

    The same columns as ``write_entry``, in a few multi-row statements instead of one
    statement per row (an import of thousands of emails must not take minutes).
    """
    values = [
        {
            "child_id": child_id, "event_date": d.event_date, "event_time": time_text(d.event_time),
            "logged_at": when, "channel": d.channel, "initiated_by": d.initiated_by,
            "topic": d.topic, "people_text": ", ".join(p.name.strip() for p in d.participants),
            "people_keys": KEY_SEPARATOR.join(p.key for p in d.participants),
            "planned_purpose": d.planned_purpose, "summary": d.summary,
            "requests_made": list(d.requests_made), "disagreements": list(d.disagreements),
            "follow_up_needed": d.follow_up_needed, "follow_up_due": d.follow_up_due,
            "follow_up_done_on": None, "status": d.status, "delivery_proof": d.delivery_proof,
            "reply_to_id": d.reply_to_id, "created_at": when, "updated_at": when, "version": 1,
            "deleted_at": None,
        }
        for d in entries
    ]  # fmt: skip
    if not values:
        return []
    statement = insert(LogEntry).returning(LogEntry.id, sort_by_parameter_order=True)
    ids = list(session.execute(statement, values).scalars())
    people = [
        {"entry_id": i, "position": n, "name": p.name.strip(), "role": p.role.strip(),
         "contact_id": p.contact_id}
        for i, d in zip(ids, entries, strict=True) for n, p in enumerate(d.participants)
    ]  # fmt: skip
    promises = [
        {"entry_id": i, "position": n, "who": c.who.strip(), "what": c.what.strip(),
         "by_when": c.by_when, "status": c.status}
        for i, d in zip(ids, entries, strict=True) for n, c in enumerate(d.commitments)
    ]  # fmt: skip
    for model, rows in ((LogParticipant, people), (LogCommitment, promises)):
        if rows:
            session.execute(insert(model), rows)
    append_records(
        session,
        [("log_entry", i, "created", None, snapshot(d)) for i, d in zip(ids, entries, strict=True)],
    )
    return ids
