"""A word-wrapped label that lays its text out once per width while the text stays the same."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

_MOST_KEPT = 64  # widths kept (a window dragged through many widths starts again)


class WrapLabel(QLabel):
    """A QLabel that wraps at words; its height at each width is kept until what shapes it changes.

    A page settling its layout asks each wrapped label for its height many times, and QLabel lays
    the whole text out at every call (the Progress tab asked its notes about a child's reports,
    8,000 characters, 16 times at one width). The height is kept per width until the text, its
    format, the wrapping, the margin, the indent, the font or the style changes (not its contents
    margins: set those before it is first measured).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= _MOST_KEPT:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        if text != self.text():
            self._heights.clear()
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setIndent(indent)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)
