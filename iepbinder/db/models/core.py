"""Children, their IEP plans and what each plan promises: services, accommodations, goals, team."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Enum, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iepbinder.db.base import Base, Tracked
from iepbinder.domain.types import (
    Delivery,
    Direction,
    GroupSize,
    HolidayPolicy,
    IepKind,
    Metric,
    Period,
    Setting,
    WeekDefinition,
)


def _enum(enum_type: type[Any], length: int = 32) -> Enum:
    """Store enums by value as plain strings (no database enum types), the same on every backend."""
    return Enum(
        enum_type,
        native_enum=False,
        length=length,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
        create_constraint=False,
    )


class Child(Tracked, Base):
    """A child of the family whose IEPs the binder keeps."""

    __tablename__ = "child"

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(default=None)
    school: Mapped[str] = mapped_column(String(200), default="")
    grade: Mapped[str] = mapped_column(String(40), default="")
    district: Mapped[str] = mapped_column(String(200), default="")
    eligibility: Mapped[str] = mapped_column(String(300), default="")
    primary_language: Mapped[str] = mapped_column(String(60), default="")
    parent_names: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    ieps: Mapped[list[Iep]] = relationship(back_populates="child", order_by="Iep.start_date")
    team: Mapped[list[TeamMember]] = relationship(
        back_populates="child", order_by="TeamMember.position"
    )


class Iep(Tracked, Base):
    """One dated IEP document; an amendment is a new plan linked to the one it amends."""

    __tablename__ = "iep"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    kind: Mapped[IepKind] = mapped_column(_enum(IepKind), default=IepKind.ANNUAL)
    amends_id: Mapped[int | None] = mapped_column(
        ForeignKey("iep.id", ondelete="RESTRICT"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    meeting_date: Mapped[dt.date | None] = mapped_column(default=None)
    consent_date: Mapped[dt.date | None] = mapped_column(default=None)
    start_date: Mapped[dt.date | None] = mapped_column(default=None)
    end_date: Mapped[dt.date | None] = mapped_column(default=None)
    annual_review_due: Mapped[dt.date | None] = mapped_column(default=None)
    last_evaluation_date: Mapped[dt.date | None] = mapped_column(default=None)
    reevaluation_due: Mapped[dt.date | None] = mapped_column(default=None)
    progress_report_schedule: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    child: Mapped[Child] = relationship(back_populates="ieps")
    services: Mapped[list[ServiceMandate]] = relationship(
        back_populates="iep", order_by="ServiceMandate.position"
    )
    accommodations: Mapped[list[Accommodation]] = relationship(
        back_populates="iep", order_by="Accommodation.position"
    )
    goals: Mapped[list[Goal]] = relationship(back_populates="iep", order_by="Goal.position")


class ServiceMandate(Tracked, Base):
    """A service the IEP promises: verbatim text and normalized amount (DOMAIN.md 2.3)."""

    __tablename__ = "service_mandate"

    iep_id: Mapped[int] = mapped_column(ForeignKey("iep.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    service_type: Mapped[str] = mapped_column(String(120))
    provider_role: Mapped[str] = mapped_column(String(120), default="")
    provider_name: Mapped[str] = mapped_column(String(120), default="")
    delivery: Mapped[Delivery] = mapped_column(_enum(Delivery), default=Delivery.DIRECT)
    setting: Mapped[Setting] = mapped_column(_enum(Setting), default=Setting.UNSPECIFIED)
    setting_other: Mapped[str] = mapped_column(String(200), default="")
    group_size: Mapped[GroupSize] = mapped_column(_enum(GroupSize), default=GroupSize.INDIVIDUAL)
    group_max: Mapped[int | None] = mapped_column(default=None)
    location_text: Mapped[str] = mapped_column(String(200), default="")
    raw_text: Mapped[str] = mapped_column(Text, default="")
    page_ref: Mapped[str] = mapped_column(String(40), default="")
    period: Mapped[Period | None] = mapped_column(_enum(Period), default=None)
    cycle_days: Mapped[int | None] = mapped_column(default=None)
    sessions_per_period: Mapped[int | None] = mapped_column(default=None)
    sessions_per_period_max: Mapped[int | None] = mapped_column(default=None)
    minutes_per_session: Mapped[int | None] = mapped_column(default=None)
    minutes_per_session_max: Mapped[int | None] = mapped_column(default=None)
    total_minutes_per_period: Mapped[int | None] = mapped_column(default=None)
    total_minutes_per_period_max: Mapped[int | None] = mapped_column(default=None)
    week_definition: Mapped[WeekDefinition] = mapped_column(
        _enum(WeekDefinition), default=WeekDefinition.MON_SUN
    )
    holiday_policy: Mapped[HolidayPolicy] = mapped_column(
        _enum(HolidayPolicy), default=HolidayPolicy.FULL_IF_IN_SESSION
    )
    start_date: Mapped[dt.date | None] = mapped_column(default=None)
    end_date: Mapped[dt.date | None] = mapped_column(default=None)
    esy: Mapped[bool] = mapped_column(Boolean, default=False)
    parse_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    user_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    iep: Mapped[Iep] = relationship(back_populates="services")


class Accommodation(Tracked, Base):
    """An accommodation and the classes or settings where it applies."""

    __tablename__ = "accommodation"

    iep_id: Mapped[int] = mapped_column(ForeignKey("iep.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(60), default="")
    applies_to: Mapped[list[str]] = mapped_column(JSON, default=list)
    page_ref: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    iep: Mapped[Iep] = relationship(back_populates="accommodations")


class Goal(Tracked, Base):
    """A measurable annual goal with baseline, target and how it is measured (DOMAIN.md 4.2)."""

    __tablename__ = "goal"

    iep_id: Mapped[int] = mapped_column(ForeignKey("iep.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[str] = mapped_column(String(120), default="")
    text: Mapped[str] = mapped_column(Text)
    condition: Mapped[str] = mapped_column(Text, default="")
    behavior: Mapped[str] = mapped_column(Text, default="")
    metric: Mapped[Metric] = mapped_column(_enum(Metric), default=Metric.OTHER)
    unit: Mapped[str] = mapped_column(String(60), default="")
    direction: Mapped[Direction] = mapped_column(_enum(Direction), default=Direction.INCREASE)
    baseline_value: Mapped[float | None] = mapped_column(default=None)
    baseline_date: Mapped[dt.date | None] = mapped_column(default=None)
    baseline_text: Mapped[str] = mapped_column(Text, default="")
    baseline_source: Mapped[str] = mapped_column(String(200), default="")
    baseline_probes: Mapped[list[float]] = mapped_column(JSON, default=list)
    target_value: Mapped[float | None] = mapped_column(default=None)
    target_date: Mapped[dt.date | None] = mapped_column(default=None)
    criterion_text: Mapped[str] = mapped_column(String(300), default="")
    measurement_method: Mapped[str] = mapped_column(String(300), default="")
    measurement_frequency: Mapped[str] = mapped_column(String(120), default="")
    responsible_role: Mapped[str] = mapped_column(String(120), default="")
    short_term_objectives: Mapped[list[str]] = mapped_column(JSON, default=list)
    page_ref: Mapped[str] = mapped_column(String(40), default="")

    iep: Mapped[Iep] = relationship(back_populates="goals")


class Contact(Tracked, Base):
    """A person the family deals with: teacher, provider, administrator, advocate."""

    __tablename__ = "contact"

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    organization: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class TeamMember(Tracked, Base):
    """A contact on one child's IEP team, with the role they play for that child."""

    __tablename__ = "team_member"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    team_role: Mapped[str] = mapped_column(String(120), default="")

    child: Mapped[Child] = relationship(back_populates="team")
    contact: Mapped[Contact] = relationship()


class BinderSetting(Base):
    """One binder-wide setting (a [CONFIG] choice of DOMAIN.md) stored as JSON."""

    __tablename__ = "binder_setting"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
