"""Declarative base, column types and the columns every editable row shares."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always returned timezone-aware, on SQLite and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


_RESOLVED: dict[tuple[str, str], Any] = {}


def resolve_column_annotations(cls: type) -> None:
    """Turn the class's column annotations from text into the types they name, once per text.

    With ``from __future__ import annotations`` every ``Mapped[...]`` is a string, which
    SQLAlchemy evaluates again for each column of each model as it maps it (a large part of
    mapping our models at start). The same evaluation is done here, in the model's module,
    and kept per text; annotations of relationships (which may name models defined later) and
    any that cannot be evaluated yet are left as text for SQLAlchemy.
    """
    annotations = cls.__dict__.get("__annotations__")
    if not annotations:
        return
    namespace = sys.modules[cls.__module__].__dict__
    for name, text in annotations.items():
        value = cls.__dict__.get(name)
        if not isinstance(text, str) or (value is not None and not isinstance(value, MappedColumn)):
            continue
        key = (cls.__module__, text)
        if key not in _RESOLVED:
            try:
                _RESOLVED[key] = eval(text, namespace)  # as SQLAlchemy would, once
            except Exception:  # noqa: BLE001 - left as text, for SQLAlchemy to resolve
                continue
        annotations[name] = _RESOLVED[key]


class Base(DeclarativeBase):
    """Base of every table; constraint names follow one convention so migrations can alter them."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UtcDateTime(), str: String()}

    def __init_subclass__(cls, **kw: Any) -> None:
        resolve_column_annotations(cls)
        super().__init_subclass__(**kw)


class Tracked:
    """Id, timestamps, an optimistic-lock version and a trash mark, shared by editable rows."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.version}


resolve_column_annotations(Tracked)
