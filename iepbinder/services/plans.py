"""Use cases for IEP plans and what they promise: services, accommodations and goals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.models import Accommodation, Child, Goal, Iep, ServiceMandate
from iepbinder.domain.dates import annual_review_due, reevaluation_due
from iepbinder.domain.language import t
from iepbinder.domain.records import AccommodationData, GoalData, IepData, ServiceData
from iepbinder.domain.types import IepKind
from iepbinder.domain.validation import (
    FieldError,
    validate_accommodation,
    validate_goal,
    validate_iep,
    validate_service,
)
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.dto import AccommodationRow, GoalRow, IepRow, ServiceRow
from iepbinder.services.errors import ValidationError
from iepbinder.services.mapping import (
    accommodation_row,
    goal_row,
    iep_row,
    read_data,
    service_row,
    write_data,
)
from iepbinder.services.rows import check_version, live, next_position, not_deleted


class _HasData(Protocol):
    @property
    def data(self) -> Any: ...


DataT = TypeVar("DataT")
RowT = TypeVar("RowT", bound=_HasData)


@dataclass(frozen=True)
class _ItemKind(Generic[DataT, RowT]):
    """How one kind of plan item is stored, checked and returned."""

    model: Any
    what: str
    area: Area
    validate: Callable[[DataT], list[FieldError]]
    to_row: Callable[[Any], RowT]


SERVICE = _ItemKind[ServiceData, ServiceRow](
    ServiceMandate, "service", Area.SERVICES, validate_service, service_row
)
ACCOMMODATION = _ItemKind[AccommodationData, AccommodationRow](
    Accommodation, "accommodation", Area.ACCOMMODATIONS, validate_accommodation, accommodation_row
)
GOAL = _ItemKind[GoalData, GoalRow](Goal, "goal", Area.GOALS, validate_goal, goal_row)


def with_derived_dates(data: IepData) -> IepData:
    """Fill the annual review and re-evaluation due dates from DOMAIN.md 1.2 when left blank."""
    if data.annual_review_due is None and data.meeting_date is not None:
        data = replace(data, annual_review_due=annual_review_due(data.meeting_date))
    if data.reevaluation_due is None and data.last_evaluation_date is not None:
        data = replace(data, reevaluation_due=reevaluation_due(data.last_evaluation_date))
    return data


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


class PlanService:
    """IEP plans of a child, amendments, and the items each plan holds."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    # Plans -----------------------------------------------------------------------------
    def list_plans(self, child_id: int) -> list[IepRow]:
        """A child's plans, oldest first (undated ones last)."""
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(Iep).where(Iep.child_id == child_id, not_deleted(Iep)).order_by(Iep.id)
            )
            plans = [iep_row(row) for row in rows]
        return sorted(plans, key=_plan_sort_key)

    def current_plan(self, child_id: int) -> IepRow | None:
        """The plan in effect today: the latest one that has started, else the newest one."""
        return pick_current_plan(self.list_plans(child_id), self._context.today())

    def add_plan(self, child_id: int, data: IepData) -> Saved[IepRow]:
        """Add a dated plan for a child."""
        data = with_derived_dates(data)
        _raise_if(validate_iep(data))
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            row = Iep(child_id=child_id)
            write_data(row, data)
            session.add(row)
            session.flush()
            saved = iep_row(row)
        return Saved(saved, Changes.of(Area.PLANS))

    def update_plan(self, plan_id: int, version: int | None, data: IepData) -> Saved[IepRow]:
        """Correct a plan's dates as written on the document."""
        _raise_if(validate_iep(data))
        with self._context.session_factory.begin() as session:
            row = live(session, Iep, plan_id, "IEP")
            check_version(row, version, "IEP", lambda r: read_data(r, IepData))
            write_data(row, data)
            session.flush()
            saved = iep_row(row)
        return Saved(saved, Changes.of(Area.PLANS))

    def amend_plan(
        self, plan_id: int, effective_date: dt.date, meeting_date: dt.date | None, title: str = ""
    ) -> Saved[IepRow]:
        """Start an amendment: a new dated plan linked to ``plan_id`` holding a copy of its items.

        The amended plan is never edited. The copy's items start on the effective date;
        the annual review clock is not reset (DOMAIN.md 8, amendment_resets_clock=false).
        """
        with self._context.session_factory.begin() as session:
            original = live(session, Iep, plan_id, "IEP")
            base = read_data(original, IepData)
            if base.end_date is not None and effective_date > base.end_date:
                raise ValidationError(
                    [
                        FieldError(
                            "start_date", t("The amendment starts after the plan it amends ends.")
                        )
                    ]
                )
            data = replace(
                base,
                kind=IepKind.AMENDMENT,
                title=title,
                meeting_date=meeting_date,
                consent_date=None,
                start_date=effective_date,
                notes="",
            )
            amendment = Iep(child_id=original.child_id, amends_id=original.id)
            write_data(amendment, data)
            session.add(amendment)
            session.flush()
            _copy_items(session, original, amendment, effective_date)
            saved = iep_row(amendment)
        return Saved(
            saved,
            Changes.of(Area.PLANS, Area.SERVICES, Area.ACCOMMODATIONS, Area.GOALS),
        )

    # Items -----------------------------------------------------------------------------
    def list_services(self, plan_id: int) -> list[ServiceRow]:
        """The plan's services in IEP order."""
        return self._list(SERVICE, plan_id)

    def list_accommodations(self, plan_id: int) -> list[AccommodationRow]:
        """The plan's accommodations in IEP order."""
        return self._list(ACCOMMODATION, plan_id)

    def list_goals(self, plan_id: int) -> list[GoalRow]:
        """The plan's goals in IEP order."""
        return self._list(GOAL, plan_id)

    def add_service(self, plan_id: int, data: ServiceData) -> Saved[ServiceRow]:
        """Add a service to a plan."""
        return self._add(SERVICE, plan_id, data)

    def update_service(
        self, item_id: int, version: int | None, data: ServiceData
    ) -> Saved[ServiceRow]:
        """Save an edit of a service."""
        return self._update(SERVICE, item_id, version, data)

    def add_accommodation(self, plan_id: int, data: AccommodationData) -> Saved[AccommodationRow]:
        """Add an accommodation to a plan."""
        return self._add(ACCOMMODATION, plan_id, data)

    def update_accommodation(
        self, item_id: int, version: int | None, data: AccommodationData
    ) -> Saved[AccommodationRow]:
        """Save an edit of an accommodation."""
        return self._update(ACCOMMODATION, item_id, version, data)

    def add_goal(self, plan_id: int, data: GoalData) -> Saved[GoalRow]:
        """Add a goal to a plan."""
        return self._add(GOAL, plan_id, data)

    def update_goal(self, item_id: int, version: int | None, data: GoalData) -> Saved[GoalRow]:
        """Save an edit of a goal."""
        return self._update(GOAL, item_id, version, data)

    def _list(self, kind: _ItemKind[Any, RowT], plan_id: int) -> list[RowT]:
        model = kind.model
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(model)
                .where(model.iep_id == plan_id, not_deleted(model))
                .order_by(model.position, model.id)
            )
            return [kind.to_row(row) for row in rows]

    def _add(self, kind: _ItemKind[DataT, RowT], plan_id: int, data: DataT) -> Saved[RowT]:
        _raise_if(kind.validate(data))
        with self._context.session_factory.begin() as session:
            live(session, Iep, plan_id, "IEP")
            row = kind.model(iep_id=plan_id)
            row.position = next_position(session, kind.model, iep_id=plan_id)
            write_data(row, data)
            session.add(row)
            session.flush()
            saved = kind.to_row(row)
        return Saved(saved, Changes.of(kind.area))

    def _update(
        self, kind: _ItemKind[DataT, RowT], item_id: int, version: int | None, data: DataT
    ) -> Saved[RowT]:
        _raise_if(kind.validate(data))
        with self._context.session_factory.begin() as session:
            row = live(session, kind.model, item_id, kind.what)
            check_version(row, version, kind.what, lambda r: kind.to_row(r).data)
            write_data(row, data)
            session.flush()
            saved = kind.to_row(row)
        return Saved(saved, Changes.of(kind.area))


def _plan_sort_key(plan: IepRow) -> tuple[int, dt.date, int]:
    when = plan.data.start_date or plan.data.meeting_date
    return (0 if when else 1, when or dt.date.max, plan.id)


def pick_current_plan(plans: list[IepRow], today: dt.date) -> IepRow | None:
    """The latest plan that has started by ``today``; failing that, the newest plan."""
    started = [
        plan
        for plan in plans
        if (plan.data.start_date or plan.data.meeting_date or dt.date.max) <= today
    ]
    if started:
        return max(started, key=_plan_sort_key)
    return plans[-1] if plans else None


def _copy_items(session: Session, original: Iep, amendment: Iep, effective: dt.date) -> None:
    for kind in (SERVICE, ACCOMMODATION, GOAL):
        model = kind.model
        rows = session.scalars(
            select(model)
            .where(model.iep_id == original.id, not_deleted(model))
            .order_by(model.position, model.id)
        )
        for position, row in enumerate(rows):
            data = kind.to_row(row).data
            if isinstance(data, ServiceData) and (
                data.start_date is None or data.start_date < effective
            ):
                data = replace(data, start_date=effective)
            copy = model(iep_id=amendment.id, position=position)
            write_data(copy, data)
            session.add(copy)
