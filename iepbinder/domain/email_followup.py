"""Read an email's own words for a follow-up: does it ask something, does it name a date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iepbinder.domain.language import t

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}  # fmt: skip
_MONTH_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(\d{4}))?\b",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_ASKING = (
    "please let me know", "let me know if", "let me know when", "could you", "can you",
    "would you", "will you", "please confirm", "please sign", "please return", "please reply",
    "please respond", "please send", "are you available", "do you have", "please call",
)  # fmt: skip
_QUOTE_START = re.compile(
    r"^\s*(on .{4,200} wrote:|-{2,}\s*original message\s*-{2,}|-{2,}\s*forwarded message|"
    r"from:\s.+|begin forwarded message:)\s*$",
    re.IGNORECASE,
)
_HORIZON_DAYS = 183  # a date without a year is taken within half a year after the email
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_PAST = re.compile(r"\b(was|were|did|didn't|had|missed|last|yesterday|ago)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FollowUpSuggestion:
    """Whether an email seems to need an answer or action, by when, and why (current language)."""

    needed: bool
    due: dt.date | None
    reasons: tuple[str, ...]


def own_words(text: str) -> str:
    """The part the sender wrote: quoted replies ('> ...', 'On ... wrote:') are left out."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if _QUOTE_START.match(line):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept)


def asks_question(text: str) -> bool:
    """A question mark ending a sentence, or a request such as 'please let me know'."""
    lowered = " ".join(text.lower().split())
    if re.search(r"\w\s*\?(\s|$)", lowered):
        return True
    return any(phrase in lowered for phrase in _ASKING)


def _future(month: int, day: int, year: int | None, sent: dt.date) -> dt.date | None:
    try:
        if year is not None:
            found = dt.date(year + 2000 if year < 100 else year, month, day)
            return found if found >= sent else None
        found = dt.date(sent.year, month, day)
        if found < sent:
            found = dt.date(sent.year + 1, month, day)
    except ValueError:
        return None
    return found if (found - sent).days <= _HORIZON_DAYS else None


def dates_named(text: str, sent: dt.date) -> list[dt.date]:
    """The dates on or after ``sent`` that the text names, earliest first.

    'November 20', 'Nov. 20, 2026', '11/20' and weekday names ('by Friday': the next
    Friday after the email) count; dates before the email are past events, not deadlines,
    and so are weekdays in a sentence that tells the past ('he was out on Monday').
    """
    found: set[dt.date] = set()
    for match in _MONTH_DATE.finditer(text):
        year = int(match[3]) if match[3] else None
        day = _future(_MONTHS[match[1][:3].lower()], int(match[2]), year, sent)
        if day is not None:
            found.add(day)
    for match in _NUMERIC_DATE.finditer(text):
        year = int(match[3]) if match[3] else None
        day = _future(int(match[1]), int(match[2]), year, sent)
        if day is not None:
            found.add(day)
    for sentence in _SENTENCE_END.split(text):
        if _PAST.search(sentence):
            continue  # 'he was out on Monday' tells what happened, not what is due
        for match in _WEEKDAY.finditer(sentence):
            ahead = (_WEEKDAYS[match[1].lower()] - sent.weekday()) % 7 or 7
            found.add(sent + dt.timedelta(days=ahead))
    return sorted(found)


def suggest_follow_up(text: str, sent: dt.date) -> FollowUpSuggestion:
    """A follow-up when the sender's own words ask something or name a coming date.

    The due date is the earliest date named (the parent can change it); a question with no
    date gets a follow-up without a due date.
    """
    words = own_words(text)
    reasons: list[str] = []
    if asks_question(words):
        reasons.append(t("the email asks a question"))
    dates = dates_named(words, sent)
    if dates:
        reasons.append(t("the email names a date"))
    return FollowUpSuggestion(bool(reasons), dates[0] if dates else None, tuple(reasons))


_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|tr|rv)\s*(?:\[\d+\])?\s*:\s*|\[[^\]]{1,30}\]\s*)", re.IGNORECASE
)


def topic_of_subject(subject: str) -> str:
    """'RE: Fwd: [EXT] Speech sessions' -> 'Speech sessions' (the log entry's topic)."""
    text = " ".join(subject.split())
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped
