"""The 'Document list' binder page: number, date, author, type, title and summary, oldest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from iepbinder.domain.language import t
from iepbinder.export.pages import (
    DASH,
    PageFrame,
    PageSize,
    RenderedPdf,
    Styles,
    data_table,
    esc,
    format_date,
    make_styles,
    para,
    render_pdf,
)

DOCUMENTS_COLOUR = "#7A4E9C"
DOCUMENTS_TAB_SLOT = 3  # At a glance 0, Services 1, Communication 2, Documents 3, Progress 4
_SUMMARY_LIMIT = 240


@dataclass(frozen=True)
class IndexLine:
    """One document as the list prints it."""

    number: int
    day: dt.date | None
    author: str
    kind: str
    title: str
    summary: str
    attached_to: int | None = None


@dataclass(frozen=True)
class IndexPage:
    """Whose file, the documents in master-file order, and when the list was prepared."""

    child_name: str
    prepared_on: dt.date
    lines: tuple[IndexLine, ...]
    page_size: PageSize = PageSize.LETTER
    scope: str = ""  # the count line when not the whole file (the packet's date range)
    note: str = ""  # e.g. which documents of the file are left out, and where they are


def _shorten(text: str) -> str:
    cleaned = " ".join(text.split())
    return cleaned if len(cleaned) <= _SUMMARY_LIMIT else cleaned[: _SUMMARY_LIMIT - 1] + "\u2026"


def _row(line: IndexLine, st: Styles) -> list[object]:
    title: list[Flowable] = [para(line.title or DASH, st.cell_bold)]
    if line.attached_to is not None:
        title.append(para(t("Attached to #{number}", number=line.attached_to), st.cell_italic))
    return [
        para(f"#{line.number}", st.cell_bold),
        para(format_date(line.day), st.cell),
        para(line.author or DASH, st.cell),
        para(t(line.kind), st.cell),
        title,
        para(_shorten(line.summary) or DASH, st.cell),
    ]


def index_frame(page: IndexPage) -> PageFrame:
    """The Documents section's page frame (its own colour and tab)."""
    return PageFrame(
        child_name=page.child_name,
        section=t("Documents"),
        prepared_on=page.prepared_on,
        colour=DOCUMENTS_COLOUR,
        page_size=page.page_size,
        tab_slot=DOCUMENTS_TAB_SLOT,
    )


def index_story(page: IndexPage, width: float, heading: str = "Document list") -> list[Flowable]:
    """The list's title, its count and the table (the meeting packet reuses it)."""
    st = make_styles(10.0, DOCUMENTS_COLOUR)
    count = len(page.lines)
    story: list[Flowable] = [
        Paragraph(esc(t(heading)), st.title),
        para(
            page.scope
            or (
                t("1 document in the master file, oldest first")
                if count == 1
                else t("{count} documents in the master file, oldest first", count=count)
            ),
            st.body,
        ),
        para(
            t(
                "Each number is the document's place in the parent's master file; the originals "
                "are kept unchanged, with a SHA-256 fingerprint of each."
            ),
            st.note,
        ),
    ]
    if page.note:
        story.append(para(page.note, st.note))
    if page.lines:
        headers = (t("No."), t("Date"), t("Author"), t("Type"), t("Title"), t("Summary"))
        rows: list[Sequence[object]] = [
            [para(text, st.cell_header) for text in headers],
            *(_row(line, st) for line in page.lines),
        ]
        shares = (0.07, 0.13, 0.15, 0.15, 0.27, 0.23)
        story.append(data_table(rows, [width * share for share in shares], st, flex=4))
    else:
        story.append(para(t("No documents yet."), st.body))
    return story


def render_index(page: IndexPage) -> RenderedPdf:
    """The document list; a long file runs over several pages with the header repeated."""
    frame = index_frame(page)
    return render_pdf(index_story(page, frame.content_width), frame)
