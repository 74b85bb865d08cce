"""Table models of the Progress tab: goals overview, data points, reports and their red flags."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from iepbinder.domain.progress_analysis import GOAL_STATUS_WORDS, projected_text
from iepbinder.domain.progress_records import SOURCE_WORDS
from iepbinder.domain.progress_words import number
from iepbinder.domain.report_lint import ReportFinding
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP, date_text
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.services.progress_dto import DataPointRow, GoalSeries, ReportFindings

SEVERITY_WORDS = {
    "INFO": QT_TRANSLATE_NOOP("ProgressModels", "Info"),
    "WARNING": QT_TRANSLATE_NOOP("ProgressModels", "Warning"),
    "STRONG": QT_TRANSLATE_NOOP("ProgressModels", "Strong"),
}


def tr(text: str) -> str:
    """Translate a string of this module."""
    return QCoreApplication.translate("ProgressModels", text)


def _day(day: dt.date | None) -> str:
    return date_text(day, "medium") if day else "\u2014"


def _projected(series: GoalSeries) -> str:
    projection, target = series.analysis.projection, series.goal.data.target_value
    if projection is None or target is None:
        return "\u2014"
    return f"{projected_text(projection, target)} / {number(target)}"


def _projected_tip(series: GoalSeries) -> str:
    analysis = series.analysis
    if analysis.trend is None or analysis.x_target is None:
        return tr("A projection needs at least 3 points, a target and a target date.")
    return tr(
        "Projection = intercept + slope \u00d7 weeks to the goal date = {b} + {m} \u00d7 {x} = "
        "{p}. The trend line is fitted through the data points by {method}."
    ).format(
        b=number(analysis.trend.intercept, 2),
        m=number(analysis.trend.slope, 3),
        x=number(analysis.x_target, 1),
        p=number(analysis.projection or 0.0, 1),
        method=analysis.method.value,
    )


def overview_model(parent: Any = None) -> RowTableModel[GoalSeries]:
    """Every goal of the plan: status, signal, how much data, projection against the target."""
    columns: list[Column[GoalSeries]] = [
        Column(tr("Goal"), lambda s: s.name, tooltip=lambda s: s.goal.data.text),
        Column(
            tr("Status"),
            lambda s: tr(GOAL_STATUS_WORDS[s.status]),
            lambda s: list(GOAL_STATUS_WORDS).index(s.status),
            lambda s: s.status_line,
        ),
        Column(
            tr("Signal"),
            lambda s: s.analysis.lead.words if s.analysis.lead.active else tr("No signal yet"),
            tooltip=lambda s: "\n".join(s.signal_lines),
        ),
        Column(tr("Points"), lambda s: str(len(s.points)), lambda s: len(s.points)),
        Column(tr("Projected / target"), _projected, tooltip=_projected_tip),
    ]
    return RowTableModel(columns, parent)


def points_model(parent: Any = None) -> RowTableModel[DataPointRow]:
    """A goal's data points, newest last."""
    columns: list[Column[DataPointRow]] = [
        Column(
            tr("Date"),
            lambda p: p.data.observed_on.isoformat(),
            lambda p: p.data.observed_on,
            lambda p: _day(p.data.observed_on),
        ),
        Column(tr("Value"), lambda p: number(p.data.value, 2), lambda p: p.data.value),
        Column(tr("Source"), lambda p: tr(SOURCE_WORDS[p.data.source])),
        Column(tr("Note"), lambda p: p.data.note, tooltip=lambda p: p.data.note),
    ]
    return RowTableModel(columns, parent)


def _flags(item: ReportFindings) -> str:
    if not item.report.received:
        return tr("Not received yet")
    if not item.checked:
        return tr("Checking...")
    count = len(item.findings)
    return tr("\u26a0 {n} red flag(s)").format(n=count) if count else tr("\u2713 None found")


def reports_model(parent: Any = None) -> RowTableModel[ReportFindings]:
    """The child's progress reports with how many red flags each raised."""
    columns: list[Column[ReportFindings]] = [
        Column(tr("Period"), lambda r: r.report.data.period),
        Column(
            tr("Expected"),
            lambda r: _day(r.report.data.expected_date),
            lambda r: r.report.data.expected_date or "",
        ),
        Column(
            tr("Received"),
            lambda r: _day(r.report.data.received_date),
            lambda r: r.report.data.received_date or "",
        ),
        Column(
            tr("Red flags"),
            _flags,
            lambda r: len(r.findings),
            lambda r: "\n".join(f"{f.rule_id}: {f.message}" for f in r.findings),
        ),
    ]
    return RowTableModel(columns, parent)


def _shows(finding: ReportFinding) -> str:
    if not finding.next_step:
        return finding.message
    return tr("{message}\n\u2192 {next_step}").format(
        message=finding.message, next_step=finding.next_step
    )


def findings_model(parent: Any = None) -> RowTableModel[ReportFinding]:
    """The red flags of one report: rule, goal, what was seen and the next step, the passage."""
    columns: list[Column[ReportFinding]] = [
        Column(
            tr("Rule"), lambda f: f.rule_id, tooltip=lambda f: tr(SEVERITY_WORDS[f.severity.value])
        ),
        Column(tr("Goal"), lambda f: f.goal_name or "\u2014"),
        Column(tr("What the report shows \u2192 next step"), _shows, tooltip=_shows),
        Column(
            tr("Passage"),
            lambda f: f"\u201c{f.passage}\u201d" if f.passage else "\u2014",
            tooltip=lambda f: f.passage,
        ),
    ]
    return RowTableModel(columns, parent)
