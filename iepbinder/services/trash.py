"""Deleting moves an item to the trash, from which it can be restored (Undo)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.history import append_records, plain
from iepbinder.db.models import (
    Accommodation,
    AccommodationCheck,
    CalendarDay,
    Child,
    CompensatoryAward,
    Concern,
    Contact,
    Document,
    Goal,
    Iep,
    JournalEntry,
    Letter,
    LogEntry,
    SchoolYear,
    ServiceMandate,
    ServiceSession,
    TeamMember,
)
from iepbinder.db.models.progress import GoalDataPoint, ProgressReport
from iepbinder.db.models.today import ClockEvent, Meeting
from iepbinder.domain.language import t
from iepbinder.domain.types import StrEnum
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import KIND_LABELS
from iepbinder.services.errors import NotFoundError
from iepbinder.services.rows import utc_now


class ItemKind(StrEnum):
    """The kinds of item that can go to the trash."""

    CHILD = "child"
    PLAN = "plan"
    SERVICE = "service"
    ACCOMMODATION = "accommodation"
    GOAL = "goal"
    TEAM_MEMBER = "team_member"
    CONTACT = "contact"
    SESSION = "session"
    SCHOOL_YEAR = "school_year"
    CALENDAR_DAY = "calendar_day"
    AWARD = "award"
    DATA_POINT = "data_point"
    PROGRESS_REPORT = "progress_report"
    LOG_ENTRY = "log_entry"
    JOURNAL_ENTRY = "journal_entry"
    ACCOMMODATION_CHECK = "accommodation_check"
    CONCERN = "concern"
    LETTER = "letter"
    MEETING = "meeting"
    CLOCK_EVENT = "clock_event"
    DOCUMENT = "document"


@dataclass(frozen=True)
class _TrashSpec:
    model: Any
    noun: str
    areas: tuple[Area, ...]


_SPECS: dict[ItemKind, _TrashSpec] = {
    ItemKind.CHILD: _TrashSpec(Child, "child", (Area.CHILDREN,)),
    ItemKind.PLAN: _TrashSpec(Iep, "IEP", (Area.PLANS,)),
    ItemKind.SERVICE: _TrashSpec(ServiceMandate, "service", (Area.SERVICES,)),
    ItemKind.ACCOMMODATION: _TrashSpec(Accommodation, "accommodation", (Area.ACCOMMODATIONS,)),
    ItemKind.GOAL: _TrashSpec(Goal, "goal", (Area.GOALS,)),
    ItemKind.TEAM_MEMBER: _TrashSpec(TeamMember, "team member", (Area.TEAM,)),
    ItemKind.CONTACT: _TrashSpec(Contact, "contact", (Area.CONTACTS, Area.TEAM)),
    ItemKind.SESSION: _TrashSpec(ServiceSession, "session", (Area.SESSIONS,)),
    ItemKind.SCHOOL_YEAR: _TrashSpec(SchoolYear, "school year", (Area.SCHOOL_CALENDAR,)),
    ItemKind.CALENDAR_DAY: _TrashSpec(CalendarDay, "calendar day", (Area.SCHOOL_CALENDAR,)),
    ItemKind.AWARD: _TrashSpec(CompensatoryAward, "compensatory award", (Area.AWARDS,)),
    ItemKind.DATA_POINT: _TrashSpec(GoalDataPoint, "data point", (Area.PROGRESS,)),
    ItemKind.PROGRESS_REPORT: _TrashSpec(ProgressReport, "progress report", (Area.REPORTS,)),
    ItemKind.LOG_ENTRY: _TrashSpec(LogEntry, "log entry", (Area.COMMLOG, Area.CONCERNS)),
    ItemKind.JOURNAL_ENTRY: _TrashSpec(JournalEntry, "journal entry", (Area.JOURNAL,)),
    ItemKind.ACCOMMODATION_CHECK: _TrashSpec(
        AccommodationCheck, "accommodation check", (Area.JOURNAL,)
    ),
    ItemKind.CONCERN: _TrashSpec(Concern, "concern", (Area.CONCERNS, Area.LETTERS)),
    ItemKind.LETTER: _TrashSpec(Letter, "letter", (Area.LETTERS, Area.CONCERNS)),
    ItemKind.MEETING: _TrashSpec(Meeting, "meeting", (Area.REMINDERS,)),
    ItemKind.CLOCK_EVENT: _TrashSpec(ClockEvent, "dated event", (Area.REMINDERS,)),
    ItemKind.DOCUMENT: _TrashSpec(Document, "document", (Area.DOCUMENTS, Area.COMMLOG)),
}


@dataclass(frozen=True)
class TrashItem:
    """Something in the trash: what it was, its name, and when it was deleted."""

    kind: ItemKind
    item_id: int
    label: str
    deleted_at: dt.datetime

    @property
    def noun(self) -> str:
        """'service', 'goal', ... for messages."""
        return _SPECS[self.kind].noun


def _label(kind: ItemKind, row: Any) -> str:
    if kind is ItemKind.CHILD:
        return f"{row.preferred_name or row.first_name} {row.last_name}".strip()
    if kind is ItemKind.PLAN:
        when = row.meeting_date or row.start_date
        return f"{t(KIND_LABELS[row.kind])}{', ' + when.isoformat() if when else ''}"
    if kind is ItemKind.SERVICE:
        return str(row.service_type)
    if kind in (ItemKind.ACCOMMODATION, ItemKind.GOAL):
        text = str(row.text)
        return text if len(text) <= 60 else text[:57] + "..."
    if kind is ItemKind.TEAM_MEMBER:
        return str(row.contact.name)
    if kind is ItemKind.SESSION:
        return f"{row.service_type}, {row.session_date.isoformat()}"
    if kind is ItemKind.SCHOOL_YEAR:
        return str(row.label)
    if kind is ItemKind.CALENDAR_DAY:
        return f"{row.name or row.kind.value}, {row.start_date.isoformat()}"
    if kind is ItemKind.AWARD:
        return f"Compensatory {row.service_type}"
    if kind is ItemKind.DATA_POINT:
        return f"{row.value:g} on {row.observed_on.isoformat()}"
    if kind is ItemKind.PROGRESS_REPORT:
        return f"Progress report {row.period}"
    if kind in _COMMLOG_LABELS:
        return _COMMLOG_LABELS[kind](row)
    if kind is ItemKind.MEETING:
        return f"Meeting {row.meeting_date.isoformat()}"
    if kind is ItemKind.CLOCK_EVENT:
        return f"{row.description or row.rule_id}, {row.event_date.isoformat()}"
    return str(row.name)


_COMMLOG_LABELS: dict[ItemKind, Any] = {
    ItemKind.LOG_ENTRY: lambda row: f"{row.event_date.isoformat()} {row.topic}".strip(),
    ItemKind.JOURNAL_ENTRY: lambda row: f"Journal entry of {row.day.isoformat()}",
    ItemKind.ACCOMMODATION_CHECK: lambda row: f"Check of {row.day.isoformat()}, {row.class_name}",
    ItemKind.CONCERN: lambda row: str(row.title),
    ItemKind.LETTER: lambda row: str(row.subject),
    ItemKind.DOCUMENT: lambda row: f"#{row.seq_no} {row.title}",
}


# Kinds whose history is written here; sessions are recorded by the flush hook (db/history.py).
_HISTORY_ENTITIES = {ItemKind.LOG_ENTRY: "log_entry"}


def _record_trash(
    session: Session,
    kind: ItemKind,
    item_id: int,
    action: str,
    before: dt.datetime | None,
    after: dt.datetime | None,
) -> None:
    entity = _HISTORY_ENTITIES.get(kind)
    if entity is not None:
        change = ({"deleted_at": plain(before)}, {"deleted_at": plain(after)})
        append_records(session, [(entity, item_id, action, *change)])


class TrashService:
    """Move to trash, restore, and list what is there."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def move_to_trash(self, kind: ItemKind, item_id: int) -> tuple[TrashItem, Changes]:
        """Hide an item (and what hangs under it) until it is restored."""
        spec = _SPECS[kind]
        with self._context.session_factory.begin() as session:
            row = session.get(spec.model, item_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(spec.noun, item_id)
            row.deleted_at = utc_now()
            session.flush()
            _record_trash(session, kind, item_id, "moved to trash", None, row.deleted_at)
            item = TrashItem(kind, item_id, _label(kind, row), row.deleted_at)
        return item, Changes.of(Area.TRASH, *spec.areas)

    def restore(self, kind: ItemKind, item_id: int) -> Changes:
        """Bring an item back from the trash exactly as it was."""
        spec = _SPECS[kind]
        with self._context.session_factory.begin() as session:
            row = session.get(spec.model, item_id)
            if row is None or row.deleted_at is None:
                raise NotFoundError(spec.noun, item_id)
            _record_trash(session, kind, item_id, "restored", row.deleted_at, None)
            row.deleted_at = None
        return Changes.of(Area.TRASH, *spec.areas)

    def list_trash(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first."""
        items: list[TrashItem] = []
        with self._context.session_factory() as session:
            for kind, spec in _SPECS.items():
                rows = session.scalars(select(spec.model).where(spec.model.deleted_at.is_not(None)))
                items.extend(
                    TrashItem(kind, row.id, _label(kind, row), row.deleted_at) for row in rows
                )
        return sorted(items, key=lambda item: item.deleted_at, reverse=True)
