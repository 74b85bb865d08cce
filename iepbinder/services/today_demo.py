"""The demo's Today: a mid-year meeting coming up, a records request before it, a check-in done."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.reminders import last_check_in
from iepbinder.domain.today_records import ClockEventData, MeetingData
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import ChildRow
from iepbinder.services.meetings import MeetingService
from iepbinder.services.today import CHECK_IN_PREFIX, child_prefix

ATTENDEES = (
    "Ana Rodríguez (parent)",
    "David Rodríguez (parent)",
    "Karen Liu (resource specialist, case manager)",
    "James Okafor (speech-language pathologist)",
    "Daniel Brooks (third-grade teacher)",
    "Rosa Jiménez (special education coordinator)",
)


def demo_meeting_date(plan_year: int, today: dt.date) -> dt.date:
    """The second Tuesday of December of the plan year, or the Tuesday 9+ days ahead if past."""
    first = dt.date(plan_year, 12, 1)
    second_tuesday = first + dt.timedelta(days=(1 - first.weekday()) % 7 + 7)
    if second_tuesday > today + dt.timedelta(days=3):
        return second_tuesday
    later = today + dt.timedelta(days=9)
    return later + dt.timedelta(days=(1 - later.weekday()) % 7)


def add_demo_today(context: ServiceContext, child: ChildRow) -> None:
    """A meeting to prepare for, the records asked for ahead of it, last month's check-in done."""
    from iepbinder.services.demo import demo_plan_year

    today = context.today()
    meetings = MeetingService(context)
    day = demo_meeting_date(demo_plan_year(today), today)
    meetings.add_meeting(
        child.id,
        MeetingData(
            day,
            dt.time(15, 30),
            "Lincoln Elementary School, conference room B",
            "IEP team meeting (mid-year review): reading progress, the missed speech sessions "
            "and how they will be made up, and the fall progress report.",
            ATTENDEES,
            "The notice came home in the backpack; we asked for the draft and the data ahead.",
        ),
    )
    meetings.add_clock_event(
        child.id,
        ClockEventData(
            "T-RECORDS",
            day - dt.timedelta(days=18),
            "You asked the school for Maya's records before the meeting (email to Karen Liu)",
        ),
    )
    check_in = last_check_in(today, stable=False)
    meetings.mark_done(f"{child_prefix(child.id)}{CHECK_IN_PREFIX}{check_in.isoformat()}")
