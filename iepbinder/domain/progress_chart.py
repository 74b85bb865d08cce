"""The graph of one goal as plain data: the lines, markers and axes both the GUI and PDF draw."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from iepbinder.domain.progress_analysis import GoalAnalysis
from iepbinder.domain.progress_math import Line
from iepbinder.domain.types import StrEnum


class ChartKind(StrEnum):
    """How a chart line is drawn."""

    POINTS = "POINTS"  # markers only
    LINE = "LINE"  # a polyline through the points
    VERTICAL = "VERTICAL"  # a vertical rule at one date (two points, bottom and top)


@dataclass(frozen=True)
class ChartPoint:
    """A point of the graph: a date and a value."""

    day: dt.date
    value: float


@dataclass(frozen=True)
class ChartLine:
    """One named series of the graph."""

    key: str
    label: str
    kind: ChartKind
    points: tuple[ChartPoint, ...]
    dashed: bool = False


@dataclass(frozen=True)
class LineStyle:
    """How a line looks, the same on screen and on paper.

    The marker shape and the dash tell the lines apart without colour.
    """

    colour: str
    marker: str = ""  # "circle", "square", "diamond", "triangle" or "" for none
    dash: tuple[float, ...] = ()
    width: float = 1.5


STYLES = {
    "points": LineStyle("#1F3A5F", "circle"),
    "baseline": LineStyle("#6B4C9A", "square"),
    "aimline": LineStyle("#2F6DB5", width=2.0),
    "target": LineStyle("#2F6DB5", "diamond"),
    "trend": LineStyle("#B4531A", dash=(6, 3)),
    "projection": LineStyle("#B4531A", dash=(1.5, 3)),
    "reported": LineStyle("#2E7D5B", "triangle"),
    "report": LineStyle("#8A8A8A", dash=(4, 4), width=1.0),
}


def style_of(line: ChartLine) -> LineStyle:
    """The style of a line (report rules share one style)."""
    return STYLES.get(line.key, STYLES["report"])


@dataclass(frozen=True)
class ReportMark:
    """A progress report on the time axis, with the value it reported for this goal, if any."""

    day: dt.date
    label: str
    value: float | None = None


@dataclass(frozen=True)
class ChartData:
    """Everything drawn, with the axes' ranges and ticks decided once for both renderers."""

    unit: str
    lines: tuple[ChartLine, ...]
    x_min: dt.date
    x_max: dt.date
    y_min: float
    y_max: float
    x_ticks: tuple[dt.date, ...]
    y_ticks: tuple[float, ...]

    def line(self, key: str) -> ChartLine | None:
        """The line with this key, or None."""
        return next((line for line in self.lines if line.key == key), None)


def build_chart(
    analysis: GoalAnalysis,
    measurements: Sequence[tuple[dt.date, float]],
    reports: Sequence[ReportMark] = (),
    unit: str = "",
) -> ChartData:
    """The graph of DOMAIN.md 4.3: data points, baseline, aimline, trend, target, report dates."""
    lines = _data_lines(analysis, sorted(measurements))
    if all(p.value >= 0 for line in lines if line.kind is ChartKind.POINTS for p in line.points):
        lines = [_clip_at_zero(line) for line in lines]
    days = [p.day for line in lines for p in line.points] + [r.day for r in reports]
    values = [p.value for line in lines for p in line.points]
    values += [r.value for r in reports if r.value is not None]
    today_ish = days[0] if days else dt.date(2000, 1, 1)
    x_min = min(days, default=today_ish) - dt.timedelta(days=7)
    x_max = max(days, default=today_ish) + dt.timedelta(days=7)
    y_ticks = nice_ticks(min(values, default=0.0), max(values, default=1.0))
    y_min, y_max = y_ticks[0], y_ticks[-1]
    reported = [ChartPoint(r.day, r.value) for r in reports if r.value is not None]
    if reported:
        lines.append(
            ChartLine("reported", "Value in a progress report", ChartKind.POINTS, tuple(reported))
        )
    for number, report in enumerate(sorted(reports, key=lambda r: r.day), start=1):
        ends = (ChartPoint(report.day, y_min), ChartPoint(report.day, y_max))
        lines.append(ChartLine(f"report{number}", report.label, ChartKind.VERTICAL, ends, True))
    return ChartData(
        unit, tuple(lines), x_min, x_max, y_min, y_max, month_ticks(x_min, x_max), y_ticks
    )


def _data_lines(
    analysis: GoalAnalysis, measurements: list[tuple[dt.date, float]]
) -> list[ChartLine]:
    lines: list[ChartLine] = []
    origin, baseline = analysis.origin, analysis.baseline
    if measurements:
        points = tuple(ChartPoint(day, value) for day, value in measurements)
        lines.append(ChartLine("points", "Data points", ChartKind.POINTS, points))
    if origin is not None and baseline is not None:
        mark = (ChartPoint(origin, baseline.value),)
        lines.append(ChartLine("baseline", "Baseline", ChartKind.POINTS, mark))
    target_date = analysis.target_date
    if analysis.aim is not None and origin is not None and target_date is not None:
        ends = (
            ChartPoint(origin, analysis.aim.at(0)),
            ChartPoint(target_date, analysis.aim.at(analysis.x_of(target_date) or 0)),
        )
        lines.append(ChartLine("aimline", "Aimline (goal line)", ChartKind.LINE, ends))
        lines.append(ChartLine("target", "Target", ChartKind.POINTS, ends[1:]))
    used = [(day, value) for day, value in measurements if origin is None or day >= origin]
    if analysis.trend is not None and used and origin is not None:
        first, last = used[0][0], used[-1][0]
        trend = analysis.trend
        ends = (_on(trend, analysis, first), _on(trend, analysis, last))
        lines.append(ChartLine("trend", "Trend", ChartKind.LINE, ends))
        if target_date is not None and target_date > last:
            more = (ends[1], _on(trend, analysis, target_date))
            lines.append(ChartLine("projection", "Projection", ChartKind.LINE, more, True))
    return lines


def _clip_at_zero(line: ChartLine) -> ChartLine:
    """A straight segment that dips below 0 ends where it reaches 0 (counts cannot go lower)."""
    if line.kind is not ChartKind.LINE or len(line.points) != 2:
        return line
    start, end = line.points
    if end.value >= 0 or start.value < 0:
        return line
    days = (end.day - start.day).days
    share = start.value / (start.value - end.value)
    zero = ChartPoint(start.day + dt.timedelta(days=round(days * share)), 0.0)
    return ChartLine(line.key, line.label, line.kind, (start, zero), line.dashed)


def _on(line: Line, analysis: GoalAnalysis, day: dt.date) -> ChartPoint:
    x = analysis.x_of(day)
    assert x is not None
    return ChartPoint(day, line.at(x))


def nice_ticks(low: float, high: float, count: int = 5) -> tuple[float, ...]:
    """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering low..high.

    The axis starts at 0 when every value is zero or more.
    """
    if low >= 0:
        low = 0.0
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    if last - high < step * 0.05:  # leave a little room above the highest mark
        last += step
    ticks = round((last - first) / step)
    return tuple(round(first + i * step, 10) for i in range(ticks + 1))


def month_ticks(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    """The first day of each month from ``start`` to ``end``; every other month past a year."""
    ticks: list[dt.date] = []
    day = dt.date(start.year, start.month, 1)
    if day < start:
        day = _next_month(day)
    while day <= end:
        ticks.append(day)
        day = _next_month(day)
    return tuple(ticks[::2]) if len(ticks) > 13 else tuple(ticks)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
