"""The editable content of a child's IEP as plain data: what forms edit and services store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iepbinder.domain.amount import Amount
from iepbinder.domain.types import (
    Delivery,
    Direction,
    GroupSize,
    HolidayPolicy,
    IepKind,
    Metric,
    Setting,
    WeekDefinition,
)


@dataclass(frozen=True)
class ChildData:
    """Who the child is and where they go to school."""

    first_name: str
    last_name: str = ""
    preferred_name: str = ""
    date_of_birth: dt.date | None = None
    school: str = ""
    grade: str = ""
    district: str = ""
    eligibility: str = ""
    primary_language: str = ""
    parent_names: str = ""
    notes: str = ""

    @property
    def display_name(self) -> str:
        """The name the family uses, with the last name."""
        first = self.preferred_name.strip() or self.first_name.strip()
        return f"{first} {self.last_name.strip()}".strip()


@dataclass(frozen=True)
class IepData:
    """The dates of one IEP document (DOMAIN.md 1.1)."""

    kind: IepKind = IepKind.ANNUAL
    title: str = ""
    meeting_date: dt.date | None = None
    consent_date: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    annual_review_due: dt.date | None = None
    last_evaluation_date: dt.date | None = None
    reevaluation_due: dt.date | None = None
    progress_report_schedule: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ServiceData:
    """A service mandate as the IEP writes it and as the parent confirmed it (DOMAIN.md 2.3)."""

    service_type: str
    raw_text: str = ""
    amount: Amount = field(default_factory=Amount)
    provider_role: str = ""
    provider_name: str = ""
    delivery: Delivery = Delivery.DIRECT
    setting: Setting = Setting.UNSPECIFIED
    setting_other: str = ""
    group_size: GroupSize = GroupSize.INDIVIDUAL
    group_max: int | None = None
    location_text: str = ""
    page_ref: str = ""
    week_definition: WeekDefinition = WeekDefinition.MON_SUN
    holiday_policy: HolidayPolicy = HolidayPolicy.FULL_IF_IN_SESSION
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    esy: bool = False
    parse_confidence: float = 0.0
    user_confirmed: bool = False
    notes: str = ""


@dataclass(frozen=True)
class AccommodationData:
    """An accommodation and the classes or settings where it applies."""

    text: str
    category: str = ""
    applies_to: tuple[str, ...] = ()
    page_ref: str = ""
    notes: str = ""


@dataclass(frozen=True)
class GoalData:
    """A measurable annual goal (DOMAIN.md 4.2)."""

    text: str
    area: str = ""
    condition: str = ""
    behavior: str = ""
    metric: Metric = Metric.OTHER
    unit: str = ""
    direction: Direction = Direction.INCREASE
    baseline_value: float | None = None
    baseline_date: dt.date | None = None
    baseline_text: str = ""
    baseline_source: str = ""
    baseline_probes: tuple[float, ...] = ()
    target_value: float | None = None
    target_date: dt.date | None = None
    criterion_text: str = ""
    measurement_method: str = ""
    measurement_frequency: str = ""
    responsible_role: str = ""
    short_term_objectives: tuple[str, ...] = ()
    page_ref: str = ""


@dataclass(frozen=True)
class ContactData:
    """A person on the team or in the contacts directory."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    organization: str = ""
    notes: str = ""
