"""The demo child's goal data for a school year, and two progress reports (one with red flags)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from iepbinder.domain.progress_records import (
    DataPointData,
    DataSource,
    PassageData,
    ProgressReportData,
    ReportEntryData,
    ReportInput,
)
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import ChildRow, GoalRow
from iepbinder.services.plans import PlanService
from iepbinder.services.progress_demo_reports import demo_reports
from iepbinder.services.progress_points import ProgressPointService
from iepbinder.services.progress_reports import ProgressReportService

Level = Callable[[float], float]  # school weeks of instruction → the child's typical value


@dataclass(frozen=True)
class _Plan:
    """How one demo goal's data is collected and how the child grows on it."""

    every_weeks: int
    source: DataSource
    level: Level
    spread: float
    digits: int = 0
    low: float = 0
    high: float = 100


_STORIES = (  # in the order of the demo goals
    _Plan(1, DataSource.SCHOOL_REPORT, lambda w: 52 + 1.3 * w - (3 if w > 15 else 0), 2.5),
    _Plan(4, DataSource.WORK_SAMPLE, lambda w: 2 + 0.06 * w, 0.3, high=6),
    _Plan(2, DataSource.SCHOOL_REPORT, lambda w: 36 + 0.18 * w, 3.5),
    _Plan(1, DataSource.SCHOOL_REPORT, lambda w: 40 + 1.75 * w, 3.0),
    _Plan(1, DataSource.SCHOOL_REPORT, lambda w: 4 - 0.13 * w, 0.6, high=7),
)


def school_days_off(year: int) -> list[tuple[dt.date, dt.date]]:
    """The breaks of the demo school year: spring break, summer, Thanksgiving and winter."""
    return [
        (dt.date(year, 4, 6), dt.date(year, 4, 10)),
        (dt.date(year, 6, 13), dt.date(year, 8, 18)),
        (dt.date(year, 11, 23), dt.date(year, 11, 27)),
        (dt.date(year, 12, 19), dt.date(year + 1, 1, 4)),
    ]


def add_demo_progress(context: ServiceContext, child: ChildRow) -> None:
    """Give each demo goal a year of data so far, and file the child's progress reports."""
    plans = PlanService(context)
    plan = plans.current_plan(child.id)
    if plan is None or plan.data.start_date is None:
        return
    goals = plans.list_goals(plan.id)
    today = context.today()
    points = ProgressPointService(context)
    for index, (goal, story) in enumerate(zip(goals, _STORIES, strict=False)):
        data = _measurements(goal, story, index, today)
        if data:
            points.add_points(goal.id, data)
    reports = ProgressReportService(context)
    for report, entries in demo_reports(plan.data.start_date.year, [g.id for g in goals]):
        if report.received_date is not None and report.received_date > today:
            report = ProgressReportData(report.period, expected_date=report.expected_date)
            entries = []
        reports.save_report(child.id, None, None, plan.id, _with_passages(report, entries))


def _measurements(goal: GoalRow, story: _Plan, index: int, today: dt.date) -> list[DataPointData]:
    start = goal.data.baseline_date
    if start is None:
        return []
    year = start.year
    breaks = school_days_off(year)
    noise = random.Random(f"iep-binder-demo-goal-{index}")
    day = start + dt.timedelta(days=8 - start.weekday())  # the Tuesday after the baseline
    stop = min(today - dt.timedelta(days=1), goal.data.target_date or today)
    found: list[DataPointData] = []
    school_weeks = 0
    while day <= stop:
        if not any(first <= day <= last for first, last in breaks):
            if school_weeks % story.every_weeks == 0:
                level = story.level(school_weeks) + noise.gauss(0, story.spread)
                value = round(min(story.high, max(story.low, level)), story.digits)
                found.append(DataPointData(day, float(value), story.source, _note(index, day)))
            school_weeks += 1
        day += dt.timedelta(days=7)
    return found


def _note(index: int, day: dt.date) -> str:
    if index == 0 and day.month in (5, 10):
        return "Probe results sent home by the resource specialist"
    if index == 4:
        return "From the teacher's behavior log"
    return ""


def _with_passages(report: ProgressReportData, entries: list[ReportEntryData]) -> ReportInput:
    """The report's text as the parent pasted it, and each goal's part assigned to the goal."""
    parts = ["Lincoln Elementary School \u2013 IEP progress report", report.period, ""]
    passages = []
    for number, entry in enumerate(entries, start=1):
        if not entry.narrative:
            continue
        parts.append(f"Goal {number}")
        offset = len("\n".join(parts)) + 1
        parts.append(entry.narrative)
        end = offset + len(entry.narrative)
        passages.append(PassageData(entry.goal_id, offset, end, entry.narrative))
        parts.append("")
    text = "\n".join(parts)
    data = ProgressReportData(
        report.period,
        report.period_end,
        report.expected_date,
        report.received_date,
        text if entries else "",
    )
    return ReportInput(data, tuple(entries), tuple(passages))
