"""Filter and sort the log's rows in memory: a keystroke in the search box must feel instant."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from iepbinder.domain.commlog import CHANNEL_WORDS, Channel, EntryStatus
from iepbinder.domain.followups import Attention
from iepbinder.domain.types import StrEnum
from iepbinder.services.commlog_dto import LogListRow


class StatusFilter(StrEnum):
    """The status choices of the filter bar."""

    ANY = "any"
    NEEDS_ME = "needs_me"  # overdue, or no reply yet
    OPEN = "open"
    WAITING = "waiting"
    DONE = "done"


class SortKey(StrEnum):
    """The columns the log can be sorted by."""

    DATE = "date"
    CHANNEL = "channel"
    PEOPLE = "people"
    TOPIC = "topic"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class LogQuery:
    """What the filter bar asks for; the defaults show everything."""

    text: str = ""
    person_key: str = ""  # a Participant.key, '' for anyone
    channel: Channel | None = None
    status: StatusFilter = StatusFilter.ANY
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def words(self) -> list[str]:
        """The search words, in lower case."""
        return self.text.casefold().split()

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered out."""
        return self == LogQuery()


_URGENCY = {attention: rank for rank, attention in enumerate(Attention)}
_STATUS_OF = {
    StatusFilter.OPEN: EntryStatus.OPEN,
    StatusFilter.WAITING: EntryStatus.WAITING,
    StatusFilter.DONE: EntryStatus.DONE,
}
SORT_KEYS: dict[SortKey, Callable[[LogListRow], Any]] = {
    SortKey.DATE: lambda r: (r.event_date, r.event_time or dt.time.min, r.id),
    SortKey.CHANNEL: lambda r: (CHANNEL_WORDS[r.channel], r.event_date, r.id),
    SortKey.PEOPLE: lambda r: (r.people.casefold(), r.event_date, r.id),
    SortKey.TOPIC: lambda r: (r.topic.casefold(), r.event_date, r.id),
    SortKey.FOLLOW_UP: lambda r: (_URGENCY[r.attention], r.expected_by or dt.date.max, r.id),
}


def filter_rows(rows: Sequence[LogListRow], query: LogQuery) -> list[LogListRow]:
    """The rows that match every part of the query, in their given order."""
    if query.is_empty:
        return list(rows)
    kept: list[LogListRow] | Sequence[LogListRow] = rows
    if query.start is not None or query.end is not None:
        start, end = query.start or dt.date.min, query.end or dt.date.max
        kept = [r for r in kept if start <= r.event_date <= end]
    if query.channel is not None:
        kept = [r for r in kept if r.channel is query.channel]
    if query.person_key:
        kept = [r for r in kept if query.person_key in r.person_keys]
    if query.status is StatusFilter.NEEDS_ME:
        kept = [r for r in kept if r.needs_attention]
    elif query.status in _STATUS_OF:
        wanted = _STATUS_OF[query.status]
        kept = [r for r in kept if r.status is wanted]
    for word in query.words:
        kept = [r for r in kept if word in r.haystack]
    return list(kept)


def sort_rows(rows: Sequence[LogListRow], key: SortKey, descending: bool) -> list[LogListRow]:
    """The rows sorted by one column (ties keep date order)."""
    return sorted(rows, key=SORT_KEYS[key], reverse=descending)
