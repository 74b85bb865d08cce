"""The demo's school calendar and a year of logged sessions with misses, make-ups and an award."""

from __future__ import annotations

import datetime as dt
import random

from iepbinder.domain.awards import AwardData, AwardSource, AwardStatus
from iepbinder.domain.expected import session_slots
from iepbinder.domain.school_calendar import CalendarEvent, DayKind
from iepbinder.domain.service_log import (
    EvidenceSource,
    LogSource,
    ReasonCode,
    SessionData,
    SessionStatus,
)
from iepbinder.domain.types import Setting
from iepbinder.services.awards import AwardService
from iepbinder.services.context import ServiceContext
from iepbinder.services.demo import demo_plan_year
from iepbinder.services.dto import ChildRow
from iepbinder.services.ledger_inputs import line_key, load_mandates
from iepbinder.services.school_calendar import CalendarService
from iepbinder.services.session_dto import SchoolYearData
from iepbinder.services.session_log import SessionService

D = dt.date
Status = SessionStatus


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> D:
    """The n-th weekday (0 = Monday) of a month; n = -1 for the last."""
    if n > 0:
        first = D(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (D(year, month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def demo_school_year(start_year: int) -> tuple[SchoolYearData, list[CalendarEvent]]:
    """A typical US district calendar for the school year starting in August ``start_year``."""
    s, e = start_year, start_year + 1
    first = _nth_weekday(s, 8, 2, 3)  # third Wednesday of August
    last = _nth_weekday(e, 6, 4, 2)  # second Friday of June
    thanksgiving = _nth_weekday(s, 11, 3, 4)
    winter = D(s, 12, 22) - dt.timedelta(days=D(s, 12, 22).weekday())
    spring = _nth_weekday(e, 4, 0, 1)
    conferences = thanksgiving - dt.timedelta(days=17)  # Monday two weeks before
    one = DayKind.HOLIDAY
    events = [
        CalendarEvent(_nth_weekday(s, 9, 0, 1), _nth_weekday(s, 9, 0, 1), one, "Labor Day"),
        CalendarEvent(_nth_weekday(s, 10, 0, 2), _nth_weekday(s, 10, 0, 2), one,
                      "Indigenous Peoples' Day"),
        CalendarEvent(conferences, conferences + dt.timedelta(days=2), DayKind.EARLY_RELEASE,
                      "Early release (parent conferences)"),
        CalendarEvent(thanksgiving - dt.timedelta(days=1), thanksgiving + dt.timedelta(days=1),
                      DayKind.BREAK, "Thanksgiving break"),
        CalendarEvent(winter, winter + dt.timedelta(days=11), DayKind.BREAK, "Winter break"),
        CalendarEvent(_nth_weekday(e, 1, 0, 3), _nth_weekday(e, 1, 0, 3), one,
                      "Martin Luther King Jr. Day"),
        CalendarEvent(_nth_weekday(e, 2, 2, 1), _nth_weekday(e, 2, 2, 1), DayKind.LATE_START,
                      "Late start (staff development)"),
        CalendarEvent(_nth_weekday(e, 2, 0, 3), _nth_weekday(e, 2, 0, 3), one, "Presidents' Day"),
        CalendarEvent(spring, spring + dt.timedelta(days=4), DayKind.BREAK, "Spring break"),
        CalendarEvent(_nth_weekday(e, 5, 0, -1), _nth_weekday(e, 5, 0, -1), one, "Memorial Day"),
    ]  # fmt: skip
    if s == 2025 or start_year % 2 == 1:
        closure = _nth_weekday(e, 2, 1, 2)
        events.append(CalendarEvent(closure, closure, DayKind.CLOSURE, "Snow day (school closed)"))
    return SchoolYearData(f"{s}-{e}", first, last, "Lincoln Elementary School"), events


def add_demo_calendar(context: ServiceContext, year: int) -> None:
    """The two school years the demo plan spans."""
    calendar = CalendarService(context)
    for start_year in (year - 1, year):
        data, events = demo_school_year(start_year)
        saved = calendar.add_year(data).row
        for event in events:
            calendar.add_event(saved.id, event)


# (service, week counted from the plan's first Monday, n-th session of that week) -> the miss,
# and whether a make-up was given for it later.
_MISSES: dict[tuple[str, int, int], tuple[ReasonCode, bool]] = {
    ("speech", 4, 1): (ReasonCode.PROVIDER_OTHER_DUTY, True),
    ("speech", 9, 2): (ReasonCode.STUDENT_ABSENT_ILLNESS, False),
    ("speech", 23, 1): (ReasonCode.STUDENT_REFUSED, False),
    ("speech", 27, 2): (ReasonCode.SCHOOL_ACTIVITY, True),
    ("speech", 33, 1): (ReasonCode.PROVIDER_ABSENT, False),
    ("speech", 33, 2): (ReasonCode.PROVIDER_ABSENT, False),
    ("speech", 34, 1): (ReasonCode.PROVIDER_ABSENT, False),
    ("counseling", 12, 1): (ReasonCode.SCHOOL_ACTIVITY, True),
    ("counseling", 29, 1): (ReasonCode.STUDENT_ABSENT_DISABILITY_RELATED, False),
    ("specialized", 34, 2): (ReasonCode.PROVIDER_VACANCY, False),
    ("specialized", 34, 3): (ReasonCode.PROVIDER_VACANCY, False),
}


def _session_on(prefix: str, day: D, nth: int, week: int, minutes: int,
                chance: random.Random) -> SessionData:  # fmt: skip
    miss = _MISSES.get((prefix, week, nth))
    if miss is not None:
        return SessionData(day, Status.MISSED, minutes, 0, miss[0],
                           notes="From the provider's email.")  # fmt: skip
    if (prefix, week, nth) == ("speech", 24, 2):
        return SessionData(day, Status.PARTIAL, minutes, 20, ReasonCode.SCHOOL_SCHEDULE_CHANGE,
                           notes="Late start: the session was cut to 20 minutes.")  # fmt: skip
    if (prefix, week, nth) == ("speech", 26, 2):
        return SessionData(day, Status.DELIVERED, minutes, minutes,
                           actual_setting=Setting.GEN_ED_PUSH_IN,
                           notes="Done in the classroom this time.")  # fmt: skip
    if chance.random() < 0.03:
        return SessionData(day, Status.PARTIAL, minutes, minutes - 5, ReasonCode.OTHER,
                           notes="Started late.")  # fmt: skip
    return SessionData(day, Status.DELIVERED, minutes, minutes,
                       evidence_source=EvidenceSource.CHILD_REPORT)  # fmt: skip


def add_demo_sessions(context: ServiceContext, child: ChildRow) -> None:
    """A realistic year of logged sessions, deterministic for a given 'today'."""
    today = context.today()
    year = demo_plan_year(today)
    add_demo_calendar(context, year)
    calendar = CalendarService(context).calendar()
    log = SessionService(context)
    with context.session_factory() as session:
        mandates = load_mandates(session, child.id)
    plan_start = min(m.start for m in mandates.mandates)
    first_monday = plan_start - dt.timedelta(days=plan_start.weekday())
    last_day = today - dt.timedelta(days=3)
    chance = random.Random(f"demo-{year}")
    entries: list[tuple[str, SessionData]] = []
    cured: list[int] = []  # indexes into entries of misses a make-up cures
    for mandate in mandates.mandates:
        key = line_key(mandate.service)
        prefix = key.split(" ")[0].split("-")[0]
        minutes = mandate.amount.minutes_per_session or 30
        counts: dict[int, int] = {}
        for day in sorted(session_slots(mandate, calendar, plan_start, last_day)):
            week = (day - first_monday).days // 7
            counts[week] = counts.get(week, 0) + 1
            miss = _MISSES.get((prefix, week, counts[week]))
            if miss is not None and miss[1]:
                cured.append(len(entries))
            entries.append(
                (mandates.names[key], _session_on(prefix, day, counts[week], week, minutes, chance))
            )
    entries.extend(_monthly_and_consult(mandates.names, calendar, plan_start, last_day))
    ids, _ = log.log_sessions(child.id, entries)
    for index in cured:
        service, missed = entries[index]
        makeup_day = calendar.add_school_days(missed.date, 3) or missed.date
        log.log_session(child.id, service, SessionData(
            makeup_day, Status.MAKEUP, missed.scheduled_minutes, missed.scheduled_minutes,
            notes="Make-up session before school."), [ids[index]])  # fmt: skip
    latest_absence = [ids[i] for i, (_, data) in enumerate(entries)
                      if data.reason is ReasonCode.PROVIDER_ABSENT]  # fmt: skip
    _add_award(context, child, latest_absence, last_day)
    _add_school_log(log, child, entries, last_day)


def _monthly_and_consult(
    names: dict[str, str], calendar: object, start: D, end: D
) -> list[tuple[str, SessionData]]:
    from iepbinder.domain.school_calendar import SchoolCalendar

    assert isinstance(calendar, SchoolCalendar)
    ot = next(n for k, n in names.items() if k.startswith("occupational"))
    consult = next(n for k, n in names.items() if k.startswith("assistive"))
    entries: list[tuple[str, SessionData]] = []
    month = start.replace(day=1)
    while month <= end:
        days = [
            d for d in calendar.school_days(month, end) if d.month == month.month and d >= start
        ]
        thursdays = [d for d in days if d.weekday() == 3]
        picks = thursdays[:1] if month.month == 10 else thursdays[0:3:2]
        for day in picks:
            entries.append((ot, SessionData(day, Status.DELIVERED, 30, 30)))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    for offset in (8, 40):
        consult_day = calendar.add_school_days(start, offset)
        if consult_day is not None and consult_day <= end:
            note = "Consultation with the teacher."
            entries.append(
                (consult, SessionData(consult_day, Status.DELIVERED, 15, 15, notes=note))
            )
    return entries


def _add_award(context: ServiceContext, child: ChildRow, misses: list[int], end: D) -> None:
    """The IEP team agreed to make up the provider's absences; one session is done so far."""
    awards = AwardService(context)
    speech = "Speech-language therapy"
    award = awards.add_award(child.id, AwardData(
        speech, AwardSource.IEP_TEAM, end - dt.timedelta(days=4), 90, "James Okafor",
        "Speech room, before school", "Three extra 30-minute sessions for the missed week.",
        end + dt.timedelta(days=40), AwardStatus.IN_PROGRESS,
    )).row  # fmt: skip
    if not misses:
        return
    saved = awards.log_delivery(award.id, SessionData(
        end - dt.timedelta(days=2), Status.MAKEUP, 30, 30,
        notes="First of the three compensatory sessions."))  # fmt: skip
    SessionService(context).update_session(saved.row.id, saved.row.version, saved.row.data,
                                           misses[:1])  # fmt: skip


def _add_school_log(
    log: SessionService, child: ChildRow, entries: list[tuple[str, SessionData]], end: D
) -> None:
    """The school's own log of speech for the last six weeks, with two disagreements."""
    start = end - dt.timedelta(days=42)
    school: list[tuple[str, SessionData]] = []
    for service, data in entries:
        if not service.startswith("Speech") or not start <= data.date <= end:
            continue
        theirs = data
        if data.status is Status.MISSED and data.reason is ReasonCode.PROVIDER_ABSENT:
            theirs = SessionData(data.date, Status.DELIVERED, 30, 30)  # the school says delivered
        school.append((service, SessionData(
            theirs.date, theirs.status, theirs.scheduled_minutes, theirs.minutes_delivered,
            theirs.reason, evidence_source=EvidenceSource.SCHOOL_LOG)))  # fmt: skip
    if school:
        log.log_sessions(child.id, school[:-1], source=LogSource.SCHOOL)
