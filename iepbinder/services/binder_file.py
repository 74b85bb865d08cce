"""Export the whole binder as versioned JSON, and import such a file into an empty binder."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    String,
    Table,
    Text,
    Time,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from iepbinder.db import models  # noqa: F401 - registers every table
from iepbinder.db.base import Base, UtcDateTime
from iepbinder.db.schema import HEAD_REVISION
from iepbinder.domain.language import t
from iepbinder.export.binder_json import binder_json_bytes
from iepbinder.importers.binder_json import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BinderJsonError,
    parse_binder_json,
)
from iepbinder.services.changes import Changes
from iepbinder.services.context import ServiceContext
from iepbinder.services.errors import ServiceError


class BinderNotEmptyError(ServiceError):
    """A binder file may only be imported into an empty binder."""

    def __init__(self) -> None:
        super().__init__(
            t(
                "This binder already holds data, so the file was not imported (nothing was "
                "changed). Import a binder file into a new, empty binder instead."
            )
        )


def _tables() -> list[Table]:
    """Every table in foreign-key order (parents first); originals travel beside the file."""
    return [t for t in Base.metadata.sorted_tables if t.info.get("in_binder_file", True)]


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def _row_key(row: dict[str, Any], table: Table) -> tuple[Any, ...]:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _type_error(table: str, index: int, column: str, expected: str, value: Any) -> BinderJsonError:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return BinderJsonError(
        t(
            'table "{table}", row {row}, field "{field}": expected {expected}, got {value}.',
            table=table,
            row=index + 1,
            field=column,
            expected=expected,
            value=shown,
        )
    )


def _decode(table: Table, index: int, column: Column[Any], value: Any) -> Any:
    """Turn one JSON value back into the column's Python value, or explain what is wrong."""
    name, kind = column.name, column.type
    if value is None:
        if not column.nullable and not column.primary_key:
            raise _type_error(table.name, index, name, t("a value (it may not be empty)"), value)
        return None
    if isinstance(kind, Enum):
        allowed = list(kind.enums)
        if value not in allowed:
            raise _type_error(
                table.name, index, name, t("one of {values}", values=", ".join(allowed)), value
            )
        return kind.enum_class(value) if kind.enum_class is not None else value
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _type_error(table.name, index, name, t("true or false"), value)
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _type_error(table.name, index, name, t("a whole number"), value)
        return value
    if isinstance(kind, Float):
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not math.isfinite(value)
        ):
            raise _type_error(table.name, index, name, t("a number"), value)
        return float(value)
    if isinstance(kind, DateTime | UtcDateTime):
        try:
            moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise _type_error(
                table.name, index, name, t("a date and time with its UTC offset"), value
            )
        return moment
    if isinstance(kind, Date):
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise _type_error(table.name, index, name, t("a date like 2026-03-14"), value)
    if isinstance(kind, Time):
        if isinstance(value, str):
            try:
                return dt.time.fromisoformat(value)
            except ValueError:
                pass
        raise _type_error(table.name, index, name, t("a time like 15:30:00"), value)
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise _type_error(table.name, index, name, t("text"), value)
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            raise _type_error(
                table.name,
                index,
                name,
                t("text of at most {length} characters", length=length),
                value,
            )
        return value
    if isinstance(kind, JSON):
        return value
    raise _type_error(table.name, index, name, t("a supported value"), value)


def _decode_rows(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names = {column.name for column in table.columns}
    decoded: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        unknown = sorted(set(row) - names)
        missing = sorted(names - set(row))
        if unknown or missing:
            problem = (
                t("unknown field(s) {fields}", fields=", ".join(unknown))
                if unknown
                else t("missing field(s) {fields}", fields=", ".join(missing))
            )
            raise BinderJsonError(
                t(
                    'table "{table}", row {row}: {problem}.',
                    table=table.name,
                    row=index + 1,
                    problem=problem,
                )
            )
        decoded.append(
            {
                column.name: _decode(table, index, column, row[column.name])
                for column in table.columns
            }
        )
    return decoded


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file given to ``import``: imported, or failed with the reason."""

    path: Path
    status: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """For --json output."""
        return {"path": str(self.path), "status": self.status, "message": self.message}


class BinderFileService:
    """The whole binder as one JSON document, and back."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def export_bytes(self) -> bytes:
        """The binder file's bytes (docs/JSON_FORMAT.md)."""
        return binder_json_bytes(self.export_document())

    def import_path(self, path: Path) -> ImportOutcome:
        """Import one binder file; never raises for bad input, the outcome says what failed."""
        if path.suffix.lower() != ".json":
            return ImportOutcome(
                path, "failed", "only binder files (.json) can be imported in this version"
            )
        try:
            raw = path.read_bytes()
        except OSError as exc:
            return ImportOutcome(path, "failed", f"cannot be read: {exc.strerror or exc}")
        try:
            self.import_bytes(raw, path.name)
        except (BinderJsonError, BinderNotEmptyError) as exc:
            return ImportOutcome(path, "failed", str(exc))
        return ImportOutcome(path, "imported", "the whole binder was imported")

    def export_document(self) -> dict[str, Any]:
        """Every row of every table, trash included, in a stable order."""
        tables: dict[str, list[dict[str, Any]]] = {}
        with self._context.session_factory() as session:
            for table in _tables():
                rows = [
                    {key: _encode(value) for key, value in row.items()}
                    for row in session.execute(select(table)).mappings()
                ]
                tables[table.name] = sorted(rows, key=partial(_row_key, table=table))
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "schema_revision": HEAD_REVISION,
            "tables": tables,
        }

    def import_bytes(self, raw: bytes, source: str) -> Changes:
        """Import a binder file into this (empty) binder in one transaction, or change nothing."""
        document = parse_binder_json(raw, source)
        known = {table.name: table for table in _tables()}
        unknown = sorted(set(document.tables) - set(known))
        if unknown:
            raise BinderJsonError(
                t(
                    "{source} has table(s) this program does not know: {tables}.",
                    source=source,
                    tables=", ".join(unknown),
                )
            )
        decoded = {
            name: _decode_rows(table, document.tables.get(name, []))
            for name, table in known.items()
        }
        try:
            with self._context.session_factory.begin() as session:
                if not _is_empty(session):
                    raise BinderNotEmptyError()
                if session.get_bind().dialect.name == "sqlite":
                    session.execute(text("PRAGMA defer_foreign_keys=ON"))
                for name, table in known.items():
                    if decoded[name]:
                        session.execute(insert(table), decoded[name])
                _reset_sequences(session)
        except IntegrityError as exc:
            raise BinderJsonError(
                t(
                    "{source} has records that do not fit together (for example a record "
                    "pointing at one that is not in the file: {detail}). Nothing was imported.",
                    source=source,
                    detail=exc.orig,
                )
            ) from exc
        return Changes.everything()


def _is_empty(session: Session) -> bool:
    return not any(session.scalar(select(func.count()).select_from(table)) for table in _tables())


def _reset_sequences(session: Session) -> None:
    """On PostgreSQL, move id sequences past the imported ids (SQLite needs nothing)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in _tables():
        columns = list(table.primary_key.columns)
        if len(columns) == 1 and isinstance(columns[0].type, Integer):
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{columns[0].name}'), "
                    f"COALESCE((SELECT MAX({columns[0].name}) FROM {table.name}), 0) + 1, false)"
                )
            )
