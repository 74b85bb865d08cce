"""Plain-text paragraphs made without reportlab's markup parser, and wrapped once per width.

A long binder page holds thousands of table cells of plain text. reportlab parses each
paragraph's mini-markup with an HTML parser and wraps each cell two or three times (to size
the row, to split the table, to draw it). Text with no markup becomes the one fragment the
parser would have made, cloned from a fragment parsed once per style; and a paragraph keeps
its lines for the last width it was wrapped to. The paragraphs, and so the pages, are the same.
"""

from __future__ import annotations

import threading
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

_MARKUP = frozenset("&<>")
_lock = threading.Lock()
_templates: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()


class PlainParagraph(Paragraph):
    """A Paragraph that remembers its lines for the last width it was wrapped to."""

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_width:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size


def markup_paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """The paragraph of ``markup`` (reportlab's mini-markup, already escaped), parsed once.

    Markup with no tags and no entities skips the parser: its one fragment is a copy of the
    style's, carrying the text the parser would have given it.
    """
    if _MARKUP.isdisjoint(markup):
        text = cleanBlockQuotedText(markup)
        frags = [_template(style).clone(text=text, link=[], us_lines=[])] if text else []
        return PlainParagraph(text, style, frags=frags)
    return PlainParagraph(markup, style)


def _template(style: ParagraphStyle) -> Any:
    frag = _templates.get(style)
    if frag is None:
        frag = Paragraph("x", style).frags[0]
        with _lock:
            _templates[style] = frag
    return frag
