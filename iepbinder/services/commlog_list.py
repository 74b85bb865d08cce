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
from iepbinder.domain.followups import Attention, FollowUp, follow_ups, state_of
from iepbinder.domain.school_days import SchoolDayRule
from iepbinder.export.collector import paused_collector
from iepbinder.services.commlog_dto import LogListRow
from iepbinder.services.commlog_kept import KeptLogRows

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


def _query(session: Session, *conditions: ColumnElement[bool]) -> Sequence[Any]:
    statement = (
        select(*_COLUMNS)
        .where(*conditions)
        .order_by(_T.c.event_date.desc(), _T.c.event_time.desc(), _T.c.id.desc())
    )
    return session.connection().execute(statement).all()


def _rows(records: Iterable[Any], reader: _Reader) -> list[LogListRow]:
    """Light rows with no follow-up state yet (filled in by ``_with_states``)."""
    none = Attention.NONE
    date, time = reader.date, reader.time
    channels, initiators, statuses = _CHANNELS, _INITIATORS, _STATUSES
    return [
        LogListRow(
            r[0], r[1], date(r[2]), time(r[3]), channels[r[4]], initiators[r[5]], r[6],  # type: ignore[arg-type]
            tuple(r[7].split(KEY_SEPARATOR)) if r[7] else (), r[8], r[9], statuses[r[10]],
            bool(r[11]), date(r[12]), r[13], none, None,
            f"{r[8]}\n{r[6]}\n{r[9]}".casefold(),
        )
        for r in records
    ]  # fmt: skip


def _with_states(rows: list[LogListRow], states: dict[int, FollowUp]) -> list[LogListRow]:
    """Put each follow-up's state on its row (only rows with a state are copied)."""
    return [
        row
        if (state := states.get(row.id)) is None
        else row._replace(attention=state.attention, expected_by=state.expected_by)
        for row in rows
    ]


def _live_rows(session: Session, child_id: int) -> list[LogListRow]:
    records = _query(session, _T.c.child_id == child_id, _T.c.deleted_at.is_(None))
    return _rows(records, _Reader())


def list_rows(
    session: Session,
    child_id: int,
    today: dt.date,
    no_reply_days: int,
    is_school_day: SchoolDayRule,
    kept: KeptLogRows[LogListRow] | None = None,
) -> tuple[list[LogListRow], dict[int, FollowUp]]:
    """Every live entry of a child, newest first, with each follow-up's state.

    With ``kept``, the rows come from memory while the child's log is unchanged; the states
    are always worked out again.
    """
    # Thousands of tuples, no cycles: no collections on the way. The pause is the counted
    # one the PDF layouts use, so a list read during a layout does not resume it halfway.
    with paused_collector():
        if kept is None:
            rows = _live_rows(session, child_id)
        else:
            rows = kept.rows(session, child_id, lambda: _live_rows(session, child_id))
        states = follow_ups(rows, today, no_reply_days=no_reply_days, is_school_day=is_school_day)
        return _with_states(rows, states), states


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
    (row,) = _rows(own, reader)
    child_id = session.scalar(select(_T.c.child_id).where(_T.c.id == entry_id))
    later = _query(
        session,
        _T.c.child_id == child_id,
        _T.c.deleted_at.is_(None),
        _T.c.id != entry_id,
        or_(
            _T.c.reply_to_id == entry_id,
            and_(_T.c.initiated_by == Initiator.SCHOOL.value, _T.c.event_date >= row.event_date),
        ),
    )
    rows = [row, *_rows(later, reader)]
    states = follow_ups(rows, today, no_reply_days=no_reply_days, is_school_day=is_school_day)
    return state_of(states, entry_id)
