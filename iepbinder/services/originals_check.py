"""Check the originals behind the documents: each present with its fingerprint, none stray."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.binder import FILES_DIR
from iepbinder.db.blobs import BlobStore, FolderBlobStore, blob_store
from iepbinder.db.models import Document
from iepbinder.domain.language import t
from iepbinder.services.context import ServiceContext

MAX_LISTED = 20


@dataclass(frozen=True)
class OriginalsVerdict:
    """Problems with the originals (missing or changed), and how many stored ones are unused."""

    problems: tuple[str, ...]
    unused: int


def _store(context: ServiceContext, session: Session) -> BlobStore:
    folder = context.folder
    return blob_store(folder / FILES_DIR if folder is not None else None, session)


def referenced(session: Session) -> dict[str, str]:
    """Every hash a document names (trashed documents too), with a label for messages."""
    names: dict[str, str] = {}
    rows = session.execute(
        select(Document.seq_no, Document.title, Document.sha256, Document.inline_parts)
        .order_by(Document.child_id, Document.seq_no)
    )  # fmt: skip
    for seq_no, title, digest, pictures in rows:
        names.setdefault(digest, t("document #{number} ({title})", number=seq_no, title=title))
        for picture in pictures or []:
            if isinstance(picture, dict) and isinstance(picture.get("sha256"), str):
                names.setdefault(
                    picture["sha256"],
                    t("a picture in document #{number} ({title})", number=seq_no, title=title),
                )
    return names


def check_originals(context: ServiceContext) -> OriginalsVerdict:
    """Re-hash every original a document names; count the stored ones nothing names."""
    problems: list[str] = []
    with context.session_factory() as session:
        store = _store(context, session)
        names = referenced(session)
        for digest, label in names.items():
            if not store.exists(digest):
                problems.append(
                    t(
                        "The original of {label} is missing ({digest}\u2026). Restore a backup "
                        "that has it.",
                        label=label,
                        digest=digest[:12],
                    )
                )
            elif not store.verify(digest):
                problems.append(
                    t(
                        "The original of {label} was changed after it was filed (its "
                        "fingerprint no longer matches {digest}\u2026). Restore a backup that "
                        "has it.",
                        label=label,
                        digest=digest[:12],
                    )
                )
        unused = [digest for digest in store.stored() if digest not in names]
    if len(problems) > MAX_LISTED:
        problems = problems[:MAX_LISTED] + [
            t("\u2026 and {count} more.", count=len(problems) - MAX_LISTED)
        ]
    return OriginalsVerdict(tuple(problems), len(unused))


def remove_unused_originals(context: ServiceContext) -> int:
    """Delete stored originals that no document names, and any half-written temporary files."""
    with context.session_factory.begin() as session:
        store = _store(context, session)
        names = referenced(session)
        unused = [digest for digest in store.stored() if digest not in names]
        for digest in unused:
            store.remove(digest)
        if isinstance(store, FolderBlobStore):
            for leftover in store.leftovers():
                leftover.unlink(missing_ok=True)
    return len(unused)


def copy_originals(source: ServiceContext, target: ServiceContext) -> int:
    """Copy every original the source's documents name into the target's store (verified)."""
    copied = 0
    with source.session_factory() as reading, target.session_factory.begin() as writing:
        source_store, target_store = _store(source, reading), _store(target, writing)
        for digest in referenced(reading):
            if not source_store.exists(digest) or target_store.exists(digest):
                continue
            data = source_store.read(digest)
            if target_store.put(data) != digest:
                raise ValueError(
                    t(
                        "The original {digest}\u2026 changed while it was copied.",
                        digest=digest[:12],
                    )
                )
            copied += 1
    return copied
