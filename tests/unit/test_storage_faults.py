"""A full disk in the middle of a write: a clear message, and the binder exactly as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from iepbinder.domain.records import ChildData
from iepbinder.domain.service_log import ReasonCode, SessionData, SessionStatus
from iepbinder.services.binder_services import BinderServices, BinderStorageError, open_services
from iepbinder.services.document_dto import ImportPayload, ImportStatus
from tests.conftest import TODAY


def _fill_the_disk(services: BinderServices, spare_pages: int) -> None:
    """Let the database grow by only a few pages, as a nearly full disk would."""
    engine = services.binder.engine
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_importing_onto_a_full_disk_changes_nothing(
    local_demo_services: BinderServices, tmp_path: Path
) -> None:
    raw = local_demo_services.binder_file.export_bytes()
    with open_services(tmp_path / "target", create=True, today=lambda: TODAY) as target:
        _fill_the_disk(target, spare_pages=2)
        with pytest.raises(BinderStorageError) as caught:
            target.binder_file.import_bytes(raw, "demo.json")
        message = str(caught.value)
        assert "the disk is full" in message and "Nothing was half-written" in message
        assert target.children.list_children() == []
        assert target.checks.check().sound


def test_logging_sessions_onto_a_full_disk_keeps_what_was_there(
    local_demo_services: BinderServices,
) -> None:
    services = local_demo_services
    child = services.children.choose_child(None)
    before = services.binder_file.export_bytes()
    _fill_the_disk(services, spare_pages=1)
    entries = [
        ("Speech-language therapy", SessionData(dt.date(2026, 9, 1) + dt.timedelta(days=n),
                                               SessionStatus.MISSED, 30, 0,
                                               ReasonCode.PROVIDER_ABSENT, notes="x" * 500))
        for n in range(400)
    ]  # fmt: skip
    with pytest.raises(BinderStorageError):
        services.sessions.log_sessions(child.id, entries)
    assert services.binder_file.export_bytes() == before


def _school_emails(count: int) -> list[ImportPayload]:
    """Distinct small emails, each with a text attachment, as a school would send them."""
    from email.message import EmailMessage

    payloads = []
    for number in range(count):
        message = EmailMessage()
        message["From"] = "Karen Liu <karen.liu@school.example>"
        message["To"] = "parent@home.example"
        message["Subject"] = f"Weekly update {number}"
        message["Date"] = f"Mon, {number % 28 + 1} Sep 2026 15:30:00 -0700"
        message["Message-ID"] = f"<update-{number}@school.example>"
        message.set_content(f"Update {number}: " + "reading went well today. " * 40)
        message.add_attachment(
            f"data sheet {number}\n".encode() * 200,
            maintype="text", subtype="plain", filename=f"data-{number}.txt",
        )  # fmt: skip
        payloads.append(ImportPayload(f"update-{number}.eml", message.as_bytes()))
    return payloads


def test_a_full_disk_during_a_document_import_files_nothing_by_halves(
    local_services: BinderServices,
) -> None:
    services = local_services
    child = services.children.add_child(ChildData("Ana", "Full")).row
    _fill_the_disk(services, spare_pages=6)
    payloads = _school_emails(60)
    report = services.documents.import_payloads(child.id, payloads)
    failed = [o for o in report.outcomes if o.status is ImportStatus.FAILED]
    filed = [o for o in report.outcomes if o.status is ImportStatus.IMPORTED]
    assert failed, "the disk never filled: the test did not test anything"
    for outcome in failed:
        assert outcome.name in outcome.message and "disk is full" in outcome.message
        assert outcome.document_id is None
    # What was filed before the disk filled is whole; nothing else is in the binder.
    documents = services.documents.list_documents(child.id)
    assert len(documents) == 2 * len(filed)  # each email and its attachment
    assert len(services.commlog.list_rows(child.id).rows) == len(filed)
    check = services.checks.check()
    assert check.sound and check.unused == 0


def test_a_write_error_in_the_files_folder_fails_the_file_not_the_binder(
    local_services: BinderServices,
) -> None:
    """The folder for an original cannot be made (a file is in its way): a clear message."""
    import hashlib

    services = local_services
    child = services.children.add_child(ChildData("Ana", "Blocked")).row
    payload = _school_emails(1)[0]
    parsed_attachment = (b"data sheet 0\n") * 200
    blocked = hashlib.sha256(parsed_attachment).hexdigest()[:2]
    (services.folder / "files" / blocked).write_bytes(b"in the way")
    report = services.documents.import_payloads(child.id, [payload])
    outcome = report.outcomes[0]
    assert outcome.status is ImportStatus.FAILED
    assert "update-0.eml could not be saved (the computer could not write it" in outcome.message
    assert services.documents.list_documents(child.id) == []
    assert services.commlog.list_rows(child.id).rows == ()


def test_a_file_failing_half_way_is_undone_alone_in_its_batch(
    local_services: BinderServices,
) -> None:
    """The middle email's attachment cannot be written after its email row was added: that
    email is rolled back whole (its savepoint), the emails before and after it stay filed."""
    import hashlib

    from sqlalchemy import func, select

    from iepbinder.db.models import Document, LogEntry
    from iepbinder.db.models.history import HistoryRecord

    services = local_services
    child = services.children.add_child(ChildData("Ana", "Halfway")).row
    payloads = _school_emails(3)
    prefixes = [hashlib.sha256(b"data sheet %d\n" % n * 200).hexdigest()[:2] for n in range(3)]
    assert len(set(prefixes)) == 3  # only the middle one is blocked
    (services.folder / "files").mkdir(exist_ok=True)
    (services.folder / "files" / prefixes[1]).write_bytes(b"in the way")
    report = services.documents.import_payloads(child.id, payloads)
    assert [o.status for o in report.outcomes] == [
        ImportStatus.IMPORTED, ImportStatus.FAILED, ImportStatus.IMPORTED,
    ]  # fmt: skip
    titles = {row.title for row in services.documents.list_documents(child.id)}
    assert titles == {"Weekly update 0", "data-0", "Weekly update 2", "data-2"}
    with services.context.session_factory() as session:
        entries = session.scalar(select(func.count()).select_from(LogEntry))
        documents = session.scalar(select(func.count()).select_from(Document))
        steps = session.scalar(select(func.count()).where(HistoryRecord.entity == "document"))
    assert (entries, documents, steps) == (2, 4, 4)  # nothing of the middle email is left
    assert services.history.verify().intact  # its history records went with it, none linked to them
    check = services.checks.check()
    assert check.sound and check.unused == 0  # its email's original was removed again
