"""Read data points pasted as a column: 'value' lines, or 'date value' lines from a spreadsheet."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from iepbinder.domain.dateparse import DateInputError, parse_user_date
from iepbinder.domain.language import t

_SEPARATORS = re.compile(r"[\t,;]+|\s{2,}|\s+(?=[-+]?\d+(?:\.\d+)?%?\s*$)")


@dataclass(frozen=True)
class PastedPoints:
    """The dated values read, and a sentence per line that could not be read."""

    points: tuple[tuple[dt.date, float], ...]
    errors: tuple[str, ...]


def parse_pasted_points(
    text: str, today: dt.date, start: dt.date | None = None, step_days: int = 7
) -> PastedPoints:
    """Each line is 'value' or 'date value' (tab, comma, semicolon or space between).

    A line with only a value takes the previous line's date plus ``step_days`` (the first such
    line takes ``start``). A first line without any digit is a column header and is skipped.
    """
    points: list[tuple[dt.date, float]] = []
    errors: list[str] = []
    previous: dt.date | None = None
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or (number == 1 and not any(ch.isdigit() for ch in line)):
            continue
        parts = [part.strip() for part in _SEPARATORS.split(line) if part.strip()]
        try:
            day, value = _read_line(parts, previous, start, step_days, today)
        except ValueError as exc:
            errors.append(
                t(
                    "Line {number} (\u201c{line}\u201d): {problem}",
                    number=number,
                    line=line,
                    problem=exc,
                )
            )
            continue
        points.append((day, value))
        previous = day
    return PastedPoints(tuple(points), tuple(errors))


def _read_line(
    parts: list[str], previous: dt.date | None, start: dt.date | None, step: int, today: dt.date
) -> tuple[dt.date, float]:
    if len(parts) == 1:
        value = _number(parts[0])
        if previous is not None:
            return previous + dt.timedelta(days=step), value
        if start is None:
            raise ValueError(t("a value without a date; give a start date or put a date first."))
        return start, value
    if len(parts) == 2:
        try:
            day = parse_user_date(parts[0], today)
        except DateInputError as exc:
            raise ValueError(str(exc)) from exc
        if day is None:
            raise ValueError(t("the date is blank."))
        return day, _number(parts[1])
    raise ValueError(t("expected a value, or a date and a value."))


def _number(text: str) -> float:
    cleaned = text.strip().removesuffix("%").strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(t("\u201c{text}\u201d is not a number.", text=text)) from None
    if not math.isfinite(value):
        raise ValueError(t("\u201c{text}\u201d is not a number.", text=text))
    return value
