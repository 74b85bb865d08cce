"""Goal progress for a child: each goal's series, the overview, the report findings, the PDF."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from iepbinder.db.models import Child, Goal, Iep
from iepbinder.domain.progress_records import ProgressSettings
from iepbinder.domain.types import PaperSize
from iepbinder.services.context import ServiceContext
from iepbinder.services.errors import NotFoundError
from iepbinder.services.mapping import child_row
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.plans import PlanService, pick_current_plan
from iepbinder.services.progress_cache import Findings, findings_cache
from iepbinder.services.progress_dto import (
    DataRequest,
    GoalSeries,
    ProgressOverview,
    ReportsChecked,
)
from iepbinder.services.progress_findings import child_findings
from iepbinder.services.progress_load import entries_of, progress_settings, reports_of
from iepbinder.services.progress_series import ProgressSnapshot
from iepbinder.services.rows import live


class ProgressService:
    """Reads of goal progress: graphs, signals, overview and red flags, and the printed pages."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._findings = findings_cache(context)

    def series(self, goal_id: int) -> GoalSeries:
        """One goal's graph and signals."""
        with self._context.session_factory() as session:
            goal = live(session, Goal, goal_id, "goal")
            plan = live(session, Iep, goal.iep_id, "IEP")
            return self._snapshot(session, plan.child_id)[0].series(goal)

    def overview(
        self,
        child_id: int,
        plan_id: int | None = None,
        latest_report_only: bool = False,
        plan_reports_only: bool = False,
    ) -> ProgressOverview:
        """Every goal of a plan (the one in effect unless ``plan_id``), and the child's reports.

        ``latest_report_only`` checks only the latest received report, ``plan_reports_only``
        only the reports about the plan shown (see child_findings); reports checked before
        keep their findings (services/progress_cache.py).
        """
        today = self._context.today()
        with self._context.session_factory() as session:  # what it depends on, read first
            settings = progress_settings(session)
            fingerprint = self._findings.fingerprint(session, settings)
        key = (child_id, plan_id, latest_report_only, plan_reports_only, today)
        made = self._findings.overview(key, fingerprint)
        if isinstance(made, ProgressOverview):
            return made
        plans = PlanService(self._context).list_plans(child_id)
        with self._context.session_factory() as session:
            child = child_row(live(session, Child, child_id, "child"))
            plan = next((p for p in plans if p.id == plan_id), None) if plan_id else None
            plan = plan or pick_current_plan(plans, today)
            snap, kept = self._snapshot(session, child_id, (settings, fingerprint))
            snap.prefetch_plans(p.id for p in plans)
            goals = snap.plan_goals(plan.id) if plan else []
            snap.prefetch(goals)
            series = tuple(snap.series(goal) for goal in goals)
            only_plan = (plan.id if plan else -1) if plan_reports_only else None
            reports, about_child = child_findings(
                snap, child_id, plans, today, latest_report_only, only_plan, kept
            )
        made = ProgressOverview(
            child=child,
            plans=tuple(plans),
            plan=plan,
            series=series,
            reports=reports,
            child_findings=about_child,
            settings=snap.settings,
            generated_on=today,
        )
        self._findings.keep_overview(key, fingerprint, made)
        return made

    def report_findings(self, child_id: int) -> ReportsChecked:
        """Every report of the child checked (what ``overview`` left unchecked, now done)."""
        today = self._context.today()
        plans = PlanService(self._context).list_plans(child_id)
        with self._context.session_factory() as session:
            live(session, Child, child_id, "child")
            snap, kept = self._snapshot(session, child_id)
            reports, about_child = child_findings(snap, child_id, plans, today, kept=kept)
        return ReportsChecked(reports, about_child)

    def data_request(self, child_id: int, report_id: int) -> DataRequest:
        """The goals a flagged report leaves without data, for the data-request letter."""
        overview = self.overview(child_id)
        found = next((r for r in overview.reports if r.report.id == report_id), None)
        if found is None:
            raise NotFoundError("progress report", report_id)
        return DataRequest(
            overview.child.display_name,
            found.report.label,
            found.flagged_goal_names,
            found.flagged_goal_ids,
        )

    def progress_pdf(
        self, child_id: int, plan_id: int | None = None, paper: PaperSize = PaperSize.LETTER
    ) -> RenderedPdf:
        """A summary page, then a page per goal with its graph, data table and signals."""
        from iepbinder.export.progress_pdf import render_progress

        rendered = render_progress(self.overview(child_id, plan_id), paper)
        return RenderedPdf(rendered.data, rendered.page_count)

    def _snapshot(
        self,
        session: Session,
        child_id: int,
        read_first: tuple[ProgressSettings, tuple[Any, ...]] | None = None,
    ) -> tuple[ProgressSnapshot, Findings]:
        """The child's reports and entries, and the findings kept while they are unchanged.

        ``read_first``: the settings and the fingerprint, when the caller read them already.
        """
        settings, fingerprint = read_first or (progress_settings(session), None)
        kept = self._findings.findings(session, child_id, settings, fingerprint)  # before reads
        reports = reports_of(session, [child_id])
        entries = entries_of(session, [r.id for r in reports])
        return ProgressSnapshot(session, settings, reports, entries), kept
