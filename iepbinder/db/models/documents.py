"""The master file: documents, their searchable text, links to log entries, and stored originals.

Originals are kept by their SHA-256: in the binder folder (``files/ab/<hash>``), or for a
binder on a server in ``document_blob`` so that every computer sees them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from iepbinder.db.base import Base, Tracked
from iepbinder.db.models.core import _enum
from iepbinder.domain.documents import DocumentCategory, DocumentKind, ReceivedVia, Sensitivity


class Document(Tracked, Base):
    """One document of a child's master file (DOMAIN.md 5.3); the original is never changed."""

    __tablename__ = "document"
    __table_args__ = (
        UniqueConstraint("child_id", "seq_no"),
        Index("ix_document_child_id_sha256", "child_id", "sha256"),
        Index("ix_document_child_id_message_id", "child_id", "message_id"),
    )

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    seq_no: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), default=None, index=True
    )
    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind), default=DocumentKind.OTHER)
    category: Mapped[DocumentCategory] = mapped_column(
        _enum(DocumentCategory, 40), default=DocumentCategory.OTHER
    )
    title: Mapped[str] = mapped_column(String(300))
    file_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    date_on_document: Mapped[dt.date | None] = mapped_column(default=None)
    date_received: Mapped[dt.date | None] = mapped_column(default=None)
    received_via: Mapped[ReceivedVia | None] = mapped_column(_enum(ReceivedVia), default=None)
    author: Mapped[str] = mapped_column(String(200), default="")
    author_role: Mapped[str] = mapped_column(String(120), default="")
    recipient: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    school_year: Mapped[str] = mapped_column(String(9), default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(_enum(Sensitivity), default=Sensitivity.NORMAL)
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    is_original_scan: Mapped[bool] = mapped_column(Boolean, default=False)
    original_location: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(500), default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    import_note: Mapped[str] = mapped_column(Text, default="")
    # Pictures shown inside an email: [{"cid", "sha256", "name", "type"}], kept with the email.
    inline_parts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    iep_id: Mapped[int | None] = mapped_column(
        ForeignKey("iep.id", ondelete="SET NULL"), default=None, index=True
    )
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), default=None, index=True
    )
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_mandate.id", ondelete="SET NULL"), default=None, index=True
    )


class DocumentText(Base):
    """What search reads: the metadata words (rewritten on edits) and the text of the original."""

    __tablename__ = "document_text"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True
    )
    heading: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")


class DocumentLogLink(Base):
    """A document and a communication-log entry that belong together (an email and its entry)."""

    __tablename__ = "document_log_link"
    __table_args__ = (UniqueConstraint("document_id", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("log_entry.id", ondelete="CASCADE"), index=True
    )


class DocumentBlob(Base):
    """An original kept in the database (binders on a server); never changed once written.

    Not part of the binder JSON file: originals travel beside it, as ``files/`` does.
    """

    __tablename__ = "document_blob"
    __table_args__ = {"info": {"in_binder_file": False}}

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
