"""What is still open in the communication log: follow-ups that need the parent, and promises."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from iepbinder.db.models import LogEntry
from iepbinder.db.models.commlog import LogCommitment
from iepbinder.domain.commlog import CommitmentStatus
from iepbinder.domain.followups import Attention
from iepbinder.services.commlog import CommLogService
from iepbinder.services.context import ServiceContext
from iepbinder.services.rows import not_deleted


@dataclass(frozen=True)
class OpenItem:
    """A follow-up or a commitment still open: from which entry, what, who, by when."""

    kind: str  # "follow-up" or "commitment"
    entry_id: int
    entry_date: dt.date
    topic: str
    who: str
    what: str
    due: dt.date | None
    attention: Attention = Attention.NONE

    def is_late(self, today: dt.date) -> bool:
        """Past its date (or, for a follow-up, flagged overdue or unanswered)."""
        if self.kind == "follow-up":
            return self.attention in (Attention.OVERDUE, Attention.NO_REPLY)
        return self.due is not None and self.due < today


class OpenItemService:
    """Reads the log for what is still open; never writes."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def open_items(
        self, child_id: int, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[OpenItem]:
        """Follow-ups that need the parent and open commitments, oldest first."""
        items = [
            OpenItem(
                "follow-up",
                row.id,
                row.event_date,
                row.topic,
                row.people,
                "a reply" if row.attention is Attention.NO_REPLY else "the follow-up",
                row.expected_by or row.follow_up_due,
                row.attention,
            )  # fmt: skip
            for row in CommLogService(self._context).list_rows(child_id).rows
            if row.needs_attention
        ]
        query = (
            select(LogCommitment, LogEntry.event_date, LogEntry.topic)
            .join(LogEntry, LogCommitment.entry_id == LogEntry.id)
            .where(
                LogEntry.child_id == child_id,
                not_deleted(LogEntry),
                LogCommitment.status == CommitmentStatus.OPEN,
            )
        )
        with self._context.session_factory() as session:
            for promise, day, topic in session.execute(query):
                items.append(
                    OpenItem(
                        "commitment",
                        promise.entry_id,
                        day,
                        topic,
                        promise.who,
                        promise.what,
                        promise.by_when,
                    )  # fmt: skip
                )
        return sorted(
            (i for i in items if (start is None or i.entry_date >= start)
             and (end is None or i.entry_date <= end)),
            key=lambda item: (item.entry_date, item.entry_id, item.kind),
        )  # fmt: skip
