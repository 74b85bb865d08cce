"""Read dates the way parents type them: 'today', 'yesterday', '3/14', '3/14/26', '2026-03-14'."""

from __future__ import annotations

import datetime as dt
import re

from iepbinder.domain.language import t

_US_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "hoy": 0, "ayer": -1, "mañana": 1}


class DateInputError(ValueError):
    """The text is not a date we understand; the message says what to type."""


def parse_user_date(text: str, today: dt.date) -> dt.date | None:
    """A date from what a person typed; None for blank; DateInputError otherwise.

    Month/day without a year means the most recent such date up to half a year ahead of
    ``today`` (so '3/14' typed in November means next March only if within six months).
    """
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    if cleaned in _RELATIVE:
        return today + dt.timedelta(days=_RELATIVE[cleaned])
    try:
        iso = _ISO_DATE.match(cleaned)
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        us = _US_DATE.match(cleaned)
        if us:
            month, day = int(us[1]), int(us[2])
            if us[3] is None:
                return _nearest_year(month, day, today)
            year = int(us[3])
            return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError as exc:
        raise DateInputError(t("'{text}' is not a real date.", text=text.strip())) from exc
    raise DateInputError(
        t(
            "'{text}' is not a date. Type it like 3/14/2026, 2026-03-14, 'today' or 'yesterday'.",
            text=text.strip(),
        )
    )


def _nearest_year(month: int, day: int, today: dt.date) -> dt.date:
    candidate = dt.date(today.year, month, day)
    if (candidate - today).days > 183:
        return dt.date(today.year - 1, month, day)
    if (today - candidate).days > 183:
        return dt.date(today.year + 1, month, day)
    return candidate


def format_date(day: dt.date | None) -> str:
    """How dates are shown in fields and tables: 2026-03-14 style, blank for none."""
    return day.isoformat() if day else ""
