"""Build a goal's series (points, analysis, chart, report marks) inside a caller's session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.models import Goal, Iep
from iepbinder.domain.progress_analysis import GoalAnalysis, analyse_goal
from iepbinder.domain.progress_chart import ReportMark, build_chart
from iepbinder.domain.progress_records import ProgressSettings
from iepbinder.domain.types import Metric
from iepbinder.services.mapping import goal_row
from iepbinder.services.progress_dto import (
    DataPointRow,
    GoalSeries,
    ProgressReportRow,
    ReportEntryRow,
)
from iepbinder.services.progress_load import goal_lineage, points_of
from iepbinder.services.rows import not_deleted

_UNIT_WORDS = {Metric.WCPM: "WCPM", Metric.PERCENT_ACCURACY: "%"}
_MARK_MARGIN = dt.timedelta(days=31)


@dataclass
class ProgressSnapshot:
    """What one read of the binder knows: settings, a child's reports and their entries.

    Lineages and points are looked up once per goal and kept for the rest of the read.
    """

    session: Session
    settings: ProgressSettings
    reports: list[ProgressReportRow]
    entries: dict[int, list[ReportEntryRow]]
    plans: list[Iep] = field(default_factory=list)  # held: lineage lookups find them in session
    _lineages: dict[int, list[int]] = field(default_factory=dict)
    _points: dict[int, list[DataPointRow]] = field(default_factory=dict)
    _plan_goals: dict[int, list[Goal]] = field(default_factory=dict)

    def lineage(self, goal: Goal) -> list[int]:
        """The goal's id and the ids of the goals it continues."""
        if goal.id not in self._lineages:
            self._lineages[goal.id] = goal_lineage(self.session, goal)
        return self._lineages[goal.id]

    def points(self, goal: Goal) -> list[DataPointRow]:
        """Every live point of the goal's lineage, oldest first."""
        if goal.id not in self._points:
            self._points[goal.id] = points_of(self.session, self.lineage(goal))
        return self._points[goal.id]

    def entry(self, report_id: int, lineage: Sequence[int]) -> ReportEntryRow | None:
        """The report's entry for a goal of the lineage (the goal's own entry first)."""
        entries = [e for e in self.entries.get(report_id, []) if e.data.goal_id in lineage]
        entries.sort(key=lambda e: lineage.index(e.data.goal_id))
        return entries[0] if entries else None

    def plan_goals(self, plan_id: int) -> list[Goal]:
        """The live goals of a plan, in IEP order (read once per snapshot)."""
        if plan_id not in self._plan_goals:
            self._plan_goals[plan_id] = list(
                self.session.scalars(
                    select(Goal)
                    .where(Goal.iep_id == plan_id, not_deleted(Goal))
                    .order_by(Goal.position, Goal.id)
                )
            )
        return list(self._plan_goals[plan_id])

    def analysis(self, goal: Goal, until: dt.date | None = None) -> GoalAnalysis:
        """The goal analysed with its points (only those up to ``until`` when given)."""
        measurements = [
            (p.data.observed_on, p.data.value)
            for p in self.points(goal)
            if until is None or p.data.observed_on <= until
        ]
        return analyse_goal(goal_row(goal).data, measurements, self.settings)

    def series(self, goal: Goal) -> GoalSeries:
        """The goal's graph and signals."""
        row = goal_row(goal)
        points = self.points(goal)
        measurements = [(p.data.observed_on, p.data.value) for p in points]
        analysis = analyse_goal(row.data, measurements, self.settings)
        marks = tuple(self._marks(goal, analysis))
        unit = row.data.unit.strip() or _UNIT_WORDS.get(row.data.metric, "")
        chart = build_chart(analysis, measurements, marks, unit)
        return GoalSeries(row, tuple(points), analysis, chart, marks)

    def _marks(self, goal: Goal, analysis: GoalAnalysis) -> list[ReportMark]:
        lineage = self.lineage(goal)
        low = analysis.origin - _MARK_MARGIN if analysis.origin else dt.date.min
        last_point = max((p.data.observed_on for p in self.points(goal)), default=None)
        end = analysis.target_date or last_point
        high = end + _MARK_MARGIN if end else dt.date.max
        marks = []
        for report in self.reports:
            day = report.data.as_of
            if not report.received or day is None or not low <= day <= high:
                continue
            entry = self.entry(report.id, lineage)
            value = entry.data.reported_value if entry else None
            marks.append(ReportMark(day, report.data.period, value))
        return marks
