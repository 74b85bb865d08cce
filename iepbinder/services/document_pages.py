"""The document list as a printable binder page, from the same rows the Documents tab shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from iepbinder.domain.types import PaperSize
from iepbinder.services.children import ChildService
from iepbinder.services.context import ServiceContext
from iepbinder.services.document_dto import DocumentListRow
from iepbinder.services.pages import RenderedPdf


def render_index(
    context: ServiceContext,
    child_id: int,
    rows: Sequence[DocumentListRow],
    paper: PaperSize = PaperSize.LETTER,
) -> RenderedPdf:
    """Number, date, author, type, title and summary of every document, oldest first."""
    from iepbinder.export.document_index_pdf import render_index as render

    rendered = render(index_page(context, child_id, rows, paper))
    return RenderedPdf(rendered.data, rendered.page_count)


def index_page(
    context: ServiceContext,
    child_id: int,
    rows: Sequence[DocumentListRow],
    paper: PaperSize = PaperSize.LETTER,
    scope: str = "",
    note: str = "",
) -> Any:
    """The export's IndexPage for ``rows`` (typed Any: reportlab stays out of services' imports)."""
    from iepbinder.export.document_index_pdf import IndexLine, IndexPage
    from iepbinder.export.pages import PageSize

    child = ChildService(context).get_child(child_id)
    lines = tuple(
        IndexLine(
            number=row.seq_no,
            day=row.filing_date,
            author=row.author,
            kind=row.category_words,
            title=row.title,
            summary=row.summary,
            attached_to=row.parent_seq_no,
        )
        for row in rows
    )
    page = IndexPage(child.display_name, context.today(), lines, PageSize(paper.value))
    return replace(page, scope=scope, note=note)
