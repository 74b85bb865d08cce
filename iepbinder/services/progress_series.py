"""Build a goal's series (points, analysis, chart, report marks) inside a caller's session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.models import Goal, Iep
from iepbinder.domain.progress_analysis import GoalAnalysis, analyse_goal
from iepbinder.domain.progress_chart import ReportMark, build_chart
from iepbinder.domain.progress_records import ProgressSettings
from iepbinder.domain.types import Metric
from iepbinder.services.dto import GoalRow
from iepbinder.services.mapping import goal_row
from iepbinder.services.progress_dto import (
    DataPointRow,
    GoalSeries,
    ProgressReportRow,
    ReportEntryRow,
)
from iepbinder.services.progress_load import points_of
from iepbinder.services.rows import not_deleted

_UNIT_WORDS = {Metric.WCPM: "WCPM", Metric.PERCENT_ACCURACY: "%"}
_MARK_MARGIN = dt.timedelta(days=31)


@dataclass
class ProgressSnapshot:
    """What one read of the binder knows: settings, a child's reports and their entries.

    Lineages, points, goal rows and a plan's goals are looked up once and kept for the rest of
    the read; ``prefetch`` reads many goals' lineages and points in a few queries (a child's
    thirteen years of reports name hundreds of goals: benchmarks/run.py).
    """

    session: Session
    settings: ProgressSettings
    reports: list[ProgressReportRow]
    entries: dict[int, list[ReportEntryRow]]
    _lineages: dict[int, list[int]] = field(default_factory=dict)
    _points: dict[int, list[DataPointRow]] = field(default_factory=dict)
    _plan_goals: dict[int, list[Goal]] = field(default_factory=dict)
    _goal_rows: dict[int, GoalRow] = field(default_factory=dict)
    _amends: dict[int, int | None] | None = None

    def lineage(self, goal: Goal) -> list[int]:
        """The goal's id and the ids of the goals it continues (as goal_lineage)."""
        if goal.id not in self._lineages:
            self._lineages[goal.id] = self._lineage_of(goal)
        return self._lineages[goal.id]

    def points(self, goal: Goal) -> list[DataPointRow]:
        """Every live point of the goal's lineage, oldest first."""
        if goal.id not in self._points:
            self._points[goal.id] = points_of(self.session, self.lineage(goal))
        return self._points[goal.id]

    def goal_row(self, goal: Goal) -> GoalRow:
        """The goal's DTO, mapped once."""
        if goal.id not in self._goal_rows:
            self._goal_rows[goal.id] = goal_row(goal)
        return self._goal_rows[goal.id]

    def prefetch(self, goals: Iterable[Goal]) -> None:
        """Read the points of every lineage of ``goals`` in one query.

        The same rows, in the same order, as ``points`` reading them goal by goal.
        """
        wanted = [goal for goal in goals if goal.id not in self._points]
        lineages = {goal.id: self.lineage(goal) for goal in wanted}
        if not lineages:
            return
        every = {ident for lineage in lineages.values() for ident in lineage}
        by_goal: dict[int, list[DataPointRow]] = {ident: [] for ident in every}
        for point in points_of(self.session, every):
            by_goal[point.goal_id].append(point)
        for goal_id, lineage in lineages.items():
            merged = [point for ident in lineage for point in by_goal[ident]]
            if len(lineage) > 1:
                merged.sort(key=lambda p: (p.data.observed_on, p.id))
            self._points[goal_id] = merged

    def entry(self, report_id: int, lineage: Sequence[int]) -> ReportEntryRow | None:
        """The report's entry for a goal of the lineage (the goal's own entry first)."""
        entries = [e for e in self.entries.get(report_id, []) if e.data.goal_id in lineage]
        entries.sort(key=lambda e: lineage.index(e.data.goal_id))
        return entries[0] if entries else None

    def plan_goals(self, plan_id: int) -> list[Goal]:
        """The live goals of a plan, in IEP order."""
        if plan_id not in self._plan_goals:
            self._plan_goals[plan_id] = list(
                self.session.scalars(
                    select(Goal)
                    .where(Goal.iep_id == plan_id, not_deleted(Goal))
                    .order_by(Goal.position, Goal.id)
                )
            )
        return list(self._plan_goals[plan_id])

    def prefetch_plans(self, plan_ids: Iterable[int]) -> None:
        """Read the live goals of these plans in one query (as ``plan_goals`` one by one)."""
        wanted = [ident for ident in plan_ids if ident not in self._plan_goals]
        if not wanted:
            return
        found: dict[int, list[Goal]] = {ident: [] for ident in wanted}
        goals = self.session.scalars(
            select(Goal)
            .where(Goal.iep_id.in_(wanted), not_deleted(Goal))
            .order_by(Goal.position, Goal.id)
        )
        for goal in goals:
            found[goal.iep_id].append(goal)
        self._plan_goals.update(found)

    def _lineage_of(self, goal: Goal) -> list[int]:
        """goal_lineage's walk through the amended plans, with each plan's goals read once."""
        if self._amends is None:
            rows = self.session.execute(select(Iep.id, Iep.amends_id))
            self._amends = {ident: amends for ident, amends in rows}
        lineage = [goal.id]
        wanted = " ".join(goal.text.split()).casefold()
        amends = self._amends.get(goal.iep_id)
        seen = {goal.iep_id}
        while amends is not None and amends not in seen:
            seen.add(amends)
            earlier = sorted(self.plan_goals(amends), key=lambda g: g.id)
            same = [g for g in earlier if " ".join(g.text.split()).casefold() == wanted]
            if not same:
                break
            lineage.append(same[0].id)
            amends = self._amends.get(amends)
        return lineage

    def analysis(self, goal: Goal, until: dt.date | None = None) -> GoalAnalysis:
        """The goal analysed with its points (only those up to ``until`` when given)."""
        measurements = [
            (p.data.observed_on, p.data.value)
            for p in self.points(goal)
            if until is None or p.data.observed_on <= until
        ]
        return analyse_goal(self.goal_row(goal).data, measurements, self.settings)

    def series(self, goal: Goal) -> GoalSeries:
        """The goal's graph and signals."""
        row = self.goal_row(goal)
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
