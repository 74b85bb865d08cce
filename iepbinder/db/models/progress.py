"""Goal progress: data points per goal, progress reports, their entries and assigned passages."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from iepbinder.db.base import Base, Tracked
from iepbinder.db.models.core import _enum
from iepbinder.domain.progress_records import DataSource, ReportStatus


class GoalDataPoint(Tracked, Base):
    """One measurement of a goal on a date, and where it came from.

    ``document_id`` names the binder document the value was read from.
    """

    __tablename__ = "goal_data_point"

    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    observed_on: Mapped[dt.date]
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[DataSource] = mapped_column(_enum(DataSource), default=DataSource.SCHOOL_REPORT)
    note: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), default=None
    )


class ProgressReport(Tracked, Base):
    """One progress report of a child for one reporting period, received or still expected.

    ``document_id`` points at the report's PDF among the binder's documents.
    """

    __tablename__ = "progress_report"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    iep_id: Mapped[int | None] = mapped_column(
        ForeignKey("iep.id", ondelete="SET NULL"), default=None, index=True
    )
    period: Mapped[str] = mapped_column(String(120))
    period_end: Mapped[dt.date | None] = mapped_column(default=None)
    expected_date: Mapped[dt.date | None] = mapped_column(default=None)
    received_date: Mapped[dt.date | None] = mapped_column(default=None)
    source_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), default=None
    )


class ProgressReportEntry(Tracked, Base):
    """What one report says about one goal: status box, narrative, reported value."""

    __tablename__ = "progress_report_entry"
    __table_args__ = (UniqueConstraint("report_id", "goal_id"),)

    report_id: Mapped[int] = mapped_column(
        ForeignKey("progress_report.id", ondelete="CASCADE"), index=True
    )
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    status: Mapped[ReportStatus] = mapped_column(_enum(ReportStatus), default=ReportStatus.NONE)
    narrative: Mapped[str] = mapped_column(Text, default="")
    reported_value: Mapped[float | None] = mapped_column(Float, default=None)


class ProgressReportPassage(Tracked, Base):
    """A stretch of the report's text (character offsets) that the parent assigned to a goal."""

    __tablename__ = "progress_report_passage"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("progress_report.id", ondelete="CASCADE"), index=True
    )
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
