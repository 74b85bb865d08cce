"""Graph math of goal progress (DOMAIN.md 4.3): baseline, aimline, trend lines and projection."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import Direction, StrEnum

MIN_TREND_POINTS = 3  # FastBridge draws an OLS trend from 3 points (DOMAIN.md 4.3)


class TrendMethod(StrEnum):
    """How the trend line is fitted [CONFIG pm.trend_method, default OLS]."""

    OLS = "OLS"
    TUKEY = "TUKEY"
    TUKEY_THREE_MEDIAN = "TUKEY_THREE_MEDIAN"  # the statistical 3-median (resistant) line
    SPLIT_MIDDLE = "SPLIT_MIDDLE"


class BaselineRule(StrEnum):
    """Which baseline wins when the IEP states one and probes are recorded [CONFIG pm.baseline]."""

    MEDIAN_OF_PROBES = "MEDIAN_OF_PROBES"  # median of the first 3 probes, else the IEP's value
    IEP_VALUE = "IEP_VALUE"  # the IEP's value, else the median of the probes


class BaselineSource(StrEnum):
    """Where the baseline used on the graph came from."""

    MEDIAN_OF_PROBES = "MEDIAN_OF_PROBES"
    IEP_VALUE = "IEP_VALUE"
    FIRST_DATA_POINTS = "FIRST_DATA_POINTS"


@dataclass(frozen=True)
class Point:
    """One measurement on the graph: ``x`` in weeks since the baseline date, ``y`` the value."""

    x: float
    y: float


@dataclass(frozen=True)
class Line:
    """A straight line ``y = intercept + slope * x`` (slope in units per week)."""

    slope: float
    intercept: float

    def at(self, x: float) -> float:
        """The line's value at ``x`` weeks."""
        return self.intercept + self.slope * x


@dataclass(frozen=True)
class Baseline:
    """The starting value of the graph and where it came from."""

    value: float
    source: BaselineSource
    explanation: str


def weeks_since(origin: dt.date, day: dt.date) -> float:
    """Calendar weeks from ``origin`` to ``day`` (days / 7; negative before the origin)."""
    return (day - origin).days / 7


def resolve_baseline(
    stated: float | None,
    probes: Sequence[float],
    rule: BaselineRule = BaselineRule.MEDIAN_OF_PROBES,
    first_values: Sequence[float] = (),
) -> Baseline | None:
    """The baseline as DOMAIN.md 4.3 defines it: median of 3 probes, or the IEP's value.

    With three or more probes the median of the first three is used (unless the rule prefers
    the IEP's value and one is stated). With fewer probes the IEP's value wins; failing both,
    the median of the probes there are, then of the first three data points.
    """
    first_three = list(probes[:3])
    if len(first_three) == 3 and (rule is BaselineRule.MEDIAN_OF_PROBES or stated is None):
        return _median_baseline(first_three, BaselineSource.MEDIAN_OF_PROBES, _OF_PROBES)
    if stated is not None:
        explained = t("{value}, the value in the IEP", value=f"{stated:g}")
        return Baseline(stated, BaselineSource.IEP_VALUE, explained)
    if first_three:
        return _median_baseline(first_three, BaselineSource.MEDIAN_OF_PROBES, _OF_PROBES)
    if first_values:
        return _median_baseline(
            list(first_values[:3]), BaselineSource.FIRST_DATA_POINTS, _OF_FIRST_POINTS
        )
    return None


_OF_PROBES = N_("{middle}, the median of the probes {values}")
_OF_FIRST_POINTS = N_("{middle}, the median of the first data points {values}")


def _median_baseline(values: list[float], source: BaselineSource, sentence: str) -> Baseline:
    middle = statistics.median(values)
    shown = ", ".join(f"{value:g}" for value in values)
    return Baseline(middle, source, t(sentence, middle=f"{middle:g}", values=shown))


def aimline(baseline_value: float, target_value: float, x_target: float) -> Line | None:
    """The goal line from the baseline (at x = 0) to the target: slope = r_needed per week."""
    if x_target <= 0:
        return None
    return Line((target_value - baseline_value) / x_target, baseline_value)


def ols(points: Sequence[Point]) -> Line | None:
    """Ordinary least squares: slope = Σ(x-x̄)(y-ȳ) / Σ(x-x̄)², intercept = ȳ - slope·x̄."""
    if len(points) < MIN_TREND_POINTS:
        return None
    mean_x = sum(p.x for p in points) / len(points)
    mean_y = sum(p.y for p in points) / len(points)
    sxx = sum((p.x - mean_x) ** 2 for p in points)
    if sxx == 0:
        return None
    sxy = sum((p.x - mean_x) * (p.y - mean_y) for p in points)
    slope = sxy / sxx
    return Line(slope, mean_y - slope * mean_x)


def tukey_groups(points: Sequence[Point]) -> tuple[list[Point], list[Point], list[Point]]:
    """Three groups in date order; 1 leftover goes to the middle, 2 leftovers one to each end."""
    ordered = sorted(points, key=lambda p: p.x)
    size, leftover = divmod(len(ordered), 3)
    outer = size + (1 if leftover == 2 else 0)
    return ordered[:outer], ordered[outer : len(ordered) - outer], ordered[len(ordered) - outer :]


def tukey(points: Sequence[Point], three_median: bool = False) -> Line | None:
    """Tukey's line through (middle date, median score) of the first and last thirds.

    With ``three_median`` the line keeps that slope but moves one third of the way toward the
    middle group's median point: intercept = mean of (ȳ_g - slope·x̄_g) over the three groups.
    """
    if len(points) < MIN_TREND_POINTS:
        return None
    first, middle, last = tukey_groups(points)
    left, right = _median_point(first), _median_point(last)
    slope = _slope_through(left, right)
    if slope is None:
        return None
    if not three_median:
        return Line(slope, left.y - slope * left.x)
    centre = _median_point(middle)
    intercept = sum(p.y - slope * p.x for p in (left, centre, right)) / 3
    return Line(slope, intercept)


def split_middle(points: Sequence[Point]) -> Line | None:
    """The line through (middle date, median score) of each half; an odd middle point sits out."""
    if len(points) < MIN_TREND_POINTS:
        return None
    ordered = sorted(points, key=lambda p: p.x)
    half = len(ordered) // 2
    left, right = _median_point(ordered[:half]), _median_point(ordered[len(ordered) - half :])
    slope = _slope_through(left, right)
    return None if slope is None else Line(slope, left.y - slope * left.x)


def trend_line(points: Sequence[Point], method: TrendMethod = TrendMethod.OLS) -> Line | None:
    """The trend by the chosen method, or None with fewer than 3 points (or all on one date)."""
    if method is TrendMethod.TUKEY:
        return tukey(points)
    if method is TrendMethod.TUKEY_THREE_MEDIAN:
        return tukey(points, three_median=True)
    if method is TrendMethod.SPLIT_MIDDLE:
        return split_middle(points)
    return ols(points)


def meets_target(value: float, target: float, direction: Direction) -> bool:
    """``value ≥ target`` for a goal that increases, ``value ≤ target`` for one that decreases."""
    return value >= target if direction is Direction.INCREASE else value <= target


def better_than(value: float, reference: float, direction: Direction) -> bool:
    """True when ``value`` is strictly on the good side of ``reference`` for this goal."""
    return value > reference if direction is Direction.INCREASE else value < reference


def _median_point(group: Sequence[Point]) -> Point:
    return Point(statistics.median(p.x for p in group), statistics.median(p.y for p in group))


def _slope_through(left: Point, right: Point) -> float | None:
    if right.x == left.x:
        return None
    return (right.y - left.y) / (right.x - left.x)
