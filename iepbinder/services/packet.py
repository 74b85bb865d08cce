"""The meeting packet (DOMAIN.md 5.5): gather every section's DTOs for a meeting and a date range.

PACKET_SECTIONS is the order of the packet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from iepbinder.domain.alerts import AlertTier
from iepbinder.domain.language import N_, joined, long_date, t
from iepbinder.domain.progress_analysis import GoalStatus
from iepbinder.domain.today_records import MeetingData
from iepbinder.domain.types import PaperSize
from iepbinder.services.commlog_export import CommLogExportService
from iepbinder.services.context import ServiceContext
from iepbinder.services.deadlines import DeadlineService
from iepbinder.services.document_pages import index_page
from iepbinder.services.documents import DocumentService
from iepbinder.services.dto import GlanceDto
from iepbinder.services.glance import GlanceService
from iepbinder.services.ledger import LedgerService
from iepbinder.services.meetings import MeetingService
from iepbinder.services.open_items import OpenItem, OpenItemService
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.plans import PlanService
from iepbinder.services.progress import ProgressService
from iepbinder.services.progress_dto import ProgressOverview
from iepbinder.services.session_dto import LedgerReport

PACKET_SECTIONS: tuple[str, ...] = (
    "cover",
    "glance",
    "services",
    "commitments",
    "commlog",
    "progress",
    "documents",
    "concerns",
    "questions",
    "notes",
)
STANDARD_QUESTIONS = (
    N_("What data will show progress on each goal, and how often will I see it?"),
    N_("Who provides each service, where, and what happens when a session is missed?"),
    N_("Which changes to goals, services or accommodations is the team proposing, and why?"),
    N_("May I have a draft of the IEP and the data before I sign anything?"),
)
CHECKLIST = (
    N_("Asked in writing for the records, new evaluations and the draft IEP"),
    N_("Decided who comes with me (and told the school)"),
    N_("Gave notice if I plan to record the meeting (California: 24 hours, in writing)"),
    N_("Wrote my concerns letter so it can go into the IEP"),
    N_("Brought this packet, a pen and a copy for the team"),
)


@dataclass(frozen=True)
class PacketDto:
    """Everything the packet prints, section by section."""

    child_name: str
    generated_on: dt.date
    meeting_date: dt.date
    meeting: MeetingData | None
    start: dt.date
    end: dt.date
    glance: GlanceDto
    ledger: LedgerReport
    progress: ProgressOverview
    strengths: tuple[str, ...]
    helped: tuple[str, ...]
    concerns: tuple[str, ...]
    questions: tuple[str, ...]
    checklist: tuple[str, ...]
    deadlines: tuple[str, ...]
    open_items: tuple[OpenItem, ...] = ()
    commlog: Any = None  # export.commlog_pdf.LogPage of the date range
    documents: Any = None  # export.document_index_pdf.IndexPage: documents filed in the range
    sections: tuple[str, ...] = PACKET_SECTIONS


class PacketService:
    """Builds the meeting packet's DTO and its PDF."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def default_range(self, child_id: int, meeting_date: dt.date) -> tuple[dt.date, dt.date]:
        """From the start of the plan in effect to the meeting (or today, if sooner)."""
        today = self._context.today()
        end = min(meeting_date, today)
        plan = PlanService(self._context).current_plan(child_id)
        start = (plan.data.start_date or plan.data.meeting_date) if plan else None
        return (start if start is not None and start <= end else end - dt.timedelta(days=90)), end

    def packet(
        self,
        child_id: int,
        meeting_date: dt.date,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> PacketDto:
        """The packet for the child's meeting on ``meeting_date`` (details from the meeting)."""
        if start is None or end is None:
            default_start, default_end = self.default_range(child_id, meeting_date)
            start, end = start or default_start, end or default_end
        meetings = MeetingService(self._context).list_meetings(child_id)
        meeting = next((m.data for m in meetings if m.data.meeting_date == meeting_date), None)
        glance = GlanceService(self._context).glance(child_id)
        ledger = LedgerService(self._context).report(child_id, start, end)
        progress = ProgressService(self._context).overview(child_id)
        deadlines = DeadlineService(self._context).deadlines(child_id)
        upcoming = tuple(
            t(
                "{title}: {date} (possible deadline, verify)",
                title=t(r.deadline.title),
                date=long_date(r.deadline.due_date),
            )
            for r in deadlines.deadlines
            if r.deadline.due_date is not None
            and self._context.today() <= r.deadline.due_date <= meeting_date + dt.timedelta(90)
        )
        return PacketDto(
            glance.child.display_name, self._context.today(), meeting_date, meeting, start, end,
            glance, ledger, progress, _strengths(progress), _helped(ledger),
            _concerns(ledger, progress), _questions(ledger, progress),
            tuple(t(item) for item in CHECKLIST), upcoming,
            tuple(OpenItemService(self._context).open_items(child_id)),
            CommLogExportService(self._context).log_page(child_id, start, end),
            self._documents(child_id, start, end),
        )  # fmt: skip

    def _documents(self, child_id: int, start: dt.date, end: dt.date) -> Any:
        """The document list of what was filed in the packet's range (dated ones only)."""
        every = DocumentService(self._context).list_documents(child_id)
        chosen = [r for r in every if r.filing_date is not None and start <= r.filing_date <= end]
        note = (
            t("The binder holds {count} documents in all; the Documents tab prints the whole "
              "list.", count=len(every))
            if len(every) > len(chosen)
            else ""
        )  # fmt: skip
        scope = t(
            "{count} documents filed from {start} to {end}, oldest first",
            count=len(chosen), start=long_date(start), end=long_date(end),
        )  # fmt: skip
        return index_page(self._context, child_id, chosen, scope=scope, note=note)

    def packet_pdf(
        self,
        child_id: int,
        meeting_date: dt.date,
        start: dt.date | None = None,
        end: dt.date | None = None,
        paper: PaperSize = PaperSize.LETTER,
    ) -> RenderedPdf:
        """One PDF: cover, at a glance, services, open items, log, progress, concerns, notes."""
        from iepbinder.export.packet_pdf import render_packet

        rendered = render_packet(self.packet(child_id, meeting_date, start, end), paper)
        return RenderedPdf(rendered.data, rendered.page_count)


def _strengths(progress: ProgressOverview) -> tuple[str, ...]:
    return tuple(
        f"{s.name}: {s.status_line}" for s in progress.series if s.status is GoalStatus.ON_TRACK
    )


def _helped(ledger: LedgerReport) -> tuple[str, ...]:
    return tuple(
        t(
            "{service}: every session accounted for and none missed for school reasons, "
            "{start} to {end}",
            service=line.service,
            start=long_date(ledger.start),
            end=long_date(ledger.end),
        )
        for line in ledger.services
        if line.ledger.mandated > 0
        and line.ledger.missed_school == 0
        and line.ledger.unaccounted < 1
    )


def _concerns(ledger: LedgerReport, progress: ProgressOverview) -> tuple[str, ...]:
    found = [
        alert.message
        for line in ledger.services
        for alert in line.alerts
        if alert.tier in (AlertTier.ACTION, AlertTier.ESCALATE)
    ]
    found += [
        f"{s.name}: {s.status_line}" for s in progress.series if s.status is GoalStatus.NOT_ON_TRACK
    ]
    received = [r for r in progress.reports if r.report.received]
    if received and received[-1].findings:
        latest = received[-1]
        found.append(
            t(
                "The {period} progress report: {count} thing(s) to ask about (see the Progress "
                "section).",
                period=latest.report.data.period,
                count=len(latest.findings),
            )
        )
    return tuple(found)


def _questions(ledger: LedgerReport, progress: ProgressOverview) -> tuple[str, ...]:
    asked = [
        t("How and when will the missed {service} time be made up?", service=line.service)
        for line in ledger.services
        if any(a.tier in (AlertTier.ACTION, AlertTier.ESCALATE) for a in line.alerts)
    ]
    asked += [
        t(
            "{goal}: the data is not on track. What will change in instruction or services?",
            goal=s.name,
        )
        for s in progress.series
        if s.status is GoalStatus.NOT_ON_TRACK
    ]
    received = [r for r in progress.reports if r.report.received]
    names = received[-1].flagged_goal_names if received else ()
    if names:
        asked.append(
            t(
                "May I see the data behind the latest progress report for {goals}?",
                goals=joined(names),
            )
        )
    return tuple(dict.fromkeys([*asked, *(t(q) for q in STANDARD_QUESTIONS)]))
