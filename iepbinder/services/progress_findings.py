"""Gather the facts the report red flags need (DOMAIN.md 4.5) and run the rules on a child."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from iepbinder.db.models import Child, Goal
from iepbinder.db.models.progress import ProgressReport, ProgressReportEntry
from iepbinder.domain.progress_records import CLOSING_STATUSES, ReportEntryData
from iepbinder.domain.progress_words import goal_name
from iepbinder.domain.report_lint import (
    ExpectedReport,
    GoalInReport,
    LintSettings,
    ReportFinding,
    lint_closing_status,
    lint_missing_reports,
    lint_report,
)
from iepbinder.domain.types import IepKind, Metric
from iepbinder.services.dto import IepRow
from iepbinder.services.plans import pick_current_plan
from iepbinder.services.progress_cache import Findings
from iepbinder.services.progress_dto import ProgressReportRow, ReportFindings
from iepbinder.services.progress_series import ProgressSnapshot
from iepbinder.services.rows import not_deleted

_NEW_GOAL_KINDS = (IepKind.INITIAL, IepKind.ANNUAL, IepKind.REEVALUATION)


def report_plan(report: ProgressReportRow, plans: Sequence[IepRow]) -> IepRow | None:
    """The plan a report speaks about: the one recorded on it, else the one in effect then."""
    if report.iep_id is not None:
        found = next((plan for plan in plans if plan.id == report.iep_id), None)
        if found is not None:
            return found
    return pick_current_plan(list(plans), report.data.as_of or dt.date.max)


def child_findings(
    snap: ProgressSnapshot,
    child_id: int,
    plans: Sequence[IepRow],
    today: dt.date,
    latest_only: bool = False,
    plan_id: int | None = None,
    kept: Findings | None = None,
) -> tuple[tuple[ReportFindings, ...], tuple[ReportFinding, ...]]:
    """Findings per received report (PR-1..6, 8, 9), and about the child's reports (PR-7, 10).

    ``latest_only`` checks only the latest received report: what the Today list needs, without
    reading years of old reports. ``plan_id`` checks only the reports about that plan: what the
    Progress tab shows first. A report left unchecked is listed with ``checked`` False and no
    findings, unless ``kept`` (services/progress_cache.py) has its findings; every report
    checked is added to ``kept``.
    """
    kept = {} if kept is None else kept
    received = [r for r in snap.reports if r.received]
    wanted = received[-1:] if latest_only else received
    if plan_id is not None:
        wanted = [r for r in wanted if _plan_id(report_plan(r, plans)) == plan_id]
    unknown = [r for r in wanted if r.id not in kept]
    if unknown:
        kept.update(_check(snap, child_id, plans, received, unknown))
    per_report = [ReportFindings(r, kept.get(r.id, ()), r.id in kept) for r in received]
    per_report += [ReportFindings(r, ()) for r in snap.reports if not r.received]
    expected = [
        ExpectedReport(r.data.period, r.data.expected_date, r.data.received_date)
        for r in snap.reports
    ]
    about_child = lint_missing_reports(expected, today, snap.settings.missing_report_grace_days)
    about_child += _closing_findings(snap, plans, received)
    return tuple(per_report), tuple(about_child)


def _plan_id(plan: IepRow | None) -> int | None:
    return plan.id if plan else None


def _check(
    snap: ProgressSnapshot,
    child_id: int,
    plans: Sequence[IepRow],
    received: Sequence[ProgressReportRow],
    reports: Sequence[ProgressReportRow],
) -> Findings:
    """Lint ``reports`` (received ones), each against the reports received before it."""
    lint = _lint_settings(snap, child_id)
    siblings = _sibling_texts(snap, child_id)
    snap.prefetch_plans(plan.id for plan in plans)
    goals_of = {report.id: _report_goals(snap, report, plans) for report in reports}
    snap.prefetch(goal for goals in goals_of.values() for goal in goals)
    found: Findings = {}
    for index, report in enumerate(received):
        if report.id in goals_of:
            earlier = received[:index]
            facts = [_goal_in_report(snap, goal, report, earlier) for goal in goals_of[report.id]]
            found[report.id] = tuple(lint_report(facts, siblings, lint))
    return found


def _report_goals(
    snap: ProgressSnapshot, report: ProgressReportRow, plans: Sequence[IepRow]
) -> list[Goal]:
    plan = report_plan(report, plans)
    return snap.plan_goals(plan.id) if plan else []


def _goal_in_report(
    snap: ProgressSnapshot,
    goal: Goal,
    report: ProgressReportRow,
    earlier: Sequence[ProgressReportRow],
) -> GoalInReport:
    data = snap.goal_row(goal).data
    lineage = snap.lineage(goal)
    entry = snap.entry(report.id, lineage)
    history: list[ReportEntryData] = []
    for before in earlier:
        found = snap.entry(before.id, lineage)
        if found is not None:
            history.append(found.data)
    as_of = report.data.as_of
    analysis = snap.analysis(goal, until=as_of)
    baseline = analysis.baseline.value if analysis.baseline else None
    change = (
        abs(data.target_value - baseline)
        if data.target_value is not None and baseline is not None
        else None
    )
    numeric = data.metric is not Metric.OTHER or data.target_value is not None
    parts = (data.text, data.criterion_text, data.measurement_method, data.unit)
    measurement = " ".join(part for part in parts if part)
    return GoalInReport(
        goal_id=goal.id,
        name=goal_name(data),
        numeric=numeric,
        measurement=measurement,
        direction=data.direction,
        baseline_value=baseline,
        entry=entry.data if entry else None,
        history=tuple(history),
        aim_at_report=analysis.aim_at(as_of) if as_of else None,
        planned_change=change,
        projection_meets_target=analysis.projection_meets,
    )


def _closing_findings(
    snap: ProgressSnapshot, plans: Sequence[IepRow], received: Sequence[ProgressReportRow]
) -> list[ReportFinding]:
    """PR-10 for each new annual plan whose predecessor's goals never got a closing status."""
    snap.prefetch_plans(plan.id for plan in plans)
    closed: set[int] = set()
    for report in received:
        for entry in snap.entries.get(report.id, []):
            if entry.data.status in CLOSING_STATUSES:
                closed.add(entry.data.goal_id)
    found: list[ReportFinding] = []
    for plan in plans:
        start = plan.data.start_date or plan.data.meeting_date
        if plan.data.kind not in _NEW_GOAL_KINDS or start is None or not snap.plan_goals(plan.id):
            continue
        others = [p for p in plans if p.id != plan.id]
        previous = pick_current_plan(others, start - dt.timedelta(days=1))
        if previous is None or (previous.data.start_date or dt.date.max) >= start:
            continue
        old = [
            (goal.id, goal_name(snap.goal_row(goal).data))
            for goal in snap.plan_goals(previous.id)
            if not closed.intersection(snap.lineage(goal))
        ]
        found += lint_closing_status(old, frozenset(), plan.label)
    return found


def _lint_settings(snap: ProgressSnapshot, child_id: int) -> LintSettings:
    names: list[str] = []
    for child in snap.session.scalars(select(Child).where(not_deleted(Child))):
        names += [child.first_name, child.preferred_name]
    settings = snap.settings
    return LintSettings(
        vague_phrases=settings.vague_phrases,
        copy_forward_similarity=settings.copy_forward_similarity,
        tolerance=settings.trend_tolerance,
        names=tuple(name for name in names if name.strip()),
    )


def _sibling_texts(snap: ProgressSnapshot, child_id: int) -> list[str]:
    """The narratives of every other child's received reports in this binder."""
    rows = snap.session.scalars(
        select(ProgressReportEntry.narrative)
        .join(ProgressReport, ProgressReport.id == ProgressReportEntry.report_id)
        .join(Child, Child.id == ProgressReport.child_id)
        .where(
            ProgressReport.child_id != child_id,
            not_deleted(Child),
            not_deleted(ProgressReport),
            not_deleted(ProgressReportEntry),
            ProgressReport.received_date.is_not(None),
        )
    )
    return [text for text in rows if text.strip()]
