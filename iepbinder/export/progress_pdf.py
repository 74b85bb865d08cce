"""Goal progress pages: a summary with the report red flags, then a page per goal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from iepbinder.domain.language import N_, t
from iepbinder.domain.progress_analysis import (
    GOAL_STATUS_WORDS,
    GoalAnalysis,
    GoalStatus,
    projected_text,
)
from iepbinder.domain.progress_chart import ChartData
from iepbinder.domain.progress_records import SOURCE_WORDS, DataPointData
from iepbinder.domain.progress_words import number, short_date
from iepbinder.domain.records import GoalData
from iepbinder.domain.report_lint import ReportFinding
from iepbinder.domain.types import PaperSize
from iepbinder.export import pages
from iepbinder.export.collector import paused_collector
from iepbinder.export.pages import DASH, PageSize, Styles, esc, nobreak, para
from iepbinder.export.progress_chart import chart_drawing

SECTION = N_("Progress")
PROGRESS_COLOUR = "#2E7D5B"
TAB_SLOT = 4  # the fifth tab of an advocate's binder: glance, services, log, documents, progress
CHART_HEIGHT = 210.0


class _HasData(Protocol):
    @property
    def data(self) -> DataPointData: ...


class _Goal(Protocol):
    @property
    def data(self) -> GoalData: ...


class SeriesLike(Protocol):
    """One goal's series (services.progress_dto.GoalSeries fits)."""

    @property
    def goal(self) -> _Goal: ...
    @property
    def name(self) -> str: ...
    @property
    def status(self) -> GoalStatus: ...
    @property
    def status_line(self) -> str: ...
    @property
    def signal_lines(self) -> tuple[str, ...]: ...
    @property
    def caveat(self) -> str: ...
    @property
    def chart(self) -> ChartData: ...
    @property
    def analysis(self) -> GoalAnalysis: ...
    @property
    def points(self) -> Sequence[_HasData]: ...


class _Report(Protocol):
    @property
    def label(self) -> str: ...


class ReportFindingsLike(Protocol):
    """A report with its red flags (services.progress_dto.ReportFindings fits)."""

    @property
    def report(self) -> _Report: ...
    @property
    def findings(self) -> tuple[ReportFinding, ...]: ...


class _Named(Protocol):
    @property
    def display_name(self) -> str: ...


class _Plan(Protocol):
    @property
    def label(self) -> str: ...


class OverviewLike(Protocol):
    """The Progress tab's content (services.progress_dto.ProgressOverview fits)."""

    @property
    def child(self) -> _Named: ...
    @property
    def plan(self) -> _Plan | None: ...
    @property
    def series(self) -> Sequence[SeriesLike]: ...
    @property
    def reports(self) -> Sequence[ReportFindingsLike]: ...
    @property
    def child_findings(self) -> tuple[ReportFinding, ...]: ...
    @property
    def generated_on(self) -> dt.date: ...


@paused_collector()
def render_progress(
    overview: OverviewLike, page_size: PageSize | PaperSize = PageSize.LETTER
) -> pages.RenderedPdf:
    """The summary page, then one page per goal (graph, signals, data table)."""
    frame = progress_frame(overview, page_size)
    st = pages.make_styles(9.5, PROGRESS_COLOUR)
    return pages.render_pdf(progress_story(overview, st, frame.content_width), frame)


def progress_frame(
    overview: OverviewLike, page_size: PageSize | PaperSize = PageSize.LETTER
) -> pages.PageFrame:
    """The Progress section's page frame (fifth tab slot)."""
    return pages.PageFrame(
        overview.child.display_name or t("Unnamed child"), t(SECTION), overview.generated_on,
        PROGRESS_COLOUR, PageSize(page_size), TAB_SLOT,
    )  # fmt: skip


def progress_story(overview: OverviewLike, st: Styles, width: float) -> list[Flowable]:
    """The summary, then a page per goal."""
    story = summary_story(overview, st, width)
    for series in overview.series:
        story += [PageBreak(), *goal_story(series, st, width)]
    return story


def summary_story(overview: OverviewLike, st: Styles, width: float) -> list[Flowable]:
    """Every goal's status and signal, then each report's red flags with their passages."""
    title = t("Goal progress")
    if overview.plan is not None:
        grey = f"size='{st.body.fontSize}' color='#555555'"
        title += f"\u2003<font {grey}>{esc(overview.plan.label)}</font>"
    story: list[Flowable] = [Paragraph(title, st.title)]
    if not overview.series:
        story.append(para(t("No goals entered for this IEP yet."), st.body))
    else:
        rows = [
            _header((t("Goal"), t("Status"), t("Signal"), t("Data"), t("Projected / target")), st)
        ]
        for series in overview.series:
            rows.append(_overview_row(series, st))
        widths = [width * f for f in (0.2, 0.14, 0.38, 0.1, 0.18)]
        story.append(pages.data_table(rows, widths, st, flex=2))
        story.append(para(overview.series[0].caveat, st.note))
    story.append(Paragraph(t("Progress reports"), st.heading))
    if not overview.reports:
        story.append(para(t("No progress reports recorded yet."), st.body))
    for item in overview.reports:
        story += _report_findings(item.report.label, item.findings, st, width)
    if overview.child_findings:
        story += _report_findings(t("About the reports"), overview.child_findings, st, width)
    return story


def goal_story(series: SeriesLike, st: Styles, width: float) -> list[Flowable]:
    """A goal's page: name and status, its text, the graph, the signals, the data table."""
    goal = series.goal.data
    story: list[Flowable] = [
        Paragraph(
            f"{esc(series.name)}\u2003<font size='{st.body.fontSize}'>"
            f"{esc(t(GOAL_STATUS_WORDS[series.status]))}</font>",
            st.title,
        ),  # fmt: skip
        para(goal.text, st.body),
        chart_drawing(series.chart, width, CHART_HEIGHT),
        Spacer(1, 4),
    ]
    lines = series.signal_lines
    story.append(Paragraph(f"<b>{esc(lines[0])}</b>", st.body))
    story += [para(line, st.body) for line in lines[1:]]
    story.append(para(series.caveat, st.note))
    story.append(Paragraph(t("Data points ({count})", count=len(series.points)), st.heading))
    if not series.points:
        story.append(para(t("No data points entered yet."), st.body))
    else:
        story.append(_points_table(series.points, st, width))
    return story


def _overview_row(series: SeriesLike, st: Styles) -> list[object]:
    analysis_points = len(series.points)
    projection, target = series.analysis.projection, series.goal.data.target_value
    projected = DASH
    if projection is not None and target is not None:
        projected = f"{projected_text(projection, target)} / {number(target)}"
    return [
        para(series.name, st.cell_bold),
        para(t(GOAL_STATUS_WORDS[series.status]), st.cell_bold),
        para(series.signal_lines[0], st.cell),
        para(
            t("1 point") if analysis_points == 1 else t("{count} points", count=analysis_points),
            st.cell,
        ),
        para(projected, st.cell),
    ]


def _report_findings(
    title: str, findings: Sequence[ReportFinding], st: Styles, width: float
) -> list[Flowable]:
    heading = Paragraph(f"<b>{esc(title)}</b>", st.body)
    if not findings:
        return [heading, para(t("No red flags found."), st.note), Spacer(1, 4)]
    rows = [
        _header(
            (t("Rule"), t("Goal"), t("What the report shows"), t("Passage"), t("Next step")), st
        )
    ]
    for finding in findings:
        passage = f"\u201c{finding.passage}\u201d" if finding.passage else DASH
        rows.append([para(finding.rule_id, st.cell_bold), para(finding.goal_name or DASH, st.cell),
                     para(finding.message, st.cell), para(passage, st.cell_italic),
                     para(finding.next_step, st.cell)])  # fmt: skip
    widths = [width * f for f in (0.07, 0.15, 0.3, 0.26, 0.22)]
    table = pages.data_table(rows, widths, st, flex=2)
    if len(rows) < 6:
        return [KeepTogether([heading, table]), Spacer(1, 6)]
    return [heading, table, Spacer(1, 6)]


def _points_table(points: Sequence[_HasData], st: Styles, width: float) -> Flowable:
    """Date, value and source; long lists run in two side-by-side halves."""
    rows, previous = [], ""
    for point in points:
        data = point.data
        source = t(SOURCE_WORDS[data.source])
        if data.note:  # a note repeated row after row is written out once
            same = data.note == previous
            source += t(" \u2013 note as above") if same else f" \u2013 {data.note}"
        previous = data.note
        rows.append([para(nobreak(short_date(data.observed_on)), st.cell),
                     para(number(data.value, 2), st.cell), para(source, st.cell)])  # fmt: skip
    header = _header((t("Date"), t("Value"), t("Source")), st)
    if len(rows) <= 12:
        return pages.data_table([header, *rows], [width * f for f in (0.16, 0.1, 0.74)], st)
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [[""] * 3] * (half - len(rows[half:]))
    joined = [header + header] + [a + b for a, b in zip(left, right, strict=True)]
    widths = [width * f for f in (0.125, 0.065, 0.31)] * 2
    return pages.data_table(joined, widths, st)


def _header(labels: Sequence[str], st: Styles) -> list[object]:
    return [para(label, st.cell_header) for label in labels]
