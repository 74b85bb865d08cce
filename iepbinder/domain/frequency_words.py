"""Vocabulary for reading service amounts: number words, units, periods and vague phrases."""

from __future__ import annotations

import re
from typing import Final

from iepbinder.domain.language import N_
from iepbinder.domain.types import Delivery, Period

# Number words as IEP writers spell them. Longer words come first so that
# "forty-five" is replaced before "five".
NUMBER_WORDS: Final[dict[str, int]] = {
    "forty-five": 45,
    "forty five": 45,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "sixty": 60,
    "ninety": 90,
    "eleven": 11,
    "twelve": 12,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

# Adverbs that already carry a session count ("twice weekly" = 2x weekly).
COUNT_ADVERBS: Final[dict[str, int]] = {"once": 1, "twice": 2, "thrice": 3}

# Fixed phrases rewritten before numbers are read.
PHRASE_REWRITES: Final[tuple[tuple[str, str], ...]] = (
    (r"\b(?:a\s+)?half[\s-]+(?:an\s+)?hour\b", "30 minutes"),
    (r"\ban\s+hour\b", "1 hour"),
    # Group size, not an amount: "1:1", "one-on-one", "1-on-1".
    (r"\b(?:1|one)\s*(?::|-?\s*on\s*-?)\s*(?:1|one)\b", " individual "),
    # Calendar dates would otherwise be read as numbers.
    (r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", " "),
)

NUMBER: Final = r"\d+(?:\.\d+)?"

# "2 30-minute sessions" (after number words are replaced): the first number counts.
COUNT_BEFORE_LENGTH_RE: Final = re.compile(
    rf"(?<![\d.])(\d+)\s+(?={NUMBER}\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\s+"
    r"(?:(?:individual|group|small\s+group)\s+)?(?:sessions?|visits?)\b)"
)

# A number, an optional range ("30-45", "20 to 30", "2 or 3") and an optional unit.
QUANTITY_RE: Final = re.compile(
    rf"(?<![a-z\d.])(?P<lead>(?:@|=|(?<![a-z])x)\s*)?"
    rf"(?P<low>{NUMBER})"
    rf"(?:\s*(?:-|to|or)\s*(?P<high>{NUMBER}))?"
    r"(?:\s*-?\s*(?P<unit>x(?![a-z])|times\b|sessions?\b|visits?\b"
    r"|minutes?\b|mins?\b|hours?\b|hrs?\b))?"
)

COUNT_UNITS: Final = frozenset({"x", "times", "session", "sessions", "visit", "visits"})
MINUTE_UNITS: Final = frozenset({"minute", "minutes", "min", "mins"})
HOUR_UNITS: Final = frozenset({"hour", "hours", "hr", "hrs"})

# "N-day cycle", "N day cycle", "cycle of N days", "N cycle days".
CYCLE_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"(?<![\d.])(\d+)\s*-?\s*(?:school\s+)?days?\s*-?\s*(?:rotating\s+)?cycle\b"),
    re.compile(r"\bcycle\s+of\s+(\d+)\s+(?:school\s+)?days?\b"),
    re.compile(r"(?<![\d.])(\d+)\s+cycle\s+days?\b"),
)

# "5 days/week", "5 days a week", "5 days weekly": a count of days in a week.
DAYS_PER_WEEK_RE: Final = re.compile(
    r"(?<![\d.])(\d+)\s*days?\s*(?:(?:/|per|a|each|every)\s*(?:week|wk)\b|weekly\b)"
)

# What may follow a bare number that counts sessions: "2/wk", "3 per month".
PER_PERIOD_RE: Final = re.compile(
    r"\s*(?:/|per\b|a\b|each\b|every\b)\s*(?:day|week|wk|month|mo|cycle)"
)

BIWEEKLY_RE: Final = re.compile(r"\bbi-?\s*weekly\b")

# Order matters: "school year" and "IEP year" are taken out before plain "year".
PERIOD_PATTERNS: Final[tuple[tuple[re.Pattern[str], Period], ...]] = (
    (re.compile(r"\bschool[\s-]*years?\b"), Period.SCHOOL_YEAR),
    (re.compile(r"\biep[\s-]*years?\b"), Period.IEP_YEAR),
    (re.compile(r"\b(?:years?|yearly|annual|annually|yrs?)\b"), Period.IEP_YEAR),
    (re.compile(r"\b(?:semesters?)\b"), Period.SEMESTER),
    (re.compile(r"\b(?:trimesters?)\b"), Period.TRIMESTER),
    (re.compile(r"\b(?:quarters?|quarterly)\b"), Period.QUARTER),
    (re.compile(r"\b(?:months?|monthly|mos?)\b"), Period.MONTH),
    (re.compile(r"\b(?:weeks?|weekly|wks?)\b"), Period.WEEK),
    (re.compile(r"\b(?:cycles?)\b"), Period.CYCLE),
    (re.compile(r"\b(?:days?|daily)\b"), Period.DAY),
)

# Shown to people (translated with t() where shown); the patterns above read English only.
PERIOD_NAMES: Final[dict[Period, str]] = {
    Period.DAY: N_("day"),
    Period.WEEK: N_("week"),
    Period.CYCLE: N_("cycle"),
    Period.MONTH: N_("month"),
    Period.QUARTER: N_("quarter"),
    Period.TRIMESTER: N_("trimester"),
    Period.SEMESTER: N_("semester"),
    Period.SCHOOL_YEAR: N_("school year"),
    Period.IEP_YEAR: N_("year"),
}

INDIRECT_RE: Final = re.compile(r"\b(?:consult\w*|indirect)\b")
DIRECT_RE: Final = re.compile(r"\bdirect\b")

# Phrases that do not commit the district to a set amount (DOMAIN.md 2.1, SVC-LINT-2).
UNCLEAR_COMMITMENT_RE: Final = re.compile(
    r"\b(?:at\s+least|a\s+minimum\s+of|minimum|up\s+to|as\s+needed|prn"
    r"|as\s+deemed\s+necessary|as\s+necessary|when\s+appropriate|if\s+needed"
    r"|when\s+needed|available)\b",
    re.IGNORECASE,
)


def delivery_from_text(text: str) -> Delivery | None:
    """Direct or indirect/consult delivery named in lower-case ``text``, if exactly one is."""
    indirect = INDIRECT_RE.search(text) is not None
    direct = DIRECT_RE.search(text) is not None
    if indirect and not direct:
        return Delivery.INDIRECT_CONSULT
    if direct and not indirect:
        return Delivery.DIRECT
    return None


def find_unclear_phrase(text: str) -> str | None:
    """The first phrase in ``text`` that leaves the commitment unclear, e.g. 'as needed'."""
    match = UNCLEAR_COMMITMENT_RE.search(text)
    if match is None:
        return None
    return " ".join(match.group(0).split())
