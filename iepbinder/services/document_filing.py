"""What one imported file becomes: a tree of documents (an email, its attachments) to file."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from iepbinder.db.blobs import BlobStore
from iepbinder.db.history import WATCHED_TABLES, append_records, snapshot_of_values
from iepbinder.db.models import Document, DocumentText
from iepbinder.domain.dates import school_year_of
from iepbinder.domain.document_guess import guess_category
from iepbinder.domain.documents import DocumentCategory, DocumentKind, ReceivedVia
from iepbinder.domain.file_names import safe_file_name
from iepbinder.importers.document_file import FileRejected, ParsedDocument, parse_document
from iepbinder.importers.email_records import ParsedEmail, ParsedPart
from iepbinder.services.document_rows import heading_of
from iepbinder.services.rows import insert_into

NOTE_LIMIT = 2000
_SET_BY_INSERT = {"id", "created_at", "updated_at", "version"}
_ENTITY = WATCHED_TABLES["document"]


@dataclass(frozen=True)
class InlinePicture:
    """A picture shown inside an email, kept with it (not a document of its own)."""

    content_id: str
    name: str
    content_type: str
    data: bytes
    sha256: str


@dataclass(frozen=True)
class FileDraft:
    """One document to file, with the documents that hang under it (attachments)."""

    name: str
    file_name: str
    data: bytes
    sha256: str
    kind: DocumentKind
    content_type: str
    title: str
    text: str
    category: DocumentCategory
    date_on_document: dt.date | None
    date_received: dt.date
    received_via: ReceivedVia | None
    author: str
    recipient: str
    pages: int | None = None
    message_id: str = ""
    sent_at: dt.datetime | None = None
    note: str = ""
    origin: str = ""
    email: ParsedEmail | None = None
    inline: tuple[InlinePicture, ...] = ()
    children: tuple[FileDraft, ...] = field(default=())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _email_facts(email: ParsedEmail, received: dt.date) -> dict[str, object]:
    day = email.sent_at.date() if email.sent_at is not None else None
    return {
        "date_on_document": day,
        "date_received": day or received,
        "received_via": ReceivedVia.EMAIL,
        "author": email.sender.label if email.sender else "",
        "recipient": ", ".join(a.label for a in email.to)[:300],
        "message_id": email.message_id[:500],
        "sent_at": email.sent_at,
    }


def _pictures(email: ParsedEmail) -> tuple[InlinePicture, ...]:
    parts = [p for p in email.inline_parts + email.attachments if p.content_id and p.data]
    return tuple(
        InlinePicture(p.content_id, p.name, p.content_type, p.data, _sha(p.data)) for p in parts
    )


def _attachment(part: ParsedPart, parent: dict[str, object], notes: list[str]) -> FileDraft | None:
    if part.message is not None:
        if not part.data:
            notes.append(f"The attached email {part.name} was empty and was left out.")
            return None
        received = parent["date_received"]
        assert isinstance(received, dt.date)
        return _email_draft(part.name, part.data, part.message, part.content_type, received, "")
    try:
        parsed = parse_document(part.name, part.data)
    except FileRejected as exc:
        notes.append(f"Attachment left out: {exc}")
        return None
    facts = dict(parent, message_id="", sent_at=None)
    return _draft(part.name, part.data, parsed, facts, "")


def _draft(
    name: str,
    data: bytes,
    parsed: ParsedDocument,
    facts: dict[str, object],
    origin: str,
    digest: str | None = None,
) -> FileDraft:
    if parsed.email is not None and parsed.kind in (DocumentKind.EMAIL, DocumentKind.CALENDAR):
        received = facts["date_received"]
        assert isinstance(received, dt.date)
        return _email_draft(name, data, parsed.email, parsed.content_type, received, origin,
                            parsed, digest)  # fmt: skip
    file_name = safe_file_name(name, "document")
    return FileDraft(
        name=name, file_name=file_name, data=data, sha256=digest or _sha(data), kind=parsed.kind,
        content_type=parsed.content_type, title=parsed.title[:300], text=parsed.text,
        category=guess_category(file_name, parsed.kind), pages=parsed.page_count,
        note="\n".join(parsed.notes)[:NOTE_LIMIT], origin=origin,
        **facts,  # type: ignore[arg-type]
    )  # fmt: skip


def _email_draft(
    name: str,
    data: bytes,
    email: ParsedEmail,
    content_type: str,
    received: dt.date,
    origin: str,
    parsed: ParsedDocument | None = None,
    digest: str | None = None,
) -> FileDraft:
    facts = _email_facts(email, received)
    notes = list(email.notes)
    children = tuple(
        child for part in email.attachments if (child := _attachment(part, facts, notes))
    )
    kind = parsed.kind if parsed is not None else DocumentKind.EMAIL
    subject = email.subject or ("(calendar item)" if kind is DocumentKind.CALENDAR else "")
    fallback = "email.msg" if content_type == "application/vnd.ms-outlook" else "email.eml"
    return FileDraft(
        name=name, file_name=safe_file_name(name, fallback), data=data,
        sha256=digest or _sha(data),
        kind=kind, content_type=content_type, title=(subject or "(no subject)")[:300],
        text=parsed.text if parsed is not None else email.search_text(),
        category=guess_category(name, kind), note="\n".join(notes)[:NOTE_LIMIT], origin=origin,
        email=email, inline=_pictures(email), children=children,
        **facts,  # type: ignore[arg-type]
    )  # fmt: skip


def draft_for(
    name: str, data: bytes, digest: str, parsed: ParsedDocument, origin: str, today: dt.date
) -> FileDraft:
    """The documents one file becomes (``digest`` is the file's SHA-256, already computed)."""
    facts: dict[str, object] = {
        "date_on_document": None, "date_received": today, "received_via": None,
        "author": "", "recipient": "", "message_id": "", "sent_at": None,
    }  # fmt: skip
    return _draft(name, data, parsed, facts, origin, digest)


@dataclass(frozen=True)
class FiledDocument:
    """A document row just added: what the import reports of it."""

    id: int
    seq_no: int
    kind: DocumentKind


def _column_defaults() -> list[tuple[str, Any]]:
    found = []
    for column in inspect(Document).columns:
        if column.key not in _SET_BY_INSERT:
            found.append((column.key, getattr(column.default, "arg", None)))
    return found


_COLUMN_DEFAULTS = _column_defaults()


def _defaults() -> dict[str, Any]:
    """The columns the import leaves to the model, each with its default as the ORM fills it."""
    return {key: made(None) if callable(made) else made for key, made in _COLUMN_DEFAULTS}


def _document_values(
    item: FileDraft, child_id: int, number: int, parent_id: int | None
) -> dict[str, Any]:
    pictures = [{"cid": p.content_id, "sha256": p.sha256, "name": p.name, "type": p.content_type}
                for p in item.inline]  # fmt: skip
    filing_day = item.date_on_document or item.date_received
    values = _defaults()
    values.update(
        child_id=child_id, seq_no=number, parent_id=parent_id, kind=item.kind,
        category=item.category, title=item.title or item.file_name,
        file_name=item.file_name, content_type=item.content_type[:120],
        size=len(item.data), sha256=item.sha256, date_on_document=item.date_on_document,
        date_received=item.date_received, received_via=item.received_via,
        author=item.author[:200], recipient=item.recipient[:300],
        school_year=school_year_of(filing_day), pages=item.pages,
        original_location=item.origin, message_id=item.message_id,
        sent_at=item.sent_at, import_note=item.note, inline_parts=pictures,
    )  # fmt: skip
    return values


def save_drafts(
    session: Session, store: BlobStore, child_id: int, draft: FileDraft, number: int
) -> list[FiledDocument]:
    """Keep the originals and add the document rows with their history and text.

    The top document takes ``number`` and the others follow on. Plain inserts (the rows need
    nothing of the ORM's unit of work): each row's history record is the one the ORM's flush
    would write, in the same order.
    """
    saved: list[FiledDocument] = []
    texts: list[dict[str, Any]] = []
    connection = session.connection()

    def save(item: FileDraft, parent_id: int | None) -> None:
        nonlocal number
        store.put(item.data, item.sha256)
        for picture in item.inline:
            store.put(picture.data, picture.sha256)
        values = _document_values(item, child_id, number, parent_id)
        number += 1
        result = connection.execute(insert_into(Document), values)
        key = result.inserted_primary_key
        assert key is not None
        row_id = int(key[0])
        values["id"] = row_id
        append_records(
            session, [(_ENTITY, row_id, "created", None, snapshot_of_values(Document, values))]
        )
        texts.append({"document_id": row_id, "heading": heading_of(values),
                      "body": item.text})  # fmt: skip
        saved.append(FiledDocument(row_id, values["seq_no"], item.kind))
        for child in item.children:
            save(child, row_id)

    save(draft, None)
    connection.execute(insert_into(DocumentText), texts)
    return saved
