"""Models' column annotations are evaluated once, before mapping; relationships stay text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import iepbinder.db.models  # noqa: F401 - maps every model
from iepbinder.db.base import Base, Tracked

ROOT = Path(__file__).resolve().parents[2]


def test_every_column_annotation_of_every_model_was_evaluated_before_mapping() -> None:
    columns = relationships = 0
    for mapper in Base.registry.mappers:
        for cls in (mapper.class_, Tracked):
            for name, annotation in vars(cls).get("__annotations__", {}).items():
                if name in mapper.relationships:
                    relationships += 1
                    assert isinstance(annotation, str), (cls.__name__, name)  # resolved later
                else:
                    columns += 1
                    assert not isinstance(annotation, str), (cls.__name__, name, annotation)
    assert columns > 300 and relationships > 10


# A throwaway model in a new process (it must not stay mapped beside the binder's tables).
THROWAWAY = """
from __future__ import annotations
import datetime as dt
from sqlalchemy import ForeignKey, inspect
from sqlalchemy.orm import Mapped, mapped_column, relationship
from iepbinder.db.base import Base, Tracked, UtcDateTime

def make():
    class Shelf(Tracked, Base):
        __tablename__ = "shelf"
        label: Mapped[str] = mapped_column(default="")
        opened_on: Mapped[dt.date | None] = mapped_column(default=None)
        checked_at: Mapped[dt.datetime]
        books: Mapped[list[Book]] = relationship(back_populates="shelf")

    class Book(Base):  # named by Shelf before it exists, and local: evaluated by SQLAlchemy
        __tablename__ = "book"
        id: Mapped[int] = mapped_column(primary_key=True)
        shelf_id: Mapped[int] = mapped_column(ForeignKey("shelf.id"))
        shelf: Mapped[Shelf] = relationship(back_populates="books")
        note: Mapped[Later | None] = mapped_column(default=None)

    return Shelf, Book

Later = str
Shelf, Book = make()
table, book = Shelf.__table__, Book.__table__
print(not table.c.label.nullable, table.c.opened_on.nullable, str(table.c.opened_on.type),
      isinstance(table.c.checked_at.type, UtcDateTime), not table.c.checked_at.nullable,
      str(book.c.note.type), book.c.note.nullable,
      inspect(Shelf).relationships["books"].mapper.class_ is Book,
      isinstance(vars(Shelf)["__annotations__"]["books"], str),
      inspect(Shelf).version_id_col is table.c.version)
"""


def test_a_model_maps_from_evaluated_annotations_and_leaves_the_rest_to_sqlalchemy() -> None:
    done = subprocess.run(
        [sys.executable, "-c", THROWAWAY],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert done.stdout.split() == [
        "True", "True", "DATE", "True", "True", "VARCHAR", "True", "True", "True", "True"
    ]  # fmt: skip
