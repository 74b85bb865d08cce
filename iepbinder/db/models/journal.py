"""The home journal and the accommodation checks parents make at home."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from iepbinder.db.base import Base, Tracked


class JournalEntry(Tracked, Base):
    """What the child reported and the parent saw on one day, with simple scales."""

    __tablename__ = "journal_entry"
    __table_args__ = (Index("ix_journal_entry_child_id_day", "child_id", "day"),)

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    day: Mapped[dt.date]
    mood: Mapped[int | None] = mapped_column(default=None)
    stress: Mapped[int | None] = mapped_column(default=None)
    school_refusal: Mapped[int | None] = mapped_column(default=None)
    child_said: Mapped[str] = mapped_column(Text, default="")
    parent_saw: Mapped[str] = mapped_column(Text, default="")


class AccommodationCheck(Tracked, Base):
    """On this day, in this class, this accommodation was or was not provided."""

    __tablename__ = "accommodation_check"
    __table_args__ = (Index("ix_accommodation_check_child_id_day", "child_id", "day"),)

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    day: Mapped[dt.date]
    accommodation_id: Mapped[int | None] = mapped_column(
        ForeignKey("accommodation.id", ondelete="SET NULL"), default=None, index=True
    )
    accommodation_text: Mapped[str] = mapped_column(Text)
    class_name: Mapped[str] = mapped_column(String(120), default="")
    provided: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
