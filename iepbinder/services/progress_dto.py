"""Frozen rows of goal progress: data points, reports, the series of a goal and the overview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepbinder.domain.decision_rules import ACCURACY_CAVEAT
from iepbinder.domain.language import t
from iepbinder.domain.progress_analysis import GoalAnalysis, GoalStatus
from iepbinder.domain.progress_chart import ChartData, ReportMark
from iepbinder.domain.progress_records import (
    DataPointData,
    PassageData,
    ProgressReportData,
    ProgressSettings,
    ReportEntryData,
)
from iepbinder.domain.progress_words import goal_name, short_date, signal_lines, status_line
from iepbinder.domain.report_lint import ReportFinding
from iepbinder.services.dto import ChildRow, GoalRow, IepRow


@dataclass(frozen=True)
class DataPointRow:
    """A data point as stored."""

    id: int
    goal_id: int
    version: int
    data: DataPointData


@dataclass(frozen=True)
class ProgressReportRow:
    """A progress report as stored (its entries come with ReportDetail)."""

    id: int
    child_id: int
    iep_id: int | None
    version: int
    data: ProgressReportData

    @property
    def received(self) -> bool:
        """True once the report has arrived."""
        return self.data.received_date is not None

    @property
    def label(self) -> str:
        """'Quarter 1 (received Oct 30, 2026)' or 'Quarter 2 (expected Jan 29, 2027)'."""
        data = self.data
        if data.received_date is not None:
            return t(
                "{period} (received {date})",
                period=data.period,
                date=short_date(data.received_date),
            )
        if data.expected_date is not None:
            return t(
                "{period} (expected {date})",
                period=data.period,
                date=short_date(data.expected_date),
            )
        return data.period


@dataclass(frozen=True)
class ReportEntryRow:
    """What one report says about one goal, as stored."""

    id: int
    report_id: int
    version: int
    data: ReportEntryData


@dataclass(frozen=True)
class PassageRow:
    """A passage of the report's text assigned to a goal."""

    id: int
    report_id: int
    data: PassageData


@dataclass(frozen=True)
class ReportDetail:
    """A report with its entries, passages and the goals it reports on (for the editor)."""

    report: ProgressReportRow
    plan: IepRow | None
    goals: tuple[GoalRow, ...]
    entries: tuple[ReportEntryRow, ...]
    passages: tuple[PassageRow, ...]

    def entry_for(self, goal_id: int) -> ReportEntryRow | None:
        """The entry for a goal, if the report has one."""
        return next((e for e in self.entries if e.data.goal_id == goal_id), None)


@dataclass(frozen=True)
class GoalSeries:
    """One goal's graph and signals: what the Progress tab and the PDF page both show."""

    goal: GoalRow
    points: tuple[DataPointRow, ...]  # every point of the goal (and of the goal it continues)
    analysis: GoalAnalysis
    chart: ChartData
    reports: tuple[ReportMark, ...]

    @property
    def name(self) -> str:
        """The goal's short name."""
        return goal_name(self.goal.data)

    @property
    def status(self) -> GoalStatus:
        """On track, watch, not on track or not enough data."""
        return self.analysis.status

    @property
    def status_line(self) -> str:
        """The overall status with its reason."""
        return status_line(self.analysis)

    @property
    def signal_lines(self) -> tuple[str, ...]:
        """The signal in words, then the other facts behind it."""
        return signal_lines(self.analysis, self.goal.data)

    @property
    def caveat(self) -> str:
        """The accuracy caveat shown with every signal (DOMAIN.md 4.4)."""
        return t(ACCURACY_CAVEAT)


@dataclass(frozen=True)
class ReportFindings:
    """One report of the child and the red flags found in it."""

    report: ProgressReportRow
    findings: tuple[ReportFinding, ...]
    checked: bool = True  # False: a received report not checked yet (the Progress tab's first read)

    @property
    def flagged_goal_names(self) -> tuple[str, ...]:
        """The goals named by a finding, in order and once each (for the data-request letter)."""
        names = [f.goal_name for f in self.findings if f.goal_name]
        return tuple(dict.fromkeys(names))

    @property
    def flagged_goal_ids(self) -> tuple[int, ...]:
        """The ids of those goals, in the same order."""
        ids = [f.goal_id for f in self.findings if f.goal_id is not None]
        return tuple(dict.fromkeys(ids))


@dataclass(frozen=True)
class ReportsChecked:
    """Every report of a child with its red flags, and the findings about all of them."""

    reports: tuple[ReportFindings, ...]
    child_findings: tuple[ReportFinding, ...]  # PR-7 (overdue reports) and PR-10


@dataclass(frozen=True)
class ProgressOverview:
    """Everything the Progress tab shows for one child and one plan."""

    child: ChildRow
    plans: tuple[IepRow, ...]
    plan: IepRow | None
    series: tuple[GoalSeries, ...]
    reports: tuple[ReportFindings, ...]
    child_findings: tuple[ReportFinding, ...]  # PR-7 (overdue reports) and PR-10
    settings: ProgressSettings
    generated_on: dt.date

    def count(self, status: GoalStatus) -> int:
        """How many goals have this status."""
        return sum(1 for s in self.series if s.status is status)


@dataclass(frozen=True)
class DataRequest:
    """What the data-request letter is about: the report and the goals it left without data."""

    child_name: str
    report_label: str
    goal_names: tuple[str, ...]
    goal_ids: tuple[int, ...] = ()
