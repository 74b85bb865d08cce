"""Use cases of the communication log: list, add, edit, mark done, and the edit history."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from iepbinder.db.history import append_records
from iepbinder.db.models import Child, LogCommitment, LogEntry, LogParticipant
from iepbinder.db.models.history import HistoryRecord
from iepbinder.domain.commlog import (
    CONTEMPORANEOUS_HOURS,
    EntryStatus,
    LogEntryData,
)
from iepbinder.domain.commlog_history import changed_fields, snapshot
from iepbinder.domain.commlog_validation import validate_log_entry
from iepbinder.domain.followups import (
    NO_REPLY_SCHOOL_DAYS,
    FollowUp,
    attention_count,
)
from iepbinder.domain.language import t
from iepbinder.domain.validation import FieldError
from iepbinder.services.changes import Area, Changes
from iepbinder.services.commlog_dto import LogEntryRow, LogList, RevisionRow
from iepbinder.services.commlog_kept import kept_log_rows
from iepbinder.services.commlog_list import follow_up_of
from iepbinder.services.commlog_list import list_rows as fast_list
from iepbinder.services.commlog_rows import (
    bulk_insert_entries,
    entry_data,
    entry_row,
    now_for,
    write_entry,
)
from iepbinder.services.contacts import ContactDirectory, resolve_participants
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ValidationError
from iepbinder.services.rows import check_version, insert_into, live
from iepbinder.services.school_days import SCHOOL_DAYS_NOTE, school_day_rule
from iepbinder.services.settings import SettingsService

HISTORY_ENTITY = "log_entry"
WHAT = "log entry"
CONTEMPORANEOUS_SETTING = "log.contemporaneous_hours"
NO_REPLY_SETTING = "followup.no_reply_school_days"
CHANGES = Changes.of(Area.COMMLOG)


class CommLogService:
    """A child's communication log."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._settings = SettingsService(context)
        self._kept = kept_log_rows(context)

    # Settings -------------------------------------------------------------------------
    def contemporaneous_hours(self) -> int:
        """Hours after which an entry is noted as not written at the time (default 48)."""
        return int(self._settings.get(CONTEMPORANEOUS_SETTING, CONTEMPORANEOUS_HOURS))

    def no_reply_days(self) -> int:
        """School days after which a sent email with no reply becomes a follow-up (default 5)."""
        return int(self._settings.get(NO_REPLY_SETTING, NO_REPLY_SCHOOL_DAYS))

    def set_no_reply_days(self, days: int) -> Changes:
        """Change the 'no reply yet' setting (school days, at least 1)."""
        if days < 1:
            raise ValidationError(
                [FieldError("no_reply_days", t("Give at least 1 school day for a reply."))]
            )
        return self._settings.put(NO_REPLY_SETTING, days) | CHANGES

    # Reading --------------------------------------------------------------------------
    def list_rows(self, child_id: int) -> LogList:
        """Every entry of a child, newest first, with each follow-up's state."""
        no_reply = self.no_reply_days()
        with self._context.session_factory() as session:
            rows, states = fast_list(
                session,
                child_id,
                self._context.today(),
                no_reply,
                school_day_rule(self._context),
                self._kept,
            )
        return LogList(tuple(rows), attention_count(states.values()), SCHOOL_DAYS_NOTE, no_reply)

    def get_entry(self, entry_id: int) -> LogEntryRow:
        """One entry with its links, its follow-up state and the note on when it was written."""
        state = self._follow_up_of(entry_id)
        with self._context.session_factory() as session:
            row = live(session, LogEntry, entry_id, WHAT)
            return entry_row(session, row, state, self.contemporaneous_hours())

    def history(self, entry_id: int) -> list[RevisionRow]:
        """Every version of the entry, oldest first (the history is never edited)."""
        with self._context.session_factory() as session:
            live(session, LogEntry, entry_id, WHAT)
            revisions = session.scalars(
                select(HistoryRecord)
                .where(HistoryRecord.entity == HISTORY_ENTITY, HistoryRecord.entity_id == entry_id)
                .order_by(HistoryRecord.id)
            )
            return [
                RevisionRow(
                    number=number,
                    changed_at=r.changed_at,
                    action=r.action,
                    before=r.before,
                    after=r.after or {},
                    changed=changed_fields(r.before, r.after or {}),
                )
                for number, r in enumerate(revisions, start=1)
            ]

    # Writing --------------------------------------------------------------------------
    def add_entry(
        self, child_id: int, data: LogEntryData, logged_at: dt.datetime | None = None
    ) -> Saved[LogEntryRow]:
        """Log a contact; ``logged_at`` defaults to now (it is what shows contemporaneity)."""
        _raise_if_invalid(data)
        with self._context.session_factory.begin() as session:
            entry_id = insert_entry(session, self._context, child_id, data, logged_at).id
        return Saved(self.get_entry(entry_id), CHANGES)

    def import_entries(
        self, child_id: int, entries: list[LogEntryData], logged_at: dt.datetime | None = None
    ) -> Changes:
        """Add many entries in one transaction (all or none), each with its first history step."""
        for data in entries:
            _raise_if_invalid(data)
        when = logged_at or now_for(self._context)
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            directory = ContactDirectory(session)
            resolved = [replace(d, participants=directory.resolve(d.participants)) for d in entries]
            bulk_insert_entries(session, child_id, resolved, when)
        return CHANGES

    def update_entry(
        self, entry_id: int, version: int | None, data: LogEntryData
    ) -> Saved[LogEntryRow]:
        """Save an edit; the version before it stays in the history."""
        _raise_if_invalid(data)
        with self._context.session_factory.begin() as session:
            row = live(session, LogEntry, entry_id, WHAT)
            check_version(row, version, WHAT, entry_data)
            data = replace(data, participants=resolve_participants(session, data.participants))
            before = snapshot(entry_data(row), row.follow_up_done_on)
            if data.status is not EntryStatus.DONE:
                row.follow_up_done_on = None
            elif row.status is not EntryStatus.DONE:
                row.follow_up_done_on = self._context.today()
            write_entry(row, data)
            session.flush()
            _record(session, row, "edited", before)
        return Saved(self.get_entry(entry_id), CHANGES)

    def mark_follow_up_done(
        self, entry_id: int, version: int | None, done_on: dt.date | None = None
    ) -> Saved[LogEntryRow]:
        """Close an entry's follow-up (kept in the history with the date it was done)."""
        with self._context.session_factory.begin() as session:
            row = live(session, LogEntry, entry_id, WHAT)
            check_version(row, version, WHAT)
            before = snapshot(entry_data(row), row.follow_up_done_on)
            row.status = EntryStatus.DONE
            row.follow_up_done_on = done_on or self._context.today()
            session.flush()
            _record(session, row, "follow-up done", before)
        return Saved(self.get_entry(entry_id), CHANGES)

    def _follow_up_of(self, entry_id: int) -> FollowUp | None:
        with self._context.session_factory() as session:
            return follow_up_of(
                session,
                entry_id,
                self._context.today(),
                self.no_reply_days(),
                school_day_rule(self._context),
            )


def _checked(session: Session, child_id: int, data: LogEntryData) -> LogEntryData:
    """The entry's data once it is valid, its child live and its people linked to contacts."""
    _raise_if_invalid(data)
    live(session, Child, child_id, "child")
    return replace(data, participants=resolve_participants(session, data.participants))


def insert_entry(
    session: Session,
    context: ServiceContext,
    child_id: int,
    data: LogEntryData,
    logged_at: dt.datetime | None = None,
) -> LogEntry:
    """Add an entry and the first step of its history inside the caller's transaction."""
    data = _checked(session, child_id, data)
    row = LogEntry(child_id=child_id, logged_at=logged_at or now_for(context))
    write_entry(row, data)
    session.add(row)
    session.flush()
    _record(session, row, "created", None)
    return row


def add_entry_rows(
    session: Session,
    context: ServiceContext,
    child_id: int,
    data: LogEntryData,
    logged_at: dt.datetime | None = None,
) -> int:
    """Add an entry as ``insert_entry`` does (the same rows and history step); its id.

    With plain inserts, for an import that adds many entries in one transaction: the row is
    laid out by ``write_entry`` on an entry that never joins the session, and the columns it
    leaves unset get the model's defaults from the insert.
    """
    data = _checked(session, child_id, data)
    row = LogEntry(child_id=child_id, logged_at=logged_at or now_for(context))
    write_entry(row, data)
    connection = session.connection()
    key = connection.execute(insert_into(LogEntry), _set_columns(row)).inserted_primary_key
    assert key is not None
    entry_id = int(key[0])
    for model, items in ((LogParticipant, row.participants), (LogCommitment, row.commitments)):
        if items:
            rows = [dict(_set_columns(item), entry_id=entry_id) for item in items]
            connection.execute(insert_into(model), rows)
    after = snapshot(entry_data(row), row.follow_up_done_on)
    append_records(session, [(HISTORY_ENTITY, entry_id, "created", None, after)])
    return entry_id


def _set_columns(row: object) -> dict[str, Any]:
    """The columns set on a row that is not in a session (the others take their defaults)."""
    values = {c.key: getattr(row, c.key) for c in inspect(type(row)).columns}
    return {key: value for key, value in values.items() if value is not None}


def _raise_if_invalid(data: LogEntryData) -> None:
    errors = validate_log_entry(data)
    if errors:
        raise ValidationError(errors)


def _record(session: Session, row: LogEntry, action: str, before: dict[str, Any] | None) -> None:
    """Append one step to the binder's hash-chained history (rows are only ever added)."""
    after = snapshot(entry_data(row), row.follow_up_done_on)
    append_records(session, [(HISTORY_ENTITY, row.id, action, before, after)])
