"""Copy between ORM rows and the plain data records, in both directions, field by field."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from iepbinder.db.models import (
    Accommodation,
    Child,
    Contact,
    Goal,
    Iep,
    ServiceMandate,
    TeamMember,
)
from iepbinder.domain.amount import Amount
from iepbinder.domain.lint import GoalFacts, ServiceFacts, lint_goal, lint_service
from iepbinder.domain.records import (
    AccommodationData,
    ChildData,
    ContactData,
    GoalData,
    IepData,
    ServiceData,
)
from iepbinder.services.dto import (
    AccommodationRow,
    ChildRow,
    ContactRow,
    GoalRow,
    IepRow,
    ServiceRow,
    TeamMemberRow,
)

DataT = TypeVar("DataT")
_AMOUNT_FIELDS = tuple(
    field.name for field in dataclasses.fields(Amount) if field.name != "delivery"
)


def _to_column(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _from_column(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def read_data(row: object, data_type: type[DataT]) -> DataT:
    """Build a data record from the ORM row's columns of the same names."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(data_type):  # type: ignore[arg-type]
        if field.name == "amount":
            values["amount"] = Amount(**{name: getattr(row, name) for name in _AMOUNT_FIELDS})
        else:
            values[field.name] = _from_column(getattr(row, field.name))
    return data_type(**values)


def write_data(row: object, data: object) -> None:
    """Copy a data record onto the ORM row, flattening a service amount into its columns."""
    for field in dataclasses.fields(data):  # type: ignore[arg-type]
        value = getattr(data, field.name)
        if isinstance(value, Amount):
            for name in _AMOUNT_FIELDS:
                setattr(row, name, getattr(value, name))
        else:
            setattr(row, field.name, _to_column(value))


def child_row(row: Child) -> ChildRow:
    """DTO of a child."""
    return ChildRow(row.id, row.version, read_data(row, ChildData))


def iep_row(row: Iep) -> IepRow:
    """DTO of a plan."""
    return IepRow(row.id, row.child_id, row.version, row.amends_id, read_data(row, IepData))


def service_findings(data: ServiceData) -> tuple[Any, ...]:
    """Lint findings of a service (SVC-LINT-1..4)."""
    facts = ServiceFacts(
        raw_text=data.raw_text,
        amount=data.amount,
        start_date=data.start_date,
        end_date=data.end_date,
        setting=data.setting,
        location_text=data.location_text,
    )
    return tuple(lint_service(facts))


def goal_findings(data: GoalData) -> tuple[Any, ...]:
    """Lint findings of a goal (GOAL-LINT-1..3)."""
    facts = GoalFacts(
        text=data.text,
        baseline_value=data.baseline_value,
        baseline_text=data.baseline_text,
        target_value=data.target_value,
        criterion_text=data.criterion_text,
        measurement_method=data.measurement_method,
    )
    return tuple(lint_goal(facts))


def service_row(row: ServiceMandate) -> ServiceRow:
    """DTO of a service with its lint findings."""
    data = read_data(row, ServiceData)
    return ServiceRow(row.id, row.iep_id, row.version, data, service_findings(data))


def accommodation_row(row: Accommodation) -> AccommodationRow:
    """DTO of an accommodation."""
    return AccommodationRow(row.id, row.iep_id, row.version, read_data(row, AccommodationData))


def goal_row(row: Goal) -> GoalRow:
    """DTO of a goal with its lint findings."""
    data = read_data(row, GoalData)
    return GoalRow(row.id, row.iep_id, row.version, data, goal_findings(data))


def contact_row(row: Contact) -> ContactRow:
    """DTO of a contact."""
    return ContactRow(row.id, row.version, read_data(row, ContactData))


def team_member_row(row: TeamMember) -> TeamMemberRow:
    """DTO of a team member with the contact's details."""
    return TeamMemberRow(
        row.id,
        row.child_id,
        row.contact_id,
        row.version,
        row.team_role,
        read_data(row.contact, ContactData),
    )
