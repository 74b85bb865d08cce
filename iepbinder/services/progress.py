"""Goal progress for a child: each goal's series, the overview, the report findings, the PDF."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.models import Child, Goal, Iep
from iepbinder.domain.types import PaperSize
from iepbinder.services.context import ServiceContext
from iepbinder.services.errors import NotFoundError
from iepbinder.services.mapping import child_row
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.plans import PlanService, pick_current_plan
from iepbinder.services.progress_dto import DataRequest, GoalSeries, ProgressOverview
from iepbinder.services.progress_findings import child_findings
from iepbinder.services.progress_load import entries_of, progress_settings, reports_of
from iepbinder.services.progress_series import ProgressSnapshot
from iepbinder.services.rows import live


class ProgressService:
    """Reads of goal progress: graphs, signals, overview and red flags, and the printed pages."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def series(self, goal_id: int) -> GoalSeries:
        """One goal's graph and signals."""
        with self._context.session_factory() as session:
            goal = live(session, Goal, goal_id, "goal")
            plan = live(session, Iep, goal.iep_id, "IEP")
            return self._snapshot(session, plan.child_id).series(goal)

    def overview(
        self, child_id: int, plan_id: int | None = None, latest_report_only: bool = False
    ) -> ProgressOverview:
        """Every goal of a plan (the one in effect unless ``plan_id``), and the child's reports.

        ``latest_report_only`` checks only the latest received report (see child_findings).
        """
        today = self._context.today()
        plans = PlanService(self._context).list_plans(child_id)
        with self._context.session_factory() as session:
            child = child_row(live(session, Child, child_id, "child"))
            plan = next((p for p in plans if p.id == plan_id), None) if plan_id else None
            plan = plan or pick_current_plan(plans, today)
            snap = self._snapshot(session, child_id)
            goals = snap.plan_goals(plan.id) if plan else []
            series = tuple(snap.series(goal) for goal in goals)
            reports, about_child = child_findings(snap, child_id, plans, today, latest_report_only)
        return ProgressOverview(
            child=child,
            plans=tuple(plans),
            plan=plan,
            series=series,
            reports=reports,
            child_findings=about_child,
            settings=snap.settings,
            generated_on=today,
        )

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

    def _snapshot(self, session: Session, child_id: int) -> ProgressSnapshot:
        reports = reports_of(session, [child_id])
        entries = entries_of(session, [r.id for r in reports])
        plans = list(session.scalars(select(Iep).where(Iep.child_id == child_id)))
        return ProgressSnapshot(session, progress_settings(session), reports, entries, plans)
