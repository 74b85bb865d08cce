"""Trials criteria ('80% in 4 of 5 trials'), pasted columns of data, and the chart's axes."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.criterion_parse import parse_criterion, trials_met
from iepbinder.domain.language import set_language
from iepbinder.domain.pasted_points import parse_pasted_points
from iepbinder.domain.progress_chart import month_ticks, nice_ticks
from iepbinder.domain.progress_math import resolve_baseline
from iepbinder.domain.types import Direction

TODAY = dt.date(2026, 11, 29)


def test_eighty_percent_in_four_of_five_trials() -> None:
    criterion = parse_criterion("80% accuracy in 4 of 5 trials")
    assert (criterion.threshold, criterion.percent) == (80, True)
    assert (criterion.count, criterion.window) == (4, 5)
    # last five of 70, 85, 80, 90, 75, 82 are 85, 80, 90, 75, 82: four reach 80 → met
    met = trials_met([70, 85, 80, 90, 75, 82], criterion, Direction.INCREASE)
    assert met is not None and met.met is True and met.hits == 4
    assert met.explanation == "4 of the last 5 values are 80% or more; needs 4: met."
    # 85, 78, 90, 75, 82: three reach 80 → not met
    missed = trials_met([85, 78, 90, 75, 82], criterion, Direction.INCREASE)
    assert missed is not None and missed.met is False and missed.hits == 3
    # three values recorded: too early to say
    early = trials_met([85, 90, 95], criterion, Direction.INCREASE)
    assert early is not None and early.met is None
    assert early.explanation == (
        "Only 3 of the 5 values needed are recorded (80% or more in 4 of the last 5)."
    )
    assert missed.explanation == "3 of the last 5 values are 80% or more; needs 4: not met yet."


def test_a_criterion_is_explained_in_spanish() -> None:
    criterion = parse_criterion("90% across 3 consecutive sessions")
    set_language("es")
    try:
        # last three of 95, 88, 91: two reach 90 → not met
        missed = trials_met([95, 88, 91], criterion, Direction.INCREASE)
        one = trials_met([80, 85, 91], criterion, Direction.INCREASE)  # only 91 reaches 90
        early = trials_met([95], criterion, Direction.INCREASE)
        # the median of 48, 55, 52 is 52; of the first data points 60, 70, 65 it is 65
        probes = resolve_baseline(None, [48, 55, 52])
        points = resolve_baseline(None, [], first_values=[60, 70, 65, 80])
        stated = resolve_baseline(40.5, [])
    finally:
        set_language("en")
    assert missed is not None and missed.explanation == (
        "2 de los últimos 3 valores son 90% o más; se necesitan 3: todavía no se cumple."
    )
    assert one is not None and one.explanation == (
        "1 de los últimos 3 valores es 90% o más; se necesitan 3: todavía no se cumple."
    )
    assert early is not None and early.explanation == (
        "Solo hay 1 de los 3 valores necesarios registrados (90% o más en 3 de los últimos 3)."
    )
    assert (
        probes is not None and probes.explanation == "52, la mediana de las mediciones 48, 55, 52"
    )
    assert points is not None and points.explanation == (
        "65, la mediana de los primeros datos 60, 70, 65"
    )
    assert stated is not None and stated.explanation == "40.5, el valor del IEP"


def test_consecutive_and_decreasing_criteria() -> None:
    sessions = parse_criterion("90% across 3 consecutive sessions")
    assert (sessions.threshold, sessions.count, sessions.window) == (90, 3, 3)
    result = trials_met([95, 88, 91, 92, 90], sessions, Direction.INCREASE)
    assert result is not None and result.met is True  # 91, 92, 90 all ≥ 90
    weekly = parse_criterion("1 or fewer a week for 4 consecutive weeks")
    assert (weekly.threshold, weekly.at_most, weekly.window) == (1, True, 4)
    # last four of 2, 1, 0, 1, 1 are 1, 0, 1, 1: all ≤ 1 → met
    done = trials_met([2, 1, 0, 1, 1], weekly, Direction.DECREASE)
    assert done is not None and done.met is True
    assert done.explanation == "4 of the last 4 values are 1 or less; needs 4: met."
    # last four of 1, 0, 2, 1 → three ≤ 1 → not met
    not_yet = trials_met([1, 0, 2, 1], weekly, Direction.DECREASE)
    assert not_yet is not None and not_yet.met is False


def test_criteria_without_trials_or_threshold() -> None:
    assert parse_criterion("5 sentences in 4 of 5 samples").threshold == 5
    fluency = parse_criterion("90 WCPM with 95% accuracy on 3 consecutive weekly probes")
    assert (fluency.threshold, fluency.window) == (90, 3)  # the first number counts
    plain = parse_criterion("Reads at grade level by June")
    assert not plain.is_trials
    assert trials_met([1, 2, 3], plain, Direction.INCREASE) is None
    # a 'k of n' criterion without its own threshold uses the goal's target
    bare = parse_criterion("in 4 of 5 trials")
    result = trials_met([9, 10, 10, 10, 10], bare, Direction.INCREASE, fallback_threshold=10)
    assert result is not None and result.met is True


def test_paste_a_column_of_values_with_a_start_date() -> None:
    pasted = parse_pasted_points("WCPM\n61\n63.5\n\n64%\n", TODAY, dt.date(2026, 9, 7))
    assert pasted.errors == ()
    assert pasted.points == (
        (dt.date(2026, 9, 7), 61.0),
        (dt.date(2026, 9, 14), 63.5),
        (dt.date(2026, 9, 21), 64.0),
    )


def test_paste_dates_and_values_from_a_spreadsheet() -> None:
    text = "Date\tScore\n9/8/2026\t61\n2026-09-15, 63\n9/22 65\n70\n"
    pasted = parse_pasted_points(text, TODAY)
    assert pasted.errors == ()
    assert pasted.points == (
        (dt.date(2026, 9, 8), 61.0),
        (dt.date(2026, 9, 15), 63.0),
        (dt.date(2026, 9, 22), 65.0),
        (dt.date(2026, 9, 29), 70.0),  # a bare value continues a week after the line before
    )


def test_paste_errors_name_the_line() -> None:
    pasted = parse_pasted_points("61\n9/31/2026\t62\nabc\n", TODAY)
    assert pasted.points == ()
    assert pasted.errors == (
        "Line 1 (\u201c61\u201d): a value without a date; give a start date or put a date first.",
        "Line 2 (\u201c9/31/2026\t62\u201d): '9/31/2026' is not a real date.",
        "Line 3 (\u201cabc\u201d): \u201cabc\u201d is not a number.",
    )


def test_nice_ticks() -> None:
    # range 0..57 in about 5 steps: 57/5 = 11.4 → step 20 → 0, 20, 40, 60
    assert nice_ticks(3, 57) == (0, 20, 40, 60)
    # 0..4 → 0.8 → step 1; 4 is the top value and needs room above it → 0..5
    assert nice_ticks(0, 4) == (0, 1, 2, 3, 4, 5)
    # negative values keep their sign: -3..7 → 2 → step 2 → -4..8
    assert nice_ticks(-3, 7) == (-4, -2, 0, 2, 4, 6, 8)


def test_month_ticks() -> None:
    ticks = month_ticks(dt.date(2026, 2, 24), dt.date(2026, 6, 1))
    assert ticks == (dt.date(2026, 3, 1), dt.date(2026, 4, 1), dt.date(2026, 5, 1),
                     dt.date(2026, 6, 1))  # fmt: skip
    year = month_ticks(dt.date(2026, 2, 24), dt.date(2027, 3, 16))
    # 13 months from March to March → every month; more than 13 would take every other one
    assert len(year) == 13 and year[-1] == dt.date(2027, 3, 1)
    assert len(month_ticks(dt.date(2026, 1, 1), dt.date(2027, 6, 1))) == 9
