"""Counting school days: weekdays by default, minus the dates a calendar marks closed."""

from __future__ import annotations

import datetime as dt

import pytest

from iepbinder.domain.school_days import (
    CountUnit,
    DayCount,
    add_school_days,
    is_weekday,
    next_school_days,
    school_days_between,
    weekdays_except,
)

D = dt.date


def test_adding_school_days_skips_weekends() -> None:
    # From Friday Nov 20, 2026: Mon 23 (1), Tue 24 (2), ... Fri 27 (5), Mon 30 (6).
    assert add_school_days(D(2026, 11, 20), 1, is_weekday) == D(2026, 11, 23)
    assert add_school_days(D(2026, 11, 20), 5, is_weekday) == D(2026, 11, 27)
    assert add_school_days(D(2026, 11, 20), 6, is_weekday) == D(2026, 11, 30)
    assert add_school_days(D(2026, 11, 20), 0, is_weekday) == D(2026, 11, 20)


def test_a_winter_break_is_not_counted() -> None:
    # Break Dec 21, 2026 to Jan 1, 2027 (ten weekdays). From Fri Dec 18: Jan 4 is day 1.
    closed = [D(2026, 12, 21) + dt.timedelta(days=n) for n in range(12)]
    rule = weekdays_except(closed)
    assert add_school_days(D(2026, 12, 18), 1, rule) == D(2027, 1, 4)
    assert school_days_between(D(2026, 12, 18), D(2027, 1, 8), rule) == 5
    assert school_days_between(D(2026, 12, 18), D(2027, 1, 8), is_weekday) == 15


def test_day_counts_in_words_and_dates() -> None:
    ten = DayCount(10, CountUnit.SCHOOL)
    # From Sunday Nov 29, 2026: Nov 30, Dec 1-4 (5), Dec 7-11 (10) -> Friday Dec 11.
    assert ten.after(D(2026, 11, 29)) == D(2026, 12, 11)
    assert ten.words == "10 school days"
    assert DayCount(14, CountUnit.CALENDAR).after(D(2026, 11, 29)) == D(2026, 12, 13)
    assert DayCount(1, CountUnit.CALENDAR).words == "1 day"


def test_next_school_days_within_two_weeks() -> None:
    # After Sunday Nov 29: Mon 30, Tue Dec 1, Wed Dec 2.
    assert next_school_days(D(2026, 11, 29), 3, 14, is_weekday) == [
        D(2026, 11, 30),
        D(2026, 12, 1),
        D(2026, 12, 2),
    ]
    assert next_school_days(D(2026, 11, 29), 20, 14, is_weekday)[-1] == D(2026, 12, 11)


def test_a_calendar_with_no_school_days_is_refused_not_looped() -> None:
    with pytest.raises(ValueError, match="no school days"):
        add_school_days(D(2026, 1, 1), 1, lambda _day: False)
