"""IEP lint rules SVC-LINT-1..4 and GOAL-LINT-1..3 (DOMAIN.md 2.1 and 4.2), as pure functions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iepbinder.domain.amount import Amount
from iepbinder.domain.frequency_words import find_unclear_phrase
from iepbinder.domain.language import t
from iepbinder.domain.types import Setting, Severity


@dataclass(frozen=True)
class Finding:
    """One lint warning shown beside an item: which rule, how strong, and what to do."""

    rule_id: str
    severity: Severity
    message: str


@dataclass(frozen=True)
class ServiceFacts:
    """What the service lint rules look at."""

    raw_text: str
    amount: Amount
    start_date: dt.date | None
    end_date: dt.date | None
    setting: Setting
    location_text: str


@dataclass(frozen=True)
class GoalFacts:
    """What the goal lint rules look at."""

    text: str
    baseline_value: float | None
    baseline_text: str
    target_value: float | None
    criterion_text: str
    measurement_method: str


_NARROW_RANGE_MINUTES = 15  # a wider minutes range gets the stronger wording (DOMAIN.md 2.1)

# Measurement methods that are not objective data on their own (DOMAIN.md 4.2, GOAL-LINT-3).
_WEAK_METHODS = frozenset(
    {
        "informal",
        "observation",
        "observations",
        "teacher observation",
        "teacher observations",
        "informal observation",
        "informal observations",
        "teacher report",
        "teacher reports",
        "anecdotal",
        "anecdotal notes",
        "anecdotal records",
    }
)
_BLANK_WORDS = frozenset({"", "n/a", "na", "none", "tbd", "-", "--", "?"})
_METHOD_SEPARATORS = re.compile(r"\s*(?:,|;|/|&|\band\b|\bor\b|\bplus\b)\s*")


def lint_service(facts: ServiceFacts) -> list[Finding]:
    """Findings of SVC-LINT-1..4 for one service mandate."""
    found = [
        _range_finding(facts.amount),
        _commitment_finding(facts.raw_text, facts.amount),
        _dates_finding(facts.start_date, facts.end_date),
        _location_finding(facts.setting, facts.location_text),
    ]
    return [finding for finding in found if finding is not None]


def lint_goal(facts: GoalFacts) -> list[Finding]:
    """Findings of GOAL-LINT-1..3 for one goal."""
    found = [
        _baseline_finding(facts.baseline_value, facts.baseline_text),
        _target_finding(facts.target_value, facts.criterion_text),
        _method_finding(facts.measurement_method),
    ]
    return [finding for finding in found if finding is not None]


def _range_finding(amount: Amount) -> Finding | None:
    """SVC-LINT-1: ranges should be rare and narrow; wider than 15 minutes is worded strongly."""
    if not amount.has_range:
        return None
    if amount.minutes_per_session_max is None and amount.sessions_per_period_max is not None:
        return Finding(
            "SVC-LINT-1",
            Severity.WARNING,
            t(
                "The number of sessions is a range. Ranges should be rare and narrow (OSEP); "
                "ask the team for one number."
            ),
        )
    width = amount.range_width_minutes
    if width is not None and width > _NARROW_RANGE_MINUTES:
        return Finding(
            "SVC-LINT-1",
            Severity.STRONG,
            t(
                "This range spans {width} minutes, wider than the usual 15-minute limit. "
                "Ranges should be rare and narrow (OSEP); ask the team for one number.",
                width=width,
            ),
        )
    return Finding(
        "SVC-LINT-1",
        Severity.WARNING,
        t(
            "The amount is a range. Ranges should be rare and narrow (OSEP); "
            "ask the team for one number of minutes."
        ),
    )


def _commitment_finding(raw_text: str, amount: Amount) -> Finding | None:
    """SVC-LINT-2: a minimum, "as needed", "available" or no number: the commitment is unclear."""
    phrase = find_unclear_phrase(raw_text)
    if phrase is not None:
        message = t(
            "Commitment unclear: '{phrase}' does not promise a set amount. "
            "Ask the team to write fixed minutes and how often.",
            phrase=phrase,
        )
    elif amount.is_empty:
        message = t(
            "Commitment unclear: no minutes or sessions are written. "
            "Ask the team to state how many minutes and how often."
        )
    else:
        return None
    return Finding("SVC-LINT-2", Severity.WARNING, message)


def _dates_finding(start_date: dt.date | None, end_date: dt.date | None) -> Finding | None:
    """SVC-LINT-3: the IEP must say when each service starts and ends."""
    if start_date is not None and end_date is not None:
        return None
    if start_date is None and end_date is None:
        missing = t("No start or end date")
    elif start_date is None:
        missing = t("No start date")
    else:
        missing = t("No end date")
    return Finding(
        "SVC-LINT-3",
        Severity.WARNING,
        t(
            "{missing} for this service. The IEP must say when it begins and ends; "
            "ask the team to add the dates.",
            missing=missing,
        ),
    )


def _location_finding(setting: Setting, location_text: str) -> Finding | None:
    """SVC-LINT-4: the IEP must say where the service happens."""
    if setting is not Setting.UNSPECIFIED or location_text.strip():
        return None
    return Finding(
        "SVC-LINT-4",
        Severity.WARNING,
        t(
            "No location or setting is given. The IEP must say where the service happens; "
            "ask the team to write it in (e.g. gen-ed class or separate room)."
        ),
    )


def _baseline_finding(value: float | None, text: str) -> Finding | None:
    """GOAL-LINT-1: a goal needs a measured starting point."""
    if value is not None or _has_digit(text):
        return None
    if text.strip():
        message = t(
            "The baseline has no number. Vague baselines make progress hard to judge; "
            "ask for a measured starting point, e.g. '42 words per minute'."
        )
    else:
        message = t(
            "No baseline is given. Ask the team for a measured starting point, "
            "e.g. '42 words per minute', so progress can be judged."
        )
    return Finding("GOAL-LINT-1", Severity.WARNING, message)


def _target_finding(value: float | None, criterion_text: str) -> Finding | None:
    """GOAL-LINT-2: a goal needs a number that counts as meeting it."""
    if value is not None or _has_digit(criterion_text):
        return None
    return Finding(
        "GOAL-LINT-2",
        Severity.WARNING,
        t(
            "No target number or criterion. Ask the team what number counts as meeting the goal, "
            "e.g. '80% accuracy in 4 of 5 trials'."
        ),
    )


def _method_finding(method: str) -> Finding | None:
    """GOAL-LINT-3: progress should be measured with objective data, not only informally."""
    normalized = " ".join(method.lower().split()).strip(" .")
    if normalized in _BLANK_WORDS:
        return Finding(
            "GOAL-LINT-3",
            Severity.WARNING,
            t(
                "No measurement method stated. Ask how progress will be measured, with objective "
                "data, e.g. CBM probes or data sheets."
            ),
        )
    parts = [part for part in _METHOD_SEPARATORS.split(normalized) if part]
    if not all(_is_weak_method(part) for part in parts):
        return None
    return Finding(
        "GOAL-LINT-3",
        Severity.WARNING,
        t(
            "Progress is measured only by '{method}'. "
            "Ask for objective data, e.g. CBM probes or data sheets.",
            method=_shorten(method.strip()),
        ),
    )


def _is_weak_method(part: str) -> bool:
    return part in _WEAK_METHODS or part.startswith(("informal", "anecdotal"))


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else f"{text[: limit - 3].rstrip()}..."


def _has_digit(text: str) -> bool:
    return any(character.isdigit() for character in text)
