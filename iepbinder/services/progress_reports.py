"""Use cases for progress reports: list, open for editing, save with entries and passages."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.models import Child, Goal, Iep
from iepbinder.db.models.progress import (
    ProgressReport,
    ProgressReportEntry,
    ProgressReportPassage,
)
from iepbinder.domain.language import t
from iepbinder.domain.progress_records import ProgressReportData, ReportInput, validate_report
from iepbinder.domain.validation import FieldError
from iepbinder.importers.progress_report_pdf import ReportPdfError, ReportPdfText, read_report_pdf
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.dto import GoalRow
from iepbinder.services.errors import ServiceError, ValidationError
from iepbinder.services.mapping import goal_row, write_data
from iepbinder.services.plans import PlanService, pick_current_plan
from iepbinder.services.progress_dto import ProgressReportRow, ReportDetail
from iepbinder.services.progress_findings import report_plan
from iepbinder.services.progress_load import (
    entries_of,
    passages_of,
    report_row,
    reports_of,
)
from iepbinder.services.rows import check_version, live, not_deleted, utc_now

WHAT = "progress report"


class ReportTextError(ServiceError):
    """The dropped file's text could not be taken; the message says what to do instead."""


class ProgressReportService:
    """A child's progress reports as the parent records them."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_reports(self, child_id: int) -> list[ProgressReportRow]:
        """The child's reports, in the order of the dates they speak for."""
        with self._context.session_factory() as session:
            return reports_of(session, [child_id])

    def report_detail(self, report_id: int) -> ReportDetail:
        """A report with its entries and passages, and the goals of the plan it reports on."""
        with self._context.session_factory() as session:
            report = report_row(live(session, ProgressReport, report_id, WHAT))
        plans = PlanService(self._context).list_plans(report.child_id)
        plan = report_plan(report, plans)
        with self._context.session_factory() as session:
            goals = _goals(session, plan.id) if plan else ()
            entries = tuple(entries_of(session, [report_id]).get(report_id, []))
            passages = tuple(passages_of(session, report_id))
        return ReportDetail(report, plan, goals, entries, passages)

    def blank_detail(self, child_id: int, plan_id: int | None) -> ReportDetail:
        """What the editor starts from for a new report: the plan's goals, nothing said yet."""
        plans = PlanService(self._context).list_plans(child_id)
        plan = next((p for p in plans if p.id == plan_id), None) or pick_current_plan(
            plans, self._context.today()
        )
        with self._context.session_factory() as session:
            live(session, Child, child_id, "child")
            goals = _goals(session, plan.id) if plan else ()
        blank = ProgressReportRow(0, child_id, plan.id if plan else None, 0, ProgressReportData(""))
        return ReportDetail(blank, plan, goals, (), ())

    def save_report(
        self,
        child_id: int,
        report_id: int | None,
        version: int | None,
        plan_id: int | None,
        data: ReportInput,
    ) -> Saved[ProgressReportRow]:
        """Save a report, its entry per goal and its passages, all in one transaction."""
        errors = validate_report(data.report, self._context.today())
        if errors:
            raise ValidationError(errors)
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            if plan_id is not None:
                live(session, Iep, plan_id, "IEP")
            if report_id is None:
                row = ProgressReport(child_id=child_id)
                session.add(row)
            else:
                row = live(session, ProgressReport, report_id, WHAT)
                check_version(row, version, WHAT)
                row.updated_at = utc_now()  # a new version even when only the entries changed
            row.iep_id = plan_id
            write_data(row, data.report)
            session.flush()
            _check_goals(session, data, plan_id)
            _save_entries(session, row.id, data)
            _save_passages(session, row.id, data)
            session.flush()
            saved = report_row(row)
        return Saved(saved, Changes.of(Area.REPORTS, Area.PROGRESS))

    def read_pdf_text(self, raw: bytes, name: str) -> ReportPdfText:
        """The text of a dropped report PDF, for the parent to assign passages to goals."""
        try:
            return read_report_pdf(raw, name)
        except ReportPdfError as exc:
            raise ReportTextError(str(exc)) from None


def _goals(session: Session, plan_id: int) -> tuple[GoalRow, ...]:
    rows = session.scalars(
        select(Goal).where(Goal.iep_id == plan_id, not_deleted(Goal)).order_by(Goal.position)
    )
    return tuple(goal_row(row) for row in rows)


def _check_goals(session: Session, data: ReportInput, plan_id: int | None) -> None:
    wanted = {e.goal_id for e in data.entries} | {p.goal_id for p in data.passages}
    if not wanted:
        return
    known = set(
        session.scalars(
            select(Goal.id).where(Goal.id.in_(wanted), Goal.iep_id == plan_id, not_deleted(Goal))
        )
    )
    if wanted - known:
        message = t("Some goals of this report are no longer in the IEP. Reopen the report.")
        raise ValidationError([FieldError("entries", message)])


def _save_entries(session: Session, report_id: int, data: ReportInput) -> None:
    existing = {
        row.goal_id: row
        for row in session.scalars(
            select(ProgressReportEntry).where(ProgressReportEntry.report_id == report_id)
        )
    }
    for entry in data.entries:
        row = existing.get(entry.goal_id)
        if row is None:
            row = ProgressReportEntry(report_id=report_id)
            session.add(row)
        row.deleted_at = None
        write_data(row, entry)


def _save_passages(session: Session, report_id: int, data: ReportInput) -> None:
    """Keep passages still assigned, add new ones; unassigned ones are marked removed, not lost."""
    current = session.scalars(
        select(ProgressReportPassage).where(
            ProgressReportPassage.report_id == report_id, not_deleted(ProgressReportPassage)
        )
    ).all()
    key = {(p.goal_id, p.start, p.end): p for p in current}
    wanted = {(p.goal_id, p.start, p.end): p for p in data.passages}
    for identity, row in key.items():
        if identity not in wanted:
            row.deleted_at = utc_now()
    for identity, passage in wanted.items():
        if identity not in key:
            row = ProgressReportPassage(report_id=report_id)
            write_data(row, passage)
            session.add(row)
