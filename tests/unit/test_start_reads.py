"""Reads made cheaper for the first tab: the same answers as the full reads they replace."""

from __future__ import annotations

import datetime as dt

from iepbinder.services.binder_services import BinderServices
from iepbinder.services.commlog import CommLogService
from iepbinder.services.school_calendar import CalendarService
from iepbinder.services.session_dto import SchoolYearData


def test_open_follow_ups_are_the_log_rows_that_need_the_parent(
    demo_services: BinderServices,
) -> None:
    child = demo_services.children.list_children()[0].id
    follow_ups = [
        item for item in demo_services.open_items.open_items(child) if item.kind == "follow-up"
    ]
    log = CommLogService(demo_services.context).list_rows(child)
    needing = sorted((row for row in log.rows if row.needs_attention), key=lambda row: row.id)
    assert len(follow_ups) == log.attention_count == 3  # the demo's three, as the log shows
    assert sorted((item.entry_id, item.attention, item.due) for item in follow_ups) == [
        (row.id, row.attention, row.expected_by or row.follow_up_due) for row in needing
    ]
    assert {(item.topic, item.who) for item in follow_ups} == {
        (row.topic, row.people) for row in needing
    }


def test_the_school_calendar_is_built_once_for_every_service_until_it_changes(
    services: BinderServices,
) -> None:
    first = CalendarService(services.context).calendar()
    assert CalendarService(services.context).calendar() is first  # another service, same one
    services.calendar.add_year(
        SchoolYearData("2026-27", dt.date(2026, 8, 19), dt.date(2027, 6, 11))
    )
    changed = CalendarService(services.context).calendar()
    assert changed is not first
    assert [year.label for year in changed.years] == ["2026-27"]
