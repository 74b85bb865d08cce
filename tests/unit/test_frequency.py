"""parse_frequency against real-world IEP phrasings (DOMAIN.md 2.2), expected values by hand."""

from __future__ import annotations

import pytest

from iepbinder.domain.amount import Amount
from iepbinder.domain.frequency import parse_frequency
from iepbinder.domain.types import Delivery, Period

WEEK, MONTH, DAY, CYCLE = Period.WEEK, Period.MONTH, Period.DAY, Period.CYCLE
CONSULT = Delivery.INDIRECT_CONSULT

# Phrasings that are read fully and with full confidence.
CLEAR_CASES = [
    pytest.param(
        "30 min 2x/week",
        Amount(
            period=WEEK, sessions_per_period=2, minutes_per_session=30, total_minutes_per_period=60
        ),
        id="30min-2x-week",
    ),
    pytest.param(
        "two 30-minute sessions per week",
        Amount(
            period=WEEK, sessions_per_period=2, minutes_per_session=30, total_minutes_per_period=60
        ),
        id="two-30-minute-sessions",
    ),
    pytest.param(
        "60 min/month",
        Amount(period=MONTH, total_minutes_per_period=60),
        id="total-only-month",
    ),
    pytest.param(
        "Consultation 4x/year, 15 min",
        Amount(
            period=Period.IEP_YEAR,
            sessions_per_period=4,
            minutes_per_session=15,
            total_minutes_per_period=60,
            delivery=CONSULT,
        ),
        id="consultation-4x-year",
    ),
    pytest.param(
        "consult 4x/year, 15 min",
        Amount(
            period=Period.IEP_YEAR,
            sessions_per_period=4,
            minutes_per_session=15,
            total_minutes_per_period=60,
            delivery=CONSULT,
        ),
        id="consult-lowercase",
    ),
    pytest.param(
        "20 minutes of consultation monthly between gen-ed and sped teacher",
        Amount(period=MONTH, total_minutes_per_period=20, delivery=CONSULT),
        id="wi-consultation-monthly",
    ),
    pytest.param(
        "45 sessions @ 30 = 1350 min yearly",
        Amount(
            period=Period.IEP_YEAR,
            sessions_per_period=45,
            minutes_per_session=30,
            total_minutes_per_period=1350,
        ),
        id="sessions-at-minutes-equals-total",
    ),
    pytest.param(
        "2 x 30 min per week (5 cycle days)",
        Amount(
            period=CYCLE,
            cycle_days=5,
            sessions_per_period=2,
            minutes_per_session=30,
            total_minutes_per_period=60,
        ),
        id="week-of-5-cycle-days",
    ),
    pytest.param(
        "8\u201310 hours weekly math instruction",
        Amount(period=WEEK, total_minutes_per_period=480, total_minutes_per_period_max=600),
        id="hours-range-en-dash",
    ),
    pytest.param(
        "30-45 minutes 2 times per week",
        Amount(
            period=WEEK,
            sessions_per_period=2,
            minutes_per_session=30,
            minutes_per_session_max=45,
            total_minutes_per_period=60,
            total_minutes_per_period_max=90,
        ),
        id="minutes-range-per-session",
    ),
    pytest.param(
        "2-3 sessions per week, 30 minutes",
        Amount(
            period=WEEK,
            sessions_per_period=2,
            sessions_per_period_max=3,
            minutes_per_session=30,
            total_minutes_per_period=60,
            total_minutes_per_period_max=90,
        ),
        id="session-count-range",
    ),
    pytest.param(
        "45 minutes daily",
        Amount(period=DAY, total_minutes_per_period=45),
        id="45-minutes-daily",
    ),
    pytest.param(
        "1 hour per week",
        Amount(period=WEEK, total_minutes_per_period=60),
        id="1-hour-per-week",
    ),
    pytest.param(
        "1.5 hours/week",
        Amount(period=WEEK, total_minutes_per_period=90),
        id="decimal-hours",
    ),
    pytest.param(
        "90 min per week",
        Amount(period=WEEK, total_minutes_per_period=90),
        id="90-min-per-week",
    ),
    pytest.param(
        "twice weekly for 20 minutes",
        Amount(
            period=WEEK, sessions_per_period=2, minutes_per_session=20, total_minutes_per_period=40
        ),
        id="twice-weekly",
    ),
    pytest.param(
        "three times a week, 30 minutes each",
        Amount(
            period=WEEK, sessions_per_period=3, minutes_per_session=30, total_minutes_per_period=90
        ),
        id="three-times-a-week-each",
    ),
    pytest.param(
        "once a month 30 min",
        Amount(
            period=MONTH, sessions_per_period=1, minutes_per_session=30, total_minutes_per_period=30
        ),
        id="once-a-month",
    ),
    pytest.param(
        "weekly 30 minute session",
        Amount(
            period=WEEK, sessions_per_period=1, minutes_per_session=30, total_minutes_per_period=30
        ),
        id="singular-session-means-one",
    ),
    pytest.param(
        "20 min/day 5 days/week",
        Amount(
            period=WEEK, sessions_per_period=5, minutes_per_session=20, total_minutes_per_period=100
        ),
        id="per-day-5-days-a-week",
    ),
    pytest.param(
        "300 minutes per week",
        Amount(period=WEEK, total_minutes_per_period=300),
        id="300-minutes-per-week",
    ),
    pytest.param(
        "120 minutes per quarter",
        Amount(period=Period.QUARTER, total_minutes_per_period=120),
        id="per-quarter",
    ),
    pytest.param(
        "60 minutes per trimester",
        Amount(period=Period.TRIMESTER, total_minutes_per_period=60),
        id="per-trimester",
    ),
    pytest.param(
        "180 min per semester",
        Amount(period=Period.SEMESTER, total_minutes_per_period=180),
        id="per-semester",
    ),
    pytest.param(
        "600 minutes per school year",
        Amount(period=Period.SCHOOL_YEAR, total_minutes_per_period=600),
        id="per-school-year",
    ),
    pytest.param(
        "30 min per IEP year",
        Amount(period=Period.IEP_YEAR, total_minutes_per_period=30),
        id="per-iep-year",
    ),
    pytest.param(
        "4 x 15 min per quarter",
        Amount(
            period=Period.QUARTER,
            sessions_per_period=4,
            minutes_per_session=15,
            total_minutes_per_period=60,
        ),
        id="4x15-per-quarter",
    ),
    pytest.param(
        "30 min 1x per 6 day cycle",
        Amount(
            period=CYCLE,
            cycle_days=6,
            sessions_per_period=1,
            minutes_per_session=30,
            total_minutes_per_period=30,
        ),
        id="6-day-cycle-no-hyphen",
    ),
    pytest.param(
        "3x per cycle of 6 days, 40 min",
        Amount(
            period=CYCLE,
            cycle_days=6,
            sessions_per_period=3,
            minutes_per_session=40,
            total_minutes_per_period=120,
        ),
        id="cycle-of-6-days",
    ),
    pytest.param(
        "20 to 30 minutes weekly",
        Amount(period=WEEK, total_minutes_per_period=20, total_minutes_per_period_max=30),
        id="to-range",
    ),
    pytest.param(
        "30 minutes, 3 times daily",
        Amount(
            period=DAY, sessions_per_period=3, minutes_per_session=30, total_minutes_per_period=90
        ),
        id="three-times-daily",
    ),
    pytest.param(
        "3 sessions of 30 minutes per month",
        Amount(
            period=MONTH, sessions_per_period=3, minutes_per_session=30, total_minutes_per_period=90
        ),
        id="sessions-of-minutes",
    ),
    pytest.param(
        "30 min x 2 per week",
        Amount(
            period=WEEK, sessions_per_period=2, minutes_per_session=30, total_minutes_per_period=60
        ),
        id="minutes-times-count",
    ),
    pytest.param(
        "180 minutes weekly (3 x 60)",
        Amount(
            period=WEEK, sessions_per_period=3, minutes_per_session=60, total_minutes_per_period=180
        ),
        id="total-with-breakdown",
    ),
    pytest.param(
        "2 x 30 min per week (60 min total)",
        Amount(
            period=WEEK, sessions_per_period=2, minutes_per_session=30, total_minutes_per_period=60
        ),
        id="breakdown-with-stated-total",
    ),
    pytest.param(
        "Direct speech 30 min 2x/wk, 1:1",
        Amount(
            period=WEEK,
            sessions_per_period=2,
            minutes_per_session=30,
            total_minutes_per_period=60,
            delivery=Delivery.DIRECT,
        ),
        id="direct-with-one-to-one",
    ),
    pytest.param(
        "5 hrs/wk",
        Amount(period=WEEK, total_minutes_per_period=300),
        id="hrs-wk-abbreviations",
    ),
    pytest.param(
        "half an hour weekly",
        Amount(period=WEEK, total_minutes_per_period=30),
        id="half-an-hour",
    ),
    pytest.param(
        "Speech, 3rd grade: 30 min 2x/week",
        Amount(
            period=WEEK, sessions_per_period=2, minutes_per_session=30, total_minutes_per_period=60
        ),
        id="ordinal-is-not-a-number",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLEAR_CASES)
def test_clear_phrasings_parse_fully(text: str, expected: Amount) -> None:
    parsed = parse_frequency(text)

    assert parsed.amount == expected
    assert parsed.confidence == 1.0
    assert parsed.notes == ()
    assert parsed.text == text


# Phrasings where a part is missing or guessed: amount, and the confidence ceiling.
PARTIAL_CASES = [
    pytest.param(
        "3 times/year 15",
        Amount(
            period=Period.IEP_YEAR,
            sessions_per_period=3,
            minutes_per_session=15,
            total_minutes_per_period=45,
        ),
        0.8,
        "Took 15 as minutes per session because no unit was written.",
        id="audiology-bare-minutes",
    ),
    pytest.param(
        "30 min 2/wk",
        Amount(
            period=WEEK, sessions_per_period=2, minutes_per_session=30, total_minutes_per_period=60
        ),
        0.8,
        "Took 2 as the number of sessions.",
        id="bare-count-before-slash-period",
    ),
    pytest.param(
        "1 session per six-day cycle",
        Amount(period=CYCLE, cycle_days=6, sessions_per_period=1),
        0.6,
        "Minutes per session not found: check the IEP page.",
        id="six-day-cycle-no-minutes",
    ),
    pytest.param(
        "1 session per 6-day cycle",
        Amount(period=CYCLE, cycle_days=6, sessions_per_period=1),
        0.6,
        "Minutes per session not found: check the IEP page.",
        id="6-day-cycle-no-minutes",
    ),
    pytest.param(
        "30 minute sessions weekly",
        Amount(period=WEEK, minutes_per_session=30),
        0.6,
        "Number of sessions not found: check the IEP page.",
        id="no-session-count",
    ),
    pytest.param(
        "2 x 30 min",
        Amount(sessions_per_period=2, minutes_per_session=30, total_minutes_per_period=60),
        0.6,
        "No period found: check the IEP page.",
        id="no-period",
    ),
    pytest.param(
        "2 sessions per cycle",
        Amount(period=CYCLE, sessions_per_period=2),
        0.4,
        "Length of the cycle not found: check the IEP page.",
        id="cycle-length-and-minutes-missing",
    ),
    pytest.param(
        "biweekly 30 min",
        Amount(total_minutes_per_period=30),
        0.6,
        "'Biweekly' can mean twice a week or every two weeks: ask the team which.",
        id="biweekly-is-ambiguous",
    ),
    pytest.param(
        "30 min weekly, 60 min monthly",
        Amount(total_minutes_per_period=30),
        0.7,
        "More than one period found (week, month): check the IEP page.",
        id="two-periods",
    ),
]


@pytest.mark.parametrize(("text", "expected", "ceiling", "note"), PARTIAL_CASES)
def test_partial_phrasings_lower_confidence_and_explain(
    text: str, expected: Amount, ceiling: float, note: str
) -> None:
    parsed = parse_frequency(text)

    assert parsed.amount == expected
    assert parsed.confidence == pytest.approx(ceiling)
    assert note in parsed.notes


def test_stated_total_that_disagrees_keeps_the_product() -> None:
    parsed = parse_frequency("45 sessions @ 30 = 1300 min yearly")

    assert parsed.amount == Amount(
        period=Period.IEP_YEAR,
        sessions_per_period=45,
        minutes_per_session=30,
        total_minutes_per_period=1350,
    )
    assert 0.0 < parsed.confidence < 1.0
    assert parsed.notes == (
        "The IEP states a total of 1300 minutes, but 45 x 30 = 1350; "
        "the product was kept. Check the IEP page.",
    )


# No firm commitment: whatever numbers exist are kept, confidence stays low.
UNCLEAR_CASES = [
    pytest.param("as needed", Amount(), "as needed", id="as-needed"),
    pytest.param("PRN", Amount(), "PRN", id="prn"),
    pytest.param(
        "at least 15 minutes", Amount(total_minutes_per_period=15), "at least", id="at-least"
    ),
    pytest.param("available daily", Amount(period=DAY), "available", id="available-daily"),
    pytest.param(
        "Consult as needed, up to 30 min/month",
        Amount(period=MONTH, total_minutes_per_period=30, delivery=CONSULT),
        "as needed",
        id="consult-as-needed-up-to",
    ),
]


@pytest.mark.parametrize(("text", "expected", "phrase"), UNCLEAR_CASES)
def test_unclear_commitment_is_low_confidence_with_a_note(
    text: str, expected: Amount, phrase: str
) -> None:
    parsed = parse_frequency(text)

    assert parsed.amount == expected
    assert parsed.confidence <= 0.3
    assert parsed.notes[0] == (
        f"The commitment is unclear ('{phrase}'): ask the team for set minutes and a period."
    )


@pytest.mark.parametrize("text", ["", "   ", "see attached", "asdf qwerty zxcv"])
def test_empty_and_gibberish_give_an_empty_amount(text: str) -> None:
    parsed = parse_frequency(text)

    assert parsed.amount == Amount()
    assert parsed.confidence == 0.0
    assert parsed.notes == ("No amount found: check the IEP page.",)
    assert parsed.text == text


def test_number_without_any_role_is_ignored_with_a_note() -> None:
    parsed = parse_frequency("60 min/week in room 104")

    assert parsed.amount == Amount(period=WEEK, total_minutes_per_period=60)
    assert "Ignored the number 104: check the IEP page." in parsed.notes
    assert parsed.confidence < 1.0


def test_direct_and_consult_together_leave_delivery_open() -> None:
    parsed = parse_frequency("Direct and consult, 30 min/week")

    assert parsed.amount.delivery is None
    assert "Both direct and consultation are mentioned: check the IEP page." in parsed.notes


def test_indirect_is_consult_and_not_direct() -> None:
    parsed = parse_frequency("indirect 15 min/month")

    assert parsed.amount.delivery is Delivery.INDIRECT_CONSULT
