"""Every create, edit, trash and restore of a session is kept, chained by hashes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import text

from iepbinder.domain.records import ChildData
from iepbinder.domain.service_log import ReasonCode, SessionData, SessionStatus
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.trash import ItemKind

MISSED = SessionData(dt.date(2026, 11, 16), SessionStatus.MISSED, 30, 0, ReasonCode.PROVIDER_ABSENT)


def _logged(services: BinderServices) -> int:
    child = services.children.add_child(ChildData("Ana")).row
    return services.sessions.log_session(child.id, "Speech-language therapy", MISSED).row.id


def test_each_change_is_recorded_with_before_and_after(services: BinderServices) -> None:
    session_id = _logged(services)
    first = services.history.history("session", session_id)
    assert [(step.number, step.action) for step in first] == [(1, "created")]
    assert first[0].before is None
    assert first[0].after["status"] == "MISSED" and first[0].after["reason"] == "PROVIDER_ABSENT"
    delivered = replace(MISSED, status=SessionStatus.DELIVERED, minutes_delivered=30, reason=None)
    services.sessions.update_session(session_id, None, delivered)
    services.trash.move_to_trash(ItemKind.SESSION, session_id)
    services.trash.restore(ItemKind.SESSION, session_id)
    steps = services.history.history("session", session_id)
    assert [step.action for step in steps] == ["created", "edited", "moved to trash", "restored"]
    edit = steps[1]
    assert edit.before["status"] == "MISSED" and edit.after["status"] == "DELIVERED"
    assert edit.changed_fields == ("status", "minutes_delivered", "reason")
    assert steps[2].changed_fields == ("deleted_at",)
    assert services.history.verify().intact
    assert services.history.verify().records == 4


def test_altering_a_record_afterwards_is_detected(services: BinderServices) -> None:
    session_id = _logged(services)
    services.sessions.update_session(
        session_id, None, replace(MISSED, reason=ReasonCode.STUDENT_ABSENT_ILLNESS)
    )
    assert services.checks.check().sound
    with services.context.session_factory.begin() as session:
        first = session.execute(text("SELECT min(id) FROM history_record")).scalar()
        session.execute(
            text("UPDATE history_record SET after = :after WHERE id = :id"),
            {"after": '{"status": "DELIVERED"}', "id": first},
        )
    verdict = services.history.verify()
    assert (verdict.broken_record, verdict.reason) == (
        first,
        "this record was changed after it was written",
    )
    problems = services.checks.check().problems
    assert any(f"record {first} does not match its hash" in problem for problem in problems)


def test_removing_a_record_is_detected(services: BinderServices) -> None:
    session_id = _logged(services)
    services.trash.move_to_trash(ItemKind.SESSION, session_id)
    with services.context.session_factory.begin() as session:
        first, second = [
            row[0] for row in session.execute(text("SELECT id FROM history_record ORDER BY id"))
        ]
        session.execute(text("DELETE FROM history_record WHERE id = :id"), {"id": first})
    verdict = services.history.verify()
    assert (verdict.broken_record, verdict.reason) == (
        second,
        "the record before it was changed or removed",
    )


def test_the_history_exports_as_csv_with_its_hashes(services: BinderServices) -> None:
    import csv
    import io

    session_id = _logged(services)
    services.sessions.update_session(
        session_id, None, replace(MISSED, status=SessionStatus.DELIVERED, minutes_delivered=30,
                                  reason=None)
    )  # fmt: skip
    content, verdict = services.history.export_csv()
    assert content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert verdict.intact and verdict.records == len(rows) == 2
    created, edited = rows
    assert (created["kind"], created["item_id"], created["action"]) == (
        "session",
        str(session_id),
        "created",
    )
    assert created["before"] == "" and '"status": "MISSED"' in created["after"]
    assert edited["changed_fields"] == "status minutes_delivered reason"
    assert created["previous_hash"] == "0" * 64  # the first record of a new binder
    assert edited["previous_hash"] == created["hash"]  # each record names the one before it
