"""Progress-monitoring decision rules (DOMAIN.md 4.4): signals to discuss, never verdicts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.progress_math import Line, Point
from iepbinder.domain.types import Direction, StrEnum

ACCURACY_CAVEAT = N_(
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
    Signal.CHANGE_INSTRUCTION: N_("Consider an instructional change"),
    Signal.RAISE_GOAL: N_("Consider raising the goal"),
    Signal.CONTINUE: N_("Continue; keep collecting"),
}
TOO_FEW_WORDS = N_("Too few data points for a reliable decision")


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
        words = t(SIGNAL_WORDS[self.signal])
        if not self.early_warning:
            return words
        return t("Early warning: {words}", words=f"{words[0].lower()}{words[1:]}")


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
        text = t(
            "The point rule needs at least {needs} points; there are {count}.",
            needs=rule.needs,
            count=len(ordered),
        )
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
        text = t(
            "The trend rule starts at {needs} points; there are {count}.",
            needs=min_points,
            count=points,
        )
        return RuleOutcome("trend rule", False, None, text)
    sign = 1 if direction is Direction.INCREASE else -1
    growth, needed = sign * trend.slope, sign * r_needed
    if needed <= 0:
        text = t("The target asks for no change in the goal's direction, so the trend rule is off.")
        return RuleOutcome("trend rule", False, None, text)
    low, high = needed * (1 - tolerance), needed * (1 + tolerance)
    amount = f"{abs(trend.slope):.2f}"
    moves = (
        t("The trend is flat")
        if trend.slope == 0
        else t("The trend rises {amount} a week", amount=amount)
        if trend.slope > 0
        else t("The trend falls {amount} a week", amount=amount)
    )
    need = t("a rise") if direction is Direction.INCREASE else t("a fall")
    rates = t(
        "{moves}; reaching the target needs {need} of {needed} a week "
        "(\u00b1{tolerance}: {low} to {high})",
        moves=moves,
        need=need,
        needed=f"{needed:.2f}",
        tolerance=f"{tolerance:.0%}",
        low=f"{low:.2f}",
        high=f"{high:.2f}",
    )
    if growth < low:
        text = t("{rates}: too slow.", rates=rates)
        return RuleOutcome("trend rule", True, Signal.CHANGE_INSTRUCTION, text)
    if growth > high:
        return RuleOutcome(
            "trend rule", True, Signal.RAISE_GOAL, t("{rates}: faster.", rates=rates)
        )
    text = t("{rates}: within that range.", rates=rates)
    return RuleOutcome("trend rule", True, Signal.CONTINUE, text)


def sufficiency(
    points: int, weeks: float, min_points: int = 6, min_weeks: float = 6
) -> Sufficiency:
    """Warn when there are fewer than 6 points or fewer than 6 weeks of data."""
    weeks_text = f"{weeks:.1f}"
    span = (
        t("1 point over {weeks} weeks", weeks=weeks_text)
        if points == 1
        else t("{count} points over {weeks} weeks", count=points, weeks=weeks_text)
    )
    if points < min_points or weeks < min_weeks:
        text = t(
            "{too_few}: {span} (needs at least {needs} points over {needs_weeks} weeks).",
            too_few=t(TOO_FEW_WORDS),
            span=span,
            needs=min_points,
            needs_weeks=f"{min_weeks:g}",
        )
        return Sufficiency(False, points, weeks, text)
    return Sufficiency(True, points, weeks, t("Enough data for a decision: {span}.", span=span))


def decision(point: RuleOutcome, trend: RuleOutcome) -> RuleOutcome:
    """The rule to lead with: the trend rule once active, else the point rule (early warning)."""
    return trend if trend.active else point


def _side_words(direction: Direction) -> tuple[str, str]:
    if direction is Direction.INCREASE:
        return t("below the aimline"), t("above the aimline")
    return t("above the aimline (worse)"), t("below the aimline (better)")


def _mixed_text(behind: int, ahead: int, rule: PointRule, worse: str, better: str) -> str:
    if rule.below_window == rule.above_window:
        return t(
            "Of the last {window} points, {behind} {verb} {worse} and {ahead} {better}: mixed.",
            window=rule.below_window,
            behind=behind,
            verb=_is(behind),
            worse=worse,
            ahead=ahead,
            better=better,
        )
    return t(
        "Of the last {window} points, {behind} {verb} {worse}; of the last {other_window}, "
        "{ahead} {other_verb} {better}: mixed.",
        window=rule.below_window,
        behind=behind,
        verb=_is(behind),
        worse=worse,
        other_window=rule.above_window,
        ahead=ahead,
        other_verb=_is(ahead),
        better=better,
    )


def _is(count: int) -> str:
    return t("is") if count == 1 else t("are")


def _count_text(count: int, window: int, side: str) -> str:
    if count == window:
        return t("The last {window} points are all {side}.", window=window, side=side)
    return t(
        "{count} of the last {window} points are {side}.", count=count, window=window, side=side
    )
