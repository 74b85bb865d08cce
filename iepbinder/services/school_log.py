"""The school's own service log: CSV import with a remembered column mapping, and reconciliation."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from iepbinder.db.models import Child, ServiceSession
from iepbinder.domain.language import t
from iepbinder.domain.service_log import (
    MISS_STATUSES,
    STATUS_LABELS,
    EvidenceSource,
    LogSource,
    SessionData,
    SessionStatus,
    validate_session,
)
from iepbinder.importers.service_log_csv import (
    ColumnMapping,
    LogFileError,
    LogRow,
    guess_mapping,
    read_log,
    read_table,
)
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import ServiceContext
from iepbinder.services.errors import ServiceError
from iepbinder.services.ledger_inputs import MandateSet, line_key, load_mandates
from iepbinder.services.rows import live, not_deleted
from iepbinder.services.session_dto import Discrepancy, ImportProblem, ImportReport
from iepbinder.services.session_log import SessionService
from iepbinder.services.settings import SettingsService

MAPPING_SETTING = "service_log_csv.mapping"
DELIVERED_LIKE = frozenset({SessionStatus.DELIVERED, SessionStatus.MAKEUP})


def match_service(name: str, mandates: MandateSet) -> str | None:
    """The child's service line a log's service name means ('Speech' -> speech-language ...)."""
    wanted = line_key(name)
    if wanted in mandates.names:
        return wanted
    candidates = [k for k in mandates.names if wanted in k or k in wanted]
    if len(candidates) != 1:
        first = wanted.split(" ")[0].split("-")[0]
        candidates = [k for k in mandates.names if k.split(" ")[0].split("-")[0] == first]
    return candidates[0] if len(candidates) == 1 else None


class SchoolLogService:
    """Import the school's service log and compare it with the parent's own marks."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._settings = SettingsService(context)

    def preview(self, data: bytes) -> tuple[list[str], list[list[str]], ColumnMapping]:
        """The header, the first rows, and the mapping to offer (the remembered one if it fits)."""
        try:
            header, rows = read_table(data)
        except LogFileError as exc:
            raise ServiceError(str(exc)) from exc
        remembered = self._settings.get(MAPPING_SETTING, {})
        if remembered and all(
            value in header for value in remembered.values() if value
        ):  # the same kind of file as last time
            mapping = ColumnMapping(**remembered)
        else:
            mapping = guess_mapping(header)
        return header, rows[:8], mapping

    def import_log(
        self, child_id: int, data: bytes, mapping: ColumnMapping
    ) -> tuple[ImportReport, Changes]:
        """Import every readable row as the school's entries; bad rows are named, not fatal."""
        try:
            read = read_log(data, mapping)
        except LogFileError as exc:
            raise ServiceError(str(exc)) from exc
        problems = [ImportProblem(p.row_number, p.message) for p in read.problems]
        imported = duplicates = 0
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            mandates = load_mandates(session, child_id)
            existing = {
                (line_key(r.service_type), r.session_date, r.status, r.minutes_delivered)
                for r in session.scalars(
                    select(ServiceSession).where(
                        ServiceSession.child_id == child_id,
                        ServiceSession.source == LogSource.SCHOOL,
                        not_deleted(ServiceSession),
                    )
                )
            }
            for row in read.rows:
                key = match_service(row.service, mandates)
                if key is None:
                    names = ", ".join(mandates.names.values()) or t("none yet")
                    problems.append(ImportProblem(row.row_number, t(
                        "Row {number}: the service '{service}' matches none of the child's "
                        "services ({names}).",
                        number=row.row_number, service=row.service, names=names,
                    )))  # fmt: skip
                    continue
                entry = _session_data(row, mandates.minutes.get(key))
                errors = validate_session(entry)
                if errors:
                    problems.append(ImportProblem(
                        row.row_number, t("Row {number}: {problem}", number=row.row_number,
                                          problem=errors[0].message)))  # fmt: skip
                    continue
                identity = (key, entry.date, entry.status, entry.minutes_delivered)
                if identity in existing:
                    duplicates += 1
                    continue
                existing.add(identity)
                record = ServiceSession(
                    child_id=child_id, service_type=mandates.names[key], source=LogSource.SCHOOL
                )
                for name, value in dataclasses.asdict(entry).items():
                    setattr(record, "session_date" if name == "date" else name, value)
                session.add(record)
                imported += 1
        self._settings.put(MAPPING_SETTING, dataclasses.asdict(mapping))
        problems.sort(key=lambda p: p.row_number)
        report = ImportReport(imported, duplicates, tuple(problems))
        return report, Changes.of(Area.SESSIONS, Area.SETTINGS)

    def reconcile(self, child_id: int, start: dt.date, end: dt.date) -> list[Discrepancy]:
        """Days the school logged a session the parent marked missed, and the reverse."""
        sessions = SessionService(self._context).list_sessions(child_id, start, end)
        school = {(line_key(s.service_type), s.data.date): s for s in sessions
                  if s.source is LogSource.SCHOOL}  # fmt: skip
        found: list[Discrepancy] = []
        for parent in (s for s in sessions if s.source is LogSource.PARENT):
            theirs = school.get((line_key(parent.service_type), parent.data.date))
            if theirs is None:
                continue
            ours_status, their_status = parent.data.status, theirs.data.status
            if their_status in DELIVERED_LIKE and ours_status in MISS_STATUSES:
                text = (f"The school logged {STATUS_LABELS[their_status].lower()} "
                        f"({theirs.data.minutes_delivered} min); you marked it "
                        f"{STATUS_LABELS[ours_status].lower()}.")  # fmt: skip
            elif ours_status in DELIVERED_LIKE and their_status in MISS_STATUSES:
                text = (f"You marked it {STATUS_LABELS[ours_status].lower()}; the school logged "
                        f"{STATUS_LABELS[their_status].lower()}.")  # fmt: skip
            else:
                continue
            found.append(Discrepancy(parent.data.date, parent.service_type, theirs, parent, text))
        return found


def _session_data(row: LogRow, usual_minutes: int | None) -> SessionData:
    scheduled = row.scheduled_minutes or usual_minutes or row.minutes_delivered
    status = row.status
    if status is SessionStatus.DELIVERED and scheduled and 0 < row.minutes_delivered < scheduled:
        status = SessionStatus.PARTIAL
    delivered = row.minutes_delivered
    if status is SessionStatus.DELIVERED and not delivered:
        delivered = scheduled
    return SessionData(
        date=row.date, status=status, scheduled_minutes=scheduled, minutes_delivered=delivered,
        reason=row.reason, provider=row.provider, evidence_source=EvidenceSource.SCHOOL_LOG,
        notes=row.notes,
    )  # fmt: skip
