"""Copy documents between ORM rows and plain data, and build the rows the folder shows."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from iepbinder.db.models import Document, DocumentLogLink, DocumentText, LogEntry
from iepbinder.domain.documents import CATEGORY_WORDS, DocumentData
from iepbinder.services.commlog_dto import LinkRef
from iepbinder.services.document_dto import DocumentListRow, DocumentRow
from iepbinder.services.rows import not_deleted

EDITABLE_FIELDS = (
    "title", "category", "date_on_document", "date_received", "received_via", "author",
    "author_role", "recipient", "summary", "school_year", "sensitivity", "is_original_scan",
    "original_location", "iep_id", "goal_id", "service_id",
)  # fmt: skip


def document_data(row: Document) -> DocumentData:
    """The editable metadata of a document row."""
    values = {name: getattr(row, name) for name in EDITABLE_FIELDS}
    return DocumentData(tags=tuple(row.tags or ()), **values)


def write_document(row: Document, data: DocumentData) -> None:
    """Copy edited metadata onto a row (the original and its facts never change)."""
    for name in EDITABLE_FIELDS:
        setattr(row, name, getattr(data, name))
    row.tags = list(data.tags)


def heading_text(row: Document) -> str:
    """The metadata words search finds: title, people, category, file name, tags, summary."""
    return heading_of({key: getattr(row, key) for key in _HEADING_COLUMNS})


_HEADING_COLUMNS = (
    "title", "author", "author_role", "recipient", "category", "file_name", "tags", "summary",
    "seq_no",
)  # fmt: skip


def heading_of(values: Mapping[str, Any]) -> str:
    """``heading_text`` of a document given as its column values (a row being inserted)."""
    parts = [
        values["title"], values["author"], values["author_role"], values["recipient"],
        CATEGORY_WORDS[values["category"]], values["file_name"], " ".join(values["tags"] or ()),
        values["summary"], f"#{values['seq_no']}",
    ]  # fmt: skip
    return "\n".join(part for part in parts if part)


def refresh_heading(session: Session, row: Document) -> None:
    """Rewrite the searchable metadata after an edit (the text of the original stays)."""
    text_row = session.get(DocumentText, row.id)
    if text_row is None:
        session.add(DocumentText(document_id=row.id, heading=heading_text(row), body=""))
    else:
        text_row.heading = heading_text(row)


@cache
def list_select() -> Any:  # a Select of 17 typed columns
    """Live documents of a child (``child_id``) whose parent, for an attachment, is live too.

    Built once: making a select of this many columns costs more than running it.
    """
    parent = aliased(Document)
    query = (
        select(
            Document.id,
            Document.version,
            Document.seq_no,
            Document.parent_id,
            parent.seq_no,
            Document.kind,
            Document.category,
            Document.title,
            Document.author,
            func.coalesce(Document.date_on_document, Document.date_received),
            Document.school_year,
            Document.tags,
            Document.file_name,
            Document.size,
            Document.summary,
            Document.import_note,
            Document.created_at,
        )  # fmt: skip
        .outerjoin(parent, parent.id == Document.parent_id)
        .where(Document.child_id == bindparam("child_id"), not_deleted(Document))
        .where((parent.id.is_(None)) | parent.deleted_at.is_(None))
    )
    return query


@cache
def found_select() -> Any:
    """The same rows, only for the documents with the ids ``ids``."""
    return list_select().where(Document.id.in_(bindparam("ids", expanding=True)))


def list_row(values: tuple[object, ...]) -> DocumentListRow:
    """A row of ``list_select`` as the list's tuple."""
    items = list(values)
    items[11] = tuple(items[11] or ())  # type: ignore[arg-type]
    return DocumentListRow(*items)  # type: ignore[arg-type]


def document_row(session: Session, row: Document) -> DocumentRow:
    """The full DTO of a document with its email, attachments and log entries."""
    parent = session.get(Document, row.parent_id) if row.parent_id is not None else None
    attachments = session.execute(
        select(Document.id, Document.seq_no, Document.title)
        .where(Document.parent_id == row.id, not_deleted(Document))
        .order_by(Document.seq_no)
    ).all()
    entries = session.execute(
        select(LogEntry.id, LogEntry.event_date, LogEntry.topic)
        .join(DocumentLogLink, DocumentLogLink.entry_id == LogEntry.id)
        .where(DocumentLogLink.document_id == row.id, not_deleted(LogEntry))
        .order_by(LogEntry.event_date, LogEntry.id)
    ).all()
    return DocumentRow(
        id=row.id,
        child_id=row.child_id,
        version=row.version,
        seq_no=row.seq_no,
        data=document_data(row),
        kind=row.kind,
        file_name=row.file_name,
        content_type=row.content_type,
        size=row.size,
        sha256=row.sha256,
        pages=row.pages,
        message_id=row.message_id,
        sent_at=row.sent_at,
        import_note=row.import_note,
        added_at=row.created_at,
        parent=LinkRef(parent.id, f"#{parent.seq_no} {parent.title}") if parent else None,
        attachments=tuple(LinkRef(i, f"#{n} {title}") for i, n, title in attachments),
        log_entries=tuple(
            LinkRef(i, f"{day.isoformat()} {topic}".strip()) for i, day, topic in entries
        ),
    )


def next_seq_no(session: Session, child_id: int) -> int:
    """One past the highest master-file number of the child (numbers are never reused)."""
    highest = session.scalar(select(func.max(Document.seq_no)).where(Document.child_id == child_id))
    return 1 if highest is None else int(highest) + 1
