"""Reading goal-progress rows inside a caller's session: lineage, points, reports, settings."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.models import BinderSetting, Goal, Iep
from iepbinder.db.models.progress import (
    GoalDataPoint,
    ProgressReport,
    ProgressReportEntry,
    ProgressReportPassage,
)
from iepbinder.domain.progress_records import (
    SETTING_KEYS,
    DataPointData,
    PassageData,
    ProgressReportData,
    ProgressSettings,
    ReportEntryData,
    settings_from_values,
)
from iepbinder.services.mapping import read_data
from iepbinder.services.progress_dto import (
    DataPointRow,
    PassageRow,
    ProgressReportRow,
    ReportEntryRow,
)
from iepbinder.services.rows import not_deleted


def point_row(row: GoalDataPoint) -> DataPointRow:
    """DTO of a data point."""
    return DataPointRow(row.id, row.goal_id, row.version, read_data(row, DataPointData))


def report_row(row: ProgressReport) -> ProgressReportRow:
    """DTO of a progress report."""
    data = read_data(row, ProgressReportData)
    return ProgressReportRow(row.id, row.child_id, row.iep_id, row.version, data)


def entry_row(row: ProgressReportEntry) -> ReportEntryRow:
    """DTO of a report entry."""
    return ReportEntryRow(row.id, row.report_id, row.version, read_data(row, ReportEntryData))


def passage_row(row: ProgressReportPassage) -> PassageRow:
    """DTO of an assigned passage."""
    return PassageRow(row.id, row.report_id, read_data(row, PassageData))


def goal_lineage(session: Session, goal: Goal) -> list[int]:
    """The goal and the goals it continues, newest first.

    An amendment copies goals; a copy whose text is unchanged is the same goal, so its data
    and report entries carry over.
    """
    lineage = [goal.id]
    wanted = " ".join(goal.text.split()).casefold()
    plan = session.get(Iep, goal.iep_id)
    seen = {goal.iep_id}
    while plan is not None and plan.amends_id is not None and plan.amends_id not in seen:
        seen.add(plan.amends_id)
        earlier = session.scalars(
            select(Goal).where(Goal.iep_id == plan.amends_id, not_deleted(Goal))
        ).all()
        same = [g for g in earlier if " ".join(g.text.split()).casefold() == wanted]
        if not same:
            break
        lineage.append(same[0].id)
        plan = session.get(Iep, plan.amends_id)
    return lineage


_POINT_COLUMNS = (
    GoalDataPoint.id,
    GoalDataPoint.goal_id,
    GoalDataPoint.version,
    GoalDataPoint.observed_on,
    GoalDataPoint.value,
    GoalDataPoint.source,
    GoalDataPoint.note,
    GoalDataPoint.document_id,
)


def points_of(session: Session, goal_ids: Iterable[int]) -> list[DataPointRow]:
    """The live data points of these goals, oldest first.

    Read as columns, not ORM objects: a child's thirteen years hold thousands of points and
    every progress view reads them (benchmarks/run.py).
    """
    rows = session.execute(
        select(*_POINT_COLUMNS)
        .where(GoalDataPoint.goal_id.in_(list(goal_ids)), not_deleted(GoalDataPoint))
        .order_by(GoalDataPoint.observed_on, GoalDataPoint.id)
    )
    return [
        DataPointRow(ident, goal, version, DataPointData(day, value, source, note, document))
        for ident, goal, version, day, value, source, note, document in rows
    ]


def report_order(report: ProgressReportRow) -> tuple[dt.date, int]:
    """Reports in the order of the dates they speak for (undated last)."""
    return (report.data.as_of or dt.date.max, report.id)


def reports_of(session: Session, child_ids: Iterable[int]) -> list[ProgressReportRow]:
    """The live reports of these children, in date order."""
    rows = session.scalars(
        select(ProgressReport).where(
            ProgressReport.child_id.in_(list(child_ids)), not_deleted(ProgressReport)
        )
    )
    return sorted((report_row(row) for row in rows), key=report_order)


_ENTRY_COLUMNS = (
    ProgressReportEntry.id,
    ProgressReportEntry.report_id,
    ProgressReportEntry.version,
    ProgressReportEntry.goal_id,
    ProgressReportEntry.status,
    ProgressReportEntry.narrative,
    ProgressReportEntry.reported_value,
)


def entries_of(session: Session, report_ids: Iterable[int]) -> dict[int, list[ReportEntryRow]]:
    """The live entries of these reports, by report id.

    Read as columns, not ORM objects, as ``points_of``: thirteen years of reports hold
    hundreds of entries, and the Progress tab reads them all on its first paint.
    """
    found: dict[int, list[ReportEntryRow]] = defaultdict(list)
    rows = session.execute(
        select(*_ENTRY_COLUMNS).where(
            ProgressReportEntry.report_id.in_(list(report_ids)), not_deleted(ProgressReportEntry)
        )
    )
    for ident, report, version, goal, status, narrative, value in rows:
        data = ReportEntryData(goal, status, narrative, value)
        found[report].append(ReportEntryRow(ident, report, version, data))
    return found


def passages_of(session: Session, report_id: int) -> list[PassageRow]:
    """The live passages of a report, in text order."""
    rows = session.scalars(
        select(ProgressReportPassage)
        .where(ProgressReportPassage.report_id == report_id, not_deleted(ProgressReportPassage))
        .order_by(ProgressReportPassage.start, ProgressReportPassage.id)
    )
    return [passage_row(row) for row in rows]


def progress_settings(session: Session) -> ProgressSettings:
    """The binder's progress settings (DOMAIN.md 8), defaults for whatever is not set."""
    rows = session.scalars(select(BinderSetting).where(BinderSetting.key.in_(SETTING_KEYS)))
    return settings_from_values({row.key: row.value for row in rows})
