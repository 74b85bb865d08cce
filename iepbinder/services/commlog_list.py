"""The whole log of a child in one quick query: thousands of entries must list in a blink.

Dates, times and choices are read as plain text and converted here (with caches), which is
several times faster than per-row type processing, and works the same on PostgreSQL, whose
driver already hands back dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from iepbinder.db.models import LogEntry
from iepbinder.domain.commlog import Channel, EntryStatus, Initiator
from iepbinder.domain.followups import EntryFacts, FollowUp, follow_ups
from iepbinder.domain.school_days import SchoolDayRule
from iepbinder.services.commlog_dto import LogListRow

_T = LogEntry.__table__
_CHANNELS = {member.value: member for member in Channel}
_INITIATORS = {member.value: member for member in Initiator}
_STATUSES = {member.value: member for member in EntryStatus}
KEY_SEPARATOR = "\t"


def _text(column: Any) -> Any:
    return type_coerce(column, String)


_COLUMNS = (
    _T.c.id, _T.c.version, _text(_T.c.event_date), _text(_T.c.event_time), _text(_T.c.channel),
    _text(_T.c.initiated_by), _T.c.people_text, _T.c.people_keys, _T.c.topic, _T.c.summary,
    _text(_T.c.status), _T.c.follow_up_needed, _text(_T.c.follow_up_due), _T.c.reply_to_id,
)  # fmt: skip


class _Reader:
    """Converts the text of one query's rows, remembering what it has seen."""

    def __init__(self) -> None:
        self.dates: dict[Any, dt.date] = {}
        self.times: dict[Any, dt.time] = {}

    def date(self, value: Any) -> dt.date | None:
        if value is None or isinstance(value, dt.date):
            return value
        day = self.dates.get(value)
        if day is None:
            day = self.dates[value] = dt.date.fromisoformat(str(value)[:10])
        return day

    def time(self, value: Any) -> dt.time | None:
        if value is None or isinstance(value, dt.time):
            return value
        moment = self.times.get(value)
        if moment is None:
            moment = self.times[value] = dt.time.fromisoformat(str(value))
        return moment


def _query(session: Session, *conditions: ColumnElement[bool]) -> list[Any]:
    statement = (
        select(*_COLUMNS)
        .where(*conditions)
        .order_by(_T.c.event_date.desc(), _T.c.event_time.desc(), _T.c.id.desc())
    )
    return list(session.connection().execute(statement))


def _facts(records: Iterable[Any], reader: _Reader) -> list[EntryFacts]:
    return [
        EntryFacts(
            r[0], reader.date(r[2]), _CHANNELS[str(r[4])], _INITIATORS[str(r[5])],  # type: ignore[arg-type]
            _STATUSES[str(r[10])], bool(r[11]), reader.date(r[12]),
            tuple(r[7].split(KEY_SEPARATOR)) if r[7] else (), r[13],
        )
        for r in records
    ]  # fmt: skip


def list_rows(
    session: Session,
    child_id: int,
    today: dt.date,
    no_reply_days: int,
    is_school_day: SchoolDayRule,
) -> tuple[list[LogListRow], dict[int, FollowUp]]:
    """Every live entry of a child, newest first, with each follow-up's state."""
    records = _query(session, _T.c.child_id == child_id, _T.c.deleted_at.is_(None))
    reader = _Reader()
    facts = _facts(records, reader)
    states = follow_ups(facts, today, no_reply_days=no_reply_days, is_school_day=is_school_day)
    rows = [
        _row(record, fact, states[fact.entry_id], reader)
        for record, fact in zip(records, facts, strict=True)
    ]
    return rows, states


def follow_up_of(
    session: Session,
    entry_id: int,
    today: dt.date,
    no_reply_days: int,
    is_school_day: SchoolDayRule,
) -> FollowUp | None:
    """One entry's state, from the entry and the later contacts that could be its reply."""
    own = _query(session, _T.c.id == entry_id)
    if not own:
        return None
    reader = _Reader()
    (fact,) = _facts(own, reader)
    child_id = session.scalar(select(_T.c.child_id).where(_T.c.id == entry_id))
    later = _query(
        session,
        _T.c.child_id == child_id,
        _T.c.deleted_at.is_(None),
        _T.c.id != entry_id,
        or_(
            _T.c.reply_to_id == entry_id,
            and_(_T.c.initiated_by == Initiator.SCHOOL.value, _T.c.event_date >= fact.event_date),
        ),
    )
    facts: Sequence[EntryFacts] = [fact, *_facts(later, reader)]
    states = follow_ups(facts, today, no_reply_days=no_reply_days, is_school_day=is_school_day)
    return states.get(entry_id)


def _row(record: Any, fact: EntryFacts, state: FollowUp, reader: _Reader) -> LogListRow:
    people, topic, summary = record[6], record[8], record[9]
    return LogListRow(
        fact.entry_id, record[1], fact.event_date, reader.time(record[3]), fact.channel,
        fact.initiated_by, people, fact.people, topic, summary, fact.status,
        fact.follow_up_needed, fact.follow_up_due, fact.reply_to_id, state.attention,
        state.expected_by, f"{topic}\n{people}\n{summary}".casefold(),
    )  # fmt: skip
