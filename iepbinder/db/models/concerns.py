"""Concerns, their steps up the ladder, and the log entries and letters linked to them.

Documents link to concerns through a table the documents area adds (concern id, document id).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iepbinder.db.base import Base, Tracked
from iepbinder.db.models.core import _enum
from iepbinder.domain.concerns import ConcernStatus, LadderStep


class Concern(Tracked, Base):
    """A concern such as 'extended time not given in math', and how it has been raised."""

    __tablename__ = "concern"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    class_or_setting: Mapped[str] = mapped_column(String(120), default="")
    problem_date: Mapped[dt.date | None] = mapped_column(default=None)
    knew_date: Mapped[dt.date | None] = mapped_column(default=None)
    status: Mapped[ConcernStatus] = mapped_column(_enum(ConcernStatus), default=ConcernStatus.OPEN)
    resolved_on: Mapped[dt.date | None] = mapped_column(default=None)

    steps: Mapped[list[ConcernStepRow]] = relationship(
        order_by="ConcernStepRow.position", cascade="all, delete-orphan"
    )


class ConcernStepRow(Base):
    """One step taken up the ladder for a concern."""

    __tablename__ = "concern_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concern.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[LadderStep] = mapped_column(_enum(LadderStep))
    taken_on: Mapped[dt.date | None] = mapped_column(default=None)
    who: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ConcernEntryLink(Base):
    """A log entry that belongs to a concern's story."""

    __tablename__ = "concern_entry_link"
    __table_args__ = (UniqueConstraint("concern_id", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concern.id", ondelete="CASCADE"), index=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("log_entry.id", ondelete="CASCADE"), index=True
    )
