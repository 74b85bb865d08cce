"""Use cases of the document folder: import, list in date order, search, edit, preview, copy out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.binder import FILES_DIR
from iepbinder.db.blobs import BlobStore, blob_store
from iepbinder.db.models import Document
from iepbinder.db.search_index import search as search_index
from iepbinder.domain.documents import DocumentData, validate_document
from iepbinder.domain.search_terms import search_words
from iepbinder.domain.types import PaperSize
from iepbinder.export.files import write_atomic
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.document_dto import (
    DocumentListRow,
    DocumentPreview,
    DocumentRef,
    DocumentRow,
    ImportPayload,
    ImportReport,
    LinkChoices,
    SearchResult,
)
from iepbinder.services.document_import import Cancelled, Progress, import_payloads
from iepbinder.services.document_preview import build_preview
from iepbinder.services.document_rows import (
    document_data,
    document_row,
    found_select,
    list_row,
    list_select,
    refresh_heading,
    write_document,
)
from iepbinder.services.errors import ValidationError
from iepbinder.services.import_paths import payloads_for_paths
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.plans import PlanService
from iepbinder.services.rows import check_version, live
from iepbinder.services.trash import ItemKind, TrashService

WHAT = "document"
CHANGES = Changes.of(Area.DOCUMENTS)
SEARCH_LIMIT = 50


def _short(text: str, limit: int = 70) -> str:
    cleaned = " ".join(text.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "\u2026"


def sort_key(row: DocumentListRow) -> tuple[object, ...]:
    """Master-file order: by date, oldest first; then by number (attachments follow their email)."""
    return (row.filing_date or row.added_at.date(), row.seq_no)


class DocumentService:
    """A child's master file."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._trash = TrashService(context)

    def _store(self, session: Session) -> BlobStore:
        folder = self._context.folder
        return blob_store(folder / FILES_DIR if folder is not None else None, session)

    # Importing ----------------------------------------------------------------------
    def import_payloads(
        self,
        child_id: int,
        payloads: Sequence[ImportPayload],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """File each payload for the child; the report lists imported, duplicates and failures."""
        return import_payloads(self._context, child_id, payloads, progress, cancelled)

    def import_paths(self, child_id: int, paths: Sequence[Path]) -> ImportReport:
        """File files and folders (walked) from this computer."""
        return self.import_payloads(child_id, payloads_for_paths(paths))

    def undo_import(self, report: ImportReport) -> Changes:
        """Move what an import added to the trash: its documents and the log entries it made."""
        changes = Changes()
        for outcome in report.imported:
            if outcome.document_id is not None:
                changes |= self._trash.move_to_trash(ItemKind.DOCUMENT, outcome.document_id)[1]
            if outcome.entry_id is not None and outcome.new_entry:
                changes |= self._trash.move_to_trash(ItemKind.LOG_ENTRY, outcome.entry_id)[1]
        return changes

    # Reading ------------------------------------------------------------------------
    def list_documents(self, child_id: int) -> list[DocumentListRow]:
        """Every document of the child in master-file order (oldest first)."""
        with self._context.session_factory() as session:
            found = session.execute(list_select(), {"child_id": child_id})
            rows = [list_row(tuple(values)) for values in found]
        return sorted(rows, key=sort_key)

    def get_document(self, document_id: int) -> DocumentRow:
        """One document with its links."""
        with self._context.session_factory() as session:
            return document_row(session, live(session, Document, document_id, WHAT))

    def search(self, child_id: int, text: str, limit: int = SEARCH_LIMIT) -> list[SearchResult]:
        """Documents containing every word typed, best first, with the words marked."""
        words = search_words(text)
        if not words:
            return []
        with self._context.session_factory() as session:
            hits = search_index(session, child_id, words, limit)
            if not hits:
                return []
            ids = [hit.document_id for hit in hits]
            found = session.execute(found_select(), {"child_id": child_id, "ids": ids})
            rows = {values[0]: list_row(tuple(values)) for values in found}
        return [
            SearchResult(rows[h.document_id], h.rank, h.heading, h.body_snippet)
            for h in hits
            if h.document_id in rows
        ]

    def choices(self, child_id: int) -> list[DocumentRef]:
        """The child's documents for a picker: '#12 2026-03-10 IEP of March 2026'."""
        refs = []
        for row in self.list_documents(child_id):
            day = row.filing_date.isoformat() if row.filing_date else ""
            refs.append(DocumentRef(row.id, f"#{row.seq_no} {day} {row.title}".replace("  ", " ")))
        return refs

    def link_choices(self, child_id: int) -> LinkChoices:
        """The plans, goals and services a document of this child can be linked to."""
        plans_service = PlanService(self._context)
        plans = plans_service.list_plans(child_id)
        goals: list[DocumentRef] = []
        services: list[DocumentRef] = []
        for plan in plans:
            when = plan.data.start_date.isoformat() if plan.data.start_date else ""
            goals += [
                DocumentRef(g.id, f"{_short(g.data.text)} ({when})".replace(" ()", ""))
                for g in plans_service.list_goals(plan.id)
            ]
            services += [
                DocumentRef(s.id, f"{s.data.service_type} ({when})".replace(" ()", ""))
                for s in plans_service.list_services(plan.id)
            ]
        return LinkChoices(
            tuple(DocumentRef(p.id, p.label) for p in plans), tuple(goals), tuple(services)
        )

    def preview(self, document_id: int) -> DocumentPreview:
        """What the preview pane shows: the original's bytes, or a safe view of an email."""
        with self._context.session_factory() as session:
            row = live(session, Document, document_id, WHAT)
            return build_preview(row, self._store(session))

    def original(self, document_id: int) -> tuple[str, bytes]:
        """The original's file name and bytes, exactly as they came."""
        with self._context.session_factory() as session:
            row = live(session, Document, document_id, WHAT)
            return row.file_name, self._store(session).read(row.sha256)

    def stored_path(self, document_id: int) -> Path | None:
        """The original in the binder folder (None for a binder on a server). Never write it."""
        with self._context.session_factory() as session:
            row = live(session, Document, document_id, WHAT)
            return self._store(session).local_path(row.sha256)

    def copy_out(self, document_id: int, folder: Path) -> Path:
        """A copy of the original under its own name in ``folder`` (never the original itself)."""
        name, data = self.original(document_id)
        target = folder / name
        number = 2
        stem, suffix = target.stem, target.suffix
        while target.exists():
            target = folder / f"{stem} ({number}){suffix}"
            number += 1
        write_atomic(target, data)
        return target

    # Writing ------------------------------------------------------------------------
    def update_document(
        self, document_id: int, version: int | None, data: DocumentData
    ) -> Saved[DocumentRow]:
        """Save edited metadata (the history keeps what it was); the original never changes."""
        errors = validate_document(data)
        if errors:
            raise ValidationError(errors)
        with self._context.session_factory.begin() as session:
            row = live(session, Document, document_id, WHAT)
            check_version(row, version, WHAT, lambda current: document_data(current))
            write_document(row, data)
            session.flush()
            refresh_heading(session, row)
        return Saved(self.get_document(document_id), CHANGES)

    # Pages --------------------------------------------------------------------------
    def index_pdf(self, child_id: int, paper: PaperSize = PaperSize.LETTER) -> RenderedPdf:
        """The document list (index) binder page: number, date, author, type, title, summary."""
        from iepbinder.services.document_pages import render_index

        return render_index(self._context, child_id, self.list_documents(child_id), paper)

    def find_by_number(self, child_id: int, seq_no: int) -> DocumentRow | None:
        """The document with this master-file number, if it is live."""
        with self._context.session_factory() as session:
            row = session.scalar(
                select(Document).where(Document.child_id == child_id, Document.seq_no == seq_no)
            )
            if row is None or row.deleted_at is not None:
                return None
            return document_row(session, row)
