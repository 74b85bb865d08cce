"""The shortcuts that make long PDFs fast leave the pages exactly as reportlab alone made them."""

from __future__ import annotations

import gc
import io
import weakref

import pytest
from pypdf import PdfReader
from reportlab.lib import colors, rl_accel
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from iepbinder.export import pages
from iepbinder.export.fonts import FAMILY
from iepbinder.export.pages import PageFrame, esc, para

TEXTS = [
    "",
    "   ",
    "One line",
    "  runs   of\tspaces\nand a line break  ",
    "Dec\u00a05,\u00a02026 keeps its no-break spaces",
    "an em\u2003space and a thin\u2009space",
    "\u26a0 late: the follow-up was due Nov 3",
    "Fish & chips <b>not bold</b> > less",
    "Café, niño, señora Ñúñez: “quoted” – dashes — and an ellipsis\u2026",
    "a long passage of plain words that must wrap over several lines in a narrow cell " * 4,
    "Averyveryveryveryverylongwordthatcannotfitinthecellatallandmustbesplit in two",
    "short words then Averyveryveryveryverylongwordthatcannotfitinthecell, then more words",
    "a soft hyphen in extra\xadordinarily long words: re\xadcommend\xadation",
    "a zero\u200bwidth space and a narrow\u202fno-break space",
    "El informe de progreso señala que la niña leyó 42 palabras por minuto en el otoño, "
    "según la maestra de educación especial; la meta es 90 palabras al final del año escolar.",
]


FOLLOW_UPS = ("Send the data sheet", "", "Señora Núñez \u26a0 niño: ¿cuándo?")


def _parsed(text: str, style: object) -> Paragraph:
    return Paragraph(esc(text), style)


@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_paragraph_is_the_one_the_parser_makes(text: str) -> None:
    st = pages.make_styles(9.5, "#2E7D5B")
    for style in (st.cell, st.cell_bold, st.cell_italic, st.body):
        fast, slow = para(text, style), _parsed(text, style)
        assert fast.text == slow.text
        assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in slow.frags]
        for width in (40.0, 120.0, 400.0):
            assert fast.wrap(width, 1000) == slow.wrap(width, 1000)
            assert _lines(fast) == _lines(slow)
        assert fast.wrap(120.0, 1000) == slow.wrap(120.0, 1000)  # wrapped again: kept lines
        assert _lines(fast) == _lines(slow)
        assert fast.minWidth() == slow.minWidth()


@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_paragraph_draws_the_bytes_reportlab_draws(text: str) -> None:
    st = pages.make_styles(9.5, "#2E7D5B")
    for style in (st.cell, st.cell_bold, st.cell_italic, st.note):
        for width in (40.0, 100.0, 400.0):
            assert _drawn(para(text, style), width) == _drawn(_parsed(text, style), width)


def test_a_line_drawn_with_squeezed_word_spaces_is_drawn_as_reportlab_draws_it() -> None:
    st = pages.make_styles(9.5, "#2E7D5B")
    cell = para(TEXTS[-1], st.cell)
    cell.wrap(100.0, 1000)
    assert any(space < 0 for space, _words in _lines(cell))  # a line 5 % too long, squeezed
    assert _drawn(cell, 100.0) == _drawn(_parsed(TEXTS[-1], st.cell), 100.0)


def _drawn(paragraph: Paragraph, width: float) -> bytes:
    canvas = Canvas(io.BytesIO(), invariant=1)
    paragraph.wrapOn(canvas, width, 1000)
    paragraph.drawOn(canvas, 36.5, 700.25)
    canvas.showPage()
    return bytes(canvas.getpdfdata())


def test_a_long_cell_wraps_onto_lines_and_keeps_every_word() -> None:
    st = pages.make_styles(9.5, "#2E7D5B")
    text = TEXTS[-1]
    cell = para(text, st.cell)
    _width, height = cell.wrap(100.0, 1000)
    words = [word for _space, line in _lines(cell) for word in line]
    assert len(cell.blPara.lines) > 5
    assert height == len(cell.blPara.lines) * st.cell.leading
    assert " ".join(words) == text  # nothing cut, nothing lost, accents kept
    font, size = st.cell.fontName, st.cell.fontSize
    widths = [stringWidth(" ".join(line), font, size) for _space, line in _lines(cell)]
    assert max(widths) < 100.0 + 1.0  # each line fits (spaces may shrink by 5 %, here < 1 pt)


def _lines(paragraph: Paragraph) -> list[tuple[float, list[str]]]:
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [(space, list(words)) for space, words in lines]
    return [(line.extraSpace, [word.text for word in line.words]) for line in lines]


def _log_like_story(make: object, rows: int, person: str = "Ms. Ortiz & Mr. Lee") -> list[Flowable]:
    st = pages.make_styles(10.0, "#2E7D5B")
    header = [make(h, st.cell_header) for h in ("Date", "Person", "Topic", "Follow-up")]  # type: ignore[operator]
    body = [
        [
            [make(f"Mar {n % 28 + 1}, 2026", st.cell_bold), make("Call", st.cell_italic)],  # type: ignore[operator]
            make(person, st.cell),  # type: ignore[operator]
            [make(f"Topic {n}", st.cell_bold), make(TEXTS[9][: 40 + n % 200], st.cell)],  # type: ignore[operator]
            make(FOLLOW_UPS[n % 3], st.cell),  # type: ignore[operator]
        ]
        for n in range(rows)
    ]
    width = PageFrame("Ana", "Communication log", pages.dt.date(2026, 11, 29)).content_width
    widths = [width * 0.15, width * 0.2, width * 0.43, width * 0.22]
    return [make("Communication log", st.title), pages.data_table([header, *body], widths, st, 2)]  # type: ignore[operator]


def test_a_long_table_prints_byte_for_byte_as_with_parsed_paragraphs() -> None:
    frame = PageFrame("Ana", "Communication log", pages.dt.date(2026, 11, 29))
    fast = pages.render_pdf(_log_like_story(para, 300), frame)
    slow = pages.render_pdf(_log_like_story(_parsed, 300), frame)
    assert fast.page_count == slow.page_count > 5
    assert fast.data == slow.data
    reader = PdfReader(io.BytesIO(fast.data))
    last = reader.pages[-1].extract_text()
    assert f"Page {fast.page_count} of {fast.page_count}" in last
    assert "Topic 299" in last


def test_the_story_is_consumed_and_the_document_freed_without_the_collector() -> None:
    frame = PageFrame("Ana", "Communication log", pages.dt.date(2026, 11, 29))
    story = _log_like_story(para, 120, person="Ms. Ortiz (teacher)")
    table = weakref.ref(story[-1])
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what the collector finds is kept in gc.garbage to look at
    try:
        pages.render_pdf(story, frame)
        assert story == []  # each page's flowables were dropped once drawn
        assert table() is None
        # Freed as it went: no document, page, paragraph or cell is left for the collector
        # (other threads of earlier tests may leave garbage of their own: only ours counts).
        gc.collect()
        left = [o for o in gc.garbage if type(o).__module__.startswith("reportlab")]
        assert left == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_reportlab_uses_its_c_speedups() -> None:
    # rl-accel (a dependency) gives reportlab C text widths and number formatting: about a
    # sixth of a long PDF's time. Without it reportlab silently falls back to Python.
    assert not rl_accel._py_funcs  # noqa: SLF001


def _styled_cell_by_cell(rows: list[list[object]], widths: list[float], st: pages.Styles) -> Table:
    # data_table as it was before its cells shared one style: each cell styled by reportlab.
    pad, everything = 2.0 * st.scale, ((0, 0), (-1, -1))
    accent = colors.HexColor(st.colour)
    shade = colors.Color(*(c + (1 - c) * 0.85 for c in (accent.red, accent.green, accent.blue)))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", *everything, FAMILY), ("GRID", *everything, 0.4, pages.GRID),
        ("BACKGROUND", (0, 0), (-1, 0), shade), ("VALIGN", *everything, "TOP"),
        ("TOPPADDING", *everything, pad * 0.8), ("BOTTOMPADDING", *everything, pad),
        ("LEFTPADDING", *everything, pad * 1.2), ("RIGHTPADDING", *everything, pad * 1.2),
    ]))  # fmt: skip
    return table


def test_a_data_table_prints_as_one_styled_cell_by_cell_and_refuses_a_cell_style() -> None:
    frame = PageFrame("Ana", "Communication log", pages.dt.date(2026, 11, 29))
    st = pages.make_styles(10.0, "#2E7D5B")  # the styles of _log_like_story
    story = _log_like_story(para, 150)
    shared = story[-1]
    rows = [list(row) for row in shared._cellvalues]  # noqa: SLF001
    classic = _styled_cell_by_cell(rows, list(shared._colWidths), st)  # noqa: SLF001
    fast = pages.render_pdf(story, frame)
    slow = pages.render_pdf([story_title(st), classic], frame)
    assert fast.page_count == slow.page_count > 2
    assert fast.data == slow.data
    table = pages.data_table([["a", "b"], ["c", "d"]], [100.0, 100.0], st)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, pages.GRID)]))  # lines: fine
    with pytest.raises(TypeError, match="share one style"):
        table.setStyle(TableStyle([("TEXTCOLOR", (0, 1), (0, 1), colors.red)]))


def story_title(st: pages.Styles) -> Flowable:
    return para("Communication log", st.title)
