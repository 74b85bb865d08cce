"""How a text measures (trial count, prompt level, unit), to compare report and goal (PR-4)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from iepbinder.domain.language import t
from iepbinder.domain.report_text import sentences

_TRIALS = re.compile(
    r"\b(\d+)\s*(?:of|out of|/)\s*(?:the\s+)?(\d+)\s+(?:\w+\s+)?"
    r"(trials?|opportunities|probes?|attempts?|sessions?|samples?|tries|items?)\b",
    re.IGNORECASE,
)
_PROMPTED = re.compile(
    r"\b(?:with|given|using|needs?|needed|required|requires)\s+(?:\w+\s+){0,2}?"
    r"(?:prompts?|prompting|cues?|cueing|assistance|help|support|reminders?|modeling)\b|"
    r"\bhand[- ]over[- ]hand\b|\bprompted\b|\bwith adult\b",
    re.IGNORECASE,
)
_UNITS = {
    "words per minute": re.compile(
        r"\bw?c?wpm\b|\bwords?(?: read)?(?: correct(?:ly)?)? (?:per|a|each) minute\b", re.I
    ),
    "percent": re.compile(r"\d\s*%|\bpercent\b|\baccuracy\b", re.IGNORECASE),
}


@dataclass(frozen=True)
class MeasurementDifference:
    """One way the report's measurement differs from the goal's."""

    kind: str  # "trial count", "prompt level", "unit"
    goal_says: str
    report_says: str
    report_sentence: str

    def describe(self) -> str:
        """'trial count: the goal uses 5 trials, the report 10'."""
        return t(
            "{kind}: the goal says {goal}, the report {report}",
            kind=t(self.kind),
            goal=self.goal_says,
            report=self.report_says,
        )


def measurement_differences(goal_text: str, report_text: str) -> list[MeasurementDifference]:
    """Trial counts, prompt levels and units that differ between the goal and the report."""
    found = []
    trials = _trial_difference(goal_text, report_text)
    if trials is not None:
        found.append(trials)
    prompt = _prompt_difference(goal_text, report_text)
    if prompt is not None:
        found.append(prompt)
    unit = _unit_difference(goal_text, report_text)
    if unit is not None:
        found.append(unit)
    return found


def _trial_difference(goal_text: str, report_text: str) -> MeasurementDifference | None:
    goal_sizes = {int(m[2]) for m in _TRIALS.finditer(goal_text)}
    if not goal_sizes:
        return None
    for sentence in sentences(report_text):
        for match in _TRIALS.finditer(sentence):
            if int(match[2]) not in goal_sizes:
                wanted = " or ".join(str(n) for n in sorted(goal_sizes))
                return MeasurementDifference(
                    "trial count", f"out of {wanted}", f"out of {match[2]}", sentence
                )
    return None


def _prompt_difference(goal_text: str, report_text: str) -> MeasurementDifference | None:
    if _PROMPTED.search(goal_text):
        return None
    for sentence in sentences(report_text):
        match = _PROMPTED.search(sentence)
        if match is not None:
            said = f"\u201c{match[0]}\u201d"
            return MeasurementDifference("prompt level", "no prompts", said, sentence)
    return None


def _unit_difference(goal_text: str, report_text: str) -> MeasurementDifference | None:
    goal_units = {name for name, pattern in _UNITS.items() if pattern.search(goal_text)}
    if not goal_units:
        return None
    for sentence in sentences(report_text):
        units = {name for name, pattern in _UNITS.items() if pattern.search(sentence)}
        if units and not units & goal_units:
            wanted, got = " and ".join(sorted(goal_units)), " and ".join(sorted(units))
            return MeasurementDifference("unit", wanted, got, sentence)
    return None
