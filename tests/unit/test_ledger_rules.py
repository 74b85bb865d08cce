"""The ledger of DOMAIN.md 2.4, 3.1 and 3.2, with every expectation worked out by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import count

import pytest

from iepbinder.domain.amount import Amount
from iepbinder.domain.expected import MandateTerms, apply_amendments, expected_instances
from iepbinder.domain.ledger import LedgerConfig, compute_ledger
from iepbinder.domain.ledger_text import explain
from iepbinder.domain.school_calendar import (
    CalendarEvent,
    DayKind,
    DayUnit,
    SchoolCalendar,
    SchoolYearCalendar,
)
from iepbinder.domain.service_log import (
    Attribution,
    LoggedSession,
    ReasonCode,
    SessionStatus,
)
from iepbinder.domain.types import HolidayPolicy, Period

D = dt.date
YEAR = SchoolYearCalendar(
    "2025-2026",
    D(2025, 8, 25),  # a Monday
    D(2026, 6, 12),
    (
        CalendarEvent(D(2025, 9, 1), D(2025, 9, 1), DayKind.HOLIDAY, "Labor Day"),
        CalendarEvent(D(2025, 10, 15), D(2025, 10, 15), DayKind.EARLY_RELEASE, "Early release"),
        CalendarEvent(D(2025, 11, 26), D(2025, 11, 28), DayKind.BREAK, "Thanksgiving break"),
        CalendarEvent(D(2025, 12, 22), D(2026, 1, 2), DayKind.BREAK, "Winter break"),
        CalendarEvent(D(2026, 7, 3), D(2026, 7, 3), DayKind.HOLIDAY, "Independence Day"),
    ),
)
CAL = SchoolCalendar((YEAR,))
_ids = count(1)


def weekly(
    sessions: int,
    minutes: int,
    start: D = YEAR.first_day,
    end: D = YEAR.last_day,
    policy: HolidayPolicy = HolidayPolicy.FULL_IF_IN_SESSION,
    service: str = "Speech",
    mandate_id: int = 1,
    esy: bool = False,
) -> MandateTerms:
    amount = Amount(Period.WEEK, None, sessions, None, minutes, None, sessions * minutes, None)
    return MandateTerms(mandate_id, service, amount, start, end, policy, esy)


def session(
    day: D,
    status: SessionStatus,
    scheduled: float = 30,
    delivered: float = 0,
    reason: ReasonCode | None = None,
    service: str = "Speech",
    makeup_for: tuple[int, ...] = (),
    attribution: Attribution | None = None,
) -> LoggedSession:
    return LoggedSession(
        next(_ids), service, day, status, scheduled, delivered, reason, attribution, makeup_for
    )


def school_days(start: D, end: D) -> list[D]:
    return CAL.school_days(start, end)


def test_day_counting_in_calendar_business_and_school_days() -> None:
    # Fri Nov 21 -> Mon Dec 1: 10 calendar days; business days Nov 24..Dec 1 = Mon-Fri + Mon = 6;
    # school days: Nov 24, 25 (26-28 is the break) and Dec 1 = 3.
    assert CAL.count_days(D(2025, 11, 21), D(2025, 12, 1), DayUnit.CALENDAR) == 10
    assert CAL.count_days(D(2025, 11, 21), D(2025, 12, 1), DayUnit.BUSINESS) == 6
    assert CAL.count_days(D(2025, 11, 21), D(2025, 12, 1), DayUnit.SCHOOL) == 3
    # The early-release day is in session; Labor Day is not.
    assert CAL.is_school_day(D(2025, 10, 15)) and not CAL.is_school_day(D(2025, 9, 1))
    # 10 school days after Fri Aug 29: Sep 2,3,4,5 (4), 8..12 (9), Sep 15 is the 10th.
    assert CAL.add_days(D(2025, 8, 29), 10, DayUnit.SCHOOL) == D(2025, 9, 15)


def test_ten_missed_speech_sessions_owed_by_the_school() -> None:
    # 2 x 30 min a week for the 5 full weeks Sep 8 .. Oct 10: mandated 5 x 60 = 300 min.
    # All 10 sessions missed, provider absent (SCHOOL): missed_school = 10 x 30 = 300;
    # compensatory = max(0, 300 - 0) = 300 min = 10 sessions of 30 in both views.
    days = [d for d in school_days(D(2025, 9, 8), D(2025, 10, 10)) if d.weekday() in (0, 2)]
    assert len(days) == 10
    logged = [session(d, SessionStatus.MISSED, reason=ReasonCode.PROVIDER_ABSENT) for d in days]
    ledger = compute_ledger("Speech", [weekly(2, 30)], logged, CAL, D(2025, 9, 8), D(2025, 10, 10))
    assert ledger.mandated == pytest.approx(300)
    assert ledger.missed_school == 300
    assert ledger.unaccounted == 0
    assert ledger.comp_district == 300 and ledger.comp_advocate == 300
    assert ledger.sessions_of(ledger.comp_district) == 10
    assert ledger.rate_gross == 0 and ledger.rate_net == 0
    assert set(ledger.session_ids["missed_SCHOOL"]) == {s.id for s in logged}


THANKSGIVING = (D(2025, 11, 24), D(2025, 11, 30))  # school meets Mon and Tue only


def test_short_week_under_policy_a_goes_to_the_disputed_short_week_bucket() -> None:
    # 3 x 30 a week; 2 school days that week. Policy A owes the full 90 min; the session
    # that cannot fit, (3 - 2) x 30 = 30 min, is CALENDAR_SHORTFALL, attributed DISPUTED.
    # Two sessions delivered: 60. Unaccounted = 90 - (60 + 30) = 0.
    # District view: 0 owed; advocate view: 30 min (1 session).
    logged = [
        session(D(2025, 11, 24), SessionStatus.DELIVERED, delivered=30),
        session(D(2025, 11, 25), SessionStatus.DELIVERED, delivered=30),
    ]
    ledger = compute_ledger("Speech", [weekly(3, 30)], logged, CAL, *THANKSGIVING)
    assert ledger.mandated == 90
    assert ledger.calendar_shortfall == 30
    assert ledger.missed_disputed == 30
    assert ledger.unaccounted == 0
    assert ledger.comp_district == 0 and ledger.comp_advocate == 30


def test_short_week_under_policy_b_is_prorated_by_school_days() -> None:
    # Policy B: 90 x 2 school days / 5 nominal days = 36 min; no short-week bucket.
    mandate = weekly(3, 30, policy=HolidayPolicy.PRORATE_BY_SESSION_DAYS)
    ledger = compute_ledger("Speech", [mandate], [], CAL, *THANKSGIVING)
    assert ledger.mandated == pytest.approx(36)
    assert ledger.calendar_shortfall == 0
    assert ledger.unaccounted == pytest.approx(36)


def test_short_week_under_policy_c_owes_everything_and_has_no_bucket() -> None:
    # Policy C: only a week with no school at all is reduced, so 90 min are owed and the
    # third session must fit in the two days; with two delivered, 30 min are unaccounted.
    mandate = weekly(3, 30, policy=HolidayPolicy.ZERO_WHEN_CLOSED)
    logged = [
        session(D(2025, 11, 24), SessionStatus.DELIVERED, delivered=30),
        session(D(2025, 11, 25), SessionStatus.DELIVERED, delivered=30),
    ]
    ledger = compute_ledger("Speech", [mandate], logged, CAL, *THANKSGIVING)
    assert ledger.mandated == 90 and ledger.calendar_shortfall == 0
    assert ledger.unaccounted == 30


@pytest.mark.parametrize("policy", list(HolidayPolicy))
def test_a_week_with_no_school_owes_nothing_under_every_policy(policy: HolidayPolicy) -> None:
    # Dec 22-26 is all winter break: 0 school days -> 0 under A, B (90 x 0/5) and C.
    ledger = compute_ledger(
        "Speech", [weekly(3, 30, policy=policy)], [], CAL, D(2025, 12, 22), D(2025, 12, 28)
    )
    assert ledger.mandated == 0


def test_monthly_total_minutes_mandate_with_a_prorated_first_month() -> None:
    # 60 min a month, no session count. The mandate starts Thu Oct 16: school days Oct 16..31
    # = 2 + 5 + 5 = 12 of October's 23 school days, so October owes 60 x 12 / 23 = 31.30 min.
    # November in full owes 60. One 45-minute session logged in October.
    amount = Amount(Period.MONTH, None, None, None, None, None, 60, None)
    mandate = MandateTerms(1, "OT", amount, D(2025, 10, 16), D(2026, 6, 12))
    logged = [session(D(2025, 10, 20), SessionStatus.DELIVERED, 45, 45, service="OT")]
    october = compute_ledger("OT", [mandate], logged, CAL, D(2025, 10, 1), D(2025, 10, 31))
    assert october.mandated == pytest.approx(60 * 12 / 23)
    assert october.delivered == 45 and october.calendar_shortfall == 0
    assert october.minutes_per_session is None and october.sessions_of(45) is None
    both = compute_ledger("OT", [mandate], logged, CAL, D(2025, 10, 1), D(2025, 11, 30))
    assert both.mandated == pytest.approx(60 * 12 / 23 + 60)


def test_six_day_cycle_counts_school_days_from_the_first_day_of_school() -> None:
    # 1 x 30 per 6-day cycle. School days: Aug 25-29 (5), Labor Day off, Sep 2 -> cycle 1 is
    # Aug 25..Sep 2; cycle 2 is Sep 3, 4, 5, 8, 9, 10.
    # Aug 25..Sep 10: two whole cycles = 60 min. Aug 25..Sep 5: cycle 1 (30) + 3 of cycle 2's
    # 6 days (30 x 3/6 = 15) = 45 min.
    amount = Amount(Period.CYCLE, 6, 1, None, 30, None, 30, None)
    mandate = MandateTerms(1, "Counseling", amount, D(2025, 8, 25), D(2026, 6, 12))
    whole = compute_ledger("Counseling", [mandate], [], CAL, D(2025, 8, 25), D(2025, 9, 10))
    assert whole.mandated == 60
    part = compute_ledger("Counseling", [mandate], [], CAL, D(2025, 8, 25), D(2025, 9, 5))
    assert part.mandated == pytest.approx(45)


def test_amendment_mid_year_changes_the_frequency_from_its_start_date() -> None:
    # 2 x 30 a week, amended to 3 x 30 from Wed Oct 8. Range Sep 15 .. Oct 17:
    # weeks Sep 15, 22, 29 under the old plan: 3 x 60 = 180;
    # week of Oct 6: old plan Mon-Tue 60 x 2/5 = 24, amendment Wed-Fri 90 x 3/5 = 54;
    # week of Oct 13 (the early-release day is in session): 90. Total 180 + 24 + 54 + 90 = 348.
    original = weekly(2, 30, mandate_id=1)
    amendment = weekly(3, 30, start=D(2025, 10, 8), mandate_id=2)
    effective = apply_amendments([original, amendment])
    assert [m.end for m in effective] == [D(2025, 10, 7), D(2026, 6, 12)]
    ledger = compute_ledger("Speech", effective, [], CAL, D(2025, 9, 15), D(2025, 10, 17))
    assert ledger.mandated == pytest.approx(348)


def test_make_ups_offset_only_the_same_service() -> None:
    # Speech misses 30 min (provider absent). An OT make-up linked to that speech miss does
    # not reduce speech's estimate (30 stays owed) and OT's ledger carries a warning;
    # a 30-minute speech make-up linked to it brings speech to 0.
    miss = session(D(2025, 9, 8), SessionStatus.MISSED, reason=ReasonCode.PROVIDER_ABSENT)
    ot_makeup = session(
        D(2025, 9, 9), SessionStatus.MAKEUP, 30, 30, service="OT", makeup_for=(miss.id,)
    )
    everything = {s.id: s for s in (miss, ot_makeup)}
    speech = compute_ledger(
        "Speech",
        [weekly(2, 30)],
        [miss],
        CAL,
        D(2025, 9, 8),
        D(2025, 9, 12),
        sessions_by_id=everything,
    )
    assert speech.comp_district == 30
    ot_mandate = weekly(1, 30, service="OT", mandate_id=2)
    ot = compute_ledger(
        "OT",
        [ot_mandate],
        [ot_makeup],
        CAL,
        D(2025, 9, 8),
        D(2025, 9, 12),
        sessions_by_id=everything,
    )
    assert ot.makeup_delivered == 30 and ot.makeup_applied_district == 0
    assert any("only the same service" in warning for warning in ot.warnings)
    speech_makeup = session(D(2025, 9, 10), SessionStatus.MAKEUP, 30, 30, makeup_for=(miss.id,))
    everything[speech_makeup.id] = speech_makeup
    cured = compute_ledger(
        "Speech",
        [weekly(2, 30)],
        [miss, speech_makeup],
        CAL,
        D(2025, 9, 8),
        D(2025, 9, 12),
        sessions_by_id=everything,
    )
    # The cured miss stays in its bucket; the make-up counts in the rates and the estimate:
    # mandated 60, delivered 0, missed_school 30, unaccounted 60 - 30 = 30; comp 30 - 30 = 0;
    # gross rate (0 + 30) / 60 = 50%.
    assert cured.missed_school == 30 and cured.unaccounted == 30
    assert cured.comp_district == 0 and cured.rate_gross == pytest.approx(0.5)


def test_a_student_absence_is_not_owed() -> None:
    # 2 x 30 in the week of Sep 8: one delivered, one missed for illness (STUDENT).
    # missed_student 30; comp 0 in both views; net rate 30 / (60 - 30) = 100%, gross 50%.
    logged = [
        session(D(2025, 9, 8), SessionStatus.DELIVERED, delivered=30),
        session(D(2025, 9, 10), SessionStatus.MISSED, reason=ReasonCode.STUDENT_ABSENT_ILLNESS),
    ]
    ledger = compute_ledger("Speech", [weekly(2, 30)], logged, CAL, D(2025, 9, 8), D(2025, 9, 14))
    assert ledger.missed_student == 30
    assert ledger.comp_district == 0 and ledger.comp_advocate == 0
    assert ledger.rate_net == pytest.approx(1.0) and ledger.rate_gross == pytest.approx(0.5)


def test_a_refusal_counts_only_in_the_advocate_view() -> None:
    # One of two sessions refused (DISPUTED by default): district 0, advocate 30.
    # The parent may change the attribution of that one session to SCHOOL: district 30.
    logged = [
        session(D(2025, 9, 8), SessionStatus.DELIVERED, delivered=30),
        session(D(2025, 9, 10), SessionStatus.MISSED, reason=ReasonCode.STUDENT_REFUSED),
    ]
    ledger = compute_ledger("Speech", [weekly(2, 30)], logged, CAL, D(2025, 9, 8), D(2025, 9, 14))
    assert ledger.missed_disputed == 30
    assert ledger.comp_district == 0 and ledger.comp_advocate == 30
    overridden = [
        logged[0],
        session(
            D(2025, 9, 10),
            SessionStatus.MISSED,
            reason=ReasonCode.STUDENT_REFUSED,
            attribution=Attribution.SCHOOL,
        ),
    ]
    changed = compute_ledger(
        "Speech", [weekly(2, 30)], overridden, CAL, D(2025, 9, 8), D(2025, 9, 14)
    )
    assert changed.comp_district == 30


def test_partial_session_splits_into_delivered_and_missed() -> None:
    # A 30-minute session cut to 20 by an assembly (SCHOOL): delivered 20, missed_school 10.
    # The config's comp ratio 0.5 halves the estimate: 10 x 0.5 = 5 min.
    logged = [session(D(2025, 9, 8), SessionStatus.PARTIAL, 30, 20, ReasonCode.SCHOOL_ACTIVITY)]
    config = LedgerConfig(comp_ratio=0.5)
    ledger = compute_ledger(
        "Speech", [weekly(1, 30)], logged, CAL, D(2025, 9, 8), D(2025, 9, 14), config
    )
    assert ledger.delivered == 20 and ledger.missed_school == 10
    assert ledger.comp_district == 5


def test_unaccounted_counts_as_school_only_when_the_setting_says_so() -> None:
    # Week of Sep 8, 2 x 30, nothing logged: unaccounted 60. Default: comp 0; with
    # comp.unaccounted_as_school: 60.
    mandate = [weekly(2, 30)]
    plain = compute_ledger("Speech", mandate, [], CAL, D(2025, 9, 8), D(2025, 9, 14))
    assert plain.unaccounted == 60 and plain.comp_district == 0
    strict = compute_ledger(
        "Speech",
        mandate,
        [],
        CAL,
        D(2025, 9, 8),
        D(2025, 9, 14),
        LedgerConfig(unaccounted_as_school=True),
    )
    assert strict.comp_district == 60


def test_esy_mandate_runs_on_its_own_summer_dates() -> None:
    # ESY 2 x 30 a week, Jul 6 .. Jul 31 2026, outside the school year. Jul 6..17 is two
    # full summer weeks = 120 min. The week of Jun 29 holds the July 3 holiday, but the
    # mandate only starts Jul 6, so nothing is owed before.
    esy = weekly(2, 30, start=D(2026, 7, 6), end=D(2026, 7, 31), esy=True)
    ledger = compute_ledger("Speech", [esy], [], CAL, D(2026, 6, 29), D(2026, 7, 17))
    assert ledger.mandated == 120
    regular = weekly(2, 30, start=D(2026, 7, 6), end=D(2026, 7, 31))
    assert compute_ledger("Speech", [regular], [], CAL, D(2026, 7, 6), D(2026, 7, 17)).mandated == 0


def test_first_partial_week_is_prorated_by_school_days() -> None:
    # The mandate starts Wed Sep 10: 3 of the week's 5 school days -> 60 x 3/5 = 36 min.
    instances = expected_instances(
        weekly(2, 30, start=D(2025, 9, 10)), CAL, D(2025, 9, 8), D(2025, 9, 14)
    )
    assert len(instances) == 1 and instances[0].partial
    assert instances[0].expected_minutes == pytest.approx(36)


def test_every_figure_explains_itself() -> None:
    logged = [session(D(2025, 9, 8), SessionStatus.MISSED, reason=ReasonCode.PROVIDER_ABSENT)]
    ledger = compute_ledger("Speech", [weekly(2, 30)], logged, CAL, D(2025, 9, 8), D(2025, 9, 14))
    figures = {figure.key: figure for figure in explain(ledger)}
    assert figures["comp_district"].formula.startswith("max(0, missed school 30 min")
    assert "= 30 min (1 session of 30 min)" in figures["comp_district"].formula
    assert figures["missed_school"].session_ids == (logged[0].id,)
    assert "policy A" in figures["mandated"].formula


def test_sessions_crammed_into_one_day_are_flagged_but_counted() -> None:
    # 2 x 30 a week, both logged on Monday: 60 delivered, and the second is flagged (2.5).
    logged = [
        session(D(2025, 9, 8), SessionStatus.DELIVERED, delivered=30),
        session(D(2025, 9, 8), SessionStatus.DELIVERED, delivered=30),
    ]
    ledger = compute_ledger("Speech", [weekly(2, 30)], logged, CAL, D(2025, 9, 8), D(2025, 9, 14))
    assert ledger.delivered == 60
    assert ledger.mismatches == ((logged[1].id, "several sessions logged on one day"),)


def test_testing_time_logged_as_a_session_is_flagged(  # DOMAIN.md 2.5 mismatch flags
) -> None:
    # 2 x 30 a week; Monday's 30 minutes were the speech evaluation, Wednesday's the service.
    # Conforming (default): 60 delivered, Monday flagged. Strict: Monday's 30 move to missed
    # by the school, so 30 delivered and 30 owed.
    testing = session(D(2025, 9, 8), SessionStatus.DELIVERED, delivered=30)._replace(testing=True)
    logged = [testing, session(D(2025, 9, 10), SessionStatus.DELIVERED, delivered=30)]
    week = (CAL, D(2025, 9, 8), D(2025, 9, 14))
    ledger = compute_ledger("Speech", [weekly(2, 30)], logged, *week)
    assert (ledger.delivered, ledger.missed_school) == (60, 0)
    assert ledger.mismatches == ((testing.id, "testing or evaluation time logged as a session"),)
    strict = compute_ledger(
        "Speech", [weekly(2, 30)], logged, *week, LedgerConfig(conforming_counts=False)
    )
    assert (strict.delivered, strict.missed_school, strict.comp_district) == (30, 30, 30)


def test_a_week_cut_by_the_range_and_by_the_mandate_each_in_its_own_place() -> None:
    # Week Mon Sep 8 - Sun Sep 14 (5 school days), 2 x 30 a week. The mandate starts Tue
    # Sep 9 (4 of its days), the range Thu Sep 11 (2: Thu, Fri). Prorated (the default):
    # 60 x 2/4 x 4/5 = 24 min and 2 x 2/5 = 0.8 sessions; with the full period owed at the
    # mandate's start (services.partial_period): 60 x 2/4 = 30 min.
    mandate = weekly(2, 30, start=D(2025, 9, 9))
    (cut,) = expected_instances(mandate, CAL, D(2025, 9, 11), D(2025, 9, 14))
    assert (cut.school_days, cut.window_school_days, cut.partial) == (2, 5, True)
    assert cut.expected_minutes == pytest.approx(24)
    assert cut.expected_sessions == pytest.approx(0.8)
    (full,) = expected_instances(
        replace(mandate, prorate_partial=False), CAL, D(2025, 9, 11), D(2025, 9, 14)
    )
    assert full.expected_minutes == pytest.approx(30)


def test_a_week_cut_only_by_the_range_is_prorated_by_its_school_days() -> None:
    # Labor Day week (Mon Sep 1 off: 4 school days), the whole-year mandate, the range from
    # Wed Sep 3: 60 x 3/4 = 45 min owed; policy A, 1.5 sessions fit in 3 days: no shortfall.
    (cut,) = expected_instances(weekly(2, 30), CAL, D(2025, 9, 3), D(2025, 9, 7))
    assert (cut.school_days, cut.window_school_days, cut.partial) == (3, 4, True)
    assert cut.expected_minutes == pytest.approx(45)
    assert cut.shortfall_minutes == 0
