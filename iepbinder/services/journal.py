"""Use cases of the home journal and the accommodation checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select

from iepbinder.db.models import AccommodationCheck, Child, JournalEntry
from iepbinder.domain.commlog_validation import validate_check, validate_journal
from iepbinder.domain.journal import (
    AccommodationCheckData,
    JournalData,
    NotProvidedCount,
    not_provided_counts,
)
from iepbinder.domain.validation import FieldError
from iepbinder.services.changes import Area, Changes
from iepbinder.services.commlog_dto import AccommodationChoice, CheckRow, JournalRow
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ValidationError
from iepbinder.services.mapping import read_data, write_data
from iepbinder.services.plans import PlanService
from iepbinder.services.rows import check_version, live, not_deleted

DataT = TypeVar("DataT")
RowT = TypeVar("RowT")
CHANGES = Changes.of(Area.JOURNAL)


def journal_row(row: JournalEntry) -> JournalRow:
    """DTO of a journal entry."""
    return JournalRow(row.id, row.version, read_data(row, JournalData))


def check_row(row: AccommodationCheck) -> CheckRow:
    """DTO of an accommodation check."""
    return CheckRow(row.id, row.version, read_data(row, AccommodationCheckData))


class JournalService:
    """A child's home journal and accommodation checks."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_journal(self, child_id: int) -> list[JournalRow]:
        """Journal entries, oldest first (the order of the chart)."""
        return self._list(JournalEntry, child_id, journal_row)

    def add_journal(self, child_id: int, data: JournalData) -> Saved[JournalRow]:
        """Add a dated journal entry."""
        return self._add(JournalEntry, child_id, data, validate_journal, journal_row)

    def update_journal(
        self, entry_id: int, version: int | None, data: JournalData
    ) -> Saved[JournalRow]:
        """Save an edit of a journal entry."""
        return self._update(
            JournalEntry, entry_id, version, data, validate_journal, journal_row, "journal entry"
        )

    def list_checks(self, child_id: int) -> list[CheckRow]:
        """Accommodation checks, oldest first."""
        return self._list(AccommodationCheck, child_id, check_row)

    def add_check(self, child_id: int, data: AccommodationCheckData) -> Saved[CheckRow]:
        """Record whether an accommodation was provided in a class on a day."""
        return self._add(AccommodationCheck, child_id, data, validate_check, check_row)

    def update_check(
        self, check_id: int, version: int | None, data: AccommodationCheckData
    ) -> Saved[CheckRow]:
        """Save an edit of an accommodation check."""
        return self._update(
            AccommodationCheck, check_id, version, data, validate_check, check_row,
            "accommodation check",
        )  # fmt: skip

    def not_provided(self, child_id: int) -> list[NotProvidedCount]:
        """Per accommodation and class, how often it was checked and not provided."""
        return not_provided_counts(check.data for check in self.list_checks(child_id))

    def accommodation_choices(self, child_id: int) -> list[AccommodationChoice]:
        """The current IEP's accommodations with their classes, for the check form."""
        plans = PlanService(self._context)
        plan = plans.current_plan(child_id)
        if plan is None:
            return []
        return [
            AccommodationChoice(row.id, row.data.text, row.data.applies_to, row.data.page_ref)
            for row in plans.list_accommodations(plan.id)
        ]

    def _list(self, model: Any, child_id: int, to_row: Callable[[Any], RowT]) -> list[RowT]:
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(model)
                .where(model.child_id == child_id, not_deleted(model))
                .order_by(model.day, model.id)
            )
            return [to_row(row) for row in rows]

    def _add(
        self,
        model: Any,
        child_id: int,
        data: DataT,
        validate: Callable[[DataT], list[FieldError]],
        to_row: Callable[[Any], RowT],
    ) -> Saved[RowT]:
        _raise_if(validate(data))
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            row = model(child_id=child_id)
            write_data(row, data)
            session.add(row)
            session.flush()
            saved = to_row(row)
        return Saved(saved, CHANGES)

    def _update(
        self,
        model: Any,
        item_id: int,
        version: int | None,
        data: DataT,
        validate: Callable[[DataT], list[FieldError]],
        to_row: Callable[[Any], RowT],
        what: str,
    ) -> Saved[RowT]:
        _raise_if(validate(data))
        with self._context.session_factory.begin() as session:
            row = live(session, model, item_id, what)
            check_version(row, version, what)
            write_data(row, data)
            session.flush()
            saved = to_row(row)
        return Saved(saved, CHANGES)


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)
