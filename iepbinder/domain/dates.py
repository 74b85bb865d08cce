"""Date arithmetic of the IEP calendar: anniversaries and the review dates derived from them."""

from __future__ import annotations

import datetime as dt

REEVALUATION_YEARS = 3


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar date ``years`` later; February 29 becomes February 28 (DOMAIN.md 1.2)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=day.day - 1)


def annual_review_due(last_full_meeting: dt.date) -> dt.date:
    """T-ANNUAL: the anniversary of the last meeting that reviewed the whole IEP."""
    return add_years(last_full_meeting, 1)


def reevaluation_due(last_evaluation: dt.date, years: int = REEVALUATION_YEARS) -> dt.date:
    """T-REEVAL: at least once every three years from the last evaluation [CONFIG]."""
    return add_years(last_evaluation, years)


def school_year_of(day: dt.date, first_month: int = 7) -> str:
    """The school year of a date: '2026-2027' for any day from July 2026 to June 2027."""
    start = day.year if day.month >= first_month else day.year - 1
    return f"{start}-{start + 1}"
