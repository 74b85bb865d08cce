"""Session calendar services on a real binder: calendar and .ics, log, week, awards, CSV, trash."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from iepbinder.domain.amount import Amount
from iepbinder.domain.awards import AwardData, AwardSource
from iepbinder.domain.records import ChildData, IepData, ServiceData
from iepbinder.domain.school_calendar import CalendarEvent, DayKind
from iepbinder.domain.service_log import (
    Attribution,
    LogSource,
    ReasonCode,
    SessionData,
    SessionStatus,
)
from iepbinder.domain.types import Period
from iepbinder.importers.service_log_csv import ColumnMapping
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.errors import ServiceError, ValidationError
from iepbinder.services.session_dto import SchoolYearData
from iepbinder.services.trash import ItemKind

D = dt.date
S = SessionStatus


@pytest.fixture
def child(services: BinderServices) -> int:
    """A child with a plan from Sep 1 2025: speech 2 x 30 a week, OT 60 min a month."""
    child_id = services.children.add_child(ChildData("Sam", "Lee")).row.id
    plan = services.plans.add_plan(
        child_id, IepData(start_date=D(2025, 9, 1), end_date=D(2026, 6, 12))
    ).row
    weekly = Amount(Period.WEEK, None, 2, None, 30, None, 60, None)
    services.plans.add_service(plan.id, ServiceData("Speech-language therapy", amount=weekly))
    monthly = Amount(Period.MONTH, None, None, None, None, None, 60, None)
    services.plans.add_service(plan.id, ServiceData("Occupational therapy", amount=monthly))
    year = services.calendar.add_year(
        SchoolYearData("2025-2026", D(2025, 8, 25), D(2026, 6, 12))
    ).row
    services.calendar.add_event(
        year.id, CalendarEvent(D(2025, 11, 26), D(2025, 11, 28), DayKind.BREAK, "Thanksgiving")
    )
    return child_id


def test_log_day_writes_updates_and_clears_the_parents_marks(
    services: BinderServices, child: int
) -> None:
    day = D(2025, 9, 8)
    delivered = SessionData(day, S.DELIVERED, 30, 30)
    services.sessions.log_day(child, day, [("Speech-language therapy", delivered)])
    missed = SessionData(day, S.MISSED, 30, 0, ReasonCode.STUDENT_REFUSED, Attribution.SCHOOL)
    services.sessions.log_day(child, day, [("Speech-language therapy", missed)])
    rows = services.sessions.list_sessions(child, day, day)
    assert [(r.data.status, r.data.reason, r.data.attribution) for r in rows] == [
        (S.MISSED, ReasonCode.STUDENT_REFUSED, Attribution.SCHOOL)
    ]
    assert rows[0].logged_at.tzinfo is not None
    services.sessions.log_day(child, day, [("Speech-language therapy", None)])
    assert services.sessions.list_sessions(child, day, day) == []


def test_a_session_is_checked_before_it_is_saved(services: BinderServices, child: int) -> None:
    with pytest.raises(ValidationError) as caught:
        services.sessions.log_session(
            child, "Speech-language therapy", SessionData(D(2025, 9, 8), S.DELIVERED, 30, 0)
        )
    assert caught.value.for_field("minutes_delivered") == "Enter how many minutes were delivered."


def test_week_marked_delivered_and_a_total_only_service_refused(
    services: BinderServices, child: int
) -> None:
    # Thanksgiving week: Mon and Tue in session; 2 sessions fit, one on each day.
    count, _ = services.sessions.mark_week_delivered(
        child, "Speech-language therapy", D(2025, 11, 26)
    )
    assert count == 2
    rows = services.sessions.list_sessions(child, D(2025, 11, 24), D(2025, 11, 28))
    assert [r.data.date for r in rows] == [D(2025, 11, 24), D(2025, 11, 25)]
    with pytest.raises(ValidationError, match="no fixed session days"):
        services.sessions.mark_week_delivered(child, "Occupational therapy", D(2025, 11, 24))


def test_ledger_report_uses_the_binder_settings(services: BinderServices, child: int) -> None:
    # One refusal in the week of Sep 8: district 0, advocate 30. With comp.include_disputed the
    # headline estimate is the advocate view; with comp.ratio 0.5 both views are halved.
    day = D(2025, 9, 8)
    services.sessions.log_session(
        child,
        "Speech-language therapy",
        SessionData(day, S.MISSED, 30, 0, ReasonCode.STUDENT_REFUSED),
    )
    speech = services.ledger.report(child, day, D(2025, 9, 12)).service("speech-language therapy")
    assert (speech.ledger.comp_district, speech.ledger.comp_advocate) == (0, 30)
    assert speech.ledger.comp_headline == 0
    services.settings.put("comp.include_disputed", True)
    services.settings.put("comp.ratio", 0.5)
    again = services.ledger.report(child, day, D(2025, 9, 12)).service("speech-language therapy")
    assert again.ledger.comp_headline == 15 and again.ledger.comp_district == 0


def test_an_amendment_takes_over_from_its_start_date(services: BinderServices, child: int) -> None:
    # The amendment copies the plan from Mon Oct 6 2025; its speech becomes 3 x 30 a week.
    # Sep 29 .. Oct 10: one week at 60 and one at 90 = 150 min.
    plan = services.plans.list_plans(child)[0]
    amendment = services.plans.amend_plan(plan.id, D(2025, 10, 6), D(2025, 10, 1)).row
    speech = services.plans.list_services(amendment.id)[0]
    more = Amount(Period.WEEK, None, 3, None, 30, None, 90, None)
    services.plans.update_service(
        speech.id,
        speech.version,
        ServiceData("Speech-language therapy", amount=more, start_date=D(2025, 10, 6)),
    )
    report = services.ledger.report(child, D(2025, 9, 29), D(2025, 10, 10))
    assert report.service("Speech-language therapy").ledger.mandated == 150


def test_ics_import_adds_the_year_and_its_days_off_once(services: BinderServices) -> None:
    calendar = icalendar.Calendar()
    for summary, start, end in (
        ("First Day of School", D(2026, 8, 19), D(2026, 8, 20)),
        ("Last Day of School", D(2027, 6, 11), D(2027, 6, 12)),
        ("Labor Day - No School", D(2026, 9, 7), D(2026, 9, 8)),
        ("Winter Break", D(2026, 12, 21), D(2027, 1, 2)),  # DTEND is exclusive
        ("Early Release", D(2026, 10, 2), D(2026, 10, 3)),
        ("Fall concert", D(2026, 10, 15), D(2026, 10, 16)),
    ):
        event = icalendar.Event()
        event.add("summary", summary)
        event.add("dtstart", start)
        event.add("dtend", end)
        calendar.add_component(event)
    data = calendar.to_ical()
    report, _ = services.calendar.import_ics(data)
    assert (report.imported, report.duplicates) == (3, 0)
    year = services.calendar.list_years()[0]
    assert (year.data.label, year.data.first_day, year.data.last_day) == (
        "2026-2027",
        D(2026, 8, 19),
        D(2027, 6, 11),
    )
    kinds = [(e.event.kind, e.event.start, e.event.end) for e in year.events]
    assert kinds == [
        (DayKind.HOLIDAY, D(2026, 9, 7), D(2026, 9, 7)),
        (DayKind.EARLY_RELEASE, D(2026, 10, 2), D(2026, 10, 2)),
        (DayKind.BREAK, D(2026, 12, 21), D(2027, 1, 1)),
    ]
    again, _ = services.calendar.import_ics(data)
    assert (again.imported, again.duplicates) == (0, 3)
    cal = services.calendar.calendar()
    assert cal.is_school_day(D(2026, 10, 2)) and not cal.is_school_day(D(2026, 12, 31))
    with pytest.raises(ServiceError, match="not a calendar"):
        services.calendar.import_ics(b"this is not a calendar")


def test_award_delivery_is_logged_as_make_up_sessions(services: BinderServices, child: int) -> None:
    award = services.awards.add_award(
        child, AwardData("Speech-language therapy", AwardSource.IEP_TEAM, D(2025, 10, 1), 90)
    ).row
    assert "Who provides it (school staff or an outside provider)?" in award.prompts
    services.awards.log_delivery(award.id, SessionData(D(2025, 10, 7), S.MAKEUP, 30, 30))
    listed = services.awards.list_awards(child)[0]
    assert (listed.delivered_minutes, listed.remaining_minutes) == (30, 60)


def test_school_log_csv_keeps_the_parents_marks_first(services: BinderServices, child: int) -> None:
    csv = (
        b"Date;Service;Status;Minutes\n"
        b"2025-09-08;Speech;Delivered;30\n"
        b"2025-09-10;Speech;Delivered;30\n"
        b"2025-09-10;Music;Delivered;30\n"
        b"2025-09-12;Speech;Maybe;30\n"
    )
    header, _rows, guess = services.school_log.preview(csv)
    assert header == ["Date", "Service", "Status", "Minutes"]
    assert guess == ColumnMapping("Date", "Service", "Status", "Minutes")
    report, _ = services.school_log.import_log(child, csv, guess)
    assert report.imported == 2
    assert [p.row_number for p in report.problems] == [4, 5]
    assert "the service 'Music' matches none" in report.problems[0].message
    assert "the status 'Maybe' is not one we know" in report.problems[1].message
    missed = SessionData(D(2025, 9, 10), S.MISSED, 30, 0, ReasonCode.PROVIDER_ABSENT)
    services.sessions.log_session(child, "Speech-language therapy", missed)
    found = services.school_log.reconcile(child, D(2025, 9, 1), D(2025, 9, 30))
    assert [(d.date, d.description) for d in found] == [
        (D(2025, 9, 10), "The school logged delivered (30 min); you marked it missed.")
    ]
    # The ledger counts the parent's mark on Sep 10 and the school's entry on Sep 8.
    speech = services.ledger.report(child, D(2025, 9, 8), D(2025, 9, 12)).service(
        "Speech-language therapy"
    )
    assert (speech.ledger.delivered, speech.ledger.missed_school) == (30, 30)
    assert services.school_log.import_log(child, csv, guess)[0].duplicates == 2


def test_a_session_goes_to_the_trash_and_comes_back(services: BinderServices, child: int) -> None:
    day = D(2025, 9, 8)
    saved = services.sessions.log_session(
        child, "Speech-language therapy", SessionData(day, S.DELIVERED, 30, 30)
    ).row
    item, _ = services.trash.move_to_trash(ItemKind.SESSION, saved.id)
    assert item.label == "Speech-language therapy, 2025-09-08"
    assert services.sessions.list_sessions(child, day, day) == []
    services.trash.restore(ItemKind.SESSION, saved.id)
    assert [r.id for r in services.sessions.list_sessions(child, day, day)] == [saved.id]
    assert services.sessions.list_sessions(child, day, day, source=LogSource.SCHOOL) == []


def test_the_demo_has_a_calendar_a_year_of_sessions_and_alerts(
    demo_services: BinderServices,
) -> None:
    child = demo_services.children.list_children()[0]
    years = demo_services.calendar.list_years()
    assert [y.data.label for y in years] == ["2025-2026", "2026-2027"]
    report = demo_services.ledger.report(child.id)
    assert (report.start, report.end) == (D(2026, 3, 24), D(2026, 11, 29))
    assert len(report.services) == 5
    statuses = {r.status for r in report.missed}
    assert {S.MISSED, S.PARTIAL} <= statuses
    reasons = {r.reason for r in report.missed}
    assert {
        ReasonCode.PROVIDER_ABSENT,
        ReasonCode.STUDENT_REFUSED,
        ReasonCode.STUDENT_ABSENT_ILLNESS,
        ReasonCode.SCHOOL_ACTIVITY,
    } <= reasons
    speech = report.service("Speech-language therapy").ledger
    assert speech.makeup_delivered == 90
    assert [problem for _id, problem in speech.mismatches] == ["setting differs from the IEP"]
    assert ReasonCode.SCHOOL_SCHEDULE_CHANGE in reasons
    codes = {a.code for s in report.services for a in s.alerts}
    assert {"ACTION", "WATCH_CONSECUTIVE", "INFO_MISS", "PACING"} <= codes


def test_every_calendar_service_of_a_binder_shares_the_calendar_built(
    services: BinderServices,
) -> None:
    from iepbinder.services.school_calendar import CalendarService

    year = services.calendar.add_year(
        SchoolYearData("2026-27", dt.date(2026, 8, 24), dt.date(2027, 6, 11))
    ).row
    built = services.calendar.calendar()
    other = CalendarService(services.context)  # as the follow-ups and deadlines make one
    assert other.calendar() is built
    thanksgiving = CalendarEvent(dt.date(2026, 11, 26), dt.date(2026, 11, 26), DayKind.HOLIDAY)
    other.add_event(year.id, thanksgiving)
    rebuilt = services.calendar.calendar()
    assert rebuilt is not built and not rebuilt.is_school_day(dt.date(2026, 11, 26))
