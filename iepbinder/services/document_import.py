"""Import files into a child's master file: parse, keep each original once, file and log them.

Every file is parsed before the database is touched, then saved inside its own savepoint:
a bad file is rolled back alone and reported with its reason, and the others carry on.
Files are saved in small batches, each batch one transaction. On SQLite the batch opens it
with BEGIN IMMEDIATE itself: the sqlite3 driver starts a transaction only before a write, so
a savepoint opened first would be the outermost one and its release would commit each file
on its own (one commit, and one flush of the journal to disk, per file). The originals are
on disk (flushed) before the commit that names them, so a crash (even a killed process)
leaves every committed file complete, and importing the same files again adds only the rest.
A full disk undoes the whole batch, which is then reported as not saved.

The cycle collector is paused while an import runs: filing emails makes many objects that
live a little while, and that set off full collections, which walk every object of a large
open binder (0.7 s with binder L open) while every other thread, the window's too, waits.
The import's objects are freed as it goes; what they leave in cycles is found later. The
email headers kept while the batch was read are let go before the collector resumes, so
it does not walk them all in one go (with the window waiting) when it does.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import Select, bindparam, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from iepbinder.db.binder import FILES_DIR
from iepbinder.db.blobs import FolderBlobStore, blob_store
from iepbinder.db.errors import BinderStorageError
from iepbinder.db.history import HeldChain, hold_chain, release_held_chain, write_held_chain
from iepbinder.db.models import Child, Document, DocumentLogLink
from iepbinder.domain.documents import DocumentKind
from iepbinder.domain.language import t
from iepbinder.export.collector import paused_collector
from iepbinder.importers.document_file import FileRejected, check_size, parse_document
from iepbinder.importers.eml import forget_parsed_headers
from iepbinder.services.changes import Area, Changes
from iepbinder.services.commlog import add_entry_rows
from iepbinder.services.context import ServiceContext
from iepbinder.services.document_dto import (
    FileOutcome,
    ImportPayload,
    ImportReport,
    ImportStatus,
)
from iepbinder.services.document_email import email_entry, logged_entry_id
from iepbinder.services.document_filing import FiledDocument, FileDraft, draft_for, save_drafts
from iepbinder.services.document_originals import OriginalsAhead, originals
from iepbinder.services.document_outcomes import (
    batch_undone,
    failure_reason,
    filed_message,
    what_to_do,
)
from iepbinder.services.document_rows import next_seq_no
from iepbinder.services.rows import insert_into, live, not_deleted

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
BATCH_FILES = 20
BATCH_SECONDS = 0.5
# Any fixed number: two computers filing for the same child take master-file numbers in turn.
SEQUENCE_LOCK_KEY = 472_911_307
CHANGES = Changes.of(Area.DOCUMENTS, Area.COMMLOG)

log = logging.getLogger(__name__)
# The duplicate checks, built once (building a select costs about as much as running it).
_LIVE_OF_CHILD = select(Document.id, Document.seq_no).where(
    Document.child_id == bindparam("child"), not_deleted(Document)
)
_SAME_FILE = _LIVE_OF_CHILD.where(Document.sha256 == bindparam("key"))
_SAME_EMAIL = _LIVE_OF_CHILD.where(
    Document.message_id == bindparam("key"), Document.parent_id.is_(None)
)


@dataclass
class _Prepared:
    index: int
    payload: ImportPayload
    draft: FileDraft


def _no_progress(_done: int, _total: int, _name: str) -> None:
    return None


def _never() -> bool:
    return False


class DocumentImporter:
    """One import of many files into one child's binder."""

    def __init__(
        self,
        context: ServiceContext,
        child_id: int,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        self._context = context
        self._child_id = child_id
        self._progress = progress or _no_progress
        self._cancelled = cancelled or _never
        files = context.folder / FILES_DIR if context.folder is not None else None
        self._files_dir = files
        self._ahead = OriginalsAhead(files)
        self._batch_child: Child | None = None
        self._chain: HeldChain | None = None
        self._next_number = 0  # the batch's next master-file number

    def run(self, payloads: Sequence[ImportPayload]) -> ImportReport:
        """Import every payload; never raises for a bad file (its outcome says why)."""
        with self._context.session_factory() as session:
            live(session, Child, self._child_id, "child")
        total = len(payloads)
        outcomes: list[FileOutcome | None] = [None] * total
        try:
            with paused_collector():  # see the module's docstring
                self._import(payloads, outcomes)
                forget_parsed_headers()
        finally:
            self._ahead.close()
        self._progress(total, total, "")
        done = tuple(
            replace(o, source=payloads[i].origin or payloads[i].name)
            for i, o in enumerate(outcomes)
            if o is not None
        )
        touched = any(o.status is ImportStatus.IMPORTED for o in done)
        return ImportReport(done, CHANGES if touched else Changes())

    def _import(
        self, payloads: Sequence[ImportPayload], outcomes: list[FileOutcome | None]
    ) -> None:
        total = len(payloads)
        pending: list[_Prepared] = []
        started = time.monotonic()
        for index, payload in enumerate(payloads):
            if self._cancelled():
                for rest in range(index, total):
                    outcomes[rest] = FileOutcome(
                        payloads[rest].name, ImportStatus.CANCELLED, t("Not imported: cancelled.")
                    )
                break
            self._progress(index, total, payload.name)
            prepared = self._prepare(index, payload, outcomes)
            if prepared is not None:
                pending.append(prepared)
            if len(pending) >= BATCH_FILES or time.monotonic() - started > BATCH_SECONDS:
                self._save(pending, outcomes)
                pending, started = [], time.monotonic()
        self._save(pending, outcomes)

    # Reading (no database) ------------------------------------------------------------
    def _prepare(
        self, index: int, payload: ImportPayload, outcomes: list[FileOutcome | None]
    ) -> _Prepared | None:
        name = payload.name
        try:
            if payload.path is not None and payload.data is None:
                check_size(name, payload.path.stat().st_size)
            data = payload.read()
            parsed = parse_document(name, data)
        except FileRejected as exc:
            outcomes[index] = FileOutcome(name, ImportStatus.FAILED, str(exc))
            return None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            outcomes[index] = FileOutcome(
                name,
                ImportStatus.FAILED,
                t("{file} could not be read: {reason}.", file=name, reason=reason),
            )
            return None
        except Exception as exc:  # noqa: BLE001 - one strange file must never stop the others
            log.debug("unexpected failure reading a file: %s", type(exc).__name__)
            outcomes[index] = FileOutcome(
                name, ImportStatus.FAILED,
                t(
                    "{file} could not be read; it may be damaged. Save or download it again, "
                    "then add it.",
                    file=name,
                ),
            )  # fmt: skip
            return None
        digest = hashlib.sha256(data).hexdigest()
        draft = draft_for(name, data, digest, parsed, payload.origin, self._context.today())
        self._ahead.write(draft)
        return _Prepared(index, payload, draft)

    # Saving ---------------------------------------------------------------------------
    def _save(self, pending: list[_Prepared], outcomes: list[FileOutcome | None]) -> None:
        if not pending:
            return
        self._ahead.wait()  # the originals are on disk before the commit that names them
        try:
            with self._context.session_factory.begin() as session:
                try:
                    self._begin_batch(session)
                    for item in pending:
                        outcomes[item.index] = self._save_one(session, item)
                    write_held_chain(session)  # the batch's history records, in order
                finally:
                    release_held_chain(session)
                    self._batch_child, self._chain = None, None
        except (SQLAlchemyError, BinderStorageError) as exc:
            log.debug("batch not saved: %s", type(exc).__name__)
            for item in pending:
                outcomes[item.index] = FileOutcome(
                    item.payload.name, ImportStatus.FAILED,
                    t(
                        "{file} could not be saved ({reason}). Nothing of it was kept; "
                        "{what_to_do}",
                        file=item.payload.name,
                        reason=failure_reason(exc),
                        what_to_do=what_to_do(exc),
                    ),
                )  # fmt: skip
        if self._ahead.folder is not None:
            filed = _remove_unfiled(
                self._ahead.folder, pending, outcomes, self._ahead.kept_before()
            )
            self._ahead.keep(filed)

    def _begin_batch(self, session: Session) -> None:
        """Open the batch's transaction (see the module's docstring) and take the numbers.

        The child's row is held for the batch: the session keeps only rows someone holds, and
        each file looks the child up twice (its log entry, and whether the parent wrote). So is
        the end of the history chain (no one else can append while the batch writes): each
        file's records are linked in memory and the batch's are inserted together.
        """
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":
            session.execute(text("BEGIN IMMEDIATE"))
        elif dialect == "postgresql":
            session.execute(
                text("SELECT pg_advisory_xact_lock(:key, :child)"),
                {"key": SEQUENCE_LOCK_KEY, "child": self._child_id},
            )
        self._batch_child = live(session, Child, self._child_id, "child")
        self._chain = hold_chain(session)
        self._next_number = next_seq_no(session, self._child_id)

    def _save_one(self, session: Session, item: _Prepared) -> FileOutcome:
        name, draft = item.payload.name, item.draft
        duplicate = self._duplicate(session, draft)
        if duplicate is not None:
            return duplicate
        assert self._chain is not None
        chain_before = self._chain.mark()
        try:
            with session.begin_nested():
                store = blob_store(self._files_dir, session)
                documents = save_drafts(session, store, self._child_id, draft, self._next_number)
                top = documents[0]
                entry_id, new_entry = self._log_email(session, draft, top)
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
            log.debug("file not saved: %s", type(exc).__name__)
            if batch_undone(session, exc):
                raise
            self._chain.undo(chain_before)  # its records were rolled back with it
            return FileOutcome(
                name, ImportStatus.FAILED,
                t(
                    "{file} could not be saved ({reason}); nothing of it was kept.",
                    file=name,
                    reason=failure_reason(exc),
                ),
            )  # fmt: skip
        self._next_number += len(documents)
        attachments = len(documents) - 1
        return FileOutcome(
            name, ImportStatus.IMPORTED, filed_message(top, attachments, entry_id is not None),
            top.id, top.seq_no, entry_id, top.kind, attachments, new_entry,
        )  # fmt: skip

    def _duplicate(self, session: Session, draft: FileDraft) -> FileOutcome | None:
        by_hash = _first_document(
            session, _SAME_FILE, {"child": self._child_id, "key": draft.sha256}
        )
        reason = t("the same file")
        found = by_hash
        message_id = draft.email.message_id if draft.email is not None else ""
        if found is None and message_id:
            found = _first_document(
                session, _SAME_EMAIL, {"child": self._child_id, "key": message_id}
            )
            reason = t("the same email (same Message-ID)")
        if found is None:
            return None
        return FileOutcome(
            draft.name, ImportStatus.DUPLICATE,
            t(
                "Already in the binder: {reason} is document #{number}; not added again.",
                reason=reason,
                number=found[1],
            ),
            found[0], found[1], kind=draft.kind,
        )  # fmt: skip

    def _log_email(
        self, session: Session, draft: FileDraft, top: FiledDocument
    ) -> tuple[int | None, bool]:
        """Link the email to its log entry, making the entry unless it is already logged."""
        email = draft.email
        if email is None or draft.kind is not DocumentKind.EMAIL:
            return None, False
        entry_id = logged_entry_id(session, self._child_id, email.message_id)
        new_entry = entry_id is None
        if entry_id is None:
            made = email_entry(session, self._child_id, email, self._context.today())
            entry_id = add_entry_rows(
                session, self._context, self._child_id, made.data, made.logged_at
            )
        session.connection().execute(
            insert_into(DocumentLogLink), {"document_id": top.id, "entry_id": entry_id}
        )
        return entry_id, new_entry


def _first_document(
    session: Session, query: Select[int, int], values: dict[str, object]
) -> tuple[int, int] | None:
    """The lowest-numbered match (id, seq_no), or None.

    The matches are few, so they are sorted here: with ORDER BY seq_no in the query, SQLite
    walks the child's whole (child_id, seq_no) index instead of the hash or Message-ID index.
    """
    rows = session.connection().execute(query, values).all()
    return min(((int(row[0]), int(row[1])) for row in rows), key=lambda row: row[1], default=None)


def _digests(draft: FileDraft) -> set[str]:
    """The hashes of the originals a draft stores: itself, its inline pictures, its children."""
    return {digest for _data, digest in originals(draft)}


def _remove_unfiled(
    folder: FolderBlobStore,
    pending: Sequence[_Prepared],
    outcomes: Sequence[FileOutcome | None],
    stored_before: set[str],
) -> set[str]:
    """Delete the originals of the files not filed (failed, or duplicates); return the filed ones'.

    An original stays when a filed file uses it or when it was in the folder before.
    """
    filed: set[str] = set()
    failed: set[str] = set()
    for item in pending:
        outcome = outcomes[item.index]
        imported = outcome is not None and outcome.status is ImportStatus.IMPORTED
        (filed if imported else failed).update(_digests(item.draft))
    for digest in failed - filed - stored_before:
        try:
            folder.remove(digest)
        except OSError:  # the folder itself could not be written; nothing was stored there
            log.debug("an unfiled original could not be removed")
    return filed


def import_payloads(
    context: ServiceContext,
    child_id: int,
    payloads: Sequence[ImportPayload],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import files for a child (see DocumentImporter)."""
    return DocumentImporter(context, child_id, progress, cancelled).run(payloads)
