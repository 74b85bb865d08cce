"""A child's log rows kept between reads, read again only after the child's log changed.

Two kinds are kept that way: the log list's rows, and the few columns Today's follow-ups read.

Listing a long log reads and converts every entry (5,000 a child in benchmarks/run.py), yet
the log is listed again after every change of the areas it shows (contacts, team, letters,
concerns) and each time its tab is built or comes back. The rows only change when an entry of
the child does: the cache keeps them under a fingerprint of the child's entries (how many, how
many in the trash, the highest id, the sum of row versions, the newest edit), read in one
index search. Follow-up states are not kept: they depend on today, the settings and the school
calendar, and are worked out again from the kept rows at every read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session

from iepbinder.domain.followups import EntryFacts
from iepbinder.services.commlog_dto import LogListRow
from iepbinder.services.context import ServiceContext
from iepbinder.services.per_binder import one_per_binder

RowT = TypeVar("RowT")

_FINGERPRINT = text(  # plain SQL of both backends
    "SELECT count(*), count(deleted_at), max(id), coalesce(sum(version), 0), max(updated_at) "
    "FROM log_entry WHERE child_id = :child_id"
)


class KeptLogRows(Generic[RowT]):
    """Each child's light log rows (no follow-up state), from memory while unchanged."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[tuple[Any, ...], list[RowT]]] = {}

    def rows(self, session: Session, child_id: int, read: Callable[[], list[RowT]]) -> list[RowT]:
        """The rows kept for the child, or ``read()`` when the child's log changed.

        The fingerprint is read before the rows, so rows kept under it are never older than
        it says: a change made in between is seen at the next read.
        """
        fingerprint = tuple(session.execute(_FINGERPRINT, {"child_id": child_id}).one())
        kept = self._kept.get(child_id)
        if kept is not None and kept[0] == fingerprint:
            return kept[1]
        rows = read()
        self._kept[child_id] = (fingerprint, rows)
        return rows


def kept_log_rows(context: ServiceContext) -> KeptLogRows[LogListRow]:
    """The kept rows of one open binder, shared by every service made with its context."""
    return one_per_binder(context, _log_rows)


def _log_rows() -> KeptLogRows[LogListRow]:
    return KeptLogRows()


def kept_entry_facts(context: ServiceContext) -> KeptLogRows[EntryFacts]:
    """The follow-up rules' few columns of each child's log (services/log_facts.py), kept so."""
    return one_per_binder(context, _entry_facts)


def _entry_facts() -> KeptLogRows[EntryFacts]:
    return KeptLogRows()
