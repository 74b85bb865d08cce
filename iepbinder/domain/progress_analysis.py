"""One goal's data analysed: baseline, aimline, trend, projection, signals and overall status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from iepbinder.domain.criterion_parse import TrialsResult, parse_criterion, trials_met
from iepbinder.domain.decision_rules import (
    RuleOutcome,
    Signal,
    Sufficiency,
    decision,
    point_rule,
    sufficiency,
    trend_rule,
)
from iepbinder.domain.language import N_, joined, t
from iepbinder.domain.progress_math import (
    Baseline,
    Line,
    Point,
    TrendMethod,
    aimline,
    meets_target,
    resolve_baseline,
    trend_line,
    weeks_since,
)
from iepbinder.domain.progress_records import DEFAULT_SETTINGS, ProgressSettings
from iepbinder.domain.records import GoalData
from iepbinder.domain.types import StrEnum


class GoalStatus(StrEnum):
    """The overview's word for a goal."""

    ON_TRACK = "ON_TRACK"
    WATCH = "WATCH"
    NOT_ON_TRACK = "NOT_ON_TRACK"
    NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA"


GOAL_STATUS_WORDS = {
    GoalStatus.ON_TRACK: N_("\u2713 On track"),
    GoalStatus.WATCH: N_("\u25d1 Watch"),
    GoalStatus.NOT_ON_TRACK: N_("\u26a0 Not on track"),
    GoalStatus.NOT_ENOUGH_DATA: N_("\u2026 Not enough data"),
}
METHOD_WORDS = {
    TrendMethod.OLS: N_("ordinary least squares"),
    TrendMethod.TUKEY: N_("Tukey three-group line"),
    TrendMethod.TUKEY_THREE_MEDIAN: N_("three-median line"),
    TrendMethod.SPLIT_MIDDLE: N_("split-middle line"),
}


@dataclass(frozen=True)
class GoalAnalysis:
    """Everything the graph and the signal text of one goal show."""

    origin: dt.date | None  # x = 0: the baseline date (or the first point's date)
    baseline: Baseline | None
    target_date: dt.date | None
    x_target: float | None
    aim: Line | None
    trend: Line | None
    method: TrendMethod
    points: tuple[Point, ...]  # the points used, x in weeks since ``origin``
    ignored_before_baseline: int
    projection: float | None
    projection_meets: bool | None
    point: RuleOutcome
    trend_outcome: RuleOutcome
    sufficiency: Sufficiency
    trials: TrialsResult | None
    status: GoalStatus
    status_reason: str
    missing: tuple[str, ...]

    @property
    def lead(self) -> RuleOutcome:
        """The rule whose signal leads: the trend rule once active, else the point rule."""
        return decision(self.point, self.trend_outcome)

    @property
    def r_needed(self) -> float | None:
        """The aimline's slope: units per week needed to reach the target."""
        return self.aim.slope if self.aim else None

    def x_of(self, day: dt.date) -> float | None:
        """Weeks since the origin for a date."""
        return weeks_since(self.origin, day) if self.origin else None

    def aim_at(self, day: dt.date) -> float | None:
        """The aimline's value on a date (None without an aimline)."""
        x = self.x_of(day)
        return self.aim.at(x) if self.aim and x is not None else None


def analyse_goal(
    goal: GoalData,
    measurements: Sequence[tuple[dt.date, float]],
    settings: ProgressSettings = DEFAULT_SETTINGS,
) -> GoalAnalysis:
    """Analyse a goal's measurements (date, value) with the rules of DOMAIN.md 4.3 and 4.4."""
    ordered = sorted(measurements, key=lambda m: m[0])
    origin = goal.baseline_date or (ordered[0][0] if ordered else None)
    used = [(day, value) for day, value in ordered if origin is None or day >= origin]
    baseline = resolve_baseline(
        goal.baseline_value,
        goal.baseline_probes,
        settings.baseline_rule,
        [value for _, value in used],
    )
    points = tuple(Point(weeks_since(origin, day), value) for day, value in used) if origin else ()
    missing = _missing(goal, baseline)
    x_target = None
    aim = None
    if origin and goal.target_date and baseline and goal.target_value is not None:
        x_target = weeks_since(origin, goal.target_date)
        aim = aimline(baseline.value, goal.target_value, x_target)
        if aim is None:
            missing += (N_("a target date after the baseline date"),)
    trend = trend_line(points, settings.trend_method)
    projection = trend.at(x_target) if trend and x_target is not None else None
    meets = (
        meets_target(projection, goal.target_value, goal.direction)
        if projection is not None and goal.target_value is not None
        else None
    )
    if aim is None:
        text = t("The point rule needs an aimline: a baseline, a target and a target date.")
        point = RuleOutcome("point rule", False, None, text, early_warning=True)
    else:
        point = point_rule(points, aim, goal.direction, settings.point_rule)
    trend_out = trend_rule(
        trend if aim else None,
        aim.slope if aim else 0.0,
        len(points),
        goal.direction,
        settings.trend_min_points,
        settings.trend_tolerance,
    )
    span = points[-1].x - points[0].x if points else 0.0
    enough = sufficiency(len(points), span, settings.min_points, settings.min_weeks)
    criterion = parse_criterion(goal.criterion_text)
    trials = trials_met([p.y for p in points], criterion, goal.direction, goal.target_value)
    status, reason = _status(missing, enough, meets, projection, goal, decision(point, trend_out))
    return GoalAnalysis(
        origin=origin,
        baseline=baseline,
        target_date=goal.target_date,
        x_target=x_target,
        aim=aim,
        trend=trend,
        method=settings.trend_method,
        points=points,
        ignored_before_baseline=len(ordered) - len(used),
        projection=projection,
        projection_meets=meets,
        point=point,
        trend_outcome=trend_out,
        sufficiency=enough,
        trials=trials,
        status=status,
        status_reason=reason,
        missing=missing,
    )


def projected_text(projection: float, target: float) -> str:
    """'91.3', or 'below 0' when a trend heads under zero for a goal whose target is not."""
    return t("below 0") if projection < 0 <= target else f"{projection:.1f}"


def _missing(goal: GoalData, baseline: Baseline | None) -> tuple[str, ...]:
    missing = []
    if baseline is None:
        missing.append(N_("a baseline"))
    if goal.target_value is None:
        missing.append(N_("a target number"))
    if goal.target_date is None:
        missing.append(N_("a target date"))
    return tuple(missing)


def _status(
    missing: tuple[str, ...],
    enough: Sufficiency,
    meets: bool | None,
    projection: float | None,
    goal: GoalData,
    lead: RuleOutcome,
) -> tuple[GoalStatus, str]:
    """On track: projection reaches the target and the leading rule does not say change.

    Not on track: projection misses and the leading rule says change. Watch: they disagree.
    """
    if missing:
        needs = joined([t(item) for item in missing])
        return GoalStatus.NOT_ENOUGH_DATA, t("The goal needs {what}.", what=needs)
    if not enough.enough or meets is None or projection is None:
        return GoalStatus.NOT_ENOUGH_DATA, enough.explanation
    rule = (
        t("the {rule} says \u201c{words}\u201d", rule=t(lead.rule), words=lead.words)
        if lead.active
        else t("no rule is active")
    )
    shown = projected_text(projection, goal.target_value or 0)
    target = t(
        "{shown} projected at the goal date against a target of {target}",
        shown=shown,
        target=f"{goal.target_value:g}",
    )
    change = lead.active and lead.signal is Signal.CHANGE_INSTRUCTION
    if meets and not change:
        return GoalStatus.ON_TRACK, t("{target}, and {rule}.", target=target, rule=rule)
    if not meets and change:
        return GoalStatus.NOT_ON_TRACK, t("{target}, and {rule}.", target=target, rule=rule)
    return GoalStatus.WATCH, t("{target}, but {rule}.", target=target, rule=rule)
