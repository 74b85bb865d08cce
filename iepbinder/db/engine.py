"""Engines and session factories: SQLite with WAL, foreign keys and a busy timeout."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from iepbinder.db.errors import BinderStorageError
from iepbinder.domain.language import N_, t

BUSY_TIMEOUT_MS = 5000


def sqlite_url(db_file: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A pysqlite URL for a database file, optionally opened read-only."""
    if not read_only:
        return f"sqlite+pysqlite:///{db_file}"
    flags = "mode=ro" + ("&immutable=1" if immutable else "")
    return f"sqlite+pysqlite:///file:{db_file.as_posix()}?{flags}&uri=true"


def _configure_sqlite(dbapi_connection: sqlite3.Connection, *, read_only: bool) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if not read_only:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


_STORAGE_FAULTS = (
    ("database or disk is full", N_("the disk is full")),
    ("disk i/o error", N_("the disk reported an error")),
    ("attempt to write a readonly database", N_("the binder's files are read-only")),
    ("unable to open database file", N_("the binder's files cannot be opened")),
    ("no space left on device", N_("the disk is full")),
    ("could not extend file", N_("the server's disk is full")),
)


def storage_fault(message: str) -> str | None:
    """The plain reason for a database error that means 'the storage refused', else None."""
    lowered = message.lower()
    return next((t(reason) for needle, reason in _STORAGE_FAULTS if needle in lowered), None)


def make_engine(url: str, *, read_only: bool = False, location: str = "") -> Engine:
    """An engine for a binder database; SQLite connections get the binder's pragmas.

    A full disk or a write refused by the system surfaces as BinderStorageError, whose
    message the window and the command line show as it is.
    """
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            _configure_sqlite(dbapi_connection, read_only=read_only)

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        reason = storage_fault(str(context.original_exception))
        if reason is not None:
            raise BinderStorageError(location or str(engine.url.database), reason)

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """The factory services use: one short Session per user action, with history recorded."""
    from iepbinder.db.history import watch

    factory = sessionmaker(bind=engine, expire_on_commit=False)
    watch(factory)
    return factory
