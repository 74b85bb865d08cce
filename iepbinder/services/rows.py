"""Helpers services share to load live rows, check versions and place new rows last."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Insert, func, insert, select
from sqlalchemy.orm import Session

from iepbinder.services.errors import ConflictError, NotFoundError

ModelT = TypeVar("ModelT")


@cache
def insert_into(model: type[Any]) -> Insert:
    """A plain insert of the model's rows, built once.

    Building it costs about as much as running a one-row insert.
    """
    return insert(model)


def live(session: Session, model: type[ModelT], item_id: int, what: str) -> ModelT:
    """The row with this id that is not in the trash, or NotFoundError."""
    row = session.get(model, item_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFoundError(what, item_id)
    return row


def live_columns(session: Session, model: type[Any], item_id: int, what: str) -> Any:
    """The row's columns when it exists and is not in the trash, else NotFoundError.

    A plain read of the table (no ORM set-up on a first query); the values come typed by the
    columns, so a data record reads them as from the mapped row.
    """
    table = model.__table__
    row = session.execute(select(table).where(table.c.id == item_id)).one_or_none()
    if row is None or row.deleted_at is not None:
        raise NotFoundError(what, item_id)
    return row


def check_version(
    row: Any, expected: int | None, what: str, current: Callable[[Any], Any] | None = None
) -> None:
    """Refuse an edit made from an older read of the row (optimistic locking).

    ``current`` turns the stored row into its data record, which the error carries so the
    person can see both versions.
    """
    if expected is not None and row.version != expected:
        raise ConflictError(what, row.id, row.version, current(row) if current else None)


def next_position(session: Session, model: Any, **parent: int) -> int:
    """One past the highest position among the parent's rows."""
    conditions = [getattr(model, name) == value for name, value in parent.items()]
    highest = session.scalar(select(func.max(model.position)).where(*conditions))
    return 0 if highest is None else int(highest) + 1


def not_deleted(model: Any) -> Any:
    """The condition for rows that are not in the trash."""
    return model.deleted_at.is_(None)


def utc_now() -> dt.datetime:
    """The current time in UTC, for trash and history stamps."""
    return dt.datetime.now(dt.UTC)
