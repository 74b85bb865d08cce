"""Show a record's history, and prove the whole history was not altered afterwards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from iepbinder.db.models.history import HistoryRecord
from iepbinder.domain.history_chain import ChainLink, first_broken_link
from iepbinder.services.context import ServiceContext


@dataclass(frozen=True)
class HistoryRow:
    """One step of a record's history."""

    number: int
    action: str
    changed_at: dt.datetime
    before: Any
    after: Any
    changed_fields: tuple[str, ...]


@dataclass(frozen=True)
class ChainVerdict:
    """Whether the history chain holds; when not, which record breaks it and why."""

    records: int
    broken_record: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        """No record was changed or removed after it was written."""
        return self.broken_record is None


def _changed(before: Any, after: Any) -> tuple[str, ...]:
    if not isinstance(before, dict) or not isinstance(after, dict):
        return ()
    return tuple(key for key in after if before.get(key) != after.get(key))


class HistoryService:
    """Read the history; never writes (records are written as the data changes)."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def history(self, entity: str, entity_id: int) -> list[HistoryRow]:
        """Every recorded step of one record, oldest first."""
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(HistoryRecord)
                .where(HistoryRecord.entity == entity, HistoryRecord.entity_id == entity_id)
                .order_by(HistoryRecord.id)
            )
            return [
                HistoryRow(
                    n, r.action, r.changed_at, r.before, r.after, _changed(r.before, r.after)
                )
                for n, r in enumerate(rows, start=1)
            ]

    def export_csv(self) -> tuple[bytes, ChainVerdict]:
        """Every record in order as CSV (for a hearing or an advocate), and the chain's state."""
        from iepbinder.export.history_csv import history_csv

        records = self._records()
        content = history_csv(
            (r.id, r.changed_at.astimezone(dt.UTC), r.entity, r.entity_id, r.action,
             _changed(r.before, r.after), r.before, r.after, r.prev_hash, r.hash)
            for r in records
        )  # fmt: skip
        return content, _verdict(records)

    def verify(self) -> ChainVerdict:
        """Recompute every hash in order; the first record that does not match breaks the chain."""
        return _verdict(self._records())

    def _records(self) -> list[HistoryRecord]:
        with self._context.session_factory() as session:
            records = list(session.scalars(select(HistoryRecord).order_by(HistoryRecord.id)))
            session.expunge_all()  # plain values from here on
        return records


def _verdict(records: list[HistoryRecord]) -> ChainVerdict:
    links = [
        ChainLink(r.id, r.entity, r.entity_id, r.action, r.changed_at.isoformat(), r.before,
                  r.after, r.prev_hash, r.hash)
        for r in records
    ]  # fmt: skip
    broken = first_broken_link(links)
    if broken is None:
        return ChainVerdict(len(links))
    link, reason = broken
    return ChainVerdict(len(links), link.record_id, reason)
