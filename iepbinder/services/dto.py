"""Frozen rows the services return: plain data, safe to hand to any thread or widget."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepbinder.domain.amount import describe_amount
from iepbinder.domain.language import N_, t
from iepbinder.domain.lint import Finding
from iepbinder.domain.records import (
    AccommodationData,
    ChildData,
    ContactData,
    GoalData,
    IepData,
    ServiceData,
)
from iepbinder.domain.types import IepKind

KIND_LABELS = {
    IepKind.INITIAL: N_("Initial IEP"),
    IepKind.ANNUAL: N_("Annual IEP"),
    IepKind.AMENDMENT: N_("Amendment"),
    IepKind.REEVALUATION: N_("Re-evaluation IEP"),
    IepKind.INTERIM: N_("Interim IEP"),
}


@dataclass(frozen=True)
class ChildRow:
    """A child as stored."""

    id: int
    version: int
    data: ChildData

    @property
    def display_name(self) -> str:
        """The name the family uses."""
        return self.data.display_name


@dataclass(frozen=True)
class IepRow:
    """One dated plan of a child."""

    id: int
    child_id: int
    version: int
    amends_id: int | None
    data: IepData

    @property
    def label(self) -> str:
        """'Annual IEP – Annual review, 2026-03-10': the kind translated, title and date as is."""
        kind = t(KIND_LABELS[self.data.kind])
        title = f" \u2013 {self.data.title}" if self.data.title.strip() else ""
        when = self.data.meeting_date or self.data.start_date
        return f"{kind}{title}, {when.isoformat()}" if when else f"{kind}{title}"


@dataclass(frozen=True)
class ServiceRow:
    """A service mandate with its lint findings."""

    id: int
    iep_id: int
    version: int
    data: ServiceData
    findings: tuple[Finding, ...] = ()

    @property
    def amount_text(self) -> str:
        """The normalized amount in words."""
        return describe_amount(self.data.amount)


@dataclass(frozen=True)
class AccommodationRow:
    """An accommodation as stored."""

    id: int
    iep_id: int
    version: int
    data: AccommodationData


@dataclass(frozen=True)
class GoalRow:
    """A goal with its lint findings."""

    id: int
    iep_id: int
    version: int
    data: GoalData
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class ContactRow:
    """A person in the contacts directory."""

    id: int
    version: int
    data: ContactData


@dataclass(frozen=True)
class TeamMemberRow:
    """A contact on a child's team, with their role for this child."""

    id: int
    child_id: int
    contact_id: int
    version: int
    team_role: str
    contact: ContactData

    @property
    def role(self) -> str:
        """The role for this child, or the contact's general role."""
        return self.team_role.strip() or self.contact.role


@dataclass(frozen=True)
class GlanceDto:
    """Everything the At a glance page shows for one child and one plan."""

    child: ChildRow
    plans: tuple[IepRow, ...]
    plan: IepRow | None
    services: tuple[ServiceRow, ...]
    accommodations: tuple[AccommodationRow, ...]
    goals: tuple[GoalRow, ...]
    team: tuple[TeamMemberRow, ...]
    generated_on: dt.date
