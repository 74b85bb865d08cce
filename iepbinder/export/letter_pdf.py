"""A letter on paper: the parent's name, the date, the recipient, the Re: line and the body."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from iepbinder.domain.language import t
from iepbinder.export.fonts import BOLD, FAMILY, register_fonts
from iepbinder.export.pages import MUTED, PageSize, RenderedPdf, Styles, esc, make_styles

_MARGIN = 1.0 * inch


@dataclass(frozen=True)
class LetterPage:
    """What a printed letter shows."""

    sender_lines: tuple[str, ...]
    date_text: str
    recipient_lines: tuple[str, ...]
    body: str
    cc_line: str = ""
    footer: str = ""
    page_size: PageSize = PageSize.LETTER
    language: str = ""  # the letter's language for "Page n" (blank: the program's)


def _block(lines: Sequence[str], st: Styles) -> list[Flowable]:
    text = "<br/>".join(esc(line) for line in lines if line.strip())
    return [Paragraph(text, st.body)] if text else []


def _body(body: str, st: Styles) -> list[Flowable]:
    """Paragraphs split at blank lines; lines starting with '- ' become bullets."""
    bullet = ParagraphStyle("bullet", parent=st.body, leftIndent=16, bulletIndent=4)
    flowables: list[Flowable] = []
    for paragraph in body.replace("\r\n", "\n").split("\n\n"):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        text: list[str] = []
        for line in [*lines, ""]:
            if line.lstrip().startswith("- ") or not line:
                if text:
                    markup = "<br/>".join(esc(part) for part in text)
                    bold = text[0].startswith(("Re:", "Asunto:"))
                    flowables.append(Paragraph(f"<b>{markup}</b>" if bold else markup, st.body))
                    text = []
                if line:
                    flowables.append(Paragraph(esc(line.lstrip()[2:]), bullet, bulletText="\u2022"))
            else:
                text.append(line)
        if lines:
            flowables.append(Spacer(1, 6))
    return flowables


def _footer(
    text: str, language: str, pages: list[int], canvas: Canvas, doc: SimpleDocTemplate
) -> None:
    pages.append(canvas.getPageNumber())
    canvas.saveState()
    canvas.setFont(FAMILY, 8.5)
    canvas.setFillColor(MUTED)
    width = doc.pagesize[0]
    canvas.drawString(_MARGIN, 0.6 * inch, text)
    number = t("Page {number}", language or None, number=canvas.getPageNumber())
    canvas.drawRightString(width - _MARGIN, 0.6 * inch, number)
    canvas.restoreState()


def render_letter_pdf(page: LetterPage) -> RenderedPdf:
    """The letter as a PDF in DejaVu Sans, 10.5 pt, with a quiet footer and page numbers."""
    register_fonts()
    st = make_styles(10.5)
    st.body.spaceAfter = 0
    target = io.BytesIO()
    doc = SimpleDocTemplate(
        target,
        pagesize=page.page_size.points,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=page.body.split("\n", 1)[0],
        author="Prepared by the parent",
        creator="IEP Binder",
        invariant=1,
        initialFontName=FAMILY,
    )
    story: list[Flowable] = []
    story += _block(page.sender_lines, st)
    story += [Spacer(1, 14), Paragraph(esc(page.date_text), st.body), Spacer(1, 14)]
    story += _block(page.recipient_lines, st)
    if page.cc_line:
        story.append(Paragraph(f"<font name='{BOLD}'>Cc:</font> {esc(page.cc_line)}", st.body))
    story.append(Spacer(1, 16))
    story += _body(page.body, st)
    pages: list[int] = []
    draw = partial(_footer, page.footer, page.language, pages)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return RenderedPdf(target.getvalue(), max(pages, default=0))
