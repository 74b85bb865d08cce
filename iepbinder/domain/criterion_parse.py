"""Read a goal's mastery criterion ('80% in 4 of 5 trials') and check it against the data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import Direction

_NUMBER = r"(\d+(?:\.\d+)?)"
_K_OF_N = re.compile(r"\b(\d+)\s*(?:of|out of|/)\s*(?:the\s+)?(?:last\s+)?(\d+)\b", re.IGNORECASE)
_CONSECUTIVE = re.compile(r"\b(\d+)\s+consecutive\b", re.IGNORECASE)
_THRESHOLD = re.compile(_NUMBER + r"\s*(%|percent\b)?", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:or fewer|or less|at most|no more than|fewer than|less than)\b", re.I)
_AT_LEAST = re.compile(r"\b(?:or more|at least|or better|or higher)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Criterion:
    """A parsed criterion: a threshold, and how many of the last trials must reach it."""

    text: str
    threshold: float | None = None
    percent: bool = False
    count: int | None = None  # k
    window: int | None = None  # n
    at_most: bool | None = None  # True: value ≤ threshold; False: ≥; None: from the goal

    @property
    def is_trials(self) -> bool:
        """True when the criterion says 'k of the last n' (or 'n consecutive')."""
        return self.count is not None and self.window is not None


@dataclass(frozen=True)
class TrialsResult:
    """Whether the criterion is met by the latest values, and why."""

    met: bool | None  # None: not enough trials recorded yet
    hits: int
    window: int
    threshold: float
    explanation: str


def parse_criterion(text: str) -> Criterion:
    """Read threshold and 'k of n' from a criterion such as '80% in 4 of 5 trials'.

    '80% in 4 of 5 trials' → 80 (%), 4 of 5; '90% across 3 consecutive sessions' → 90 (%),
    3 of 3; '1 or fewer a week for 4 consecutive weeks' → at most 1, 4 of 4.
    The threshold is the first number that is not part of the 'k of n' count.
    """
    count = window = None
    spans: list[tuple[int, int]] = []
    k_of_n = _K_OF_N.search(text)
    consecutive = _CONSECUTIVE.search(text)
    if k_of_n is not None and int(k_of_n[1]) <= int(k_of_n[2]):
        count, window = int(k_of_n[1]), int(k_of_n[2])
        spans.append(k_of_n.span())
    elif consecutive is not None:
        count = window = int(consecutive[1])
        spans.append(consecutive.span())
    threshold, percent = None, False
    for match in _THRESHOLD.finditer(text):
        if not any(start <= match.start() < end for start, end in spans):
            threshold, percent = float(match[1]), match[2] is not None
            break
    at_most = True if _AT_MOST.search(text) else False if _AT_LEAST.search(text) else None
    return Criterion(text.strip(), threshold, percent, count, window, at_most)


_VERDICTS = {  # (one value, met) -> the sentence
    (True, True): N_("1 of the last {n} values is {reach}; needs {k}: met."),
    (True, False): N_("1 of the last {n} values is {reach}; needs {k}: not met yet."),
    (False, True): N_("{hits} of the last {n} values are {reach}; needs {k}: met."),
    (False, False): N_("{hits} of the last {n} values are {reach}; needs {k}: not met yet."),
}


def trials_met(
    values: Sequence[float],
    criterion: Criterion,
    direction: Direction,
    fallback_threshold: float | None = None,
) -> TrialsResult | None:
    """met = count(last n values reaching the threshold) ≥ k (DOMAIN.md 4.4).

    ``values`` are in date order. Reaching means ≥ the threshold, or ≤ for a goal that
    decreases (or a criterion that says 'or fewer'). None when the criterion is not of the
    'k of n' kind or has no threshold (the goal's target is used as ``fallback_threshold``).
    """
    threshold = criterion.threshold if criterion.threshold is not None else fallback_threshold
    if not criterion.is_trials or threshold is None:
        return None
    assert criterion.count is not None and criterion.window is not None
    k, n = criterion.count, criterion.window
    at_most = (
        criterion.at_most if criterion.at_most is not None else direction is Direction.DECREASE
    )
    value = f"{threshold:g}{'%' if criterion.percent else ''}"
    last = list(values)[-n:]
    hits = sum(1 for v in last if (v <= threshold if at_most else v >= threshold))
    reach = t("{value} or less", value=value) if at_most else t("{value} or more", value=value)
    if len(last) < n:
        text = t(
            "Only {have} of the {n} values needed are recorded ({reach} in {k} of the last {n}).",
            have=len(last), n=n, reach=reach, k=k,
        )  # fmt: skip
        return TrialsResult(None, hits, n, threshold, text)
    met = hits >= k
    text = t(_VERDICTS[hits == 1, met], hits=hits, n=n, reach=reach, k=k)
    return TrialsResult(met, hits, n, threshold, text)
