"""The communication log against a real binder: entries, the edit history, follow-ups, trash."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import inspect, text

from iepbinder.domain.commlog import (
    Channel,
    Commitment,
    EntryStatus,
    Initiator,
    LogEntryData,
    Participant,
)
from iepbinder.domain.followups import Attention
from iepbinder.domain.records import ChildData, ContactData
from iepbinder.domain.school_calendar import CalendarEvent, DayKind
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.errors import ConflictError, ValidationError
from iepbinder.services.session_dto import SchoolYearData
from iepbinder.services.trash import ItemKind

D = dt.date
UTC = dt.UTC


@pytest.fixture
def child_id(services: BinderServices) -> int:
    child = services.children.add_child(ChildData(first_name="Sam", last_name="Lee")).row
    services.team.add_team_member(
        child.id, ContactData("Karen Liu", "Resource specialist", "KLiu@School.example.org"),
        "Case manager",
    )  # fmt: skip
    return child.id


def email_to_karen(day: dt.date, topic: str = "Reading data") -> LogEntryData:
    return LogEntryData(
        day, Channel.EMAIL, participants=(Participant("karen liu"),), topic=topic,
        status=EntryStatus.WAITING,
    )  # fmt: skip


def test_an_entry_links_typed_names_to_contacts_and_keeps_when_it_was_logged(
    services: BinderServices, child_id: int
) -> None:
    logged = dt.datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
    entry = services.commlog.add_entry(child_id, email_to_karen(D(2026, 11, 16)), logged).row
    assert entry.data.participants == (Participant("Karen Liu", "Resource specialist", 1),)
    assert entry.logged_at == logged
    assert "more than 48 hours later" in entry.late_note  # Nov 16 (end of day) -> Nov 20 18:00
    prompt = services.commlog.add_entry(
        child_id, email_to_karen(D(2026, 11, 20)), dt.datetime(2026, 11, 20, 20, tzinfo=UTC)
    ).row
    assert prompt.late_note == ""


def test_every_edit_is_kept_in_an_append_only_history(
    services: BinderServices, child_id: int
) -> None:
    log = services.commlog
    first = log.add_entry(child_id, email_to_karen(D(2026, 11, 16))).row
    edited = replace(
        email_to_karen(D(2026, 11, 16), "Reading data sheets"),
        follow_up_needed=True,
        follow_up_due=D(2026, 11, 23),
    )
    second = log.update_entry(first.id, first.version, edited).row
    third = log.mark_follow_up_done(second.id, second.version, D(2026, 11, 24)).row
    assert third.data.status is EntryStatus.DONE and third.follow_up_done_on == D(2026, 11, 24)
    history = log.history(first.id)
    assert [(r.number, r.action) for r in history] == [
        (1, "created"),
        (2, "edited"),
        (3, "follow-up done"),
    ]
    assert history[0].before is None and history[0].after["topic"] == "Reading data"
    assert history[1].before is not None and history[1].before["topic"] == "Reading data"
    assert history[1].after["topic"] == "Reading data sheets"
    assert history[1].changed == ("topic", "follow-up needed", "follow-up due")
    assert history[2].changed == ("status", "follow-up done on")
    assert history[2].after["follow_up_done_on"] == "2026-11-24"
    # An edit made from an old read is refused and adds nothing to the history.
    with pytest.raises(ConflictError):
        log.update_entry(first.id, first.version, email_to_karen(D(2026, 11, 16), "stale"))
    assert len(log.history(first.id)) == 3
    assert third.revision_count == 3


def test_the_history_table_is_only_ever_appended(services: BinderServices, child_id: int) -> None:
    entry = services.commlog.add_entry(child_id, email_to_karen(D(2026, 11, 16))).row
    services.commlog.update_entry(entry.id, entry.version, email_to_karen(D(2026, 11, 17)))
    with services.context.session_factory() as session:
        rows = session.execute(
            text(
                "SELECT entity_id, action FROM history_record WHERE entity = 'log_entry' "
                "ORDER BY id"
            )
        ).all()
    assert [tuple(row) for row in rows] == [(entry.id, "created"), (entry.id, "edited")]
    assert services.history.verify().intact


def test_an_entry_must_say_what_it_was_about(services: BinderServices, child_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        services.commlog.add_entry(
            child_id,
            LogEntryData(
                D(2026, 11, 16), follow_up_due=D(2026, 11, 1),
                commitments=(Commitment("Karen", ""),),
            ),
        )  # fmt: skip
    assert caught.value.for_field("topic") == (
        "Give a topic or a summary, so the entry says what it was about."
    )
    assert caught.value.for_field("follow_up_due") == (
        "The follow-up date is before the date of the contact."
    )
    assert caught.value.for_field("commitments") == "Commitment 1 does not say what was promised."


def test_follow_ups_in_the_list_and_marking_one_done(
    services: BinderServices, child_id: int
) -> None:
    log = services.commlog
    # TODAY is Sunday Nov 29, 2026.
    sent = log.add_entry(child_id, email_to_karen(D(2026, 11, 16))).row  # no reply by Nov 23
    meeting = log.add_entry(
        child_id,
        LogEntryData(
            D(2026, 11, 2), Channel.MEETING, initiated_by=Initiator.SCHOOL, topic="Check-in",
            follow_up_needed=True, follow_up_due=D(2026, 11, 20), status=EntryStatus.OPEN,
        ),
    ).row  # fmt: skip
    listing = log.list_rows(child_id)
    states = {row.id: (row.attention, row.expected_by) for row in listing.rows}
    assert states[sent.id] == (Attention.NO_REPLY, D(2026, 11, 23))
    assert states[meeting.id] == (Attention.OVERDUE, D(2026, 11, 20))
    assert listing.attention_count == 2
    assert "every weekday counts" in listing.school_days_note  # no school calendar entered
    log.mark_follow_up_done(meeting.id, meeting.version)
    assert log.list_rows(child_id).attention_count == 1
    # Karen's reply, logged later, clears the other one.
    log.add_entry(
        child_id,
        LogEntryData(
            D(2026, 11, 25), Channel.EMAIL, initiated_by=Initiator.SCHOOL, topic="Re: Reading",
            participants=(Participant("Karen Liu"),),
        ),
    )  # fmt: skip
    assert log.list_rows(child_id).attention_count == 0
    assert log.get_entry(sent.id).attention is Attention.NONE


def test_trash_hides_an_entry_and_restore_brings_it_back(
    services: BinderServices, child_id: int
) -> None:
    entry = services.commlog.add_entry(child_id, email_to_karen(D(2026, 11, 16))).row
    item, _changes = services.trash.move_to_trash(ItemKind.LOG_ENTRY, entry.id)
    assert item.label == "2026-11-16 Reading data"
    assert services.commlog.list_rows(child_id).rows == ()
    services.trash.restore(ItemKind.LOG_ENTRY, entry.id)
    assert [row.id for row in services.commlog.list_rows(child_id).rows] == [entry.id]


def test_many_entries_are_imported_in_one_transaction(
    services: BinderServices, child_id: int
) -> None:
    entries = [
        email_to_karen(D(2026, 1, 1) + dt.timedelta(days=n), f"Topic {n}") for n in range(50)
    ]
    services.commlog.import_entries(child_id, entries)
    rows = services.commlog.list_rows(child_id).rows
    assert len(rows) == 50 and rows[0].topic == "Topic 49"  # newest first
    assert rows[0].people == "Karen Liu" and rows[0].person_keys == ("contact:1",)
    assert services.commlog.history(rows[0].id)[0].action == "created"
    bad = [*entries, LogEntryData(D(2026, 3, 1))]
    with pytest.raises(ValidationError):
        services.commlog.import_entries(child_id, bad)
    assert len(services.commlog.list_rows(child_id).rows) == 50  # nothing half-written


def test_contacts_are_found_by_email_in_any_case_through_the_index(
    services: BinderServices, child_id: int
) -> None:
    found = services.contacts.find_by_email("  kliu@SCHOOL.example.ORG ")
    assert found is not None and found.data.name == "Karen Liu"
    assert found.data.email == "kliu@school.example.org"  # stored in lower case
    assert services.contacts.find_by_email("Karen <KLIU@school.example.org>") == found
    assert services.contacts.find_by_email("nobody@school.example.org") is None
    with services.context.session_factory() as session:
        if session.get_bind().dialect.name == "sqlite":
            plan = session.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM contact WHERE email = :e"), {"e": "x"}
            ).all()
            assert "ix_contact_email" in " ".join(str(step) for step in plan)
        else:  # a tiny table is scanned whatever the indexes; the index must exist
            indexes = inspect(session.connection()).get_indexes("contact")
            assert ["email"] in [index["column_names"] for index in indexes]


def test_no_reply_counts_school_days_of_the_school_calendar(
    services: BinderServices, child_id: int
) -> None:
    year = services.calendar.add_year(
        SchoolYearData("2026-2027", D(2026, 8, 24), D(2027, 6, 11))
    ).row
    services.calendar.add_event(
        year.id, CalendarEvent(D(2026, 11, 25), D(2026, 11, 27), DayKind.BREAK, "Thanksgiving")
    )
    sent = services.commlog.add_entry(child_id, email_to_karen(D(2026, 11, 20))).row
    # Sent Friday Nov 20; five school days: Mon 23, Tue 24, (break Wed 25 - Fri 27),
    # Mon 30, Tue Dec 1, Wed Dec 2. Today is Sun Nov 29, so no reply is due yet. Counting
    # plain weekdays it would have been due Fri Nov 27 and flagged already.
    state = {row.id: row.attention for row in services.commlog.list_rows(child_id).rows}
    assert state[sent.id] is Attention.NONE
    (thanksgiving,) = services.calendar.list_years()[0].events
    services.trash.move_to_trash(ItemKind.CALENDAR_DAY, thanksgiving.id)
    state = {row.id: row.attention for row in services.commlog.list_rows(child_id).rows}
    assert state[sent.id] is Attention.NO_REPLY  # without the break the 5th school day was Nov 27
