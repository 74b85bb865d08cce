"""Field checks for what a parent enters, shared by the forms, the services and the JSON import."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iepbinder.domain.amount import Amount
from iepbinder.domain.language import N_, t
from iepbinder.domain.records import (
    AccommodationData,
    ChildData,
    ContactData,
    GoalData,
    IepData,
    ServiceData,
)
from iepbinder.domain.types import Period

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, worded for the person who typed it."""

    field: str
    message: str


def _required(value: str, name: str, label: str) -> list[FieldError]:
    return [] if value.strip() else [FieldError(name, t("{label} is required.", label=t(label)))]


def _ordered(
    first: dt.date | None, second: dt.date | None, name: str, message: str
) -> list[FieldError]:
    if first is not None and second is not None and second < first:
        return [FieldError(name, t(message))]
    return []


def validate_child(data: ChildData, today: dt.date) -> list[FieldError]:
    """A child needs a first name, and a birth date cannot be in the future."""
    errors = _required(data.first_name, "first_name", N_("First name"))
    if data.date_of_birth is not None and data.date_of_birth > today:
        errors.append(FieldError("date_of_birth", t("Date of birth cannot be in the future.")))
    return errors


def validate_iep(data: IepData) -> list[FieldError]:
    """The plan's dates must be in a sensible order."""
    return [
        *_ordered(
            data.start_date, data.end_date, "end_date", N_("End date is before the start date.")
        ),
        *_ordered(
            data.meeting_date,
            data.annual_review_due,
            "annual_review_due",
            N_("Annual review due date is before the meeting date."),
        ),
        *_ordered(
            data.last_evaluation_date,
            data.reevaluation_due,
            "reevaluation_due",
            N_("Re-evaluation due date is before the last evaluation."),
        ),
    ]


def _positive(value: int | None, name: str, label: str) -> list[FieldError]:
    if value is not None and value <= 0:
        return [FieldError(name, t("{label} must be more than 0.", label=t(label)))]
    return []


def _range(low: int | None, high: int | None, name: str, label: str) -> list[FieldError]:
    if high is None:
        return []
    if low is None:
        return [FieldError(name, t("{label}: give the low end of the range too.", label=t(label)))]
    if high <= low:
        return [
            FieldError(
                name, t("{label}: the high end must be more than the low end.", label=t(label))
            )
        ]
    return []


def validate_amount(amount: Amount) -> list[FieldError]:
    """Numbers must be positive, ranges ordered, and a cycle must say how many days it has."""
    errors = [
        *_positive(amount.sessions_per_period, "sessions_per_period", N_("Sessions")),
        *_positive(amount.minutes_per_session, "minutes_per_session", N_("Minutes per session")),
        *_positive(
            amount.total_minutes_per_period, "total_minutes_per_period", N_("Total minutes")
        ),
        *_range(
            amount.sessions_per_period,
            amount.sessions_per_period_max,
            "sessions_per_period_max",
            N_("Sessions"),
        ),
        *_range(
            amount.minutes_per_session,
            amount.minutes_per_session_max,
            "minutes_per_session_max",
            N_("Minutes per session"),
        ),
        *_range(
            amount.total_minutes_per_period,
            amount.total_minutes_per_period_max,
            "total_minutes_per_period_max",
            N_("Total minutes"),
        ),
    ]
    if amount.period is Period.CYCLE and not (amount.cycle_days and amount.cycle_days > 0):
        errors.append(FieldError("cycle_days", t("Say how many school days the cycle has.")))
    if not amount.is_empty and amount.period is None:
        errors.append(FieldError("period", t("Choose the period (per week, per month, ...).")))
    return errors


def validate_service(data: ServiceData) -> list[FieldError]:
    """A service needs a name; its amount and dates must make sense."""
    return [
        *_required(data.service_type, "service_type", N_("Service")),
        *validate_amount(data.amount),
        *_positive(data.group_max, "group_max", N_("Largest group")),
        *_ordered(
            data.start_date, data.end_date, "end_date", N_("End date is before the start date.")
        ),
    ]


def validate_accommodation(data: AccommodationData) -> list[FieldError]:
    """An accommodation needs its text."""
    return _required(data.text, "text", N_("Accommodation"))


def validate_goal(data: GoalData) -> list[FieldError]:
    """A goal needs its text; the target date cannot precede the baseline."""
    return [
        *_required(data.text, "text", N_("Goal")),
        *_ordered(
            data.baseline_date,
            data.target_date,
            "target_date",
            N_("Target date is before the baseline date."),
        ),
    ]


def validate_contact(data: ContactData) -> list[FieldError]:
    """A contact needs a name, and an email address must look like one."""
    errors = _required(data.name, "name", N_("Name"))
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        errors.append(FieldError("email", t("This does not look like an email address.")))
    return errors
