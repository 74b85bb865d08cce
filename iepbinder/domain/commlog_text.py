"""Read and write the typed parts of a log entry: times, lists and commitment lines."""

from __future__ import annotations

import datetime as dt
import re

from iepbinder.domain.commlog import Commitment, CommitmentStatus, Participant
from iepbinder.domain.dateparse import DateInputError, format_date, parse_user_date
from iepbinder.domain.language import t

_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$")
_BY_DATE = re.compile(r"^(?P<what>.*?)\s*,?\s+by\s+(?P<date>[^\s,]+)\s*$", re.IGNORECASE)
_MARKS = {
    "\u2713": CommitmentStatus.DONE,
    "[done]": CommitmentStatus.DONE,
    "[x]": CommitmentStatus.DONE,
    "\u2717": CommitmentStatus.WITHDRAWN,
    "[withdrawn]": CommitmentStatus.WITHDRAWN,
}
_MARK_OF = {CommitmentStatus.DONE: "\u2713 ", CommitmentStatus.WITHDRAWN: "\u2717 "}


def parse_time(text: str) -> dt.time | None:
    """'2:30 pm', '14:30', '9am' -> a time; blank -> None; DateInputError for anything else."""
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    match = _TIME.match(cleaned)
    if match:
        hour, minute = int(match[1]), int(match[2] or 0)
        suffix = (match[3] or "").replace(".", "")
        if suffix and not 1 <= hour <= 12:
            match = None
        elif suffix == "pm" and hour != 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        if match and hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise DateInputError(
        t("'{text}' is not a time. Type it like 2:30 pm or 14:30.", text=text.strip())
    )


def format_time(value: dt.time | None) -> str:
    """'2:30 pm' style; blank for none."""
    if value is None:
        return ""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"


def parse_lines(text: str) -> tuple[str, ...]:
    """Non-blank lines, trimmed, with list bullets ('- ', '* ', '\u2022 ') removed."""
    lines = []
    for line in text.splitlines():
        cleaned = line.strip().lstrip("-*\u2022").strip()
        if cleaned:
            lines.append(cleaned)
    return tuple(lines)


def format_lines(items: tuple[str, ...]) -> str:
    """One item per line."""
    return "\n".join(items)


def parse_people(text: str) -> tuple[str, ...]:
    """Names typed with commas or semicolons between them."""
    return tuple(part.strip() for part in re.split(r"[;,]", text) if part.strip())


def format_people(people: tuple[Participant, ...]) -> str:
    """'Karen Liu, Rosa Jiménez'."""
    return ", ".join(person.name for person in people)


def parse_commitment(line: str, today: dt.date) -> Commitment:
    """'Karen Liu: send the data sheets by 12/4' -> who, what, by when; a leading \u2713 means done.

    Raises DateInputError when the text after 'by' is not a date.
    """
    text = line.strip()
    status = CommitmentStatus.OPEN
    for mark, mark_status in _MARKS.items():
        if text.lower().startswith(mark):
            text, status = text[len(mark) :].strip(), mark_status
            break
    who, what = "", text
    if ":" in text:
        who, what = (part.strip() for part in text.split(":", 1))
    by_when = None
    match = _BY_DATE.match(what)
    if match:
        try:
            by_when = parse_user_date(match["date"], today)
        except DateInputError:
            by_when = None
        if by_when is not None:
            what = match["what"].strip()
    return Commitment(who=who, what=what, by_when=by_when, status=status)


def parse_commitments(text: str, today: dt.date) -> tuple[Commitment, ...]:
    """One commitment per non-blank line."""
    return tuple(parse_commitment(line, today) for line in parse_lines(text))


def format_commitment(commitment: Commitment) -> str:
    """The line ``parse_commitment`` reads back to the same commitment."""
    mark = _MARK_OF.get(commitment.status, "")
    who = f"{commitment.who}: " if commitment.who else ""
    by = f" by {format_date(commitment.by_when)}" if commitment.by_when else ""
    return f"{mark}{who}{commitment.what}{by}"


def format_commitments(commitments: tuple[Commitment, ...]) -> str:
    """One commitment per line."""
    return "\n".join(format_commitment(item) for item in commitments)
