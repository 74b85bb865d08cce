"""The Today services on a real binder (SQLite and PostgreSQL): sources, snoozes, settings."""

from __future__ import annotations

import datetime as dt

import pytest

from iepbinder.domain.records import ChildData, IepData
from iepbinder.domain.reminders import ItemKind, Level
from iepbinder.domain.today_records import ClockEventData, MeetingData
from iepbinder.domain.types import IepKind
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.errors import ValidationError
from iepbinder.services.trash import ItemKind as TrashKind

D = dt.date


def _maya(services: BinderServices) -> int:
    return services.children.list_children()[0].id


def test_the_demo_today_has_meeting_tasks_alerts_and_wins(demo_services: BinderServices) -> None:
    child_id = _maya(demo_services)
    dto = demo_services.today.today(child_id)
    board = dto.board
    # The demo meeting is the second Tuesday of December 2026: Dec 8 at 3:30 pm.
    (meeting,) = dto.upcoming_meetings
    assert meeting.data.meeting_date == D(2026, 12, 8)
    assert meeting.data.time_text == "3:30 pm"
    # Tasks 7 and 5 days before it (Dec 1, Dec 3) are this week (Sun Nov 29 - Sat Dec 5).
    assert [i.due for i in board.this_week] == [D(2026, 12, 1), D(2026, 12, 3)]
    assert board.this_week[0].letter == "request_records"
    # Every alert says where to act; the ledger's go to the Calendar tab with the service.
    ledger = [i for i in board.alerts if i.place.tab == "calendar"]
    assert ledger and all(i.place.item.startswith("service:") for i in ledger)
    speech = next(i for i in ledger if "Speech" in i.title and i.level is Level.ACTION)
    assert speech.letter == "implementation_concern"
    flags = next(i for i in board.alerts if i.place.item.startswith("report:"))
    assert flags.letter == "request_data" and "Fall 2026" in flags.title
    assert {i.kind for i in board.wins} == {ItemKind.WIN}
    assert any("on track" in i.title for i in board.wins)
    # November's check-in is done in the demo, so the next one is Monday Dec 7.
    assert board.next_check_in == D(2026, 12, 7)
    assert all(i.key.startswith(f"child:{child_id}:") for i in board.this_week + board.alerts)


def test_the_records_request_is_due_the_day_before_the_meeting(
    demo_services: BinderServices,
) -> None:
    # Asked Nov 20, 2026 (18 days before Dec 8): Nov 20 + 45 = Jan 4, 2027, but the meeting on
    # Dec 8 comes first, so the records are due Dec 7, 2026.
    rows = demo_services.deadlines.deadlines(_maya(demo_services)).deadlines
    records = next(r.deadline for r in rows if r.deadline.rule_id == "T-RECORDS")
    assert records.raw_due_date == D(2027, 1, 4)
    assert records.due_date == D(2026, 12, 7)
    assert records.trigger.date == D(2026, 11, 20)
    annual = next(r.deadline for r in rows if r.deadline.rule_id == "T-ANNUAL")
    assert annual.due_date == D(2027, 3, 10)  # the demo meeting was Mar 10, 2026
    assert all(r.deadline.label == "possible deadline, verify" for r in rows)


def test_california_rules_change_the_records_deadline(demo_services: BinderServices) -> None:
    demo_services.today.set_jurisdiction("CA")
    rows = demo_services.deadlines.deadlines(_maya(demo_services)).deadlines
    records = next(r.deadline for r in rows if r.deadline.rule_id == "T-RECORDS")
    # Fri Nov 20 + 5 business days: Mon 23, Tue 24, Wed 25, Thu 26, Fri Nov 27, 2026.
    assert records.due_date == D(2026, 11, 27)
    assert records.jurisdiction == "CA"


def test_snooze_done_and_bring_back(demo_services: BinderServices) -> None:
    child_id = _maya(demo_services)
    first = demo_services.today.today(child_id).board.this_week[0]
    demo_services.today.snooze(first.key, 3)
    board = demo_services.today.today(child_id).board
    assert first.key not in {i.key for i in board.this_week}
    assert board.quieted == 1
    demo_services.today.bring_back(first.key)
    demo_services.today.mark_done(first.key)
    assert demo_services.today.states(child_id)[first.key].done
    demo_services.today.bring_back(first.key)
    assert first.key in {i.key for i in demo_services.today.today(child_id).board.this_week}


def test_the_stable_mode_quiets_routine_alerts(demo_services: BinderServices) -> None:
    child_id = _maya(demo_services)
    before = demo_services.today.today(child_id)
    routine = [i for i in before.board.alerts if i.routine and i.level is not Level.ACTION]
    assert routine  # the ledger's informational notes
    demo_services.today.set_stable(True)
    after = demo_services.today.today(child_id)
    assert after.stable
    assert not any(i.routine and i.level is not Level.ACTION for i in after.board.alerts)
    assert after.board.quieted >= len(routine)


def test_an_annual_review_past_its_date_asks_for_action(services: BinderServices) -> None:
    child = services.children.add_child(ChildData("Leo")).row
    services.plans.add_plan(child.id, IepData(IepKind.ANNUAL, meeting_date=D(2025, 11, 20),
                                              start_date=D(2025, 11, 24)))  # fmt: skip
    board = services.today.today(child.id).board
    (annual,) = [i for i in board.overdue if "Annual IEP review" in i.title]
    # Nov 20, 2025 + 1 year = Nov 20, 2026: nine days before Nov 29.
    assert annual.due == D(2026, 11, 20)
    assert annual.level is Level.ACTION
    assert annual.letter == "request_meeting"
    assert annual.place.tab == "glance"


def test_meetings_and_dated_events_are_checked_saved_and_trashed(services: BinderServices) -> None:
    child = services.children.add_child(ChildData("Leo")).row
    with pytest.raises(ValidationError) as caught:
        services.meetings.add_meeting(child.id, MeetingData(D(2026, 12, 3)))
    assert caught.value.for_field("purpose")
    saved = services.meetings.add_meeting(
        child.id,
        MeetingData(
            D(2026, 12, 3), dt.time(9, 0), "Room 4", "Annual review", ("Ms. Lee (teacher)",)
        ),  # fmt: skip
    ).row
    assert saved.label == "Dec 3, 2026, 9:00 am \u2013 Annual review"
    updated = services.meetings.update_meeting(
        saved.id, saved.version, MeetingData(D(2026, 12, 4), None, "Room 4", "Annual review")
    ).row
    assert updated.data.meeting_date == D(2026, 12, 4) and updated.version == saved.version + 1
    with pytest.raises(ValidationError):
        services.meetings.add_clock_event(child.id, ClockEventData("NOT-A-RULE", D(2026, 11, 1)))
    event = services.meetings.add_clock_event(
        child.id, ClockEventData("T-STATE-COMPLAINT", D(2026, 9, 15), "Speech stopped")
    ).row
    rows = services.deadlines.deadlines(child.id).deadlines
    complaint = next(r.deadline for r in rows if r.deadline.rule_id == "T-STATE-COMPLAINT")
    assert complaint.due_date == D(2027, 9, 15)
    services.trash.move_to_trash(TrashKind.CLOCK_EVENT, event.id)
    services.trash.move_to_trash(TrashKind.MEETING, saved.id)
    assert services.meetings.list_meetings(child.id) == []
    rows = services.deadlines.deadlines(child.id).deadlines
    assert not any(r.deadline.rule_id == "T-STATE-COMPLAINT" for r in rows)


def test_today_knows_whether_the_child_has_a_plan(services: BinderServices) -> None:
    """No plan: Today offers the guided start; a plan in the trash counts as none."""
    child = services.children.add_child(ChildData("Leo")).row
    other = services.children.add_child(ChildData("Ana")).row
    assert not services.today.today(child.id).has_plan
    plan = services.plans.add_plan(child.id, IepData(start_date=D(2026, 9, 1))).row
    assert services.today.today(child.id).has_plan
    assert not services.today.today(other.id).has_plan  # another child's plan is not hers
    services.trash.move_to_trash(TrashKind.PLAN, plan.id)
    assert not services.today.today(child.id).has_plan
