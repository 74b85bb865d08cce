"""Plain days (a day's sessions delivered as scheduled, read as one summed entry) in the ledger.

compute_ledger counts a summed entry as it would count its sessions one by one, through runs
of plain days split by a session with a rule of its own, a plan change, a gap between plans,
a break and the range's ends. Every expectation is worked out by hand from the sessions
listed; they pin what a faster way of counting runs of plain days must keep.
"""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.amount import Amount
from iepbinder.domain.expected import MandateTerms
from iepbinder.domain.ledger import SEVERAL_ON_ONE_DAY, compute_ledger
from iepbinder.domain.school_calendar import (
    CalendarEvent,
    DayKind,
    SchoolCalendar,
    SchoolYearCalendar,
)
from iepbinder.domain.service_log import Attribution, LoggedSession, ReasonCode, SessionStatus
from iepbinder.domain.types import HolidayPolicy, Period
from iepbinder.services.session_dto import SessionDates

D = dt.date
CAL = SchoolCalendar(
    (
        SchoolYearCalendar(
            "2025-2026",
            D(2025, 8, 25),
            D(2026, 6, 12),
            (CalendarEvent(D(2025, 11, 26), D(2025, 11, 28), DayKind.BREAK, "Thanksgiving"),),
        ),
    )
)
TESTING = "testing or evaluation time logged as a session"


def weekly(sessions: int, minutes: int, start: D, end: D, mandate_id: int = 1) -> MandateTerms:
    amount = Amount(Period.WEEK, None, sessions, None, minutes, None, sessions * minutes, None)
    return MandateTerms(
        mandate_id, "Speech", amount, start, end, HolidayPolicy.FULL_IF_IN_SESSION, False
    )


TWICE = weekly(2, 30, D(2025, 8, 25), D(2026, 6, 12))  # one a day at most: a 2nd is flagged


def plain(day: D, *ids: int, minutes: float = 30.0) -> LoggedSession:
    """A plain day: its sessions delivered as scheduled, summed (``minutes`` is the total)."""
    return LoggedSession(
        ids[0], "Speech", day, SessionStatus.DELIVERED, 0.0, minutes, same_day_ids=ids
    )


def test_a_run_split_by_a_missed_session() -> None:
    logged = [
        plain(D(2025, 9, 8), 1),
        plain(D(2025, 9, 9), 2),
        plain(D(2025, 9, 10), 3, 4, minutes=60.0),  # two on a day: 4 is flagged
        LoggedSession(
            5,
            "Speech",
            D(2025, 9, 11),
            SessionStatus.MISSED,
            30.0,
            0.0,
            ReasonCode.PROVIDER_ABSENT,
        ),  # fmt: skip
        plain(D(2025, 9, 12), 6),
        plain(D(2025, 9, 15), 7),
        plain(D(2025, 9, 16), 8),
        plain(D(2025, 9, 17), 9, 10, minutes=60.0),  # 10 is flagged
        plain(D(2025, 9, 18), 11),
    ]
    ledger = compute_ledger("Speech", [TWICE], logged, CAL, D(2025, 9, 8), D(2025, 9, 19))
    # 30 + 30 + 60 + 30 + 30 + 30 + 60 + 30 = 300 delivered; the miss: 30 owed by the school
    assert ledger.delivered == 300
    assert ledger.missed[Attribution.SCHOOL] == 30
    assert ledger.session_ids["delivered"] == (1, 2, 3, 4, 6, 7, 8, 9, 10, 11)
    assert ledger.session_ids["missed_SCHOOL"] == (5,)
    assert ledger.mismatches == ((4, SEVERAL_ON_ONE_DAY), (10, SEVERAL_ON_ONE_DAY))
    assert ledger.mandated == 120  # two weeks of 2 x 30
    # The same sessions out of date order: the same figures, counted one by one.
    shuffled = compute_ledger("Speech", [TWICE], logged[::-1], CAL, D(2025, 9, 8), D(2025, 9, 19))
    assert shuffled.delivered == 300
    assert sorted(shuffled.session_ids["delivered"]) == [1, 2, 3, 4, 6, 7, 8, 9, 10, 11]
    assert sorted(shuffled.mismatches) == [(4, SEVERAL_ON_ONE_DAY), (10, SEVERAL_ON_ONE_DAY)]


def test_a_run_across_a_plan_change_flags_only_under_the_one_a_day_plan() -> None:
    first = weekly(2, 30, D(2025, 8, 25), D(2025, 9, 12))  # one a day at most
    second = weekly(6, 20, D(2025, 9, 15), D(2026, 6, 12), mandate_id=2)  # 6 a week: no flag
    logged = [
        plain(D(2025, 9, 9), 1, 2, minutes=60.0),
        plain(D(2025, 9, 10), 3, 4, minutes=60.0),
        plain(D(2025, 9, 11), 5, 6, minutes=60.0),
        plain(D(2025, 9, 16), 7, 8, minutes=40.0),
        plain(D(2025, 9, 17), 9, 10, minutes=40.0),
        plain(D(2025, 9, 18), 11, 12, minutes=40.0),
    ]
    ledger = compute_ledger("Speech", [first, second], logged, CAL, D(2025, 9, 8), D(2025, 9, 19))
    assert ledger.delivered == 300  # 3 x 60 + 3 x 40
    assert ledger.session_ids["delivered"] == tuple(range(1, 13))
    # the second session of each day under the first plan only
    assert ledger.mismatches == tuple((i, SEVERAL_ON_ONE_DAY) for i in (2, 4, 6))
    assert ledger.warnings == ()


def test_plain_days_between_two_plans_fall_outside_every_plan() -> None:
    before = weekly(2, 30, D(2025, 8, 25), D(2025, 9, 10))
    after = weekly(2, 30, D(2025, 9, 17), D(2026, 6, 12), mandate_id=2)
    days = [D(2025, 9, d) for d in (8, 9, 10, 11, 12, 15, 16, 17, 18)]
    logged = [plain(day, number) for number, day in enumerate(days, start=1)]
    ledger = compute_ledger("Speech", [before, after], logged, CAL, D(2025, 9, 8), D(2025, 9, 19))
    # Sep 8, 9, 10 under the first plan, Sep 17 and 18 under the second: 5 x 30
    assert ledger.delivered == 150
    assert ledger.session_ids["delivered"] == (1, 2, 3, 8, 9)
    # Sep 11, 12, 15 and 16: four sessions under no plan
    assert ledger.warnings == (
        "4 logged session(s) fall outside the dates of every plan for this service and are "
        "not counted.",
    )


def test_a_run_over_a_break_counts_every_day_logged() -> None:
    days = [D(2025, 11, d) for d in (20, 21, 24, 25, 26)] + [D(2025, 12, 1)]  # 26: the break
    logged = [plain(day, number) for number, day in enumerate(days, start=1)]
    ledger = compute_ledger("Speech", [TWICE], logged, CAL, D(2025, 11, 17), D(2025, 12, 5))
    assert ledger.delivered == 180  # 6 x 30, the day of the break too
    assert ledger.session_ids["delivered"] == (1, 2, 3, 4, 5, 6)
    assert ledger.mismatches == ()


def test_a_session_sharing_a_plain_day_is_the_second_of_that_day() -> None:
    logged = [
        plain(D(2025, 9, 8), 1),
        plain(D(2025, 9, 9), 2),
        plain(D(2025, 9, 10), 3),
        LoggedSession(
            4, "Speech", D(2025, 9, 10), SessionStatus.DELIVERED, 30.0, 30.0, testing=True
        ),
        plain(D(2025, 9, 11), 5),
        plain(D(2025, 9, 12), 6),
        plain(D(2025, 9, 15), 7),
    ]
    ledger = compute_ledger("Speech", [TWICE], logged, CAL, D(2025, 9, 8), D(2025, 9, 19))
    assert ledger.delivered == 210  # 7 x 30: testing time still counts (conforming_counts)
    assert ledger.session_ids["delivered"] == (1, 2, 3, 4, 5, 6, 7)
    # session 4: testing time, and the second session of Sep 10 (after the plain day's one)
    assert ledger.mismatches == ((4, TESTING), (4, SEVERAL_ON_ONE_DAY))


def test_only_the_range_is_counted() -> None:
    days = [D(2025, 9, d) for d in (8, 9, 10, 11, 12, 15, 16, 17, 18, 19)]
    logged = [plain(day, number) for number, day in enumerate(days, start=1)]
    ledger = compute_ledger("Speech", [TWICE], logged, CAL, D(2025, 9, 10), D(2025, 9, 16))
    assert ledger.delivered == 150  # Sep 10, 11, 12, 15, 16
    assert ledger.session_ids["delivered"] == (3, 4, 5, 6, 7)


def test_the_dates_behind_a_report_cover_every_id_of_a_summed_day() -> None:
    """Each id's day, a summed day's later ids included, as the tooltips list them."""
    logged = [plain(D(2025, 9, 8), 1), plain(D(2025, 9, 10), 3, 4, 7, minutes=90.0)]
    linked = LoggedSession(2, "Speech", D(2025, 9, 1), SessionStatus.MISSED, 30.0, 0.0)
    by_id = {1: logged[0], 3: logged[1], 2: linked}  # 2: read for a make-up's link only
    dates = SessionDates(logged, by_id)
    expected = {1: D(2025, 9, 8), 3: D(2025, 9, 10), 2: D(2025, 9, 1), 4: D(2025, 9, 10),
                7: D(2025, 9, 10)}  # fmt: skip
    assert dates == expected and list(dates) == [1, 3, 2, 4, 7]
    assert len(dates) == 5 and 7 in dates and 5 not in dates and dates[4] == D(2025, 9, 10)
    assert repr(dates) == repr(expected)  # a report's repr shows them as before
