"""Frozen rows of the session calendar: school years, logged sessions, the ledger and month view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from iepbinder.domain.alerts import Alert
from iepbinder.domain.awards import AwardData
from iepbinder.domain.ledger import ServiceLedger
from iepbinder.domain.ledger_text import Figure
from iepbinder.domain.school_calendar import CalendarEvent, DayKind
from iepbinder.domain.service_log import LoggedSession, LogSource, SessionData, SessionStatus


@dataclass(frozen=True)
class SchoolYearData:
    """A school year as the parent enters it."""

    label: str
    first_day: dt.date
    last_day: dt.date
    school: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CalendarEventRow:
    """A stored calendar event (holiday, break, closure, early release, late start)."""

    id: int
    version: int
    school_year_id: int
    event: CalendarEvent


@dataclass(frozen=True)
class SchoolYearRow:
    """A stored school year with its events."""

    id: int
    version: int
    data: SchoolYearData
    events: tuple[CalendarEventRow, ...] = ()


@dataclass(frozen=True)
class SessionRow:
    """A logged session of a service line."""

    id: int
    version: int
    child_id: int
    service_type: str
    data: SessionData
    source: LogSource
    makeup_for: tuple[int, ...]
    award_id: int | None
    logged_at: dt.datetime


@dataclass(frozen=True)
class AwardRow:
    """A compensatory award with what was delivered against it."""

    id: int
    version: int
    child_id: int
    data: AwardData
    delivered_minutes: float
    remaining_minutes: float
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class ServiceLedgerDto:
    """One service's ledger, its figures with their formulas, and its alerts."""

    service: str
    amount_text: str
    ledger: ServiceLedger
    figures: tuple[Figure, ...]
    alerts: tuple[Alert, ...]

    def figure(self, key: str) -> Figure:
        """The figure with this key."""
        return next(f for f in self.figures if f.key == key)


class SessionDates(Mapping[int, dt.date]):
    """The date of every session a report counts, by id: worked out when first asked for.

    Only the figures' tooltips ask (the dates behind each number), and most reports are never
    shown with them, so the first report after opening does not build 30,000 entries for them.
    """

    def __init__(self, logged: Sequence[LoggedSession], by_id: Mapping[int, LoggedSession]) -> None:
        self._logged, self._by_id = logged, by_id
        self._dates: dict[int, dt.date] | None = None

    def _made(self) -> dict[int, dt.date]:
        if self._dates is None:
            dates = {session_id: s.date for session_id, s in self._by_id.items()}
            # a summed day's first id is its own (already above): only the others are added
            for s in self._logged:
                same = s.same_day_ids
                if len(same) > 1:
                    dates.update(dict.fromkeys(same[1:], s.date))
            self._dates, self._logged, self._by_id = dates, (), {}
        return self._dates

    def __getitem__(self, session_id: int) -> dt.date:
        return self._made()[session_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self._made())

    def __len__(self) -> int:
        return len(self._made())

    def __contains__(self, session_id: object) -> bool:
        return session_id in self._made()

    def __repr__(self) -> str:
        return repr(self._made())


@dataclass(frozen=True)
class LedgerReport:
    """The ledger of every service of a child over a date range."""

    child_id: int
    child_name: str
    start: dt.date
    end: dt.date
    services: tuple[ServiceLedgerDto, ...]
    missed: tuple[LoggedSession, ...]
    generated_on: dt.date
    warnings: tuple[str, ...] = ()
    session_dates: Mapping[int, dt.date] = field(default_factory=dict, compare=False)
    awards: tuple[AwardRow, ...] = ()

    def service(self, name: str) -> ServiceLedgerDto:
        """The ledger of one service, by name (case-insensitive)."""
        return next(s for s in self.services if s.service.casefold() == name.casefold())


@dataclass(frozen=True)
class DayEntry:
    """One line in a day cell: a logged session, or an expected one not yet logged."""

    service: str
    status: SessionStatus | None  # None: expected, not logged
    minutes: int
    session_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class DayCell:
    """One day of the month view."""

    date: dt.date
    kind: DayKind
    name: str
    in_month: bool
    entries: tuple[DayEntry, ...] = ()


@dataclass(frozen=True)
class MonthView:
    """Six weeks (Monday first) around one month, with each day's expected and logged sessions."""

    child_id: int
    year: int
    month: int
    services: tuple[str, ...]
    days: tuple[DayCell, ...]

    def cell(self, day: dt.date) -> DayCell | None:
        """The cell of a date shown in the view."""
        return next((c for c in self.days if c.date == day), None)


@dataclass(frozen=True)
class ServiceLine:
    """A service as the session log knows it on one day: name and the session's usual minutes."""

    service: str
    minutes_per_session: int | None
    amount_text: str


@dataclass(frozen=True)
class ImportProblem:
    """A row that was not imported, and why (row numbers count the header as row 1)."""

    row_number: int
    message: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did: how many rows came in, were skipped as duplicates, or failed."""

    imported: int
    duplicates: int
    problems: tuple[ImportProblem, ...] = ()

    @property
    def summary(self) -> str:
        """One sentence for the status bar or the terminal."""
        text = f"Imported {self.imported} row(s)"
        if self.duplicates:
            text += f", skipped {self.duplicates} already in the binder"
        if self.problems:
            rows = ", ".join(str(p.row_number) for p in self.problems)
            text += f"; {len(self.problems)} row(s) not imported (row {rows})"
        return text + "."


@dataclass(frozen=True)
class Discrepancy:
    """A day where the school's log and the parent's marks disagree."""

    date: dt.date
    service: str
    school: SessionRow
    parent: SessionRow
    description: str
