"""The document folder's services on a real binder, in a folder and on a PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import stat

import pytest
from pypdf import PdfReader

from iepbinder.domain.commlog import EntryStatus, Initiator
from iepbinder.domain.documents import DocumentCategory, DocumentKind, ReceivedVia
from iepbinder.domain.records import ChildData, ContactData
from iepbinder.domain.search_terms import HIT_END, HIT_START
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.document_dto import ImportPayload, ImportStatus
from iepbinder.services.errors import ConflictError, ValidationError
from iepbinder.services.trash import ItemKind
from tests.email_samples import PDF_BYTES, school_email

SAMPLE = (
    b"From: Karen Liu <KLiu@Riverside-USD.example.org>\r\n"
    b"To: Ana Rodriguez <ana.rodriguez@example.com>\r\n"
    b"Subject: RE: Speech sessions this week\r\n"
    b"Date: Tue, 17 Nov 2026 15:42:00 -0800\r\n"
    b"Message-ID: <sample-0001@riverside-usd.example.org>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Mr. Okafor was out on Monday, so the speech session did not happen.\r\n"
    b"I will send the reading fluency data by Friday, November 20. Could you call me?\r\n"
)


@pytest.fixture
def child_id(services: BinderServices) -> int:
    """A child, and the case manager in the contacts directory."""
    child = services.children.add_child(
        ChildData("Maya", "Rodríguez", parent_names="Ana Rodríguez and David Rodríguez")
    ).row
    services.team.add_contact(
        ContactData("Karen Liu", "Resource specialist", "kliu@riverside-usd.example.org")
    )
    return child.id


def _import(services: BinderServices, child_id: int, *items: tuple[str, bytes]):  # type: ignore[no-untyped-def]
    return services.documents.import_payloads(
        child_id, [ImportPayload(name, data) for name, data in items]
    )


def test_an_email_is_filed_and_logged_with_its_sender_matched(
    services: BinderServices, child_id: int
) -> None:
    report = _import(services, child_id, ("speech.eml", SAMPLE))
    (outcome,) = report.outcomes
    assert outcome.status is ImportStatus.IMPORTED and outcome.seq_no == 1
    assert outcome.message == "Filed as email #1 and logged."
    document = services.documents.get_document(outcome.document_id or 0)
    assert document.kind is DocumentKind.EMAIL
    assert document.data.category is DocumentCategory.CORRESPONDENCE_EMAIL
    assert document.data.title == "RE: Speech sessions this week"
    assert document.data.author == "Karen Liu"
    assert document.data.received_via is ReceivedVia.EMAIL
    assert document.data.school_year == "2026-2027"
    assert document.sha256 == hashlib.sha256(SAMPLE).hexdigest()
    entry = services.commlog.get_entry(outcome.entry_id or 0)
    # The contact is found by address whatever its case; the subject loses its 'RE:'.
    assert [p.name for p in entry.data.participants] == ["Karen Liu"]
    assert entry.data.participants[0].contact_id is not None
    assert entry.data.topic == "Speech sessions this week"
    assert entry.data.initiated_by is Initiator.SCHOOL
    # It asks ('Could you call me?') and names Friday, November 20 -> open, due Nov 20.
    assert entry.data.follow_up_needed and entry.data.status is EntryStatus.OPEN
    assert entry.data.follow_up_due == dt.date(2026, 11, 20)
    assert entry.documents[0].label == "#1 RE: Speech sessions this week"
    assert document.log_entries[0].id == entry.id


def test_the_same_drop_twice_adds_nothing_the_second_time(
    services: BinderServices, child_id: int
) -> None:
    items = [("speech.eml", SAMPLE), ("report.pdf", PDF_BYTES)]
    first = _import(services, child_id, *items)
    assert [o.status for o in first.outcomes] == [ImportStatus.IMPORTED] * 2
    second = _import(services, child_id, *items)
    assert [o.status for o in second.outcomes] == [ImportStatus.DUPLICATE] * 2
    assert second.outcomes[1].message == (
        "Already in the binder: the same file is document #2; not added again."
    )
    assert not second.changes
    assert len(services.documents.list_documents(child_id)) == 2
    assert len(services.commlog.list_rows(child_id).rows) == 1


def test_the_same_email_saved_twice_is_found_by_its_message_id(
    services: BinderServices, child_id: int
) -> None:
    _import(services, child_id, ("speech.eml", SAMPLE))
    resaved = SAMPLE.replace(b"\r\n", b"\n")  # other bytes, same Message-ID
    (outcome,) = _import(services, child_id, ("again.eml", resaved)).outcomes
    assert outcome.status is ImportStatus.DUPLICATE
    assert "same Message-ID" in outcome.message


def test_an_email_already_logged_gets_no_second_entry(
    services: BinderServices, child_id: int
) -> None:
    first = _import(services, child_id, ("speech.eml", SAMPLE)).outcomes[0]
    services.trash.move_to_trash(ItemKind.DOCUMENT, first.document_id or 0)
    again = _import(services, child_id, ("speech.eml", SAMPLE)).outcomes[0]
    assert again.status is ImportStatus.IMPORTED and again.seq_no == 2  # numbers never reused
    assert again.entry_id == first.entry_id and not again.new_entry
    assert len(services.commlog.list_rows(child_id).rows) == 1


def test_a_reply_is_linked_to_the_email_it_answers(services: BinderServices, child_id: int) -> None:
    _import(services, child_id, ("speech.eml", SAMPLE))
    reply = (
        b"From: Ana Rodriguez <ana.rodriguez@example.com>\r\nTo: kliu@riverside-usd.example.org\r\n"
        b"Subject: RE: RE: Speech sessions this week\r\nDate: Wed, 18 Nov 2026 08:00:00 -0800\r\n"
        b"Message-ID: <reply-1@example.com>\r\nIn-Reply-To: <sample-0001@riverside-usd.example.org>"
        b"\r\n\r\nThank you, Thursday works.\r\n"
    )
    outcome = _import(services, child_id, ("reply.eml", reply)).outcomes[0]
    entry = services.commlog.get_entry(outcome.entry_id or 0)
    original = services.commlog.list_rows(child_id).rows[-1]
    # 'Ana Rodriguez' is among the child's parents: she wrote it, to Karen Liu (a contact).
    assert entry.data.initiated_by is Initiator.PARENT
    assert [p.name for p in entry.data.participants] == ["Karen Liu"]
    assert entry.data.reply_to_id == original.id
    assert entry.data.status is EntryStatus.WAITING
    assert entry.data.delivery_proof == "Email Message-ID <reply-1@example.com>"


def test_attachments_become_numbered_child_documents(
    services: BinderServices, child_id: int
) -> None:
    email = school_email(5, attachment=PDF_BYTES, attachment_name="../../IEP draft.pdf")
    (outcome,) = _import(services, child_id, ("update.eml", email)).outcomes
    assert outcome.attachments == 1 and outcome.message.endswith("with 1 attachment(s) and logged.")
    rows = services.documents.list_documents(child_id)
    assert [(r.seq_no, r.parent_seq_no, r.file_name) for r in rows] == [
        (1, None, "update.eml"), (2, 1, "IEP draft.pdf"),
    ]  # fmt: skip
    attachment = rows[1]
    assert attachment.category is DocumentCategory.IEP_CURRENT  # 'IEP' in its name
    assert attachment.author == "Karen Liu" and attachment.filing_date == dt.date(2026, 11, 17)
    name, data = services.documents.original(attachment.id)
    assert (name, data) == ("IEP draft.pdf", PDF_BYTES)
    services.trash.move_to_trash(ItemKind.DOCUMENT, outcome.document_id or 0)
    assert services.documents.list_documents(child_id) == []  # it hangs under its email


def test_failures_are_reported_per_file_and_the_others_carry_on(
    services: BinderServices, child_id: int
) -> None:
    report = _import(
        services, child_id,
        ("empty.pdf", b""), ("fake.pdf", b"hello"), ("ok.pdf", PDF_BYTES),
        ("setup.exe", b"MZ..."), ("note.txt", b"Call the school."),
    )  # fmt: skip
    assert [o.status for o in report.outcomes] == [
        ImportStatus.FAILED, ImportStatus.FAILED, ImportStatus.IMPORTED,
        ImportStatus.FAILED, ImportStatus.IMPORTED,
    ]  # fmt: skip
    assert (
        report.outcomes[0].message == "empty.pdf is empty (0 bytes), so there is nothing to keep."
    )
    assert "is named like a PDF but is not one" in report.outcomes[1].message
    assert "is a program, not a document" in report.outcomes[3].message
    assert [r.title for r in services.documents.list_documents(child_id)] == ["ok", "note"]


def test_search_ranks_and_marks_the_words(services: BinderServices, child_id: int) -> None:
    _import(
        services, child_id,
        ("speech.eml", SAMPLE),
        ("speech speech.txt", b"Speech therapy log: speech goals, speech data, speech."),
        ("other.txt", b"Reading fluency only."),
    )  # fmt: skip
    results = services.documents.search(child_id, "SPEECH")
    assert [r.row.title for r in results] == ["speech speech", "RE: Speech sessions this week"]
    assert f"{HIT_START}Speech{HIT_END}" in results[0].snippet
    assert results[0].rank > results[1].rank
    # The start of a word finds the word; each backend weighs the two texts its own way.
    assert {r.row.title for r in services.documents.search(child_id, "fluen")} == {
        "RE: Speech sessions this week", "other",
    }  # fmt: skip
    assert services.documents.search(child_id, "speech algebra") == []  # every word must match
    assert services.documents.search(child_id, "   ") == []


def test_edits_are_saved_searched_and_kept_in_the_history(
    services: BinderServices, child_id: int
) -> None:
    (outcome,) = _import(services, child_id, ("scan.pdf", PDF_BYTES)).outcomes
    document = services.documents.get_document(outcome.document_id or 0)
    from dataclasses import replace

    data = replace(document.data, title="Prior written notice, speech", summary="Refused ESY.",
                   category=DocumentCategory.PWN, tags=("ESY",))  # fmt: skip
    saved = services.documents.update_document(document.id, document.version, data)
    assert saved.row.data.title == "Prior written notice, speech" and saved.row.version == 2
    assert [r.row.id for r in services.documents.search(child_id, "ESY refused")] == [document.id]
    with pytest.raises(ConflictError):
        services.documents.update_document(document.id, document.version, data)
    with pytest.raises(ValidationError, match="Give the document a title"):
        services.documents.update_document(document.id, None, replace(data, title=""))
    steps = services.history.history("document", document.id)
    assert [s.action for s in steps] == ["created", "edited"]
    assert "title" in steps[1].changed_fields
    services.trash.move_to_trash(ItemKind.DOCUMENT, document.id)
    services.trash.restore(ItemKind.DOCUMENT, document.id)
    assert [s.action for s in services.history.history("document", document.id)] == [
        "created", "edited", "moved to trash", "restored",
    ]  # fmt: skip
    assert services.history.verify().intact


def test_undo_of_an_import_trashes_what_it_added(services: BinderServices, child_id: int) -> None:
    report = _import(services, child_id, ("speech.eml", SAMPLE), ("ok.pdf", PDF_BYTES))
    services.documents.undo_import(report)
    assert services.documents.list_documents(child_id) == []
    assert services.commlog.list_rows(child_id).rows == ()
    assert {item.kind for item in services.trash.list_trash()} == {
        ItemKind.DOCUMENT, ItemKind.LOG_ENTRY,
    }  # fmt: skip


def test_a_100_mb_file_is_kept_whole(services: BinderServices, child_id: int, tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "district video.mp4"
    chunk = os.urandom(1024 * 1024)
    with open(big, "wb") as handle:
        for _ in range(100):
            handle.write(chunk)
    expected = hashlib.sha256(chunk * 100).hexdigest()
    (outcome,) = services.documents.import_paths(child_id, [big]).outcomes
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    document = services.documents.get_document(outcome.document_id or 0)
    assert (document.size, document.sha256) == (100 * 1024 * 1024, expected)
    assert services.checks.check().sound


def test_the_document_list_page(services: BinderServices, child_id: int) -> None:
    _import(services, child_id, ("speech.eml", SAMPLE), ("ok.pdf", PDF_BYTES))
    pdf = services.documents.index_pdf(child_id)
    text = " ".join(PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text().split())
    for expected in ("Document list", "2 documents in the master file, oldest first", "#1",
                     "Nov 17, 2026", "Karen Liu", "Email", "RE: Speech sessions this week",
                     "Page 1 of 1"):  # fmt: skip
        assert expected in text


def test_originals_live_in_the_folder_or_in_the_database(
    services: BinderServices, child_id: int
) -> None:
    (outcome,) = _import(services, child_id, ("ok.pdf", PDF_BYTES)).outcomes
    digest = hashlib.sha256(PDF_BYTES).hexdigest()
    path = services.documents.stored_path(outcome.document_id or 0)
    if services.on_server:
        assert path is None  # every computer sees it in the database
    else:
        assert path == services.folder / "files" / digest[:2] / digest
        assert path.read_bytes() == PDF_BYTES
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert services.documents.original(outcome.document_id or 0) == ("ok.pdf", PDF_BYTES)


def test_an_import_lets_go_of_the_email_headers_it_kept(
    services: BinderServices, child_id: int
) -> None:
    from iepbinder.importers.eml import _parsed_header

    payloads = [ImportPayload(f"mail {n}.eml", school_email(n)) for n in range(3)]
    report = services.documents.import_payloads(child_id, payloads)
    assert [o.status for o in report.outcomes] == [ImportStatus.IMPORTED] * 3
    # Kept while the batch was read, let go before the cycle collector resumed.
    assert _parsed_header.cache_info().currsize == 0
    listed = {row.id for row in services.documents.list_documents(child_id)}
    assert listed == {o.document_id for o in report.outcomes}


def test_the_history_of_imported_rows_shows_each_row_as_stored(
    services: BinderServices, child_id: int
) -> None:
    """The import adds its rows with plain inserts and links their history records in memory:
    each record still holds the document or log entry as stored (as the ORM's flush of the row
    records it), one record per document and log entry in filing order, and the chain holds."""
    from sqlalchemy import select

    from iepbinder.db.history import snapshot
    from iepbinder.db.models import Document, LogEntry
    from iepbinder.db.models.history import HistoryRecord
    from iepbinder.domain.commlog_history import snapshot as entry_snapshot
    from iepbinder.services.commlog_rows import entry_data

    _import(
        services, child_id,
        ("speech.eml", SAMPLE), ("empty.pdf", b""), ("note.txt", b"Call the school."),
        ("draft.eml", school_email(5, attachment=PDF_BYTES, attachment_name="IEP draft.pdf")),
    )  # fmt: skip
    with services.context.session_factory() as session:
        documents = list(session.scalars(select(Document).order_by(Document.id)))
        entries = list(session.scalars(select(LogEntry).order_by(LogEntry.id)))
        records = list(session.scalars(select(HistoryRecord).order_by(HistoryRecord.id)))
        filed = [(r.entity, r.entity_id, r.action, r.after) for r in records if r.entity != "child"]
        stored = [("document", d.id, "created", snapshot(d)) for d in documents]
        logged = [
            ("log_entry", e.id, "created", entry_snapshot(entry_data(e), e.follow_up_done_on))
            for e in entries
        ]
        people = [[(p.name, p.contact_id is not None) for p in e.participants] for e in entries]
    assert len(documents) == 4  # the first email, the note, the second email and its PDF
    assert [f for f in filed if f[0] == "document"] == stored
    assert [f for f in filed if f[0] == "log_entry"] == logged
    assert people == [[("Karen Liu", True)], [("Karen Liu", True)]]  # matched to the contact
    assert [f[0] for f in filed] == ["document", "log_entry", "document", "document", "document",
                                     "log_entry"]  # fmt: skip
    assert services.history.verify().intact
