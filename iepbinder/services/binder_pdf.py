"""The whole binder as one PDF: every printable page of a child, one section after another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from iepbinder.domain.types import PaperSize
from iepbinder.services.commlog_export import CommLogExportService
from iepbinder.services.context import ServiceContext
from iepbinder.services.documents import DocumentService
from iepbinder.services.ledger import LedgerService
from iepbinder.services.pages import PageService, RenderedPdf
from iepbinder.services.progress import ProgressService


def whole_binder_pdf(
    context: ServiceContext,
    child_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    paper: PaperSize = PaperSize.LETTER,
    progress: Callable[[str], None] | None = None,
) -> RenderedPdf:
    """At a glance, the services report, the communication log, goal progress, document index.

    ``start`` and ``end`` limit the services report and the log (default: the current plan's
    dates for the report, the whole log); each section keeps its own "page x of y".
    ``progress`` is told the name of each section as it starts (for a status line).
    """
    from iepbinder.export.pdf_merge import merge_pdfs

    sections: list[tuple[str, Callable[[], RenderedPdf]]] = [
        ("IEP at a glance", lambda: PageService(context).glance_pdf(child_id, paper=paper)),
        ("Services", lambda: LedgerService(context).report_pdf(child_id, start, end, paper)),
        (
            "Communication log",
            lambda: CommLogExportService(context).log_pdf(child_id, start, end, paper),
        ),
        ("Goal progress", lambda: ProgressService(context).progress_pdf(child_id, paper=paper)),
        ("Documents", lambda: DocumentService(context).index_pdf(child_id, paper)),
    ]
    parts = []
    for name, render in sections:
        if progress is not None:
            progress(name)
        parts.append(render().content)
    merged = merge_pdfs(parts, "IEP binder")
    return RenderedPdf(merged.data, merged.page_count)
