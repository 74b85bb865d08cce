"""Progress-monitoring decision rules (DOMAIN.md 4.4): signals to discuss, never verdicts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from iepbinder.domain.progress_math import Line, Point
from iepbinder.domain.types import Direction, StrEnum

ACCURACY_CAVEAT = (
    "These are signals to discuss with the team, not verdicts. Simulation research found that a "
    "common 4-point rule often flags a child as not responding at typical probe reliability "
    "(doi.org/10.1177/0734282917729263). Decisions are more accurate with trend or median "
    "rules, about 10\u201312 weeks of weekly data, and growth far from the goal line. So the "
    "trend rule is preferred once it is active, and point-rule output is an early warning."
)


class Signal(StrEnum):
    """What a decision rule suggests (the words of DOMAIN.md 4.4)."""

    CHANGE_INSTRUCTION = "CHANGE_INSTRUCTION"
    RAISE_GOAL = "RAISE_GOAL"
    CONTINUE = "CONTINUE"


SIGNAL_WORDS = {
    Signal.CHANGE_INSTRUCTION: "Consider an instructional change",
    Signal.RAISE_GOAL: "Consider raising the goal",
    Signal.CONTINUE: "Continue; keep collecting",
}
TOO_FEW_WORDS = "Too few data points for a reliable decision"


@dataclass(frozen=True)
class PointRule:
    """The point rule [CONFIG pm.point_rule]: k of the last m points on one side of the aimline.

    The default is 4 consecutive (4 of the last 4) for both sides. Variants from DOMAIN.md 4.4:
    3 consecutive (``PointRule(3, 3, 3, 3)``), 4 of the last 6 (``PointRule(4, 6, 4, 6)``),
    6 above to raise the goal (``PointRule(3, 3, 6, 6)``).
    """

    below_count: int = 4
    below_window: int = 4
    above_count: int = 4
    above_window: int = 4

    @property
    def needs(self) -> int:
        """The fewest points the rule can judge."""
        return min(self.below_window, self.above_window)


@dataclass(frozen=True)
class RuleOutcome:
    """What one rule found, with the arithmetic behind it in words."""

    rule: str  # "point rule", "trend rule"
    active: bool
    signal: Signal | None
    explanation: str
    early_warning: bool = False

    @property
    def words(self) -> str:
        """The signal in words ('Consider an instructional change'), or '' when inactive."""
        if self.signal is None:
            return ""
        words = SIGNAL_WORDS[self.signal]
        return f"Early warning: {words[0].lower()}{words[1:]}" if self.early_warning else words


@dataclass(frozen=True)
class Sufficiency:
    """Whether there are enough points over enough weeks for a reliable decision."""

    enough: bool
    points: int
    weeks: float
    explanation: str


def point_rule(
    points: Sequence[Point], aim: Line, direction: Direction, rule: PointRule = PointRule()
) -> RuleOutcome:
    """The latest points against the aimline at their dates (an early warning).

    "Below" means on the wrong side for the goal: under the line for a goal that increases,
    over it for one that decreases. A point exactly on the line counts for neither side.
    """
    ordered = sorted(points, key=lambda p: p.x)
    if len(ordered) < rule.needs:
        text = f"The point rule needs at least {rule.needs} points; there are {len(ordered)}."
        return RuleOutcome("point rule", False, None, text, early_warning=True)
    sign = 1 if direction is Direction.INCREASE else -1
    behind = [p for p in ordered[-rule.below_window :] if sign * (p.y - aim.at(p.x)) < 0]
    ahead = [p for p in ordered[-rule.above_window :] if sign * (p.y - aim.at(p.x)) > 0]
    worse, better = _side_words(direction)
    if len(behind) >= rule.below_count:
        signal = Signal.CHANGE_INSTRUCTION
        text = _count_text(len(behind), rule.below_window, worse)
    elif len(ahead) >= rule.above_count:
        signal = Signal.RAISE_GOAL
        text = _count_text(len(ahead), rule.above_window, better)
    else:
        signal = Signal.CONTINUE
        text = _mixed_text(len(behind), len(ahead), rule, worse, better)
    return RuleOutcome("point rule", True, signal, text, early_warning=True)


def trend_rule(
    trend: Line | None,
    r_needed: float,
    points: int,
    direction: Direction,
    min_points: int = 8,
    tolerance: float = 0.10,
) -> RuleOutcome:
    """Compare the trend's slope with the aimline's (active from ``min_points`` points).

    slope < r_needed·(1−tol) → change instruction; slope > r_needed·(1+tol) → raise the goal;
    otherwise continue. For a goal that decreases both rates are compared as decreases.
    """
    if trend is None or points < min_points:
        text = f"The trend rule starts at {min_points} points; there are {points}."
        return RuleOutcome("trend rule", False, None, text)
    sign = 1 if direction is Direction.INCREASE else -1
    growth, needed = sign * trend.slope, sign * r_needed
    if needed <= 0:
        text = "The target asks for no change in the goal's direction, so the trend rule is off."
        return RuleOutcome("trend rule", False, None, text)
    low, high = needed * (1 - tolerance), needed * (1 + tolerance)
    moves = "is flat" if trend.slope == 0 else "rises" if trend.slope > 0 else "falls"
    amount = "" if trend.slope == 0 else f" {abs(trend.slope):.2f} a week"
    need = "a rise" if direction is Direction.INCREASE else "a fall"
    rates = (
        f"The trend {moves}{amount}; reaching the target needs {need} of {needed:.2f} a week "
        f"(\u00b1{tolerance:.0%}: {low:.2f} to {high:.2f})"
    )
    if growth < low:
        return RuleOutcome("trend rule", True, Signal.CHANGE_INSTRUCTION, f"{rates}: too slow.")
    if growth > high:
        return RuleOutcome("trend rule", True, Signal.RAISE_GOAL, f"{rates}: faster.")
    return RuleOutcome("trend rule", True, Signal.CONTINUE, f"{rates}: within that range.")


def sufficiency(
    points: int, weeks: float, min_points: int = 6, min_weeks: float = 6
) -> Sufficiency:
    """Warn when there are fewer than 6 points or fewer than 6 weeks of data."""
    span = f"{points} point{'s' if points != 1 else ''} over {weeks:.1f} weeks"
    if points < min_points or weeks < min_weeks:
        need = f"at least {min_points} points over {min_weeks:g} weeks"
        return Sufficiency(False, points, weeks, f"{TOO_FEW_WORDS}: {span} (needs {need}).")
    return Sufficiency(True, points, weeks, f"Enough data for a decision: {span}.")


def decision(point: RuleOutcome, trend: RuleOutcome) -> RuleOutcome:
    """The rule to lead with: the trend rule once active, else the point rule (early warning)."""
    return trend if trend.active else point


def _side_words(direction: Direction) -> tuple[str, str]:
    if direction is Direction.INCREASE:
        return "below the aimline", "above the aimline"
    return "above the aimline (worse)", "below the aimline (better)"


def _mixed_text(behind: int, ahead: int, rule: PointRule, worse: str, better: str) -> str:
    if rule.below_window == rule.above_window:
        return (
            f"Of the last {rule.below_window} points, {behind} {_is(behind)} {worse} and "
            f"{ahead} {better}: mixed."
        )
    return (
        f"Of the last {rule.below_window} points, {behind} {_is(behind)} {worse}; of the last "
        f"{rule.above_window}, {ahead} {_is(ahead)} {better}: mixed."
    )


def _is(count: int) -> str:
    return "is" if count == 1 else "are"


def _count_text(count: int, window: int, side: str) -> str:
    if count == window:
        return f"The last {window} points are all {side}."
    return f"{count} of the last {window} points are {side}."
