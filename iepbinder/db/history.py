"""Write history records automatically whenever a watched record is created, edited or trashed."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from iepbinder.db.base import Base, utc_now
from iepbinder.db.models.history import HistoryRecord
from iepbinder.domain.history_chain import GENESIS, link_hash

# Table name -> the entity name history records use. Tables join when their area lands.
WATCHED_TABLES: dict[str, str] = {"service_session": "session", "document": "document"}
SKIPPED_COLUMNS = {"created_at", "updated_at", "version"}
# Any fixed number: writers append to the chain one at a time (PostgreSQL; SQLite has one writer).
CHAIN_LOCK_KEY = 472_911_306
_HELD_KEY = "iepbinder.held_chain"


def plain(value: Any) -> Any:
    """A column value as JSON data."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def _columns(row: Base | type[Base]) -> list[str]:
    return [c.key for c in inspect(row).mapper.column_attrs if c.key not in SKIPPED_COLUMNS]


def snapshot(row: Base) -> dict[str, Any]:
    """The record's values now."""
    return {key: plain(getattr(row, key)) for key in _columns(row)}


def snapshot_of_values(model: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    """What ``snapshot`` gives for a row of ``model`` inserted with these (complete) values."""
    return {key: plain(values[key]) for key in _columns(model)}


def _before(row: Base) -> dict[str, Any]:
    state = inspect(row)
    values: dict[str, Any] = {}
    for key in _columns(row):
        history = state.attrs[key].history
        values[key] = plain(history.deleted[0] if history.deleted else getattr(row, key))
    return values


def _action(before: dict[str, Any] | None, after: dict[str, Any]) -> str:
    if before is None:
        return "created"
    if before.get("deleted_at") is None and after.get("deleted_at") is not None:
        return "moved to trash"
    if before.get("deleted_at") is not None and after.get("deleted_at") is None:
        return "restored"
    return "edited"


def _entity(row: object) -> str | None:
    table = getattr(row, "__tablename__", None)
    return WATCHED_TABLES.get(table) if isinstance(table, str) else None


def _collect(session: Session) -> list[tuple[Base, dict[str, Any] | None]]:
    """(row, before) for each watched row about to change; before is None for new rows."""
    found: list[tuple[Base, dict[str, Any] | None]] = []
    for row in session.new:
        if _entity(row):
            found.append((row, None))
    for row in session.dirty:
        if _entity(row) and session.is_modified(row, include_collections=False):
            found.append((row, _before(row)))
    return found


@dataclass
class HeldChain:
    """The end of the chain, held by one transaction that appends many records (an import).

    Records appended while it is held are linked here and written together by
    ``write_held_chain``; ``mark`` and ``undo`` drop the ones of a part that was rolled back.
    """

    prev: str
    rows: list[dict[str, Any]] = field(default_factory=list)

    def mark(self) -> tuple[str, int]:
        """Where the chain ends now."""
        return self.prev, len(self.rows)

    def undo(self, mark: tuple[str, int]) -> None:
        """Forget what was appended after ``mark``."""
        self.prev, count = mark
        del self.rows[count:]


def _chain_end(session: Session) -> str:
    """The last record's hash, once this transaction may append (PostgreSQL: the chain's lock)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    last = connection.execute(select(HistoryRecord.hash).order_by(HistoryRecord.id.desc()).limit(1))
    return last.scalar() or GENESIS


def hold_chain(session: Session) -> HeldChain:
    """Hold the chain's end for the rest of the session's transaction.

    Only for a transaction that already writes (SQLite: BEGIN IMMEDIATE), so that no one else
    can append until it ends; call ``write_held_chain`` before its commit.
    """
    held = HeldChain(_chain_end(session))
    session.info[_HELD_KEY] = held
    return held


def write_held_chain(session: Session) -> None:
    """Insert the records appended while the chain was held (one statement), and let it go."""
    held: HeldChain | None = session.info.pop(_HELD_KEY, None)
    if held is not None and held.rows:
        session.connection().execute(insert(HistoryRecord), held.rows)


def release_held_chain(session: Session) -> None:
    """Let the chain go without writing (the transaction is being undone)."""
    session.info.pop(_HELD_KEY, None)


def _link(prev: str, changes: list[tuple[str, int, str, Any, Any]]) -> list[dict[str, Any]]:
    now = utc_now()
    stamp = now.isoformat()
    rows = []
    for entity, entity_id, action, before, after in changes:
        digest = link_hash(prev, entity, entity_id, action, stamp, before, after)
        rows.append(
            {
                "entity": entity,
                "entity_id": entity_id,
                "action": action,
                "changed_at": now,
                "before": before,
                "after": after,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    return rows


def append_records(session: Session, changes: list[tuple[str, int, str, Any, Any]]) -> None:
    """Add records (entity, id, action, before, after) at the end of the chain, in order."""
    if not changes:
        return
    held: HeldChain | None = session.info.get(_HELD_KEY)
    if held is not None:
        rows = _link(held.prev, changes)
        held.rows += rows
        held.prev = rows[-1]["hash"]
        return
    rows = _link(_chain_end(session), changes)
    session.connection().execute(insert(HistoryRecord), rows)


def watch(factory: sessionmaker[Session]) -> None:
    """Record history for every session the factory makes (installed once per binder)."""
    pending: dict[int, list[tuple[Base, dict[str, Any] | None]]] = {}

    @event.listens_for(factory, "before_flush")
    def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
        pending[id(session)] = _collect(session)

    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _context: Any) -> None:
        collected = pending.pop(id(session), [])
        changes = []
        for row, before in collected:
            after = snapshot(row)
            entity = _entity(row)
            assert entity is not None
            key = inspect(row).mapper.primary_key_from_instance(row)[0]
            changes.append((entity, int(key), _action(before, after), before, after))
        append_records(session, changes)
