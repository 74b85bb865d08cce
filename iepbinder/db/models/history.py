"""The append-only history of records that may matter at a hearing: chained by hashes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from iepbinder.db.base import Base


class HistoryRecord(Base):
    """One create, edit, trash or restore of a record, with what it was before and after.

    Rows are only ever added. ``hash`` covers this record and the previous record's hash, so
    changing or removing any record afterwards breaks the chain, and the check says where.
    """

    __tablename__ = "history_record"
    __table_args__ = (Index("ix_history_record_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column()
    before: Mapped[Any | None] = mapped_column(JSON, default=None)
    after: Mapped[Any | None] = mapped_column(JSON, default=None)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
