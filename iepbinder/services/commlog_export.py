"""The communication log for a date range as a binder page (PDF) or a spreadsheet (CSV)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from iepbinder.db.models import LogEntry
from iepbinder.domain.commlog import (
    CHANNEL_WORDS,
    INITIATOR_WORDS,
    STATUS_WORDS,
    hours_after_event,
)
from iepbinder.domain.commlog_text import format_commitment, format_time
from iepbinder.domain.followups import Attention, describe_follow_up
from iepbinder.domain.language import t
from iepbinder.domain.types import PaperSize
from iepbinder.services.children import ChildService
from iepbinder.services.commlog import CommLogService
from iepbinder.services.commlog_dto import LogListRow
from iepbinder.services.commlog_rows import entry_data, local_zone, time_of
from iepbinder.services.context import ServiceContext
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.rows import not_deleted


def in_range(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    """True when ``day`` is within the (open-ended) range."""
    return (start is None or day >= start) and (end is None or day <= end)


def follow_up_words(row: LogListRow, done_on: dt.date | None = None) -> str:
    """The follow-up column of the page, the CSV and the command line."""
    expected = row.expected_by if row.attention is not Attention.NONE else None
    return describe_follow_up(row.attention, expected, done_on)


if TYPE_CHECKING:
    from iepbinder.export.commlog_pdf import LogPage


class CommLogExportService:
    """Print and export the log (the same rows the tab shows)."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._log = CommLogService(context)

    def _entries(
        self, child_id: int, start: dt.date | None, end: dt.date | None
    ) -> list[tuple[LogEntry, LogListRow]]:
        rows = {row.id: row for row in self._log.list_rows(child_id).rows}
        query = (
            select(LogEntry)
            .options(selectinload(LogEntry.participants), selectinload(LogEntry.commitments))
            .where(LogEntry.child_id == child_id, not_deleted(LogEntry))
            .order_by(LogEntry.event_date, LogEntry.event_time, LogEntry.id)
        )
        if start is not None:
            query = query.where(LogEntry.event_date >= start)
        if end is not None:
            query = query.where(LogEntry.event_date <= end)
        with self._context.session_factory() as session:
            entries = list(session.scalars(query))
            session.expunge_all()
        return [(entry, rows[entry.id]) for entry in entries if entry.id in rows]

    @staticmethod
    def _late(entry: LogEntry, hours: int) -> bool:
        moment = (entry.event_date, time_of(entry.event_time), entry.logged_at, local_zone())
        return hours_after_event(*moment) > hours

    def log_pdf(
        self,
        child_id: int,
        start: dt.date | None = None,
        end: dt.date | None = None,
        paper: PaperSize = PaperSize.LETTER,
    ) -> RenderedPdf:
        """The 'Communication log' binder page for the range, oldest entry first."""
        from iepbinder.export.collector import paused_collector
        from iepbinder.export.commlog_pdf import render_log_page

        with paused_collector():  # thousands of entries: no collector pauses on every thread
            rendered = render_log_page(self.log_page(child_id, start, end, paper))
        return RenderedPdf(rendered.data, rendered.page_count)

    def log_page(
        self,
        child_id: int,
        start: dt.date | None = None,
        end: dt.date | None = None,
        paper: PaperSize = PaperSize.LETTER,
    ) -> LogPage:
        """What the log page prints (also a section of the meeting packet)."""
        from iepbinder.export.commlog_pdf import LogLine, LogPage
        from iepbinder.export.pages import PageSize

        child = ChildService(self._context).get_child(child_id)
        hours = self._log.contemporaneous_hours()
        late_words = t("Written down more than {hours} hours after the event.", hours=hours)
        lines = tuple(
            LogLine(
                day=entry.event_date,
                time_text=format_time(time_of(entry.event_time)),
                channel=t(CHANNEL_WORDS[entry.channel]),
                people=row.people,
                topic=entry.topic,
                summary=entry.summary,
                follow_up=follow_up_words(row, entry.follow_up_done_on),
                note=late_words if self._late(entry, hours) else "",
            )
            for entry, row in self._entries(child_id, start, end)
        )
        return LogPage(
            child.display_name, start, end, self._context.today(), lines, PageSize(paper.value)
        )

    def log_csv(
        self, child_id: int, start: dt.date | None = None, end: dt.date | None = None
    ) -> bytes:
        """Every field of every entry in the range, oldest first."""
        from iepbinder.export.commlog_csv import CsvLine, log_csv

        lines = []
        hours = self._log.contemporaneous_hours()
        for entry, row in self._entries(child_id, start, end):
            data = entry_data(entry)
            lines.append(
                CsvLine(
                    day=data.event_date,
                    time_text=format_time(data.event_time),
                    channel=t(CHANNEL_WORDS[data.channel]),
                    started_by=t(INITIATOR_WORDS[data.initiated_by]),
                    people=row.people,
                    topic=data.topic,
                    planned_purpose=data.planned_purpose,
                    summary=data.summary,
                    requests_made=data.requests_made,
                    disagreements=data.disagreements,
                    commitments=[format_commitment(c) for c in data.commitments],
                    follow_up_needed=data.follow_up_needed,
                    follow_up_due=data.follow_up_due,
                    status=t(STATUS_WORDS[data.status]),
                    follow_up=follow_up_words(row, entry.follow_up_done_on),
                    logged_at=entry.logged_at,
                    late=self._late(entry, hours),
                    delivery_proof=data.delivery_proof,
                )
            )
        return log_csv(lines)

    def save(self, path: Path, content: bytes) -> None:
        """Write a file atomically."""
        from iepbinder.export.files import write_atomic

        write_atomic(path, content)
