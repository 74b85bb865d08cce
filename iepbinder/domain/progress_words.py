"""A goal's analysis in sentences a parent can read aloud at a meeting (GUI and PDF alike)."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.decision_rules import SIGNAL_WORDS
from iepbinder.domain.progress_analysis import GOAL_STATUS_WORDS, METHOD_WORDS, GoalAnalysis
from iepbinder.domain.records import GoalData

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def goal_name(goal: GoalData, limit: int = 48) -> str:
    """The goal's area ('Reading fluency'), or the start of its text when no area is given."""
    name = goal.area.strip() or " ".join(goal.text.split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "\u2026"


def short_date(day: dt.date | None) -> str:
    """'Mar 9, 2027' (the same in every locale); '' for no date."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}" if day else ""


def number(value: float, places: int = 1) -> str:
    """52 → '52', 73.8333 → '73.8'."""
    rounded = round(value, places)
    return f"{rounded:g}" if rounded != int(rounded) else str(int(rounded))


def status_line(analysis: GoalAnalysis) -> str:
    """'✓ On track: 73.8 projected at the goal date against a target of 70, and ...'."""
    return f"{GOAL_STATUS_WORDS[analysis.status]}: {analysis.status_reason}"


def signal_lines(analysis: GoalAnalysis, goal: GoalData) -> tuple[str, ...]:
    """The signal first, then the other rule, the data sufficiency, projection and baseline."""
    lead = analysis.lead
    lines = []
    if lead.active:
        lines.append(f"{lead.words} ({lead.rule}). {lead.explanation}")
    else:
        lines.append(f"No signal yet. {lead.explanation}")
    other = analysis.point if lead is analysis.trend_outcome else analysis.trend_outcome
    if other.active and other.signal is not None:
        label = other.rule.capitalize() + (" (early warning)" if other.early_warning else "")
        lines.append(f"{label}: {SIGNAL_WORDS[other.signal].lower()}. {other.explanation}")
    elif lead.active:
        lines.append(other.explanation)
    lines.append(analysis.sufficiency.explanation)
    unit = f" {goal.unit}" if goal.unit.strip() else ""
    if analysis.projection is not None and goal.target_value is not None:
        method = METHOD_WORDS[analysis.method]
        projected = f"{number(analysis.projection)}{unit}"
        if analysis.projection < 0 <= min((p.y for p in analysis.points), default=0):
            projected = "below 0 (the trend reaches 0 before then)"
        lines.append(
            f"Projected at the goal date ({short_date(analysis.target_date)}): {projected} "
            f"against a target of {number(goal.target_value)}{unit} (trend by {method})."
        )
    if analysis.baseline is not None:
        when = f" on {short_date(analysis.origin)}" if analysis.origin else ""
        lines.append(f"Baseline: {analysis.baseline.explanation}{when}.")
    if analysis.aim is not None and analysis.baseline and goal.target_value is not None:
        lines.append(
            f"Aimline: from {number(analysis.baseline.value)} to {number(goal.target_value)}{unit}"
            f" by {short_date(analysis.target_date)}, a change of "
            f"{number(analysis.aim.slope, 2)} per week."
        )
    if analysis.trials is not None:
        lines.append(
            f"Criterion \u201c{goal.criterion_text.strip()}\u201d: {analysis.trials.explanation}"
        )
    if analysis.ignored_before_baseline:
        count = analysis.ignored_before_baseline
        lines.append(
            f"{count} point{'s' if count > 1 else ''} dated before the baseline "
            f"{'are' if count > 1 else 'is'} shown but not used."
        )
    return tuple(lines)
