"""A word-wrapped label that measures its text once per width, and once for labels alike.

Layouts ask a wrapped label its height for a width many times while a page settles (a scroll
area tries its page with and without the scroll bar, each box layout remembers one width only),
and QLabel lays its text out again for every question: 550 layouts of the ledger's 25 labels
before the Calendar tab could paint, most of them rich text through a QTextDocument (each size
hint of a rich label lays its document out 8 times). This label keeps QLabel's own answers (size
hints, height per width) until its text, font or style changes, and labels showing the same text
in the same font share them: the ledger shows the same boxes again when the filter, the range
or the data change, and its six boxes repeat two of their labels.

Margin, indent, contents margins and minimum or maximum sizes are part of what is shared;
contents margins and minimum or maximum sizes must be set before the label is laid out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

_MEASURING_CHANGES = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LayoutDirectionChange,
    QEvent.Type.ContentsRectChange,
)
_SHARED_MOST = 1000  # texts kept; past this the store starts again


class _Measures:
    """QLabel's answers for one text in one font and setting."""

    __slots__ = ("heights", "hint", "minimum")

    def __init__(self) -> None:
        self.hint: QSize | None = None
        self.minimum: QSize | None = None
        self.heights: dict[int, int] = {}


_SHARED: dict[tuple[object, ...], _Measures] = {}


class KeptLabel(QLabel):
    """A QLabel that word-wraps and remembers its sizes (QLabel's own answers)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._kept: _Measures | None = None
        self.setWordWrap(True)

    def _measures(self) -> _Measures:
        """The answers for this text, font and setting (found again after any change)."""
        if self._kept is None:
            self.ensurePolished()  # the style may set the font
            margins = self.contentsMargins()
            key = (
                self.text(),
                self.textFormat().value,
                self.font().key(),
                self.logicalDpiY(),
                self.margin(),
                self.indent(),
                self.alignment().value,
                self.wordWrap(),
                self.frameWidth(),
                self.layoutDirection().value,
                (margins.left(), margins.top(), margins.right(), margins.bottom()),
                self.minimumSize().toTuple(),
                self.maximumSize().toTuple(),
                self.style().name(),
            )
            found = _SHARED.get(key)
            if found is None:
                if len(_SHARED) >= _SHARED_MOST:
                    _SHARED.clear()
                found = _SHARED[key] = _Measures()
            self._kept = found
        return self._kept

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """New text: measure again."""
        self._kept = None
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 (Qt's name)
        """Another format: measure again."""
        self._kept = None
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 (Qt's name)
        """Wrapping or not: measure again."""
        self._kept = None
        super().setWordWrap(on)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 (Qt's name)
        """Another alignment: measure again."""
        self._kept = None
        super().setAlignment(alignment)

    def setMargin(self, margin: int) -> None:  # noqa: N802 (Qt's name)
        """Another margin: measure again."""
        self._kept = None
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802 (Qt's name)
        """Another indent: measure again."""
        self._kept = None
        super().setIndent(indent)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """QLabel's own answer, measured once per width."""
        heights = (self._kept or self._measures()).heights
        height = heights.get(width)
        if height is None:
            height = heights[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """QLabel's own size hint, measured once."""
        kept = self._kept or self._measures()
        if kept.hint is None:
            kept.hint = super().sizeHint()
        return QSize(kept.hint)  # a copy: the kept one is shared

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """QLabel's own minimum size hint, measured once."""
        kept = self._kept or self._measures()
        if kept.minimum is None:
            kept.minimum = super().minimumSizeHint()
        return QSize(kept.minimum)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font, style, direction or margins: measure again."""
        if event.type() in _MEASURING_CHANGES:
            self._kept = None
        super().changeEvent(event)
