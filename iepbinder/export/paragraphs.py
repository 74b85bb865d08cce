"""Plain-text paragraphs made without reportlab's markup parser, and wrapped once per width.

A long binder page holds thousands of table cells of plain text. reportlab parses each
paragraph's mini-markup with an HTML parser and wraps each cell two or three times (to size
the row, to split the table, to draw it). Text with no markup becomes the one fragment the
parser would have made, cloned from a fragment parsed once per style; a paragraph keeps its
lines for the last width it was wrapped to; plain text is broken into lines by a short copy
of reportlab's own loop for one fragment, with word widths measured once per font (a packet
repeats the same words thousands of times); and plain text is drawn by plain_draw.py without
reportlab's general drawing machinery. The paragraphs, and so the pages, are the same.
"""

from __future__ import annotations

import re
import threading
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, split, strip

from iepbinder.export.plain_draw import draw_plain

_MARKUP = frozenset("&<>")
# What cleanBlockQuotedText would change: whitespace other than single inner spaces (the
# no-break space survives it), spaces at either end.
_UNCLEAN = re.compile(
    "[\t-\r\x1c-\x1f\x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]|  |^ | $"
)
_SOFT_HYPHEN = "\xad"
_lock = threading.Lock()
_templates: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()
_widths: dict[tuple[str, str, float], float] = {}
_MAX_WIDTHS = 200_000
Broken = tuple[tuple[tuple[float, tuple[str, ...]], ...], float] | None
_broken: dict[tuple[Any, ...], Broken] = {}
_MAX_BROKEN = 50_000


class PlainParagraph(Paragraph):
    """A Paragraph that remembers its lines for the last width it was wrapped to."""

    _wrapped_width: float | None = None
    _plain = False  # one fragment of plain text, made by markup_paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_width:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        lines = _plain_lines(self, width) if self._plain else None
        return super().breakLines(width) if lines is None else lines

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if not (self._plain and draw_plain(self, canvas, self._hAlignAdjust(x, _sW), y)):
            super().drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name, same answer, fewer steps
        return vars(self).get("spaceBefore", self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return vars(self).get("spaceAfter", self.style.spaceAfter)

    def minWidth(self) -> float:  # noqa: N802 - reportlab's name
        if not (self._plain and self.frags):
            return float(super().minWidth())
        frag = self.frags[0]
        return max(word_width(w, frag.fontName, frag.fontSize) for w in frag.text.split(" "))


def word_width(word: str, font: str, size: float) -> float:
    """``stringWidth(word, font, size)``, remembered."""
    key = (word, font, size)
    width = _widths.get(key)
    if width is None:
        if len(_widths) > _MAX_WIDTHS:
            _widths.clear()
        width = _widths[key] = stringWidth(word, font, size)
    return width


def _plain_lines(paragraph: PlainParagraph, width: Any) -> Any:
    """reportlab's breakLines for one plain fragment, with word widths remembered.

    None where reportlab would do more: hyphens, a word longer than the line, a bullet,
    right-to-left or shaped text.
    """
    style, frag = paragraph.style, paragraph.frags[0]
    if (
        style.endDots or style.shaping or style.wordWrap or style.hyphenationLang
        or style.uriWasteReduce or style.embeddedHyphenation or paragraph.bulletText
        or _SOFT_HYPHEN in frag.text or not isinstance(width, list | tuple)
    ):  # fmt: skip
        return None
    font, size = frag.fontName, frag.fontSize
    key = (frag.text, font, size, tuple(width), style.spaceShrinkage, style.splitLongWords)
    if key in _broken:
        broken = _broken[key]
    else:
        if len(_broken) > _MAX_BROKEN:
            _broken.clear()
        broken = _broken[key] = _break(frag.text, font, size, width, style)
    if broken is None:
        return None  # reportlab splits a word: leave it to reportlab
    lines, widest = broken
    ascent, descent = getAscentDescent(font, size)
    paragraph._width_max = widest  # noqa: SLF001 - the attributes reportlab's breakLines sets
    paragraph.height = 0
    paragraph._splitLongWordCount = paragraph._hyphenations = 0  # noqa: SLF001
    return frag.clone(kind=0, lines=[(space, list(words)) for space, words in lines],
                      ascent=ascent, descent=descent, fontSize=size)  # fmt: skip


def _break(text: str, font: str, size: float, width: Any, style: ParagraphStyle) -> Broken:
    """The lines (room left, words) of ``text`` and the widest line's width, remembered.

    None when a word is longer than its line.
    """
    text = strip(text)
    if not text:
        return (), 0.0
    space = stringWidth(" ", font, size)
    shrink = style.spaceShrinkage * space
    last = len(width) - 1
    lines: list[tuple[float, tuple[str, ...]]] = []
    line: list[str] = []
    current, number, widest, limit = -space, 0, 0.0, width[0]
    for word in split(text):
        word_w = word_width(word, font, size)
        new = current + space + word_w
        room = limit + shrink * len(line)
        if new > room and style.splitLongWords and word_w > width[min(number, last)]:
            return None
        if new <= room or not line:
            line.append(word)
            current = new
        else:
            widest = max(widest, current)
            lines.append((limit - current, tuple(line)))
            line, current, number = [word], word_w, number + 1
            limit = width[min(number, last)]
    widest = max(widest, current)
    lines.append((limit - current, tuple(line)))
    return tuple(lines), widest


def markup_paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """The paragraph of ``markup`` (reportlab's mini-markup, already escaped), parsed once.

    Markup with no tags and no entities skips the parser: its one fragment is a copy of the
    style's, carrying the text the parser would have given it.
    """
    if _MARKUP.isdisjoint(markup):
        text = cleanBlockQuotedText(markup) if _UNCLEAN.search(markup) else markup
        frags = [_template(style).clone(text=text, link=[], us_lines=[])] if text else []
        paragraph = PlainParagraph(text, style, frags=frags)
        paragraph._plain = bool(frags)  # noqa: SLF001
        return paragraph
    return PlainParagraph(markup, style)


def _template(style: ParagraphStyle) -> Any:
    frag = _templates.get(style)
    if frag is None:
        frag = Paragraph("x", style).frags[0]
        with _lock:
            _templates[style] = frag
    return frag
