"""Progress-report red flags PR-1..PR-10 (DOMAIN.md 4.5), each with the passage that raised it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from iepbinder.domain.language import joined, t
from iepbinder.domain.measurement import measurement_differences
from iepbinder.domain.progress_math import better_than
from iepbinder.domain.progress_records import (
    DEFAULT_VAGUE_PHRASES,
    STATUS_WORDS,
    ReportEntryData,
    ReportStatus,
)
from iepbinder.domain.report_text import (
    best_similarity,
    find_phrase,
    has_data_number,
    mentions_data,
    sentence_matching,
    sentences,
    similarity,
    word_count,
)
from iepbinder.domain.types import Direction, Severity

MIN_WORDS_TO_COMPARE = 8  # shorter texts ("Goal met.") are alike by nature, not copied
_BLAME = re.compile(
    r"\b(?:lack of (?:effort|motivation|focus|interest)|not motivated|unmotivated|"
    r"lacks motivation|refuses? to|chooses? not to|does not (?:try|apply)|"
    r"doesn'?t (?:try|apply)|won'?t (?:try|work)|lazy|"
    r"not applying (?:herself|himself|themselves)|needs? to try harder|poor attitude|"
    r"(?:when|if) (?:she|he|they) (?:puts?|put) in the effort|could do better if|"
    r"does not put (?:in|forth) (?:the )?effort|minimal effort|little effort)",
    re.IGNORECASE,
)
_PLAN_CHANGE = re.compile(
    r"\b(?:(?:we|i|the team|staff|the teacher) will (?:add|begin|start|try|use|change|"
    r"increase|adjust|introduce|implement|provide|meet|reteach|model)|"
    r"new (?:strategy|strategies|intervention|program|plan|approach|supports?)|"
    r"(?:changed|adjusted|modified|added|increased|introduced) (?:the |her |his |their )?"
    r"(?:instruction|intervention|supports?|strategy|strategies|plan|program|services?|minutes)|"
    r"propose|proposing|recommend|amend|behavior (?:intervention )?plan|bip\b|"
    r"reinforcement (?:plan|system|schedule))",
    re.IGNORECASE,
)
NO_PROGRESS_STATUSES = frozenset({ReportStatus.NO_PROGRESS, ReportStatus.REGRESSION})


@dataclass(frozen=True)
class ReportFinding:
    """One red flag: the rule, the goal it concerns, what was seen, the passage and a next step."""

    rule_id: str
    goal_id: int | None
    goal_name: str
    severity: Severity
    message: str
    passage: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class GoalInReport:
    """One IEP goal as a report is checked against it."""

    goal_id: int
    name: str
    numeric: bool
    measurement: str  # the goal's text, criterion and method: what PR-4 compares with
    direction: Direction = Direction.INCREASE
    baseline_value: float | None = None
    entry: ReportEntryData | None = None
    history: tuple[ReportEntryData, ...] = ()  # earlier reports' entries, oldest first
    aim_at_report: float | None = None
    planned_change: float | None = None  # |target − baseline|
    projection_meets_target: bool | None = None


@dataclass(frozen=True)
class LintSettings:
    """The [CONFIG] values the report rules use."""

    vague_phrases: tuple[str, ...] = DEFAULT_VAGUE_PHRASES
    copy_forward_similarity: float = 0.90
    tolerance: float = 0.10
    names: tuple[str, ...] = field(default=())  # children's names, masked before comparing


DEFAULT_LINT = LintSettings()


def lint_report(
    goals: Sequence[GoalInReport],
    sibling_texts: Sequence[str] = (),
    settings: LintSettings = DEFAULT_LINT,
) -> list[ReportFinding]:
    """Every finding of PR-1..PR-6, PR-8 and PR-9 for one received report, goal by goal."""
    findings: list[ReportFinding] = []
    for goal in goals:
        entry = goal.entry
        if entry is None or entry.is_empty:
            findings.append(_missing_entry(goal))
            continue
        for check in (_no_data, _vague, _measurement, _status_contradicts, _no_progress, _blame):
            found = check(goal, entry, settings)
            if found is not None:
                findings.append(found)
        findings += _copy_forward(goal, entry, sibling_texts, settings)
    return findings


def _finding(
    goal: GoalInReport, rule: str, severity: Severity, message: str, passage: str, next_step: str
) -> ReportFinding:
    return ReportFinding(rule, goal.goal_id, goal.name, severity, message, passage, next_step)


def _missing_entry(goal: GoalInReport) -> ReportFinding:
    return _finding(
        goal,
        "PR-1",
        Severity.WARNING,
        t("The report has no entry for this goal. Reports must address each goal."),
        "",
        t("Ask for the progress on this goal in writing."),
    )


def _has_data(entry: ReportEntryData) -> bool:
    text = entry.narrative
    return entry.reported_value is not None or has_data_number(text) or mentions_data(text)


def _no_data(goal: GoalInReport, entry: ReportEntryData, _s: LintSettings) -> ReportFinding | None:
    if not goal.numeric or _has_data(entry) or entry.status is ReportStatus.NOT_ADDRESSED:
        return None
    passage = sentences(entry.narrative)[0] if entry.narrative.strip() else ""
    return _finding(
        goal,
        "PR-2",
        Severity.WARNING,
        t(
            "The goal is measured in numbers, but this entry has no number, work sample "
            "or data summary."
        ),
        passage,
        t("Ask for the data behind the report (a data-request letter)."),
    )


def _vague(goal: GoalInReport, entry: ReportEntryData, s: LintSettings) -> ReportFinding | None:
    found = find_phrase(entry.narrative, s.vague_phrases)
    if found is None or _has_data(entry):
        return None
    phrase, sentence = found
    return _finding(
        goal,
        "PR-3",
        Severity.INFO,
        t("\u201c{phrase}\u201d is said without data to show it.", phrase=phrase),
        sentence,
        t("Ask what was measured, when, and the results."),
    )


def _measurement(
    goal: GoalInReport, entry: ReportEntryData, _s: LintSettings
) -> ReportFinding | None:
    differences = measurement_differences(goal.measurement, entry.narrative)
    if not differences:
        return None
    what = "; ".join(difference.describe() for difference in differences)
    return _finding(
        goal,
        "PR-4",
        Severity.WARNING,
        t("The report measures differently from the goal: {what}.", what=what),
        differences[0].report_sentence,
        t("Ask that progress be measured the way the IEP says, every period."),
    )


def _status_contradicts(
    goal: GoalInReport, entry: ReportEntryData, s: LintSettings
) -> ReportFinding | None:
    if entry.status is not ReportStatus.SUFFICIENT:
        return None
    reasons = []
    value, aim, change = entry.reported_value, goal.aim_at_report, goal.planned_change
    if value is not None and aim is not None and change:
        band = s.tolerance * change
        gap = (aim - value) if goal.direction is Direction.INCREASE else (value - aim)
        if gap > band:
            reasons.append(
                t(
                    "the reported value {value} is {gap} worse than the aimline ({aim}) on the "
                    "report date, more than the tolerance of {band} (10% of the planned change)",
                    value=f"{value:g}",
                    gap=f"{gap:.1f}",
                    aim=f"{aim:.1f}",
                    band=f"{band:.1f}",
                )
            )
    if goal.projection_meets_target is False:
        reasons.append(t("the trend of the data misses the target at the goal date"))
    if not reasons:
        return None
    passage = f"Status box: {STATUS_WORDS[entry.status]}"
    passage += f"; reported value {value:g}" if value is not None else ""
    return _finding(
        goal,
        "PR-5",
        Severity.WARNING,
        t("The status box says sufficient progress, but {reasons}.", reasons=joined(reasons)),
        passage,
        t("Bring the graph to the team and ask how the goal will be met."),
    )


def _made_no_progress(entry: ReportEntryData, before: float | None, direction: Direction) -> bool:
    if entry.status in NO_PROGRESS_STATUSES:
        return True
    value = entry.reported_value
    return value is not None and before is not None and not better_than(value, before, direction)


def _no_progress(
    goal: GoalInReport, entry: ReportEntryData, _s: LintSettings
) -> ReportFinding | None:
    values = [e.reported_value for e in goal.history if e.reported_value is not None]
    before = values[-1] if values else goal.baseline_value
    if not _made_no_progress(entry, before, goal.direction):
        return None
    last = goal.history[-1] if goal.history else None
    earlier_values = [e.reported_value for e in goal.history[:-1] if e.reported_value is not None]
    earlier = earlier_values[-1] if earlier_values else goal.baseline_value
    twice = last is not None and _made_no_progress(last, earlier, goal.direction)
    shown = f"Status box: {STATUS_WORDS[entry.status]}"
    if entry.reported_value is not None:
        shown += f"; reported value {entry.reported_value:g}"
        shown += f" (before: {before:g})" if before is not None else ""
    if twice:
        return _finding(
            goal,
            "PR-8",
            Severity.STRONG,
            t("No progress (or a loss) in two reporting periods in a row."),
            shown,
            t(
                "Consider requesting an IEP meeting to revise the goal or the "
                "services (the team must address lack of expected progress)."
            ),
        )
    return _finding(
        goal,
        "PR-8",
        Severity.WARNING,
        t("No progress (or a loss) this period."),
        shown,
        t("Consider asking for a meeting with the teacher."),
    )


def _blame(goal: GoalInReport, entry: ReportEntryData, _s: LintSettings) -> ReportFinding | None:
    sentence = sentence_matching(entry.narrative, _BLAME)
    if sentence is None or _PLAN_CHANGE.search(entry.narrative):
        return None
    return _finding(
        goal,
        "PR-9",
        Severity.WARNING,
        t("The report puts the lack of progress on the child, with no change to the plan."),
        sentence,
        t("Ask what the team will change in instruction or supports."),
    )


def _copy_forward(
    goal: GoalInReport, entry: ReportEntryData, sibling_texts: Sequence[str], s: LintSettings
) -> list[ReportFinding]:
    text = entry.narrative
    if word_count(text) < MIN_WORDS_TO_COMPARE:
        return []
    found = []
    earlier = [e.narrative for e in goal.history if word_count(e.narrative) >= MIN_WORDS_TO_COMPARE]
    if earlier:
        score = similarity(text, earlier[-1], s.names)
        if score >= s.copy_forward_similarity:
            found.append(
                _finding(
                    goal,
                    "PR-6",
                    Severity.INFO,
                    t(
                        "Possible copy-forward: the text is {score} the same as the previous "
                        "period's.",
                        score=f"{score:.0%}",
                    ),
                    sentences(text)[0],
                    t("Ask what changed since the last report."),
                )
            )
    best = best_similarity(
        text,
        (other for other in sibling_texts if word_count(other) >= MIN_WORDS_TO_COMPARE),
        s.names,
    )
    if best >= s.copy_forward_similarity:
        found.append(
            _finding(
                goal,
                "PR-6",
                Severity.INFO,
                t(
                    "Possible template text: {score} the same as a sibling's report in this "
                    "binder.",
                    score=f"{best:.0%}",
                ),
                sentences(text)[0],
                t("Ask for progress written about this child's own data."),
            )
        )
    return found


@dataclass(frozen=True)
class ExpectedReport:
    """A report the parent expects, and whether it has arrived."""

    period: str
    expected_date: dt.date | None
    received_date: dt.date | None


def lint_missing_reports(
    reports: Sequence[ExpectedReport], today: dt.date, grace_days: int = 14
) -> list[ReportFinding]:
    """PR-7: the expected date plus the grace days has passed and no report is filed."""
    findings = []
    for report in reports:
        due = report.expected_date
        if report.received_date is None and due is not None:
            late = (today - due).days
            if late > grace_days:
                findings.append(
                    ReportFinding(
                        "PR-7",
                        None,
                        "",
                        Severity.WARNING,
                        t(
                            "The progress report for {period} was expected on {date}; {late} "
                            "days have passed and none is filed.",
                            period=report.period,
                            date=due.isoformat(),
                            late=late,
                        ),
                        report.period,
                        t("Ask the case manager for the report in writing."),
                    )
                )
    return findings


def lint_closing_status(
    old_goals: Sequence[tuple[int, str]], closed: frozenset[int], new_plan: str
) -> list[ReportFinding]:
    """PR-10: a new annual plan has goals, but old goals were never given a closing status."""
    return [
        ReportFinding(
            "PR-10",
            goal_id,
            name,
            Severity.WARNING,
            t(
                "{plan} sets new goals, but no report gave this goal a closing status (met or "
                "not met).",
                plan=new_plan,
            ),
            "",
            t("Ask for the final status of the old goal, with its data."),
        )
        for goal_id, name in old_goals
        if goal_id not in closed
    ]
