"""The log's rows kept between reads: the same as a fresh read, and read again after any change."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from iepbinder.domain.commlog import Channel, EntryStatus, Initiator, LogEntryData, Participant
from iepbinder.domain.followups import Attention
from iepbinder.domain.records import ChildData
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.commlog_list import list_rows
from iepbinder.services.school_days import school_day_rule
from iepbinder.services.trash import ItemKind

D = dt.date


def _email(day: dt.date, topic: str, school: bool = False) -> LogEntryData:
    return LogEntryData(
        day, Channel.EMAIL, participants=(Participant("Karen Liu"),), topic=topic,
        initiated_by=Initiator.SCHOOL if school else Initiator.PARENT,
        status=EntryStatus.DONE if school else EntryStatus.WAITING,
    )  # fmt: skip


def _fresh(services: BinderServices, child_id: int) -> list[tuple[object, ...]]:
    """The rows read from the database without the kept ones."""
    context = services.context
    with context.session_factory() as session:
        rows, _states = list_rows(
            session, child_id, context.today(), 5, school_day_rule(context), kept=None
        )
    return [tuple(row) for row in rows]


def _listed(services: BinderServices, child_id: int) -> list[tuple[object, ...]]:
    return [tuple(row) for row in services.commlog.list_rows(child_id).rows]


def test_kept_rows_equal_a_fresh_read_after_every_kind_of_change(
    services: BinderServices,
) -> None:
    child_id = services.children.add_child(ChildData("Sam", "Lee")).row.id
    log = services.commlog
    assert _listed(services, child_id) == _fresh(services, child_id) == []
    first = log.add_entry(child_id, _email(D(2026, 11, 2), "Reading data")).row
    second = log.add_entry(child_id, _email(D(2026, 11, 9), "Speech minutes")).row
    assert _listed(services, child_id) == _fresh(services, child_id)
    assert _listed(services, child_id) == _listed(services, child_id)  # kept: the same again
    edited = log.update_entry(
        first.id, first.version, _email(D(2026, 11, 3), "Reading data, week 2")
    ).row
    assert [row[8] for row in _listed(services, child_id)] == [
        "Speech minutes",
        "Reading data, week 2",
    ]
    assert _listed(services, child_id) == _fresh(services, child_id)
    services.trash.move_to_trash(ItemKind.LOG_ENTRY, second.id)
    assert [row[0] for row in _listed(services, child_id)] == [edited.id]
    services.trash.restore(ItemKind.LOG_ENTRY, second.id)
    assert [row[0] for row in _listed(services, child_id)] == [second.id, edited.id]
    log.import_entries(child_id, [_email(D(2026, 11, 20), "Imported")])
    assert len(_listed(services, child_id)) == 3
    assert _listed(services, child_id) == _fresh(services, child_id)


def test_a_change_written_by_another_program_is_seen(services: BinderServices) -> None:
    """Another window on the binder writes by the rules (version and edit time move on)."""
    child_id = services.children.add_child(ChildData("Sam", "Lee")).row.id
    entry = services.commlog.add_entry(child_id, _email(D(2026, 11, 2), "Reading data")).row
    assert [row[8] for row in _listed(services, child_id)] == ["Reading data"]
    with services.context.session_factory.begin() as session:
        session.execute(
            text(
                "UPDATE log_entry SET topic = 'Reading plan', version = version + 1, "
                "updated_at = :now WHERE id = :id"
            ),
            {"now": dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC), "id": entry.id},
        )
    assert [row[8] for row in _listed(services, child_id)] == ["Reading plan"]


def test_follow_ups_are_worked_out_again_from_kept_rows(services: BinderServices) -> None:
    child_id = services.children.add_child(ChildData("Sam", "Lee")).row.id
    log = services.commlog
    # TODAY is Sunday Nov 29, 2026; sent Monday Nov 16, five weekdays later is Monday Nov 23.
    sent = log.add_entry(child_id, _email(D(2026, 11, 16), "Reading data")).row
    assert log.list_rows(child_id).attention_count == 1
    log.set_no_reply_days(10)  # a setting, not an entry: the rows are kept
    # Ten weekdays after Nov 16 is Monday Nov 30, after today: nothing needs the parent yet.
    listing = log.list_rows(child_id)
    assert listing.attention_count == 0
    assert [(row.id, row.attention) for row in listing.rows] == [(sent.id, Attention.NONE)]


def test_open_follow_ups_come_from_kept_facts_and_follow_every_change(
    services: BinderServices,
) -> None:
    """Today's open follow-ups read the log's few columns once, again after an entry changes."""
    child_id = services.children.add_child(ChildData("Sam", "Lee")).row.id
    log = services.commlog
    # TODAY is Sunday Nov 29, 2026; sent Monday Nov 16, five weekdays later is Monday Nov 23.
    sent = log.add_entry(child_id, _email(D(2026, 11, 16), "Reading data")).row
    open_items = services.open_items.open_items
    first = open_items(child_id)
    assert [(i.entry_id, i.attention) for i in first] == [(sent.id, Attention.NO_REPLY)]
    assert open_items(child_id) == first  # kept: the same again
    # A reply from the school answers it: Nov 20 is before the Nov 23 deadline.
    reply = _email(D(2026, 11, 20), "Re: Reading data", school=True)
    answer = log.add_entry(child_id, reply).row
    assert open_items(child_id) == []
    services.trash.move_to_trash(ItemKind.LOG_ENTRY, answer.id)  # unanswered again
    assert [(i.entry_id, i.attention) for i in open_items(child_id)] == [
        (sent.id, Attention.NO_REPLY)
    ]
    log.set_no_reply_days(10)  # a setting, not an entry: the facts are kept, the rule re-run
    # Ten weekdays after Nov 16 is Monday Nov 30, after today: nothing needs the parent yet.
    assert open_items(child_id) == []
