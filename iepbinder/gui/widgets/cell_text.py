"""The room a table cell's text takes, measured as Qt's item delegate does, each text once.

A view fitting its rows with ``resizeRowsToContents`` asks the delegate about every cell, and the
delegate asks the model for nine roles of it (nine calls into Python per cell); a page settling
its layout does that at each width it meets. Here the text alone is measured: its width and
height on one line once per text, and its wrapped height once per text and width, only when it
does not fit on one line. ``FitTableView`` uses this for its own models (``RowTableModel``, which
gives text and nothing that changes a cell's size: no font, icon or check box) and keeps Qt's
way for any other; tests/gui/test_cell_text.py checks both give the same sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QTableView

from iepbinder.gui.models.row_model import RowTableModel

_UNBOUNDED = 1 << 20
_WRAP = int(Qt.TextFlag.TextWordWrap)
_LINE_SEPARATOR = "\u2028"  # the delegate shows a line break in a cell's text as this
_MOST_KEPT = 20_000  # wrapped heights kept (a window dragged through many widths)


class CellTextSizes:
    """Cell texts measured in one font: kept by text, and by text and width once wrapped."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetrics(font)
        self._one_line: dict[str, tuple[int, int]] = {}
        self._wrapped: dict[tuple[str, int], int] = {}

    def one_line(self, text: str) -> tuple[int, int]:
        """The text's width and height when nothing wraps it (its own line breaks kept)."""
        size = self._one_line.get(text)
        if size is None:
            rect = self._bounds(text, _UNBOUNDED)
            size = self._one_line[text] = (rect.width(), rect.height())
        return size

    def height(self, text: str, width: int) -> int:
        """The text's height wrapped at words to ``width`` pixels."""
        one_width, one_height = self.one_line(text)
        if one_width <= width:
            return one_height
        key = (text, width)
        height = self._wrapped.get(key)
        if height is None:
            if len(self._wrapped) >= _MOST_KEPT:
                self._wrapped.clear()
            height = self._wrapped[key] = self._bounds(text, width).height()
        return height

    def _bounds(self, text: str, width: int) -> QRect:
        return self._metrics.boundingRect(
            0, 0, width, _UNBOUNDED, _WRAP, text.replace("\n", _LINE_SEPARATOR)
        )


_SHARED: dict[str, CellTextSizes] = {}  # by font: the ledger's boxes repeat their names


def text_sizes(font: QFont) -> CellTextSizes:
    """The texts measured in this font, shared by every widget using it."""
    key = font.key()
    sizes = _SHARED.get(key)
    if sizes is None:
        if len(_SHARED) >= 32:  # fonts come and go with the settings: start again
            _SHARED.clear()
        sizes = _SHARED[key] = CellTextSizes(font)
    return sizes


def measurable(view: QTableView) -> RowTableModel[object] | None:
    """The view's model when its cells hold plain text drawn by the plain delegate, else None."""
    model = view.model()
    if not isinstance(model, RowTableModel) or not view.wordWrap():
        return None
    if type(model).data is not RowTableModel.data:  # a subclass may give fonts or icons too
        return None
    if type(view.itemDelegate()) is not QStyledItemDelegate:
        return None
    columns = range(model.columnCount())
    if any(view.itemDelegateForColumn(column) is not None for column in columns):
        return None
    if view.horizontalHeader().hiddenSectionCount() or view.verticalHeader().hiddenSectionCount():
        return None
    return model


def text_margin(view: QTableView) -> int:
    """The space the style keeps on each side of a cell's text."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def row_heights(view: QTableView, model: RowTableModel[object], sizes: CellTextSizes) -> list[int]:
    """Each row's height as ``resizeRowsToContents`` gives it at the current column widths."""
    header = view.horizontalHeader()
    grid = 1 if view.showGrid() else 0
    margin = text_margin(view)
    heights = [0] * model.rowCount()
    for column in range(model.columnCount()):
        width = header.sectionSize(column) - grid - 2 * margin
        for row, text in enumerate(model.column_texts(column)):
            height = sizes.height(text, width)
            if height > heights[row]:
                heights[row] = height
    least = view.verticalHeader().sectionSizeHint(0) if heights else 0  # the same for every row
    return [max(height + grid, least) for height in heights]


def column_width(view: QTableView, model: RowTableModel[object], column: int,
                 sizes: CellTextSizes) -> int:  # fmt: skip
    """A column's width as ``sizeHintForColumn`` gives it: its widest text on one line."""
    grid = 1 if view.showGrid() else 0
    texts = model.column_texts(column)
    if not texts:
        return grid
    return max(sizes.one_line(text)[0] for text in texts) + 2 * text_margin(view) + grid
