"""The ledger from SQL day sums gives exactly the figures of reading every session row by row."""

from __future__ import annotations

import datetime as dt

import pytest

from iepbinder.domain.amount import Amount
from iepbinder.domain.records import ChildData, IepData, ServiceData
from iepbinder.domain.school_calendar import CalendarEvent, DayKind
from iepbinder.domain.service_log import LogSource, ReasonCode, SessionData, SessionStatus
from iepbinder.domain.types import GroupSize, Period
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.ledger import LedgerService
from iepbinder.services.session_dto import SchoolYearData
from iepbinder.services.trash import ItemKind

D = dt.date
S = SessionStatus
SPEECH, OT = "Speech-language therapy", "Occupational therapy"


@pytest.fixture
def child(services: BinderServices) -> int:
    """Speech 2 x 30 and OT 1 x 45 a week from Sep 1 2025, with every kind of session logged."""
    child_id = services.children.add_child(ChildData("Ada", "Park")).row.id
    plan = services.plans.add_plan(
        child_id, IepData(start_date=D(2025, 9, 1), end_date=D(2026, 6, 12))
    ).row
    twice = Amount(Period.WEEK, None, 2, None, 30, None, 60, None)
    once = Amount(Period.WEEK, None, 1, None, 45, None, 45, None)
    services.plans.add_service(plan.id, ServiceData(SPEECH, amount=twice))
    services.plans.add_service(plan.id, ServiceData(OT, amount=once))
    year = services.calendar.add_year(
        SchoolYearData("2025-2026", D(2025, 8, 25), D(2026, 6, 12))
    ).row
    services.calendar.add_event(
        year.id, CalendarEvent(D(2025, 11, 26), D(2025, 11, 28), DayKind.BREAK, "Thanksgiving")
    )
    log = services.sessions.log_session

    def speech(day: D, status: S = S.DELIVERED, delivered: int = 30, **kw: object) -> int:
        return log(child_id, SPEECH, SessionData(day, status, 30, delivered, **kw)).row.id  # type: ignore[arg-type]

    def ot(day: D, source: LogSource = LogSource.PARENT, **kw: object) -> int:
        data = SessionData(day, S.DELIVERED, 45, 45, **kw)  # type: ignore[arg-type]
        return log(child_id, OT, data, source=source).row.id

    # The two hand-worked weeks (Sep 15-26): see test_two_weeks_of_speech_worked_by_hand.
    speech(D(2025, 9, 15))
    missed = speech(D(2025, 9, 17), S.MISSED, 0, reason=ReasonCode.PROVIDER_ABSENT)
    trashed = speech(D(2025, 9, 19))
    services.trash.move_to_trash(ItemKind.SESSION, trashed)
    edited = services.sessions.log_session(
        child_id, SPEECH, SessionData(D(2025, 9, 22), S.DELIVERED, 30, 30)
    ).row
    services.sessions.update_session(
        edited.id,
        edited.version,
        SessionData(D(2025, 9, 22), S.MISSED, 30, 0, ReasonCode.STUDENT_ABSENT_ILLNESS),
    )
    speech(D(2025, 9, 23), S.PARTIAL, 20)  # no reason given
    speech(D(2025, 9, 25))
    makeup = SessionData(D(2025, 9, 26), S.MAKEUP, 30, 30)
    log(child_id, SPEECH, makeup, makeup_for=[missed])
    # Around them: sessions each of which needs a rule of its own, and plain days.
    speech(D(2025, 8, 27))  # before the plan: outside every plan
    for day in (D(2025, 10, 14), D(2025, 10, 14), D(2025, 10, 16)):
        speech(day)  # two on a day where the IEP says one a day at most
    speech(D(2025, 10, 15), testing=True)
    speech(D(2025, 10, 20), S.CANCELLED, 0, reason=ReasonCode.SCHOOL_ACTIVITY)
    for _ in range(3):
        ot(D(2025, 10, 6))  # three on one day
    ot(D(2025, 10, 7))
    ot(D(2025, 10, 7), actual_group=GroupSize.GROUP)  # the IEP says individual
    ot(D(2025, 10, 8))
    ot(D(2025, 10, 8), LogSource.SCHOOL)  # gives way to the parent's mark of that day
    ot(D(2025, 10, 9), LogSource.SCHOOL)  # the school's log alone
    ot(D(2025, 11, 26))  # on a day of the Thanksgiving break
    for week in range(8):
        ot(D(2025, 12, 1) + dt.timedelta(weeks=week))  # plain days across the winter
    log(child_id, "Music therapy", SessionData(D(2025, 10, 1), S.DELIVERED, 30, 30))
    return child_id


RANGES = [
    (D(2025, 8, 1), D(2026, 6, 12)),
    (D(2025, 9, 15), D(2025, 9, 26)),
    (D(2025, 10, 6), D(2025, 10, 6)),
    (D(2025, 11, 20), D(2025, 12, 10)),
    (None, None),
]


@pytest.mark.parametrize(("start", "end"), RANGES)
def test_day_sums_give_the_same_report_as_every_row(
    services: BinderServices, child: int, start: D | None, end: D | None
) -> None:
    summed = LedgerService(services.context).report(child, start, end)
    row_by_row = LedgerService(services.context, sum_plain_days=False).report(child, start, end)
    assert summed == row_by_row  # every figure, session id, flag, warning and alert
    assert summed.session_dates == row_by_row.session_dates  # the days behind each figure
    assert summed.services  # the report is not empty


def test_the_rules_of_single_sessions_still_hold(services: BinderServices, child: int) -> None:
    report = services.ledger.report(child, D(2025, 8, 1), D(2026, 6, 12))
    ot = report.service(OT).ledger
    speech = report.service(SPEECH).ledger
    flags = {problem for _id, problem in (*ot.mismatches, *speech.mismatches)}
    assert flags == {
        "several sessions logged on one day",
        "group session where the IEP says individual",
        "testing or evaluation time logged as a session",
    }
    # OT delivered: 3 (Oct 6) + 2 (Oct 7) + 1 (Oct 8, the school's entry gives way) + 1 (Oct 9)
    # + 1 (Nov 26) + 8 (December on) = 16 sessions of 45 minutes = 720 minutes.
    assert ot.delivered == 16 * 45
    assert len(ot.session_ids["delivered"]) == 16
    assert any("outside the dates of every plan" in w for w in speech.warnings)
    assert any("Music therapy" in w for w in report.warnings)
    every_id = [i for line in report.services for ids in line.ledger.session_ids.values()
                for i in ids]  # fmt: skip
    assert all(i in report.session_dates for i in every_id)


def test_the_dates_behind_october_ot_are_each_session_s_day(
    services: BinderServices, child: int
) -> None:
    """The tooltips' dates: three sessions on Oct 6 (one summed day), two on Oct 7, the
    parent's Oct 8 (the school's entry gives way) and the school's Oct 9."""
    report = services.ledger.report(child, D(2025, 10, 1), D(2025, 10, 31))
    ids = report.service(OT).ledger.session_ids["delivered"]
    days = sorted(report.session_dates[i] for i in ids)
    assert days == [D(2025, 10, 6)] * 3 + [D(2025, 10, 7)] * 2 + [D(2025, 10, 8), D(2025, 10, 9)]


def test_two_weeks_of_speech_worked_by_hand(services: BinderServices, child: int) -> None:
    """DOMAIN.md 3.1 on Sep 15-26 2025 (two full school weeks, 2 x 30 min a week)."""
    line = services.ledger.report(child, D(2025, 9, 15), D(2025, 9, 26)).service(SPEECH)
    ledger = line.ledger
    assert ledger.mandated == 120  # 2 weeks x 2 sessions x 30 min
    # Delivered: Sep 15 (30) + Sep 23 partial (20) + Sep 25 (30); Sep 19 is in the trash.
    assert ledger.delivered == 80
    assert ledger.makeup_delivered == 30  # Sep 26, linked to the provider's absence of Sep 17
    assert ledger.missed_school == 30  # Sep 17, provider absent
    assert ledger.missed_student == 30  # Sep 22, edited from delivered to illness
    assert ledger.missed_disputed == 10  # Sep 23, 30 - 20, no reason given
    assert ledger.comp_district == 0  # school 30 - make-up applied min(30, 30) = 0
    assert ledger.comp_advocate == 10  # school 30 + disputed 10 - make-up applied 30 = 10
    assert ledger.rate_net == pytest.approx(110 / 90)  # (80 + 30) / (120 - 30 student - 0)


@pytest.fixture
def amended(services: BinderServices) -> int:
    """Speech once a week from Sep 1 2025, six times a week from Wed Oct 15 (a second plan)."""
    child_id = services.children.add_child(ChildData("Ben", "Ortiz")).row.id
    once = Amount(Period.WEEK, None, 1, None, 30, None, 30, None)  # one a day at most
    six = Amount(Period.WEEK, None, 6, None, 20, None, 120, None)  # more than one a day
    for first, amount in ((D(2025, 9, 1), once), (D(2025, 10, 15), six)):
        plan = services.plans.add_plan(child_id, IepData(start_date=first, end_date=D(2026, 6, 12)))
        services.plans.add_service(plan.row.id, ServiceData(SPEECH, amount=amount))
    services.calendar.add_year(SchoolYearData("2025-2026", D(2025, 8, 25), D(2026, 6, 12)))
    log = services.sessions.log_session

    def speech(day: D, status: S = S.DELIVERED, minutes: int = 30, **kw: object) -> int:
        delivered = minutes if status is S.DELIVERED else 0
        return log(child_id, SPEECH, SessionData(day, status, minutes, delivered, **kw)).row.id  # type: ignore[arg-type]

    missed = speech(D(2025, 9, 3), S.MISSED, reason=ReasonCode.SCHOOL_ACTIVITY)
    for day in (D(2025, 9, 8), D(2025, 9, 8), D(2025, 9, 9)):  # two plain ones on Monday
        speech(day)
    for day in (D(2025, 10, 14), D(2025, 10, 15), D(2025, 10, 15), D(2025, 10, 16)):
        speech(day, minutes=20 if day >= D(2025, 10, 15) else 30)  # around the amendment
    speech(D(2025, 10, 17), S.MISSED, minutes=20, reason=ReasonCode.STUDENT_ABSENT_ILLNESS)
    for week in range(20):  # plain pairs every Tuesday through the spring
        for _ in range(2):
            speech(D(2025, 11, 4) + dt.timedelta(weeks=week), minutes=20)
    log(child_id, SPEECH, SessionData(D(2026, 5, 1), S.MAKEUP, 30, 30), makeup_for=[missed])
    return child_id


def test_a_second_session_on_one_day_is_flagged_only_where_the_plan_says_one_a_day(
    services: BinderServices, amended: int
) -> None:
    ledger = services.ledger.report(amended, D(2025, 9, 1), D(2026, 6, 12)).service(SPEECH).ledger
    monday = [s.id for s in services.sessions.list_sessions(amended, D(2025, 9, 8), D(2025, 9, 8))]
    # Sep 8: the second of two under "once a week" is flagged; Oct 15 and the Tuesday pairs
    # fall under "six a week" (more than one a day is the plan) and are not.
    assert ledger.mismatches == ((max(monday), "several sessions logged on one day"),)
    # Delivered: 3 x 30 (Sep 8, 8, 9) + 30 (Oct 14) + 3 x 20 (Oct 15, 15, 16) + 40 x 20
    # (20 Tuesdays x 2) = 90 + 30 + 60 + 800 = 980 minutes; the make-up's 30 apart.
    assert ledger.delivered == 980
    assert ledger.makeup_delivered == 30


def test_one_unplanned_line_under_two_spellings_is_named_both_ways(
    services: BinderServices, amended: int
) -> None:
    log = services.sessions.log_session
    for name in ("music  therapy", "Music therapy"):
        log(amended, name, SessionData(D(2026, 5, 4), S.DELIVERED, 30, 30))
    report = services.ledger.report(amended, D(2025, 9, 1), D(2026, 6, 12))
    assert report.warnings == (
        "Sessions logged for 'Music therapy' match no service of any plan and are not counted.",
        "Sessions logged for 'music  therapy' match no service of any plan and are not counted.",
    )


AMENDED_CASES = [
    (D(2025, 9, 1), D(2026, 6, 12), None, True),
    (D(2025, 10, 13), D(2025, 10, 19), None, True),  # the week of the amendment
    (D(2025, 9, 3), D(2025, 10, 16), (SPEECH,), True),  # cut mid-week at both ends
    (D(2026, 4, 1), D(2026, 5, 31), None, True),  # a make-up of a miss far before the range
    (D(2025, 9, 1), D(2026, 6, 12), ("speech-language  THERAPY",), False),
]


@pytest.mark.parametrize(("start", "end", "lines", "alerts"), AMENDED_CASES)
def test_day_sums_across_an_amendment_give_every_row_s_report(
    services: BinderServices,
    amended: int,
    start: D,
    end: D,
    lines: tuple[str, ...] | None,
    alerts: bool,
) -> None:
    summed = LedgerService(services.context).report(amended, start, end, lines, alerts)
    rows = LedgerService(services.context, sum_plain_days=False)
    row_by_row = rows.report(amended, start, end, lines, alerts)
    assert summed == row_by_row
    assert summed.session_dates == row_by_row.session_dates
    assert summed.services
