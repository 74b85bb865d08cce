"""A word-wrapped label that measures its height once per width.

Layouts ask a wrapped label its height for a width many times while a page settles (a scroll
area tries its page with and without the scroll bar, each box layout remembers one width only),
and QLabel lays its text out again for every question: 550 layouts of the ledger's 25 labels
before the Calendar tab could paint, most of them rich text through a QTextDocument. This label
keeps each width's answer until its text, font or style changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

_MEASURING_CHANGES = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LayoutDirectionChange,
    QEvent.Type.ContentsRectChange,
)


class KeptLabel(QLabel):
    """A QLabel that word-wraps and remembers its height for each width it was asked."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """New text: measure again."""
        self._heights.clear()
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 (Qt's name)
        """Another format: measure again."""
        self._heights.clear()
        super().setTextFormat(text_format)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """QLabel's own answer, measured once per width."""
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font, style, direction or margins: measure again."""
        if event.type() in _MEASURING_CHANGES:
            self._heights.clear()
        super().changeEvent(event)
