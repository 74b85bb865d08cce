"""What is still open in the communication log: follow-ups that need the parent, and promises."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from iepbinder.db.models import LogEntry
from iepbinder.db.models.commlog import LogCommitment
from iepbinder.domain.commlog import CommitmentStatus
from iepbinder.domain.followups import NEEDS_ATTENTION, Attention, follow_ups
from iepbinder.services.commlog import CommLogService
from iepbinder.services.commlog_kept import kept_entry_facts
from iepbinder.services.context import ServiceContext
from iepbinder.services.log_facts import entry_facts, entry_words
from iepbinder.services.rows import not_deleted
from iepbinder.services.school_days import school_day_rule


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
        items = self._follow_ups(child_id)
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

    def _follow_ups(self, child_id: int) -> list[OpenItem]:
        """Follow-ups overdue or with no reply yet (the log's rules, on the few columns they read).

        The log list (CommLogService.list_rows) gives the same states, but reads and prepares
        every entry's text for the log's table: several times slower on thirteen years.
        """
        no_reply_days = CommLogService(self._context).no_reply_days()
        is_school_day = school_day_rule(self._context)
        with self._context.session_factory() as session:
            facts = kept_entry_facts(self._context).rows(
                session, child_id, lambda: entry_facts(session, child_id)
            )
            states = follow_ups(
                facts, self._context.today(), no_reply_days=no_reply_days,
                is_school_day=is_school_day,
            )  # fmt: skip
            wanted = {i: s for i, s in states.items() if s.attention in NEEDS_ATTENTION}
            words = entry_words(session, wanted)
        by_id = {fact.id: fact for fact in facts}
        return [
            OpenItem(
                "follow-up",
                entry_id,
                by_id[entry_id].event_date,
                words[entry_id][0],
                words[entry_id][1],
                "a reply" if state.attention is Attention.NO_REPLY else "the follow-up",
                state.expected_by or by_id[entry_id].follow_up_due,
                state.attention,
            )  # fmt: skip
            for entry_id, state in wanted.items()
        ]
