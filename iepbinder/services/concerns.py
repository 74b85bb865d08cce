"""Use cases of concerns: the ladder steps, the possible deadlines, and linked entries/letters."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from iepbinder.db.models import Child, Concern, ConcernEntryLink, ConcernStepRow, Letter, LogEntry
from iepbinder.domain.commlog_validation import validate_concern
from iepbinder.domain.concern_windows import DUE_PROCESS_YEARS, STATE_COMPLAINT_YEARS
from iepbinder.domain.concern_windows import concern_windows as windows_for
from iepbinder.domain.concerns import ConcernData, ConcernStep, next_step
from iepbinder.domain.language import N_, t
from iepbinder.domain.letters.model import LetterStatus
from iepbinder.services.changes import Area, Changes
from iepbinder.services.commlog_dto import ConcernRow, LinkRef
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ValidationError
from iepbinder.services.rows import check_version, live, not_deleted
from iepbinder.services.settings import SettingsService

WHAT = "concern"
COMPLAINT_SETTING = "state_complaint.years"
DUE_PROCESS_SETTING = "due_process.years"
CHANGES = Changes.of(Area.CONCERNS)
LETTER_STATUS_WORDS = {LetterStatus.DRAFT: N_("draft"), LetterStatus.SENT: N_("sent")}


def concern_data(row: Concern) -> ConcernData:
    """The plain data of a concern row."""
    return ConcernData(
        title=row.title,
        description=row.description,
        class_or_setting=row.class_or_setting,
        problem_date=row.problem_date,
        knew_date=row.knew_date,
        status=row.status,
        resolved_on=row.resolved_on,
        steps=tuple(ConcernStep(s.step, s.taken_on, s.who, s.note) for s in row.steps),
    )


def _write(row: Concern, data: ConcernData) -> None:
    for name in ("title", "description", "class_or_setting", "problem_date", "knew_date",
                 "status", "resolved_on"):  # fmt: skip
        setattr(row, name, getattr(data, name))
    row.steps = [
        ConcernStepRow(position=i, step=s.step, taken_on=s.taken_on, who=s.who, note=s.note)
        for i, s in enumerate(data.steps)
    ]


class ConcernService:
    """A child's concerns and how each has been raised."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._settings = SettingsService(context)

    def list_concerns(self, child_id: int) -> list[ConcernRow]:
        """Concerns, open ones first, newest first within each group."""
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(Concern)
                .where(Concern.child_id == child_id, not_deleted(Concern))
                .order_by(Concern.id.desc())
            ).all()
            result = [self._row(session, row) for row in rows]
        return sorted(result, key=lambda concern: concern.data.status.value != "open")

    def get_concern(self, concern_id: int) -> ConcernRow:
        """One concern."""
        with self._context.session_factory() as session:
            return self._row(session, live(session, Concern, concern_id, WHAT))

    def add_concern(self, child_id: int, data: ConcernData) -> Saved[ConcernRow]:
        """Write down a new concern."""
        _raise_if_invalid(data)
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            row = Concern(child_id=child_id)
            _write(row, data)
            session.add(row)
            session.flush()
            saved = self._row(session, row)
        return Saved(saved, CHANGES)

    def update_concern(
        self, concern_id: int, version: int | None, data: ConcernData
    ) -> Saved[ConcernRow]:
        """Save an edit of a concern and its steps."""
        _raise_if_invalid(data)
        with self._context.session_factory.begin() as session:
            row = live(session, Concern, concern_id, WHAT)
            check_version(row, version, WHAT)
            _write(row, data)
            session.flush()
            saved = self._row(session, row)
        return Saved(saved, CHANGES)

    def link_entry(self, concern_id: int, entry_id: int) -> Saved[ConcernRow]:
        """Add a log entry to the concern's story (linking twice changes nothing)."""
        with self._context.session_factory.begin() as session:
            concern = live(session, Concern, concern_id, WHAT)
            entry = live(session, LogEntry, entry_id, "log entry")
            exists = session.scalar(
                select(ConcernEntryLink.id).where(
                    ConcernEntryLink.concern_id == concern_id,
                    ConcernEntryLink.entry_id == entry_id,
                )
            )
            if exists is None:
                session.add(ConcernEntryLink(concern_id=concern.id, entry_id=entry.id))
                session.flush()
            saved = self._row(session, concern)
        return Saved(saved, Changes.of(Area.CONCERNS, Area.COMMLOG))

    def unlink_entry(self, concern_id: int, entry_id: int) -> Saved[ConcernRow]:
        """Take a log entry out of the concern's story (the entry itself stays)."""
        with self._context.session_factory.begin() as session:
            concern = live(session, Concern, concern_id, WHAT)
            session.execute(
                delete(ConcernEntryLink).where(
                    ConcernEntryLink.concern_id == concern_id,
                    ConcernEntryLink.entry_id == entry_id,
                )
            )
            saved = self._row(session, concern)
        return Saved(saved, Changes.of(Area.CONCERNS, Area.COMMLOG))

    def _row(self, session: Session, row: Concern) -> ConcernRow:
        data = concern_data(row)
        entries = session.execute(
            select(LogEntry.id, LogEntry.event_date, LogEntry.topic)
            .join(ConcernEntryLink, ConcernEntryLink.entry_id == LogEntry.id)
            .where(ConcernEntryLink.concern_id == row.id, not_deleted(LogEntry))
            .order_by(LogEntry.event_date, LogEntry.id)
        ).all()
        letters = session.execute(
            select(Letter.id, Letter.subject, Letter.status)
            .where(Letter.concern_id == row.id, not_deleted(Letter))
            .order_by(Letter.id)
        ).all()
        windows = windows_for(
            data.problem_date,
            data.knew_date,
            complaint_years=int(self._settings.get(COMPLAINT_SETTING, STATE_COMPLAINT_YEARS)),
            due_process_years=int(self._settings.get(DUE_PROCESS_SETTING, DUE_PROCESS_YEARS)),
        )
        return ConcernRow(
            id=row.id,
            version=row.version,
            data=data,
            windows=windows,
            next_step=next_step(data.steps),
            entries=tuple(
                LinkRef(i, f"{day.isoformat()} \u2013 {topic}") for i, day, topic in entries
            ),
            letters=tuple(
                LinkRef(i, t("{subject} ({status})", subject=subject, status=_status(status)))
                for i, subject, status in letters
            ),
        )


def _status(status: LetterStatus) -> str:
    return t(LETTER_STATUS_WORDS.get(status, status.value))


def _raise_if_invalid(data: ConcernData) -> None:
    errors = validate_concern(data)
    if errors:
        raise ValidationError(errors)
