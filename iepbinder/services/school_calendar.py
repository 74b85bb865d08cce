"""Use cases for the school calendar: school years, their events, and .ics import."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from iepbinder.db.models import CalendarDay, SchoolYear
from iepbinder.domain.dates import school_year_of
from iepbinder.domain.language import t
from iepbinder.domain.school_calendar import CalendarEvent, SchoolCalendar, SchoolYearCalendar
from iepbinder.domain.validation import FieldError
from iepbinder.importers.district_calendar_ics import CalendarFileError, parse_ics
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ServiceError, ValidationError
from iepbinder.services.per_binder import one_per_binder
from iepbinder.services.rows import check_version, live, not_deleted
from iepbinder.services.session_dto import (
    CalendarEventRow,
    ImportReport,
    SchoolYearData,
    SchoolYearRow,
)

CALENDAR_CHANGES = Changes.of(Area.SCHOOL_CALENDAR)
# Read as the tables' plain columns (no ORM set-up: the ledger's first report needs none).
_YEARS, _DAYS = SchoolYear.__table__, CalendarDay.__table__
_STAMP = text(  # one plain statement: little to compile on the first read after opening
    "SELECT (SELECT count(id) FROM school_year), (SELECT max(updated_at) FROM school_year), "
    "(SELECT count(id) FROM calendar_day), (SELECT max(updated_at) FROM calendar_day)"
)


def _check_year(data: SchoolYearData) -> None:
    errors = []
    if not data.label.strip():
        errors.append(FieldError("label", t("Give the school year a name, like 2026-2027.")))
    if data.last_day < data.first_day:
        errors.append(FieldError("last_day", t("The last day of school is before the first day.")))
    if (data.last_day - data.first_day).days > 400:
        errors.append(FieldError("last_day", t("A school year cannot be longer than 13 months.")))
    if errors:
        raise ValidationError(errors)


def _check_event(event: CalendarEvent, year: SchoolYear) -> None:
    if event.end < event.start:
        raise ValidationError([FieldError("end", t("The event ends before it starts."))])
    if event.start < year.first_day or event.end > year.last_day:
        raise ValidationError(
            [
                FieldError(
                    "start", t("The event falls outside the school year {year}.", year=year.label)
                )
            ]
        )


def _year_row(row: SchoolYear, events: list[CalendarDay]) -> SchoolYearRow:
    data = SchoolYearData(row.label, row.first_day, row.last_day, row.school, row.notes)
    return SchoolYearRow(row.id, row.version, data, tuple(_event_row(e) for e in events))


def _event_row(row: CalendarDay) -> CalendarEventRow:
    event = CalendarEvent(row.start_date, row.end_date, row.kind, row.name)
    return CalendarEventRow(row.id, row.version, row.school_year_id, event)


class _KeptCalendar:
    """The calendar last built for one open binder, with the stamp it was built at."""

    cached: tuple[tuple[object, ...], SchoolCalendar] | None = None


def _kept_calendar(context: ServiceContext) -> _KeptCalendar:
    """The kept calendar of one open binder, shared by all its CalendarServices.

    The follow-ups, the deadlines and the ledger each make their own service; each built the
    thirteen school years of a large binder again on every read.
    """
    return one_per_binder(context, _KeptCalendar)


class CalendarService:
    """The school years of the binder and the days off in each."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._kept = _kept_calendar(context)

    def list_years(self) -> list[SchoolYearRow]:
        """Every school year, oldest first, with its events in date order."""
        with self._context.session_factory() as session:
            return self._years(session)

    def calendar(self) -> SchoolCalendar:
        """The school calendar as the ledger uses it (rebuilt only when an edit was made)."""
        with self._context.session_factory() as session:
            stamp = tuple(session.execute(_STAMP).one())
            cached = self._kept.cached
            if cached is not None and cached[0] == stamp:
                return cached[1]
            calendar = calendar_of(self._years(session))
        self._kept.cached = (stamp, calendar)
        return calendar

    def _years(self, session: Session) -> list[SchoolYearRow]:
        years: list[Any] = list(
            session.execute(
                select(_YEARS).where(not_deleted(_YEARS.c)).order_by(_YEARS.c.first_day)
            )
        )
        events: list[Any] = list(
            session.execute(
                select(_DAYS).where(not_deleted(_DAYS.c)).order_by(_DAYS.c.start_date, _DAYS.c.id)
            )
        )
        by_year: dict[int, list[Any]] = {}
        for event in events:
            by_year.setdefault(event.school_year_id, []).append(event)
        return [_year_row(year, by_year.get(year.id, [])) for year in years]

    def add_year(self, data: SchoolYearData) -> Saved[SchoolYearRow]:
        """Add a school year (refused when it overlaps another)."""
        _check_year(data)
        with self._context.session_factory.begin() as session:
            self._refuse_overlap(session, data, None)
            row = SchoolYear(**vars(data))
            session.add(row)
            session.flush()
            saved = _year_row(row, [])
        return Saved(saved, CALENDAR_CHANGES)

    def update_year(
        self, year_id: int, version: int | None, data: SchoolYearData
    ) -> Saved[SchoolYearRow]:
        """Correct a school year's first or last day or its name."""
        _check_year(data)
        with self._context.session_factory.begin() as session:
            row = live(session, SchoolYear, year_id, "school year")
            check_version(row, version, "school year")
            self._refuse_overlap(session, data, year_id)
            for name, value in vars(data).items():
                setattr(row, name, value)
            session.flush()
            saved = _year_row(row, [])
        return Saved(saved, CALENDAR_CHANGES)

    def add_event(self, year_id: int, event: CalendarEvent) -> Saved[CalendarEventRow]:
        """Add a holiday, break, closure, early-release or late-start day to a school year."""
        with self._context.session_factory.begin() as session:
            year = live(session, SchoolYear, year_id, "school year")
            _check_event(event, year)
            row = CalendarDay(
                school_year_id=year_id,
                start_date=event.start,
                end_date=event.end,
                kind=event.kind,
                name=event.name,
            )
            session.add(row)
            session.flush()
            saved = _event_row(row)
        return Saved(saved, CALENDAR_CHANGES)

    def update_event(
        self, event_id: int, version: int | None, event: CalendarEvent
    ) -> Saved[CalendarEventRow]:
        """Correct an event's dates, kind or name."""
        with self._context.session_factory.begin() as session:
            row = live(session, CalendarDay, event_id, "calendar day")
            check_version(row, version, "calendar day")
            year = live(session, SchoolYear, row.school_year_id, "school year")
            _check_event(event, year)
            row.start_date, row.end_date = event.start, event.end
            row.kind, row.name = event.kind, event.name
            session.flush()
            saved = _event_row(row)
        return Saved(saved, CALENDAR_CHANGES)

    def import_ics(self, data: bytes, label: str = "") -> tuple[ImportReport, Changes]:
        """Add a district calendar from an .ics file: the year (if new) and its days off.

        The file must name the first and last day of school unless a year covering its
        events already exists. Events already on the calendar are skipped.
        """
        try:
            parsed = parse_ics(data)
        except CalendarFileError as exc:
            raise ServiceError(str(exc)) from exc
        with self._context.session_factory.begin() as session:
            years = session.scalars(select(SchoolYear).where(not_deleted(SchoolYear))).all()
            year = _covering(years, parsed.events[0].start if parsed.events else None)
            if year is None:
                if parsed.first_day is None or parsed.last_day is None:
                    raise ServiceError(
                        t(
                            "The calendar file does not say when the school year starts and ends "
                            "(no 'First day of school' and 'Last day of school' events). Add the "
                            "school year by hand first, then import the file again."
                        )
                    )
                data_year = SchoolYearData(
                    label or school_year_of(parsed.first_day), parsed.first_day, parsed.last_day
                )
                _check_year(data_year)
                self._refuse_overlap(session, data_year, None)
                year = SchoolYear(**vars(data_year))
                session.add(year)
                session.flush()
            existing = {
                (e.start_date, e.end_date, e.kind)
                for e in session.scalars(
                    select(CalendarDay).where(
                        CalendarDay.school_year_id == year.id, not_deleted(CalendarDay)
                    )
                )
            }
            imported = duplicates = 0
            for event in parsed.events:
                clipped = replace(
                    event, start=max(event.start, year.first_day), end=min(event.end, year.last_day)
                )
                if clipped.end < clipped.start:
                    continue
                if (clipped.start, clipped.end, clipped.kind) in existing:
                    duplicates += 1
                    continue
                session.add(
                    CalendarDay(
                        school_year_id=year.id,
                        start_date=clipped.start,
                        end_date=clipped.end,
                        kind=clipped.kind,
                        name=clipped.name,
                    )
                )
                imported += 1
        return ImportReport(imported, duplicates), CALENDAR_CHANGES

    @staticmethod
    def _refuse_overlap(session: Session, data: SchoolYearData, year_id: int | None) -> None:
        others = session.scalars(
            select(SchoolYear).where(not_deleted(SchoolYear), SchoolYear.id != (year_id or -1))
        )
        for other in others:
            if other.first_day <= data.last_day and data.first_day <= other.last_day:
                raise ValidationError(
                    [
                        FieldError(
                            "first_day",
                            t("These dates overlap the school year {year}.", year=other.label),
                        )
                    ]
                )


def _covering(years: object, day: object) -> SchoolYear | None:
    if day is None:
        return None
    return next(
        (y for y in years if y.first_day <= day <= y.last_day),  # type: ignore[attr-defined]
        None,
    )


def calendar_of(years: list[SchoolYearRow]) -> SchoolCalendar:
    """The domain calendar of stored school years."""
    return SchoolCalendar(
        tuple(
            SchoolYearCalendar(
                y.data.label, y.data.first_day, y.data.last_day, tuple(e.event for e in y.events)
            )
            for y in years
        )
    )
