"""Where originals live, by SHA-256: the binder folder (files/ab/<hash>) or the database.

Both stores keep each original once, never change it, and give it back by its hash. The
folder store writes a temporary file, flushes it to disk and renames it into place, so a
crash leaves either the whole original or nothing (at worst a stray temporary file). The
database store writes inside the caller's transaction, so the original and the rows that
name it are committed together.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from iepbinder.db.binder import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE
from iepbinder.db.models.documents import DocumentBlob

CHUNK = 1024 * 1024
_TEMP_PREFIX = ".incoming-"


def sha256_bytes(data: bytes) -> str:
    """The SHA-256 of some bytes, as 64 hex digits."""
    return hashlib.sha256(data).hexdigest()


class BlobStore(ABC):
    """Originals by content hash."""

    @abstractmethod
    def put(self, data: bytes, digest: str | None = None) -> str:
        """Keep ``data`` (once) and return its SHA-256."""

    @abstractmethod
    def read(self, digest: str) -> bytes:
        """The original with this hash; FileNotFoundError when it is missing."""

    @abstractmethod
    def exists(self, digest: str) -> bool:
        """True when the original is stored (its content is not re-checked)."""

    @abstractmethod
    def verify(self, digest: str) -> bool:
        """True when the original is stored and its content still has this hash."""

    @abstractmethod
    def stored(self) -> Iterator[str]:
        """The hash of every original kept."""

    @abstractmethod
    def remove(self, digest: str) -> None:
        """Delete one original (only for originals no document names: check's repair)."""

    def local_path(self, digest: str) -> Path | None:
        """The original's file on this computer, when the store is a folder."""
        return None


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; renames are durable there
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class FolderBlobStore(BlobStore):
    """Originals as files named by their hash under the binder's ``files`` folder."""

    def __init__(self, files_dir: Path) -> None:
        self.files_dir = files_dir

    def path_of(self, digest: str) -> Path:
        """files/ab/abcdef... for a hash."""
        return self.files_dir / digest[:2] / digest

    def local_path(self, digest: str) -> Path | None:
        """The stored file (read it, never write it)."""
        return self.path_of(digest)

    def put(self, data: bytes, digest: str | None = None) -> str:
        """Write once: temp file, flush to disk, read-only for the owner, rename into place."""
        digest = digest or sha256_bytes(data)
        target = self.path_of(digest)
        if target.is_file() and target.stat().st_size == len(data):
            return digest
        target.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        temp = target.parent / f"{_TEMP_PREFIX}{secrets.token_hex(8)}"
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, PRIVATE_FILE_MODE)
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        _fsync_folder(target.parent)
        return digest

    def read(self, digest: str) -> bytes:
        """The file's bytes."""
        return self.path_of(digest).read_bytes()

    def exists(self, digest: str) -> bool:
        """True when the file is there."""
        return self.path_of(digest).is_file()

    def verify(self, digest: str) -> bool:
        """Re-hash the file."""
        path = self.path_of(digest)
        if not path.is_file():
            return False
        hasher = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                hasher.update(chunk)
        return hasher.hexdigest() == digest

    def stored(self) -> Iterator[str]:
        """Every hash-named file (temporary files left by a crash are not originals)."""
        if not self.files_dir.is_dir():
            return
        for folder in sorted(self.files_dir.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for path in sorted(folder.iterdir()):
                    if len(path.name) == 64 and path.name.startswith(folder.name):
                        yield path.name

    def leftovers(self) -> list[Path]:
        """Temporary files a crash left behind (never originals)."""
        if not self.files_dir.is_dir():
            return []
        return sorted(self.files_dir.glob(f"*/{_TEMP_PREFIX}*"))

    def remove(self, digest: str) -> None:
        """Delete the file."""
        self.path_of(digest).unlink(missing_ok=True)


class DatabaseBlobStore(BlobStore):
    """Originals in the ``document_blob`` table, written in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def put(self, data: bytes, digest: str | None = None) -> str:
        """Insert the original unless a row with its hash exists."""
        digest = digest or sha256_bytes(data)
        if not self.exists(digest):
            values = {"sha256": digest, "size": len(data), "data": data}
            if self._session.get_bind().dialect.name == "postgresql":
                from sqlalchemy.dialects.postgresql import insert as upsert
            else:
                from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
            # Two computers may add the same original at once: the second insert does nothing.
            self._session.execute(upsert(DocumentBlob).values(values).on_conflict_do_nothing())
        return digest

    def read(self, digest: str) -> bytes:
        """The stored bytes."""
        data = self._session.scalar(select(DocumentBlob.data).where(DocumentBlob.sha256 == digest))
        if data is None:
            raise FileNotFoundError(f"original {digest[:12]}... is not in the database")
        return bytes(data)

    def exists(self, digest: str) -> bool:
        """True when a row has this hash."""
        found = self._session.scalar(
            select(func.count()).select_from(DocumentBlob).where(DocumentBlob.sha256 == digest)
        )
        return bool(found)

    def verify(self, digest: str) -> bool:
        """Re-hash the stored bytes."""
        try:
            return sha256_bytes(self.read(digest)) == digest
        except FileNotFoundError:
            return False

    def stored(self) -> Iterator[str]:
        """Every stored hash."""
        yield from self._session.scalars(select(DocumentBlob.sha256).order_by(DocumentBlob.sha256))

    def remove(self, digest: str) -> None:
        """Delete the row."""
        self._session.execute(delete(DocumentBlob).where(DocumentBlob.sha256 == digest))


def blob_store(files_dir: Path | None, session: Session) -> BlobStore:
    """The folder store for a binder in a folder, else the database store on this session."""
    return FolderBlobStore(files_dir) if files_dir is not None else DatabaseBlobStore(session)
