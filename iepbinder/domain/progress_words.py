"""A goal's analysis in sentences a parent can read aloud at a meeting (GUI and PDF alike)."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.decision_rules import SIGNAL_WORDS
from iepbinder.domain.language import short_date as language_short_date
from iepbinder.domain.language import t
from iepbinder.domain.progress_analysis import GOAL_STATUS_WORDS, METHOD_WORDS, GoalAnalysis
from iepbinder.domain.records import GoalData


def goal_name(goal: GoalData, limit: int = 48) -> str:
    """The goal's area ('Reading fluency'), or the start of its text when no area is given."""
    name = goal.area.strip() or " ".join(goal.text.split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "\u2026"


def short_date(day: dt.date | None) -> str:
    """'Mar 9, 2027' ('9 mar 2027' in Spanish); '' for no date."""
    return language_short_date(day) if day else ""


def number(value: float, places: int = 1) -> str:
    """52 → '52', 73.8333 → '73.8'."""
    rounded = round(value, places)
    return f"{rounded:g}" if rounded != int(rounded) else str(int(rounded))


def status_line(analysis: GoalAnalysis) -> str:
    """'✓ On track: 73.8 projected at the goal date against a target of 70, and ...'."""
    return f"{t(GOAL_STATUS_WORDS[analysis.status])}: {analysis.status_reason}"


def signal_lines(analysis: GoalAnalysis, goal: GoalData) -> tuple[str, ...]:
    """The signal first, then the other rule, the data sufficiency, projection and baseline."""
    lead = analysis.lead
    lines = []
    if lead.active:
        lines.append(f"{lead.words} ({t(lead.rule)}). {lead.explanation}")
    else:
        lines.append(t("No signal yet.") + f" {lead.explanation}")
    other = analysis.point if lead is analysis.trend_outcome else analysis.trend_outcome
    if other.active and other.signal is not None:
        label = t(other.rule).capitalize() + (t(" (early warning)") if other.early_warning else "")
        lines.append(f"{label}: {t(SIGNAL_WORDS[other.signal]).lower()}. {other.explanation}")
    elif lead.active:
        lines.append(other.explanation)
    lines.append(analysis.sufficiency.explanation)
    unit = f" {goal.unit}" if goal.unit.strip() else ""
    if analysis.projection is not None and goal.target_value is not None:
        method = t(METHOD_WORDS[analysis.method])
        projected = f"{number(analysis.projection)}{unit}"
        if analysis.projection < 0 <= min((p.y for p in analysis.points), default=0):
            projected = t("below 0 (the trend reaches 0 before then)")
        lines.append(
            t(
                "Projected at the goal date ({date}): {projected} against a target of "
                "{target} (trend by {method}).",
                date=short_date(analysis.target_date),
                projected=projected,
                target=f"{number(goal.target_value)}{unit}",
                method=method,
            )
        )
    if analysis.baseline is not None:
        when = t(" on {date}", date=short_date(analysis.origin)) if analysis.origin else ""
        lines.append(t("Baseline: {explanation}{when}.", explanation=analysis.baseline.explanation,
                       when=when))  # fmt: skip
    if analysis.aim is not None and analysis.baseline and goal.target_value is not None:
        lines.append(
            t(
                "Aimline: from {start} to {target} by {date}, a change of {slope} per week.",
                start=number(analysis.baseline.value),
                target=f"{number(goal.target_value)}{unit}",
                date=short_date(analysis.target_date),
                slope=number(analysis.aim.slope, 2),
            )
        )
    if analysis.trials is not None:
        lines.append(
            t("Criterion \u201c{criterion}\u201d: {explanation}",
              criterion=goal.criterion_text.strip(), explanation=analysis.trials.explanation)
        )  # fmt: skip
    if analysis.ignored_before_baseline:
        count = analysis.ignored_before_baseline
        lines.append(
            t("1 point dated before the baseline is shown but not used.")
            if count == 1
            else t("{count} points dated before the baseline are shown but not used.", count=count)
        )
    return tuple(lines)
