"""Engines and session factories: SQLite with WAL, foreign keys and a busy timeout."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

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


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for a binder database; SQLite connections get the binder's pragmas."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            _configure_sqlite(dbapi_connection, read_only=read_only)

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """The factory services use: one short Session per user action, with history recorded."""
    from iepbinder.db.history import watch

    factory = sessionmaker(bind=engine, expire_on_commit=False)
    watch(factory)
    return factory
