"""Use cases for a goal's data points: add one, paste a column, correct one, list them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from iepbinder.db.models import Goal
from iepbinder.db.models.progress import GoalDataPoint
from iepbinder.domain.language import t
from iepbinder.domain.pasted_points import parse_pasted_points
from iepbinder.domain.progress_records import DataPointData, DataSource, validate_data_point
from iepbinder.domain.validation import FieldError
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ValidationError
from iepbinder.services.mapping import write_data
from iepbinder.services.progress_dto import DataPointRow
from iepbinder.services.progress_load import goal_lineage, point_row, points_of
from iepbinder.services.rows import check_version, live

WHAT = "data point"


class ProgressPointService:
    """The measurements of a goal, as the parent enters them."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_points(self, goal_id: int) -> list[DataPointRow]:
        """The goal's points (and those of the goal it continues), oldest first."""
        with self._context.session_factory() as session:
            goal = live(session, Goal, goal_id, "goal")
            return points_of(session, goal_lineage(session, goal))

    def add_point(self, goal_id: int, data: DataPointData) -> Saved[DataPointRow]:
        """Add one measurement."""
        saved = self.add_points(goal_id, [data])
        return Saved(saved.row[0], saved.changes)

    def add_points(
        self, goal_id: int, points: Sequence[DataPointData]
    ) -> Saved[tuple[DataPointRow, ...]]:
        """Add several measurements in one transaction: all of them, or none."""
        today = self._context.today()
        errors = [
            FieldError(
                error.field,
                t(
                    "Point {number} ({date}): {problem}",
                    number=number,
                    date=data.observed_on,
                    problem=error.message,
                ),
            )
            if len(points) > 1
            else error
            for number, data in enumerate(points, start=1)
            for error in validate_data_point(data, today)
        ]
        if errors:
            raise ValidationError(errors)
        with self._context.session_factory.begin() as session:
            live(session, Goal, goal_id, "goal")
            rows = []
            for data in points:
                row = GoalDataPoint(goal_id=goal_id)
                write_data(row, data)
                session.add(row)
                rows.append(row)
            session.flush()
            saved = tuple(point_row(row) for row in rows)
        return Saved(saved, Changes.of(Area.PROGRESS))

    def paste_points(
        self,
        goal_id: int,
        text: str,
        source: DataSource,
        start: dt.date | None = None,
        step_days: int = 7,
    ) -> Saved[tuple[DataPointRow, ...]]:
        """Add a pasted column ('value' or 'date value' lines); any bad line saves nothing."""
        pasted = parse_pasted_points(text, self._context.today(), start, step_days)
        if pasted.errors:
            raise ValidationError([FieldError("text", error) for error in pasted.errors])
        if not pasted.points:
            raise ValidationError([FieldError("text", t("There are no values to add."))])
        points = [DataPointData(day, value, source) for day, value in pasted.points]
        return self.add_points(goal_id, points)

    def update_point(
        self, point_id: int, version: int | None, data: DataPointData
    ) -> Saved[DataPointRow]:
        """Correct a measurement (refused if it changed since ``version``)."""
        errors = validate_data_point(data, self._context.today())
        if errors:
            raise ValidationError(errors)
        with self._context.session_factory.begin() as session:
            row = live(session, GoalDataPoint, point_id, WHAT)
            check_version(row, version, WHAT)
            write_data(row, data)
            session.flush()
            saved = point_row(row)
        return Saved(saved, Changes.of(Area.PROGRESS))
