"""Write history records automatically whenever a watched record is created, edited or trashed."""

from __future__ import annotations

import datetime as dt
import enum
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


def _columns(row: Base) -> list[str]:
    return [c.key for c in inspect(row).mapper.column_attrs if c.key not in SKIPPED_COLUMNS]


def snapshot(row: Base) -> dict[str, Any]:
    """The record's values now."""
    return {key: plain(getattr(row, key)) for key in _columns(row)}


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


def append_records(session: Session, changes: list[tuple[str, int, str, Any, Any]]) -> None:
    """Add records (entity, id, action, before, after) at the end of the chain, in order."""
    if not changes:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    prev = (
        connection.execute(
            select(HistoryRecord.hash).order_by(HistoryRecord.id.desc()).limit(1)
        ).scalar()
        or GENESIS
    )
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
    connection.execute(insert(HistoryRecord), rows)


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
