"""The deadline engine against dates worked out by hand on a small school calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from iepbinder.config.jurisdictions import CALIFORNIA, FEDERAL, FEDERAL_RULES, TEXAS, profile
from iepbinder.domain.deadline_rules import VERIFY_LABEL
from iepbinder.domain.deadlines import (
    DeadlineInputs,
    Trigger,
    break_at,
    compute_deadline,
)
from iepbinder.domain.school_calendar import (
    CalendarEvent,
    DayKind,
    DayUnit,
    SchoolCalendar,
    SchoolYearCalendar,
)

D = dt.date
# 2026-2027: Mon Aug 17, 2026 to Fri Jun 11, 2027. Thanksgiving break Wed Nov 25 - Fri Nov 27
# (3 school days), winter break Mon Dec 21 - Fri Jan 1 (10 school days), spring break
# Mon Apr 5 - Fri Apr 9, 2027 (5 school days). No other days off.
YEAR_1 = SchoolYearCalendar(
    "2026-2027",
    D(2026, 8, 17),
    D(2027, 6, 11),
    (
        CalendarEvent(D(2026, 11, 25), D(2026, 11, 27), DayKind.BREAK, "Thanksgiving break"),
        CalendarEvent(D(2026, 12, 21), D(2027, 1, 1), DayKind.BREAK, "Winter break"),
        CalendarEvent(D(2027, 4, 5), D(2027, 4, 9), DayKind.BREAK, "Spring break"),
    ),
)
YEAR_2 = SchoolYearCalendar("2027-2028", D(2027, 8, 16), D(2028, 6, 9))
ONE_YEAR = DeadlineInputs(SchoolCalendar((YEAR_1,)))
TWO_YEARS = DeadlineInputs(SchoolCalendar((YEAR_1, YEAR_2)))


def _due(rule_id: str, day: dt.date, inputs: DeadlineInputs = ONE_YEAR, where=FEDERAL):  # type: ignore[no-untyped-def]
    rule = where.rules(FEDERAL_RULES)[rule_id]
    return compute_deadline(rule, Trigger("t1", day, "the event"), where.code, inputs)


# Anniversaries -----------------------------------------------------------------------------
def test_annual_review_is_due_on_the_anniversary() -> None:
    deadline = _due("T-ANNUAL", D(2026, 3, 10))
    assert deadline.due_date == D(2027, 3, 10)
    assert deadline.raw_due_date == D(2027, 3, 10)
    assert deadline.label == VERIFY_LABEL == "possible deadline, verify"
    assert "March 10, 2027" in deadline.explanation
    assert deadline.source_url.startswith("https://sites.ed.gov/idea/regs/b/d/300.324")


def test_an_anniversary_of_february_29_falls_on_february_28() -> None:
    # 2028 is a leap year; 2029 has no February 29, so the day before is used.
    deadline = _due("T-ANNUAL", D(2028, 2, 29))
    assert deadline.due_date == D(2029, 2, 28)
    assert "February 29 does not exist in 2029" in deadline.explanation
    # A re-evaluation 3 years after Feb 29, 2024: 2027 is not a leap year -> Feb 28, 2027.
    assert _due("T-REEVAL", D(2024, 2, 29)).due_date == D(2027, 2, 28)
    # Four years on, the leap day exists again (due process is 2 years; 2024 + 2 = 2026: Feb 28).
    assert _due("T-DUE-PROCESS", D(2024, 2, 29)).due_date == D(2026, 2, 28)


def test_state_complaint_and_due_process_windows() -> None:
    assert _due("T-STATE-COMPLAINT", D(2026, 9, 15)).due_date == D(2027, 9, 15)
    assert _due("T-DUE-PROCESS", D(2026, 9, 15)).due_date == D(2028, 9, 15)


# Calendar days ------------------------------------------------------------------------------
def test_records_are_due_45_calendar_days_after_the_request() -> None:
    # Nov 2 + 45: Nov 2 + 28 = Nov 30, + 17 = Dec 17, 2026. No pause for breaks federally.
    deadline = _due("T-RECORDS", D(2026, 11, 2))
    assert deadline.due_date == D(2026, 12, 17)
    assert deadline.unit is DayUnit.CALENDAR
    assert deadline.tolling_applied == ()


def test_records_are_due_the_day_before_an_earlier_meeting() -> None:
    inputs = DeadlineInputs(ONE_YEAR.calendar, next_meeting=D(2026, 12, 10))
    deadline = _due("T-RECORDS", D(2026, 11, 2), inputs)
    assert deadline.raw_due_date == D(2026, 12, 17)
    assert deadline.due_date == D(2026, 12, 9)
    assert "December 10, 2026" in deadline.explanation
    later = DeadlineInputs(ONE_YEAR.calendar, next_meeting=D(2027, 1, 5))
    assert _due("T-RECORDS", D(2026, 11, 2), later).due_date == D(2026, 12, 17)


def test_federal_prior_written_notice_is_only_a_guide() -> None:
    # "A reasonable time before": 10 days before Nov 30 is shown as a guide, Nov 20.
    deadline = _due("T-PWN", D(2026, 11, 30))
    assert deadline.display_only
    assert deadline.due_date == D(2026, 11, 20)
    assert "guide" in deadline.explanation


# School days --------------------------------------------------------------------------------
def test_services_start_alert_is_ten_school_days_after_the_start() -> None:
    # From Mon Aug 17: Aug 18-21 (4), Aug 24-28 (9), Mon Aug 31 (10).
    assert _due("T-START", D(2026, 8, 17)).due_date == D(2026, 8, 31)


def test_school_days_beyond_the_calendar_give_no_date_and_say_why() -> None:
    deadline = _due("T-START", D(2027, 6, 7))  # Jun 8-11 is 4 school days, then no calendar
    assert deadline.due_date is None
    assert "Calendar tab" in deadline.problem


# California -----------------------------------------------------------------------------------
def test_california_pauses_sixty_days_for_the_winter_break() -> None:
    # Consent Tue Dec 1, 2026. Untolled: Dec 1 + 60 = Jan 30, 2027.
    # Counted: Dec 2..Dec 20 = 19 days. Winter break Mon Dec 21 - Fri Jan 1 (10 school days > 5):
    # 12 days not counted. Then Sat Jan 2 is day 20; day 60 is Jan 2 + 40 = Feb 11, 2027.
    deadline = _due("T-INIT-EVAL", D(2026, 12, 1), where=CALIFORNIA)
    assert deadline.raw_due_date == D(2027, 1, 30)
    assert deadline.due_date == D(2027, 2, 11)
    (toll,) = deadline.tolling_applied
    assert (toll.start, toll.end, toll.school_days, toll.days) == (
        D(2026, 12, 21), D(2027, 1, 1), 10, 12,
    )  # fmt: skip
    assert toll.name == "Winter break"
    assert deadline.jurisdiction == "CA"
    assert "Winter break" in deadline.explanation


def test_federal_sixty_days_do_not_pause() -> None:
    assert _due("T-INIT-EVAL", D(2026, 12, 1)).due_date == D(2027, 1, 30)


def test_breaks_of_five_school_days_or_fewer_do_not_pause_the_count() -> None:
    # Mon Mar 29, 2027 + 30 = Apr 28, 2027; spring break Apr 5-9 is 5 school days, not over 5.
    deadline = _due("CA-MEETING-REQUEST", D(2027, 3, 29), where=CALIFORNIA)
    assert deadline.due_date == D(2027, 4, 28)
    assert deadline.tolling_applied == ()
    # Thanksgiving (3 school days) does not pause either: Nov 20 + 15 = Dec 5, 2026.
    assert _due("CA-ASSESS-PLAN", D(2026, 11, 20), where=CALIFORNIA).due_date == D(2026, 12, 5)


def test_a_count_that_starts_inside_the_break_begins_after_it() -> None:
    # Referral Wed Dec 23 (in the winter break): Dec 24 - Jan 1 not counted (9 days, weekend
    # inside the break included); Sat Jan 2 is day 1, day 15 is Jan 16, 2027.
    deadline = _due("CA-ASSESS-PLAN", D(2026, 12, 23), where=CALIFORNIA)
    assert deadline.due_date == D(2027, 1, 16)
    (toll,) = deadline.tolling_applied
    assert (toll.start, toll.end, toll.days) == (D(2026, 12, 24), D(2027, 1, 1), 9)


def test_california_pauses_for_the_summer_between_two_entered_years() -> None:
    # Consent Tue Jun 1, 2027: Jun 2-11 (10 days), Sat-Sun Jun 12-13 (12 days) counted. The
    # summer Mon Jun 14 - Fri Aug 13 (61 days) is not. Sat Aug 14 is day 13; day 60 is
    # Aug 14 + 47 = Sep 30, 2027. Untolled: Jun 1 + 60 = Jul 31, 2027 (+ 61 = Sep 30).
    deadline = _due("T-INIT-EVAL", D(2027, 6, 1), TWO_YEARS, CALIFORNIA)
    assert deadline.raw_due_date == D(2027, 7, 31)
    assert deadline.due_date == D(2027, 9, 30)
    (toll,) = deadline.tolling_applied
    assert (toll.start, toll.end, toll.name) == (D(2027, 6, 14), D(2027, 8, 13), "Summer break")


def test_california_records_are_five_business_days() -> None:
    # Thu Dec 3, 2026: Fri 4 (1), Mon 7 (2), Tue 8 (3), Wed 9 (4), Thu Dec 10 (5).
    deadline = _due("T-RECORDS", D(2026, 12, 3), where=CALIFORNIA)
    assert deadline.unit is DayUnit.BUSINESS
    assert deadline.due_date == D(2026, 12, 10)


def test_without_a_school_calendar_california_says_nothing_was_paused() -> None:
    deadline = _due("T-INIT-EVAL", D(2026, 12, 1), DeadlineInputs(), CALIFORNIA)
    assert deadline.due_date == D(2027, 1, 30)
    assert "no school calendar is entered" in deadline.explanation


# Texas ------------------------------------------------------------------------------------------
def test_texas_evaluation_counts_45_school_days_across_the_breaks() -> None:
    # Consent Mon Nov 2, 2026. Nov 3-6 (4), Nov 9-13 (9), Nov 16-20 (14), Nov 23-24 (16;
    # Thanksgiving Nov 25-27 off), Nov 30-Dec 4 (21), Dec 7-11 (26), Dec 14-18 (31), winter
    # break, Jan 4-8 (36), Jan 11-15 (41), Mon Jan 18 - Thu Jan 21 (45).
    deadline = _due("T-INIT-EVAL", D(2026, 11, 2), where=TEXAS)
    assert deadline.unit is DayUnit.SCHOOL
    assert deadline.due_date == D(2027, 1, 21)


def test_texas_adds_absences_once_there_are_three() -> None:
    absent = frozenset({D(2026, 11, 10), D(2026, 11, 11), D(2026, 12, 8)})
    inputs = DeadlineInputs(ONE_YEAR.calendar, absences=absent)
    # 45 + 3 = 48 school days: Fri Jan 22 (46), Mon Jan 25 (47), Tue Jan 26, 2027 (48).
    deadline = _due("T-INIT-EVAL", D(2026, 11, 2), inputs, TEXAS)
    assert deadline.raw_due_date == D(2027, 1, 21)
    assert deadline.due_date == D(2027, 1, 26)
    assert "absent 3 school days" in deadline.explanation
    two = DeadlineInputs(ONE_YEAR.calendar, absences=absent - {D(2026, 12, 8)})
    assert _due("T-INIT-EVAL", D(2026, 11, 2), two, TEXAS).due_date == D(2027, 1, 21)


def test_texas_consent_late_in_the_year_is_due_june_30() -> None:
    # Consent Mon Apr 19, 2027; school days left through Fri Jun 11: Apr 20-23 (4), then six
    # full weeks Apr 26 - Jun 4 (34), Jun 7-11 (39). 39 is between 35 and 44 -> June 30, 2027.
    deadline = _due("T-INIT-EVAL", D(2027, 4, 19), where=TEXAS)
    assert deadline.due_date == D(2027, 6, 30)
    assert "June 30, 2027" in deadline.explanation


def test_texas_consent_with_fewer_than_35_days_left_runs_into_next_year() -> None:
    # Consent Mon May 3, 2027: May 4-7 (4) + May 10 - Jun 11 (5 weeks, 25) = 29 this year;
    # 16 more from Mon Aug 16, 2027: Aug 16-20 (5), 23-27 (10), Aug 30-Sep 3 (15), Mon Sep 6 (16).
    assert _due("T-INIT-EVAL", D(2027, 5, 3), TWO_YEARS, TEXAS).due_date == D(2027, 9, 6)
    assert _due("T-INIT-EVAL", D(2027, 5, 3), ONE_YEAR, TEXAS).due_date is None


def test_texas_prior_written_notice_is_five_school_days_before() -> None:
    # Action Mon Nov 30, 2026; school days before: Tue Nov 24 (1), Mon Nov 23 (2), Fri Nov 20
    # (3), Thu Nov 19 (4), Wed Nov 18 (5). Thanksgiving Nov 25-27 has no school.
    deadline = _due("T-PWN", D(2026, 11, 30), where=TEXAS)
    assert not deadline.display_only
    assert deadline.due_date == D(2026, 11, 18)


# Profiles -----------------------------------------------------------------------------------------
def test_profiles_keep_the_federal_rules_they_do_not_override() -> None:
    assert CALIFORNIA.rules(FEDERAL_RULES)["T-ANNUAL"] is FEDERAL_RULES["T-ANNUAL"]
    assert set(TEXAS.rules(FEDERAL_RULES)) == set(FEDERAL_RULES)
    assert {"CA-ASSESS-PLAN", "CA-MEETING-REQUEST"} <= set(CALIFORNIA.rules(FEDERAL_RULES))


@pytest.mark.parametrize("code", ["NY", "il"])
def test_other_states_are_marked_not_verified(code: str) -> None:
    found = profile(code)
    assert not found.verified
    assert "not verified" in found.name
    assert found.rules(FEDERAL_RULES) == FEDERAL_RULES


def test_a_break_is_the_run_of_weekdays_without_school() -> None:
    calendar = ONE_YEAR.calendar
    found = break_at(calendar, D(2026, 12, 28))
    assert found is not None
    assert (found.start, found.end, found.school_days) == (D(2026, 12, 21), D(2027, 1, 1), 10)
    assert break_at(calendar, D(2026, 12, 14)) is None  # a school day
