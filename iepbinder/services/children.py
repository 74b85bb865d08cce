"""Use cases for the children of a binder: list, add, edit, and pick one by name."""

from __future__ import annotations

from sqlalchemy import select

from iepbinder.db.models import Child
from iepbinder.domain.records import ChildData
from iepbinder.domain.validation import validate_child
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.dto import ChildRow
from iepbinder.services.errors import (
    ChildNameUnknownError,
    ChildNotChosenError,
    ValidationError,
)
from iepbinder.services.mapping import child_row, read_data, write_data
from iepbinder.services.rows import check_version, live, live_columns, not_deleted

WHAT = "child"


class ChildService:
    """Children of the family."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_children(self) -> list[ChildRow]:
        """Every child not in the trash, in the order they were added."""
        with self._context.session_factory() as session:
            rows = session.scalars(select(Child).where(not_deleted(Child)).order_by(Child.id))
            return [child_row(row) for row in rows]

    def get_child(self, child_id: int) -> ChildRow:
        """One child."""
        with self._context.session_factory() as session:
            return child_row(live_columns(session, Child, child_id, WHAT))

    def add_child(self, data: ChildData) -> Saved[ChildRow]:
        """Add a child after checking the fields."""
        self._validate(data)
        with self._context.session_factory.begin() as session:
            row = Child()
            write_data(row, data)
            session.add(row)
            session.flush()
            saved = child_row(row)
        return Saved(saved, Changes.of(Area.CHILDREN))

    def update_child(self, child_id: int, version: int | None, data: ChildData) -> Saved[ChildRow]:
        """Save an edit of a child; refused if someone changed it since ``version``."""
        self._validate(data)
        with self._context.session_factory.begin() as session:
            row = live(session, Child, child_id, WHAT)
            check_version(row, version, WHAT, lambda r: read_data(r, ChildData))
            write_data(row, data)
            session.flush()
            saved = child_row(row)
        return Saved(saved, Changes.of(Area.CHILDREN))

    def choose_child(self, name: str | None) -> ChildRow:
        """The child a command means: by name, or the only one when the binder has one."""
        children = self.list_children()
        names = [child.display_name for child in children]
        if not name:
            if len(children) == 1:
                return children[0]
            raise ChildNotChosenError(names)
        wanted = name.casefold().strip()
        exact = [child for child in children if wanted in _names_of(child)]
        if len(exact) == 1:
            return exact[0]
        partial = [
            child
            for child in children
            if any(candidate.startswith(wanted) for candidate in _names_of(child))
        ]
        if len(partial) == 1:
            return partial[0]
        raise ChildNameUnknownError(name, names)

    def _validate(self, data: ChildData) -> None:
        errors = validate_child(data, self._context.today())
        if errors:
            raise ValidationError(errors)


def _names_of(child: ChildRow) -> set[str]:
    data = child.data
    full = f"{data.first_name} {data.last_name}".strip()
    return {
        value.casefold().strip()
        for value in (data.first_name, data.preferred_name, full, child.display_name)
        if value.strip()
    }
