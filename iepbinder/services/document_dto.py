"""Frozen rows of the document folder and of an import, for the tab, the pages and the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from iepbinder.domain.documents import (
    CATEGORY_WORDS,
    KIND_WORDS,
    DocumentCategory,
    DocumentData,
    DocumentKind,
)
from iepbinder.domain.language import t
from iepbinder.domain.types import StrEnum
from iepbinder.services.changes import Changes
from iepbinder.services.commlog_dto import LinkRef


class DocumentListRow(NamedTuple):
    """One document as the master list shows it (a tuple: thousands are listed at once)."""

    id: int
    version: int
    seq_no: int
    parent_id: int | None
    parent_seq_no: int | None
    kind: DocumentKind
    category: DocumentCategory
    title: str
    author: str
    filing_date: dt.date | None
    school_year: str
    tags: tuple[str, ...]
    file_name: str
    size: int
    summary: str
    import_note: str
    added_at: dt.datetime

    @property
    def category_words(self) -> str:
        """'Prior written notice (PWN)'."""
        return CATEGORY_WORDS[self.category]

    @property
    def kind_words(self) -> str:
        """'Email', 'PDF', 'Picture'..."""
        return KIND_WORDS[self.kind]


@dataclass(frozen=True)
class DocumentRow:
    """One document with everything about it: metadata, the original's facts and its links."""

    id: int
    child_id: int
    version: int
    seq_no: int
    data: DocumentData
    kind: DocumentKind
    file_name: str
    content_type: str
    size: int
    sha256: str
    pages: int | None
    message_id: str
    sent_at: dt.datetime | None
    import_note: str
    added_at: dt.datetime
    parent: LinkRef | None = None
    attachments: tuple[LinkRef, ...] = ()
    log_entries: tuple[LinkRef, ...] = ()

    @property
    def number(self) -> str:
        """'#12', the stable master-file number."""
        return f"#{self.seq_no}"


@dataclass(frozen=True)
class DocumentRef:
    """A document to choose in a form (evidence for a session, a progress report's PDF)."""

    id: int
    label: str


@dataclass(frozen=True)
class LinkChoices:
    """What a document can be linked to: the child's plans, and their goals and services."""

    plans: tuple[DocumentRef, ...] = ()
    goals: tuple[DocumentRef, ...] = ()
    services: tuple[DocumentRef, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    """A matching document, best first, with the matched words marked in its snippets."""

    row: DocumentListRow
    rank: float
    heading: str
    snippet: str


@dataclass(frozen=True)
class EmailView:
    """An email ready to show safely: headers, sanitised HTML (or text), inline pictures."""

    subject: str
    sender: str
    to: str
    cc: str
    sent_at: dt.datetime | None
    html: str
    text: str
    blocked_remote: int
    inline_images: dict[str, bytes] = field(default_factory=dict)
    attachment_names: tuple[str, ...] = ()
    invitation: str = ""


@dataclass(frozen=True)
class DocumentPreview:
    """What the preview pane shows for one document."""

    document_id: int
    kind: DocumentKind
    title: str
    file_name: str
    content_type: str
    data: bytes
    text: str = ""
    email: EmailView | None = None
    note: str = ""


class ImportStatus(StrEnum):
    """What became of one file given to an import."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ImportPayload:
    """One thing to import: a file on disk, or bytes handed over by a drop (with a name)."""

    name: str
    data: bytes | None = None
    path: Path | None = None
    origin: str = ""

    def read(self) -> bytes:
        """The bytes (read from disk for a file)."""
        if self.data is not None:
            return self.data
        if self.path is None:
            raise ValueError(t("{name} has no content.", name=self.name))
        return self.path.read_bytes()


@dataclass(frozen=True)
class FileOutcome:
    """One file's result: imported (with its number), a duplicate, or failed with the reason."""

    name: str
    status: ImportStatus
    message: str
    document_id: int | None = None
    seq_no: int | None = None
    entry_id: int | None = None
    kind: DocumentKind | None = None
    attachments: int = 0
    new_entry: bool = False  # the import made the log entry (rather than finding it logged)
    source: str = ""  # where it came from (a path), for reports

    def as_dict(self) -> dict[str, object]:
        """For --json output."""
        return {
            "path": self.source or self.name, "status": self.status.value, "message": self.message,
            "number": self.seq_no, "document_id": self.document_id,
            "log_entry_id": self.entry_id, "attachments": self.attachments,
        }  # fmt: skip


@dataclass(frozen=True)
class ImportReport:
    """Every file's outcome in the order given, and what the import changed."""

    outcomes: tuple[FileOutcome, ...]
    changes: Changes

    def with_status(self, status: ImportStatus) -> tuple[FileOutcome, ...]:
        """The outcomes with one status."""
        return tuple(item for item in self.outcomes if item.status is status)

    @property
    def imported(self) -> tuple[FileOutcome, ...]:
        """Files added to the binder."""
        return self.with_status(ImportStatus.IMPORTED)

    @property
    def duplicates(self) -> tuple[FileOutcome, ...]:
        """Files that were already in the binder."""
        return self.with_status(ImportStatus.DUPLICATE)

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        """Files that could not be added, each with its reason."""
        return self.with_status(ImportStatus.FAILED)

    @property
    def cancelled(self) -> tuple[FileOutcome, ...]:
        """Files not looked at because the import was cancelled."""
        return self.with_status(ImportStatus.CANCELLED)

    @property
    def document_ids(self) -> tuple[int, ...]:
        """The documents this import added (for Undo)."""
        return tuple(o.document_id for o in self.imported if o.document_id is not None)

    def summary(self) -> str:
        """One or two sentences: 'Added 3 emails and 1 file. 1 was already in the binder.'."""
        emails = sum(1 for o in self.imported if o.kind is DocumentKind.EMAIL)
        files = len(self.imported) - emails
        added = [
            _count(emails, "email", "emails"),
            _count(files, "file", "files"),
        ]
        parts = [" and ".join(text for text in added if text)]
        sentences = [f"Added {parts[0]}." if parts[0] else "Nothing new was added."]
        if self.duplicates:
            count = len(self.duplicates)
            sentences.append(f"{count} {'was' if count == 1 else 'were'} already in the binder.")
        if self.failed:
            count = len(self.failed)
            sentences.append(f"{count} could not be added (see why).")
        if self.cancelled:
            sentences.append(f"Cancelled before {len(self.cancelled)} more.")
        return " ".join(sentences)


def _count(number: int, one: str, many: str) -> str:
    if number == 0:
        return ""
    return f"{number} {one if number == 1 else many}"
