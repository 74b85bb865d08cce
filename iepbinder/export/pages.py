"""The shared binder-page frame: header, coloured section tab, footer with page x of y, styles."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache, partial
from typing import Any, NamedTuple
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus.tables import CellStyle, TableStyle

from iepbinder.domain.language import long_date, short_date, t
from iepbinder.export.collector import paused_collector
from iepbinder.export.fonts import BOLD, FAMILY, ITALIC, register_fonts
from iepbinder.export.paragraphs import markup_paragraph

GLANCE_COLOUR = "#2F6DB5"
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#B8BEC6")

DASH = "\u2014"
NBSP = "\u00a0"
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not the no-break space, which must survive

# Page geometry in points. The right margin is wider: the section tab lives there.
_LEFT = 0.6 * inch
_RIGHT = 0.8 * inch
_HEADER_TOP = 0.42 * inch
_BODY_TOP = _HEADER_TOP + 24
_FOOTER_RULE = 0.55 * inch
_BODY_BOTTOM = _FOOTER_RULE + 8
_TAB_WIDTH = 30.0
_TAB_FONT_SIZE = 10.0

Rows = Sequence[Sequence[Any]]


class PageSize(Enum):
    """The paper the parent prints on; values match domain.types.PaperSize, so PageSize(p) works."""

    LETTER = "LETTER"
    A4 = "A4"

    @property
    def points(self) -> tuple[float, float]:
        """Width and height in PDF points."""
        return (float(LETTER[0]), float(LETTER[1])) if self is PageSize.LETTER else A4


@dataclass(frozen=True)
class PageFrame:
    """What every page of one printed section shows around its content."""

    child_name: str
    section: str
    prepared_on: dt.date
    colour: str = GLANCE_COLOUR
    page_size: PageSize = PageSize.LETTER
    tab_slot: int = 0  # 0 = topmost tab; each binder section sits a little lower

    @property
    def content_width(self) -> float:
        """Width available to flowables."""
        return self.page_size.points[0] - _LEFT - _RIGHT

    @property
    def content_height(self) -> float:
        """Height available to flowables on one page."""
        return self.page_size.points[1] - _BODY_TOP - _BODY_BOTTOM


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of a binder page, all in DejaVu Sans."""

    body: ParagraphStyle
    note: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_italic: ParagraphStyle
    cell_header: ParagraphStyle
    label: ParagraphStyle
    scale: float
    colour: str


class RenderedPdf(NamedTuple):
    """A finished PDF and how many pages it has (unpacks as ``data, page_count``)."""

    data: bytes
    page_count: int


@lru_cache(maxsize=64)
def make_styles(body_size: float = 10.0, colour: str = GLANCE_COLOUR) -> Styles:
    """Styles for 10 pt body, 9 pt table text and 13 pt headings, scaled by ``body_size``.

    Made once per size and colour and shared (nobody changes a style once made).
    """
    register_fonts()
    scale = body_size / 10.0
    accent = colors.HexColor(colour)

    def style(name: str, size: float, font: str = FAMILY, **extra: Any) -> ParagraphStyle:
        size = round(size * scale, 2)
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=round(size * 1.2, 2),
            textColor=extra.pop("textColor", INK), alignment=TA_LEFT, **extra,
        )  # fmt: skip

    return Styles(
        body=style("body", 10, spaceAfter=3 * scale),
        note=style("note", 8.5, ITALIC, textColor=MUTED, spaceBefore=2 * scale),
        heading=style("heading", 13, BOLD, textColor=accent, spaceBefore=6 * scale,
                      spaceAfter=2 * scale),  # fmt: skip
        title=style("title", 14, BOLD, textColor=accent, spaceAfter=3 * scale),
        cell=style("cell", 9),
        cell_bold=style("cell_bold", 9, BOLD),
        cell_italic=style("cell_italic", 8.5, ITALIC, textColor=MUTED),
        cell_header=style("cell_header", 8.5, BOLD),
        label=style("label", 8.5, textColor=MUTED),
        scale=scale, colour=colour,
    )  # fmt: skip


def esc(text: str) -> str:
    """Escape for reportlab's paragraph mini-markup; runs of spaces and line breaks become one."""
    return escape(_SPACES.sub(" ", text).strip(" "))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (escaped) text."""
    return markup_paragraph(esc(text), style)


def nobreak(text: str) -> str:
    """``text`` with no-break spaces, so a date or a phone number stays on one line."""
    return text.replace(" ", NBSP)


def data_table(rows: Rows, widths: Sequence[float], st: Styles, flex: int | None = None) -> Table:
    """A table with a light grid, a tinted header row repeated on every page, and wrapping cells.

    With ``flex`` set, a column too narrow for its longest word is widened at the expense of
    column ``flex``, so words are never split mid-word. Every cell shares one cell style (a
    table of thousands of cells made and styled cell by cell took a tenth of a packet's
    time): add lines and backgrounds to it, nothing that styles some cells only.
    """
    pad = 2.0 * st.scale
    if flex is not None:
        widths = fit_widths(rows, widths, flex, pad * 1.2)
    cell = _shared_cell_style(pad)
    body = [list(row) for row in rows]
    styles = [[cell] * len(widths) for _row in body]
    table = Table(body, colWidths=list(widths), repeatRows=1, cellStyles=styles)
    everything = ((0, 0), (-1, -1))
    accent = colors.HexColor(st.colour)
    shade = colors.Color(*(c + (1 - c) * 0.85 for c in (accent.red, accent.green, accent.blue)))
    table.setStyle(TableStyle([
        ("GRID", *everything, 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), shade),
    ]))  # fmt: skip
    return table


class _SharedCellStyle(CellStyle):
    """The one style of every cell of a data table; a later per-cell style would fail loudly."""

    def __setattr__(self, name: str, value: Any) -> None:
        if vars(self).get("_frozen"):
            raise TypeError("a data_table's cells share one style: style whole tables only")
        super().__setattr__(name, value)


def _shared_cell_style(pad: float) -> CellStyle:
    # What FONTNAME, VALIGN and the four paddings over every cell would set, cell by cell.
    cell = _SharedCellStyle("data table cell")
    cell.fontname, cell.valign = FAMILY, "TOP"
    cell.topPadding, cell.bottomPadding = pad * 0.8, pad
    cell.leftPadding = cell.rightPadding = pad * 1.2
    cell._frozen = True  # noqa: SLF001
    return cell


def fit_widths(rows: Rows, widths: Sequence[float], flex: int, pad: float) -> list[float]:
    """Widen columns whose longest word would not fit, taking the room from column ``flex``."""
    result = list(widths)
    for column in (c for c in range(len(result)) if c != flex):
        cells = [p for row in rows for p in _parts(row[column]) if isinstance(p, Paragraph)]
        need = max((float(p.minWidth()) for p in cells), default=0.0) + 2 * pad + 0.5
        if need > result[column]:
            result[flex] -= need - result[column]
            result[column] = need
    return result


def _parts(cell: object) -> Sequence[object]:
    return cell if isinstance(cell, list | tuple) else (cell,)


def format_date(value: dt.date | None, blank: str = DASH) -> str:
    """'Mar 10, 2026' ('10 mar 2026' in Spanish); ``blank`` when there is no date."""
    if value is None:
        return blank
    return short_date(value)


def build_document(target: io.BytesIO, frame: PageFrame) -> BaseDocTemplate:
    """A document whose every page carries the binder frame of ``frame``."""
    register_fonts()
    width, height = frame.page_size.points
    body = _body_frame(frame)
    doc = BaseDocTemplate(
        target, pagesize=(width, height), author=t("Prepared by the parent"), creator="IEP Binder",
        title=f"{frame.section} \u2013 {frame.child_name}", subject=frame.section,
        invariant=1, initialFontName=FAMILY, initialFontSize=10,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate("binder", [body], onPage=partial(_draw_frame, frame))])
    return doc


def _body_frame(frame: PageFrame) -> Frame:
    return Frame(_LEFT, _BODY_BOTTOM, frame.content_width, frame.content_height, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip


def render_pdf(flowables: Sequence[Flowable], frame: PageFrame) -> RenderedPdf:
    """Lay ``flowables`` out in the binder frame; return the PDF bytes and the page count.

    A list of flowables is consumed (emptied): each page's flowables are freed once drawn.
    """
    target = io.BytesIO()
    doc = build_document(target, frame)
    totals: list[int] = []
    with paused_collector(lasting=True):
        try:
            doc.build(_taken(flowables), canvasmaker=_numbered_canvas(frame, totals))
        finally:
            _release(doc)
    return RenderedPdf(target.getvalue(), totals[-1] if totals else 0)


def _taken(flowables: Sequence[Flowable]) -> list[Flowable]:
    """The flowables in a new list that is their only holder, the given list left empty.

    reportlab drops each flowable from its list once drawn, and a long table is split page by
    page, so a story held nowhere else is freed a page at a time while the layout goes on.
    Held by the caller's list too, the whole laid-out story (millions of objects for a
    500-page log) would be freed at once at the end, holding the GIL for half a second:
    a visible stall of the window while a background thread finishes a PDF.
    """
    story = list(flowables)
    if isinstance(flowables, list):
        flowables.clear()
    return story


def _release(doc: BaseDocTemplate) -> None:
    """Free the finished document now, on this thread, by breaking its reference cycles.

    The template, its canvas and the PDF objects refer to each other, so only the cycle
    collector could free them: with hundreds of pages it then walked and freed them all in
    one go, on whichever thread allocated next (the window's, often), after the layout.
    """
    canvas = getattr(doc, "canv", None)
    for part in (getattr(canvas, "_doc", None), canvas, doc):
        if part is not None:
            vars(part).clear()


def story_height(flowables: Sequence[Flowable], width: float) -> float:
    """The height ``flowables`` need in one column, a quick lower bound before a full render."""
    canvas = Canvas(io.BytesIO())
    return sum(f.wrapOn(canvas, width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables)  # fmt: skip


def _draw_frame(frame: PageFrame, canvas: Canvas, _doc: object = None) -> None:
    # Header, section tab and the left half of the footer; the page number comes at save().
    width, height = frame.page_size.points
    right = width - _RIGHT
    canvas.saveState()
    canvas.setFillColor(INK)
    baseline = height - _HEADER_TOP - 11
    canvas.setFont(BOLD, 11)
    canvas.drawString(_LEFT, baseline, frame.child_name)
    canvas.setFont(BOLD, 10)
    canvas.setFillColor(colors.HexColor(frame.colour))
    canvas.drawRightString(right, baseline, frame.section)
    canvas.setStrokeColor(colors.HexColor(frame.colour))
    canvas.setLineWidth(0.8)
    canvas.line(_LEFT, baseline - 6, right, baseline - 6)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(_LEFT, _FOOTER_RULE, right, _FOOTER_RULE)
    canvas.setFillColor(MUTED)
    canvas.setFont(FAMILY, 8.5)
    day = frame.prepared_on
    prepared = t("Prepared by the parent on {date}", date=long_date(day))
    canvas.drawString(_LEFT, _FOOTER_RULE - 12, prepared)
    _draw_tab(canvas, frame)
    canvas.restoreState()


def _draw_tab(canvas: Canvas, frame: PageFrame) -> None:
    # A filled tab at the right edge with the section name in white, reading top to bottom.
    width, height = frame.page_size.points
    text_width = canvas.stringWidth(frame.section, BOLD, _TAB_FONT_SIZE)
    tab_height = max(96.0, text_width + 28)
    top = height - _BODY_TOP - 4 - frame.tab_slot * (tab_height + 10)
    canvas.setFillColor(colors.HexColor(frame.colour))
    # The right side runs past the page edge so only the left corners show rounded.
    canvas.roundRect(width - _TAB_WIDTH, top - tab_height, _TAB_WIDTH + 8, tab_height, 6,
                     stroke=0, fill=1)  # fmt: skip
    canvas.saveState()
    canvas.translate(width - _TAB_WIDTH / 2, top - tab_height / 2)
    canvas.rotate(-90)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, _TAB_FONT_SIZE)
    canvas.drawCentredString(0, -_TAB_FONT_SIZE * 0.36, frame.section)
    canvas.restoreState()


def _numbered_canvas(frame: PageFrame, totals: list[int]) -> type[Canvas]:
    # The canonical reportlab pattern: keep every page until save(), then write "Page x of y".
    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pending: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pending.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pending)
            totals.append(total)
            right = frame.page_size.points[0] - _RIGHT
            pending, self._pending = self._pending, []
            pending.reverse()  # popped from the end: each page's drawing is freed once written
            for number in range(1, total + 1):
                self.__dict__.update(pending.pop())
                self.setFillColor(MUTED)
                self.setFont(FAMILY, 8.5)
                page = t("{child} \u00b7 Page {number} of {total}", child=frame.child_name,
                         number=number, total=total)  # fmt: skip
                self.drawRightString(right, _FOOTER_RULE - 12, page)
                Canvas.showPage(self)
            super().save()

    return NumberedCanvas


class Bookmark(Flowable):
    """An invisible mark that names the page it lands on in the PDF's outline (side panel)."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key, self.title = key, title
        self.width = self.height = 0

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


def render_sections(sections: Sequence[tuple[PageFrame, Sequence[Flowable]]]) -> RenderedPdf:
    """Several binder sections in one PDF, each on its own pages with its own header and tab.

    Page numbers run through the whole document ("page x of y").
    """
    from reportlab.platypus import NextPageTemplate, PageBreak

    first = sections[0][0]
    target = io.BytesIO()
    doc = build_document(target, first)
    doc.pageTemplates = []
    story: list[Flowable] = []
    for index, (frame, flowables) in enumerate(sections):
        name = f"section{index}"
        template = PageTemplate(name, [_body_frame(frame)], onPage=partial(_draw_frame, frame))
        doc.addPageTemplates([template])
        if index:
            story += [NextPageTemplate(name), PageBreak()]
        story += _taken(flowables)
    totals: list[int] = []
    with paused_collector(lasting=True):
        try:
            doc.build(story, canvasmaker=_numbered_canvas(first, totals))
        finally:
            _release(doc)
    return RenderedPdf(target.getvalue(), totals[-1] if totals else 0)
