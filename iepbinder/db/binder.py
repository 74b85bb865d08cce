"""Create and open a binder folder: database, originals, backups and the write lock."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from iepbinder.db.engine import make_engine, make_session_factory, sqlite_url
from iepbinder.db.errors import (
    BinderError,
    BinderLockedError,
    BinderNeedsUpgradeError,
    BinderNotFoundError,
    BinderReadOnlyError,
    BinderTooNewError,
    BinderUnreadableError,
    NotABinderError,
)
from iepbinder.db.lock import BinderLock, LockHeldError
from iepbinder.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from iepbinder.domain.language import t

DB_NAME = "binder.sqlite3"
FILES_DIR = "files"
BACKUPS_DIR = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# What may already be in a folder we are asked to turn into a new binder.
_HARMLESS_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


class OpenMode(Enum):
    """Whether the program intends to change the binder or only read it."""

    WRITE = "write"
    READ = "read"


@dataclass
class Binder:
    """An open binder: where it is, how to talk to its database, and the lock held for writing."""

    folder: Path | None
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool
    lock: BinderLock | None = None
    upgraded_from: str | None = None
    backup_made: Path | None = None
    created: bool = False
    server_location: str = ""
    _closed: bool = field(default=False, repr=False)

    @property
    def location(self) -> str:
        """Where the binder is, for people: the folder, or the server address without password."""
        return str(self.folder) if self.folder is not None else self.server_location

    @property
    def local_folder(self) -> Path:
        """The binder folder (only binders in a folder have one)."""
        if self.folder is None:
            raise ValueError("This binder is on a server and has no folder.")
        return self.folder

    @property
    def db_file(self) -> Path:
        """The SQLite database file."""
        return self.local_folder / DB_NAME

    @property
    def files_dir(self) -> Path:
        """Where originals are kept by content hash."""
        return self.local_folder / FILES_DIR

    @property
    def backups_dir(self) -> Path:
        """Where automatic backups go."""
        return self.local_folder / BACKUPS_DIR

    def mark_closing(self) -> None:
        """Say the program is closing: one opening the binder meanwhile waits for the lock."""
        if self.lock is not None:
            self.lock.mark_closing()

    def close(self) -> None:
        """Release the database and the lock (idempotent)."""
        if self._closed:
            return
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
        self._closed = True

    def __enter__(self) -> Binder:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _now_text() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")


def _is_empty_folder(folder: Path) -> bool:
    return all(entry.name in _HARMLESS_NAMES for entry in folder.iterdir())


def _needs_immutable(db_file: Path) -> bool:
    """A read-only folder cannot hold SQLite's shared-memory file, so read the file as is."""
    return not os.access(db_file.parent, os.W_OK)


def _read_revision(db_file: Path) -> str | None:
    """The Alembic revision stored in a database, read without changing anything."""
    uri = f"file:{db_file.as_posix()}?mode=ro" + (
        "&immutable=1" if _needs_immutable(db_file) else ""
    )
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotABinderError(
            db_file.parent, t("its database cannot be opened: {detail}", detail=exc)
        ) from exc
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            return None
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        raise NotABinderError(
            db_file.parent, t("its database is damaged: {detail}", detail=exc)
        ) from exc
    finally:
        connection.close()
    return rows[0][0] if rows else None


def _check_database_file(folder: Path, db_file: Path) -> None:
    if not os.access(db_file, os.R_OK):
        raise BinderUnreadableError(folder)
    try:
        with open(db_file, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise BinderUnreadableError(folder) from exc
    if header != SQLITE_MAGIC:
        raise NotABinderError(folder, t("{file} is not a binder database", file=DB_NAME))


def _is_writable(folder: Path, db_file: Path) -> bool:
    return os.access(folder, os.W_OK) and os.access(db_file, os.W_OK)


def _upgrade(binder: Binder, revision: str) -> None:
    from iepbinder.db.backup import write_archive
    from iepbinder.db.migrate import upgrade_to_head

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = binder.backups_dir / f"before-upgrade-{revision}-to-{HEAD_REVISION}-{stamp}.zip"
    binder.backups_dir.mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)
    write_archive(binder.local_folder, target, kind="before-upgrade", include_originals=False)
    binder.backup_made = target
    with binder.engine.begin() as connection:
        upgrade_to_head(connection)
    binder.upgraded_from = revision


def _create_new(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    os.chmod(folder, PRIVATE_DIR_MODE)
    for name in (FILES_DIR, BACKUPS_DIR):
        (folder / name).mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)
    db_file = folder / DB_NAME
    os.close(os.open(db_file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))


def _acquire_lock(folder: Path) -> BinderLock:
    lock = BinderLock(folder)
    try:
        lock.acquire(since=_now_text())
    except LockHeldError as exc:
        raise BinderLockedError(folder, exc.holder) from exc
    except PermissionError as exc:
        raise BinderReadOnlyError(folder) from exc
    return lock


def _validate_revision(folder: Path, revision: str | None) -> None:
    if revision is None:
        raise NotABinderError(folder, t("its database has no binder schema"))
    if revision not in KNOWN_REVISIONS:
        raise BinderTooNewError(folder, revision)


def open_binder(
    folder: Path | str, *, mode: OpenMode = OpenMode.WRITE, create: bool = False
) -> Binder:
    """Open (or with ``create=True`` make) the binder in ``folder``.

    Reading never creates or changes anything. Writing takes the lock, and upgrades an
    older schema after taking a backup into ``backups/``. Raises a BinderError subclass
    whose message tells the person what happened and what to do.
    """
    folder = Path(folder).expanduser().absolute()
    db_file = folder / DB_NAME
    created = False
    if not folder.exists():
        if not create or mode is OpenMode.READ:
            raise BinderNotFoundError(folder)
        _create_new(folder)
        created = True
    elif not folder.is_dir():
        raise NotABinderError(folder, t("it is a file, not a folder"))
    else:
        if db_file.exists() and _creation_was_interrupted(folder, db_file):
            if not create or mode is OpenMode.READ:
                raise BinderNotFoundError(folder)
            _remove_unfinished(folder)
        if not db_file.exists():
            _create_in_existing_folder(folder, mode=mode, create=create)
            created = True
    return _open_existing(folder, mode=mode, created=created)


def _create_in_existing_folder(folder: Path, *, mode: OpenMode, create: bool) -> None:
    """Start a binder in a folder that exists and has no database; refuse any other folder."""
    try:
        empty = _is_empty_folder(folder)
    except PermissionError as exc:
        raise BinderUnreadableError(folder) from exc
    if not create or mode is OpenMode.READ:
        if empty:
            raise BinderNotFoundError(folder)
        raise NotABinderError(folder, t("it has no {file}", file=DB_NAME))
    if not empty:
        raise NotABinderError(folder, t("it already holds other files and no {file}", file=DB_NAME))
    if not os.access(folder, os.W_OK):
        raise BinderReadOnlyError(folder)
    _create_new(folder)


def _open_existing(folder: Path, *, mode: OpenMode, created: bool) -> Binder:
    db_file = folder / DB_NAME
    if not created:
        _check_database_file(folder, db_file)
    if mode is OpenMode.READ:
        return _open_for_reading(folder, db_file)
    if not _is_writable(folder, db_file):
        raise BinderReadOnlyError(folder)
    if not created:
        _validate_revision(folder, _read_revision(db_file))
    lock = _acquire_lock(folder)
    try:
        revision = None if created else _read_revision(db_file)
        engine = make_engine(sqlite_url(db_file), location=str(folder))
        binder = Binder(folder, engine, make_session_factory(engine), False, lock, created=created)
        if created:
            from iepbinder.db.migrate import upgrade_to_head

            with engine.begin() as connection:
                upgrade_to_head(connection)
        elif revision != HEAD_REVISION:
            assert revision is not None
            _upgrade(binder, revision)
        for name in (FILES_DIR, BACKUPS_DIR):
            (folder / name).mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)
        return binder
    except BaseException:
        lock.release()
        if created:
            _remove_unfinished(folder)
        raise


def _creation_was_interrupted(folder: Path, db_file: Path) -> bool:
    """True for a database with no table at all beside nothing but an empty binder layout.

    That is what a binder looks like when the program was stopped while creating it; it
    holds nothing of the parent's, so creating it again is safe.
    """
    try:
        if db_file.stat().st_size > 0:
            connection = sqlite3.connect(f"file:{db_file.as_posix()}?mode=ro", uri=True)
            try:
                tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            finally:
                connection.close()
            if tables:
                return False
    except (OSError, sqlite3.Error):
        return False
    ours = {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "binder.lock", FILES_DIR, BACKUPS_DIR}
    for entry in folder.iterdir():
        if entry.name in _HARMLESS_NAMES:
            continue
        if entry.name not in ours or (entry.is_dir() and any(entry.iterdir())):
            return False
    return True


def _remove_unfinished(folder: Path) -> None:
    """Undo a creation that failed half-way, so no half-made binder is left behind."""
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "binder.lock"):
        (folder / name).unlink(missing_ok=True)
    for name in (FILES_DIR, BACKUPS_DIR):
        path = folder / name
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def _open_for_reading(folder: Path, db_file: Path) -> Binder:
    revision = _read_revision(db_file)
    _validate_revision(folder, revision)
    assert revision is not None
    if revision != HEAD_REVISION:
        raise BinderNeedsUpgradeError(folder, revision)
    immutable = _needs_immutable(db_file)
    engine = make_engine(sqlite_url(db_file, read_only=True, immutable=immutable), read_only=True)
    return Binder(folder, engine, make_session_factory(engine), True, None)


__all__ = ["Binder", "BinderError", "OpenMode", "open_binder"]
