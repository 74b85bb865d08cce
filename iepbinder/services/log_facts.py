"""The few columns of a child's log that the follow-up rules read, for thousands of entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from iepbinder.db.models import LogEntry
from iepbinder.domain.commlog import Channel, EntryStatus, Initiator
from iepbinder.domain.followups import EntryFacts

_T = LogEntry.__table__
_CHANNELS = {member.value: member for member in Channel}
_INITIATORS = {member.value: member for member in Initiator}
_STATUSES = {member.value: member for member in EntryStatus}
KEY_SEPARATOR = "\t"  # as people_keys is stored (services/commlog_list.py)


def _text(column: Any) -> Any:
    return type_coerce(column, String)


def _day(value: Any, seen: dict[Any, dt.date]) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    day = seen.get(value)
    if day is None:
        day = seen[value] = dt.date.fromisoformat(str(value)[:10])
    return day


def entry_facts(session: Session, child_id: int) -> list[EntryFacts]:
    """The child's live entries that follow-up rules can use (domain/followups.py), as facts.

    Left out: entries with no follow-up that are neither a sent email, a school contact nor
    a marked reply; they change no state. Dates are read as text and converted once each.
    """
    statement = select(
        _T.c.id,
        _text(_T.c.event_date),
        _text(_T.c.channel),
        _text(_T.c.initiated_by),
        _text(_T.c.status),
        _T.c.follow_up_needed,
        _text(_T.c.follow_up_due),
        _T.c.people_keys,
        _T.c.reply_to_id,
    ).where(
        _T.c.child_id == child_id,
        _T.c.deleted_at.is_(None),
        or_(  # the others have no follow-up, await no reply and answer none
            _T.c.follow_up_needed.is_(True),
            _T.c.reply_to_id.is_not(None),
            _T.c.initiated_by == Initiator.SCHOOL.value,
            and_(_T.c.channel == Channel.EMAIL.value, _T.c.initiated_by == Initiator.PARENT.value),
        ),
    )
    seen: dict[Any, dt.date] = {}
    channels, initiators, statuses = _CHANNELS, _INITIATORS, _STATUSES
    return [
        EntryFacts(
            r[0], _day(r[1], seen), channels[r[2]], initiators[r[3]], statuses[r[4]],  # type: ignore[arg-type]
            bool(r[5]), _day(r[6], seen), tuple(r[7].split(KEY_SEPARATOR)) if r[7] else (), r[8],
        )
        for r in session.connection().execute(statement).all()
    ]  # fmt: skip


def entry_words(session: Session, entry_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Topic and people (as written) of a few entries, by id."""
    ids = list(entry_ids)
    if not ids:
        return {}
    statement = select(_T.c.id, _T.c.topic, _T.c.people_text).where(_T.c.id.in_(ids))
    return {row[0]: (row[1], row[2]) for row in session.connection().execute(statement)}
