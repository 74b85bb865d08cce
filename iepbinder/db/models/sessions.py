"""School calendars, the service session log, make-up links and compensatory awards."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from iepbinder.db.base import Base, Tracked
from iepbinder.db.models.core import _enum
from iepbinder.domain.awards import AwardSource, AwardStatus
from iepbinder.domain.school_calendar import DayKind
from iepbinder.domain.service_log import (
    Attribution,
    EvidenceSource,
    LogSource,
    ReasonCode,
    SessionStatus,
)
from iepbinder.domain.types import GroupSize, Setting


class SchoolYear(Tracked, Base):
    """One school year of the school calendar: first and last day of school."""

    __tablename__ = "school_year"

    label: Mapped[str] = mapped_column(String(40))
    first_day: Mapped[dt.date] = mapped_column()
    last_day: Mapped[dt.date] = mapped_column()
    school: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CalendarDay(Tracked, Base):
    """A holiday, break, closure, early-release or late-start day (or span) of a school year."""

    __tablename__ = "calendar_day"

    school_year_id: Mapped[int] = mapped_column(
        ForeignKey("school_year.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[dt.date] = mapped_column()
    end_date: Mapped[dt.date] = mapped_column()
    kind: Mapped[DayKind] = mapped_column(_enum(DayKind))
    name: Mapped[str] = mapped_column(String(200), default="")


# What the ledger's sums of plain delivered days read: the index alone answers them.
LEDGER_INDEX_COLUMNS = (
    "child_id", "session_date", "service_type", "status", "minutes_delivered", "source",
    "testing", "actual_setting", "actual_group", "deleted_at",
)  # fmt: skip


class ServiceSession(Tracked, Base):
    """One logged session of a service line (DOMAIN.md 2.5), by the parent or the school's log."""

    __tablename__ = "service_session"
    __table_args__ = (
        Index("ix_service_session_child_date", "child_id", "session_date"),
        Index("ix_service_session_child_updated", "child_id", "updated_at"),  # ledger_cache
        Index("ix_service_session_ledger", *LEDGER_INDEX_COLUMNS),  # ledger_inputs' day sums
    )

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    service_type: Mapped[str] = mapped_column(String(120))
    mandate_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_mandate.id", ondelete="SET NULL"), default=None
    )
    award_id: Mapped[int | None] = mapped_column(
        ForeignKey("compensatory_award.id", ondelete="SET NULL"), default=None, index=True
    )
    session_date: Mapped[dt.date] = mapped_column()
    status: Mapped[SessionStatus] = mapped_column(_enum(SessionStatus))
    scheduled_minutes: Mapped[int] = mapped_column(Integer, default=0)
    minutes_delivered: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[ReasonCode | None] = mapped_column(_enum(ReasonCode, 40), default=None)
    attribution: Mapped[Attribution | None] = mapped_column(_enum(Attribution), default=None)
    actual_setting: Mapped[Setting | None] = mapped_column(_enum(Setting), default=None)
    actual_group: Mapped[GroupSize | None] = mapped_column(_enum(GroupSize), default=None)
    provider: Mapped[str] = mapped_column(String(120), default="")
    evidence_source: Mapped[EvidenceSource] = mapped_column(
        _enum(EvidenceSource), default=EvidenceSource.PARENT_OBSERVATION
    )
    evidence_note: Mapped[str] = mapped_column(Text, default="")
    evidence_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), default=None
    )
    source: Mapped[LogSource] = mapped_column(_enum(LogSource), default=LogSource.PARENT)
    notes: Mapped[str] = mapped_column(Text, default="")
    testing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class MakeupLink(Base):
    """A make-up session and one missed session it cures."""

    __tablename__ = "makeup_link"

    makeup_id: Mapped[int] = mapped_column(
        ForeignKey("service_session.id", ondelete="CASCADE"), primary_key=True
    )
    missed_id: Mapped[int] = mapped_column(
        ForeignKey("service_session.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CompensatoryAward(Tracked, Base):
    """What was agreed or ordered as compensatory services (DOMAIN.md 3.3)."""

    __tablename__ = "compensatory_award"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    source: Mapped[AwardSource] = mapped_column(_enum(AwardSource))
    decided_on: Mapped[dt.date | None] = mapped_column(default=None)
    service_type: Mapped[str] = mapped_column(String(120))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    provider: Mapped[str] = mapped_column(String(120), default="")
    setting: Mapped[str] = mapped_column(String(120), default="")
    qualitative_description: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(default=None)
    status: Mapped[AwardStatus] = mapped_column(_enum(AwardStatus), default=AwardStatus.AGREED)
    notes: Mapped[str] = mapped_column(Text, default="")
