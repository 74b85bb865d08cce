"""The demo's master file: the district's IEP (a PDF), a progress report and a school email."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select

from iepbinder.config.paths import resource_path
from iepbinder.db.models.progress import ProgressReport
from iepbinder.domain.documents import DocumentCategory, ReceivedVia
from iepbinder.services.context import ServiceContext
from iepbinder.services.document_dto import ImportPayload
from iepbinder.services.documents import DocumentService
from iepbinder.services.dto import ChildRow
from iepbinder.services.glance import GlanceService
from iepbinder.services.rows import not_deleted

SAMPLE_EMAIL = ("samples", "sample-email.eml")


def _iep_pdf(context: ServiceContext, child: ChildRow) -> tuple[bytes, dt.date | None] | None:
    """The district's copy of the plan in effect, and the date of its meeting."""
    from iepbinder.export.school_documents_pdf import IepSheet, render_iep_sheet

    glance = GlanceService(context).glance(child.id)
    plan = glance.plan
    if plan is None:
        return None
    data = child.data
    sheet = IepSheet(
        student=child.display_name, date_of_birth=data.date_of_birth, school=data.school,
        district=data.district, grade=data.grade, eligibility=data.eligibility,
        meeting_date=plan.data.meeting_date, start_date=plan.data.start_date,
        end_date=plan.data.end_date,
        services=tuple((s.data.service_type, s.data.raw_text, s.data.provider_name)
                       for s in glance.services),
        goals=tuple(g.data.text for g in glance.goals),
        accommodations=tuple(a.data.text for a in glance.accommodations),
    )  # fmt: skip
    return render_iep_sheet(sheet), plan.data.meeting_date


def _received_report(context: ServiceContext, child_id: int) -> ProgressReport | None:
    with context.session_factory() as session:
        report = session.scalars(
            select(ProgressReport)
            .where(ProgressReport.child_id == child_id, not_deleted(ProgressReport))
            .where(ProgressReport.received_date.is_not(None), ProgressReport.source_text != "")
            .order_by(ProgressReport.received_date.desc())
        ).first()
        if report is not None:
            session.expunge(report)
        return report


def _file(
    documents: DocumentService, child: ChildRow, name: str, data: bytes, **metadata: object
) -> int | None:
    report = documents.import_payloads(child.id, [ImportPayload(name, data, origin="demo")])
    outcome = report.outcomes[0]
    if outcome.document_id is None:
        return None
    row = documents.get_document(outcome.document_id)
    documents.update_document(row.id, row.version, replace(row.data, **metadata))  # type: ignore[arg-type]
    return row.id


def add_demo_documents(context: ServiceContext, child: ChildRow) -> None:
    """File the IEP, the latest received progress report (linked to its record) and an email."""
    from iepbinder.export.school_documents_pdf import render_school_report

    documents = DocumentService(context)
    made = _iep_pdf(context, child)
    school = child.data.school or "the school"
    if made is not None:
        pdf, meeting = made
        _file(
            documents, child, "IEP annual review.pdf", pdf,
            category=DocumentCategory.IEP_CURRENT, date_on_document=meeting,
            date_received=meeting, received_via=ReceivedVia.HAND, author="Karen Liu",
            author_role="Case manager", title="IEP, annual review",
            summary="The plan now in effect: services, goals and accommodations as agreed.",
            tags=("IEP",),
        )  # fmt: skip
    report = _received_report(context, child.id)
    if report is not None:
        pdf = render_school_report(f"IEP progress report \u2013 {report.period}", school,
                                   report.source_text)  # fmt: skip
        document_id = _file(
            documents, child, f"Progress report {report.period}.pdf", pdf,
            category=DocumentCategory.PROGRESS_REPORT, date_on_document=report.received_date,
            date_received=report.received_date, received_via=ReceivedVia.BACKPACK,
            author="Karen Liu", author_role="Case manager",
            title=f"Progress report, {report.period}",
            summary="Writing and math marked insufficient progress; compare with the data.",
            tags=("progress",),
        )  # fmt: skip
        if document_id is not None:
            with context.session_factory.begin() as session:
                stored = session.get(ProgressReport, report.id)
                if stored is not None:
                    stored.document_id = document_id
    sample = resource_path(*SAMPLE_EMAIL)
    if sample.is_file():
        documents.import_payloads(
            child.id, [ImportPayload(sample.name, sample.read_bytes(), origin="demo")]
        )
