"""The communication log: entries, the people in them, commitments, and the edit history.

Documents link to entries through a table the documents area adds (entry id, document id);
nothing here needs to change for that.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iepbinder.db.base import Base, Tracked, utc_now
from iepbinder.db.models.core import _enum
from iepbinder.domain.commlog import Channel, CommitmentStatus, EntryStatus, Initiator


class LogEntry(Tracked, Base):
    """One call, meeting, email, note or letter (DOMAIN.md 5.4)."""

    __tablename__ = "log_entry"
    __table_args__ = (Index("ix_log_entry_child_id_event_date", "child_id", "event_date"),)

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    event_date: Mapped[dt.date]
    # Wall-clock time as 'HH:MM' text (JSON-friendly, sorts in time order); None when not known.
    event_time: Mapped[str | None] = mapped_column(String(5), default=None)
    logged_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    channel: Mapped[Channel] = mapped_column(_enum(Channel), default=Channel.EMAIL)
    initiated_by: Mapped[Initiator] = mapped_column(_enum(Initiator), default=Initiator.PARENT)
    topic: Mapped[str] = mapped_column(String(300), default="")
    # Copies of the participants for fast lists: names for showing, keys for matching.
    people_text: Mapped[str] = mapped_column(Text, default="")
    people_keys: Mapped[str] = mapped_column(Text, default="")
    planned_purpose: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    requests_made: Mapped[list[str]] = mapped_column(JSON, default=list)
    disagreements: Mapped[list[str]] = mapped_column(JSON, default=list)
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_due: Mapped[dt.date | None] = mapped_column(default=None)
    follow_up_done_on: Mapped[dt.date | None] = mapped_column(default=None)
    status: Mapped[EntryStatus] = mapped_column(_enum(EntryStatus), default=EntryStatus.DONE)
    delivery_proof: Mapped[str] = mapped_column(Text, default="")
    reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("log_entry.id", ondelete="SET NULL"), default=None, index=True
    )

    participants: Mapped[list[LogParticipant]] = relationship(
        order_by="LogParticipant.position", cascade="all, delete-orphan"
    )
    commitments: Mapped[list[LogCommitment]] = relationship(
        order_by="LogCommitment.position", cascade="all, delete-orphan"
    )


class LogParticipant(Base):
    """A person in an entry: a contact of the directory, or a name typed for this entry."""

    __tablename__ = "log_participant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("log_entry.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), default=None, index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120), default="")


class LogCommitment(Base):
    """Who promised what by when, and whether it happened."""

    __tablename__ = "log_commitment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("log_entry.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    who: Mapped[str] = mapped_column(String(200), default="")
    what: Mapped[str] = mapped_column(Text)
    by_when: Mapped[dt.date | None] = mapped_column(default=None)
    status: Mapped[CommitmentStatus] = mapped_column(
        _enum(CommitmentStatus), default=CommitmentStatus.OPEN
    )
