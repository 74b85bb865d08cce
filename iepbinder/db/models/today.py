"""The Today tab's tables: meetings, the dates that start a clock, and reminder snoozes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from iepbinder.db.base import Base, Tracked, utc_now


class Meeting(Tracked, Base):
    """An IEP meeting: when, where, why and who is invited (DOMAIN.md 5.5 item 1)."""

    __tablename__ = "meeting"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    meeting_date: Mapped[dt.date]
    start_time: Mapped[dt.time | None] = mapped_column(Time, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class ClockEvent(Tracked, Base):
    """A dated event that starts a deadline's clock (a records request, consent, a refusal)."""

    __tablename__ = "clock_event"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    rule_id: Mapped[str] = mapped_column(String(40))
    event_date: Mapped[dt.date]
    description: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ReminderMark(Base):
    """What the parent did with a Today item: snoozed it until a date, or marked it done."""

    __tablename__ = "reminder_mark"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    snoozed_until: Mapped[dt.date | None] = mapped_column(default=None)
    done_on: Mapped[dt.date | None] = mapped_column(default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)
