"""A table view as tall as its rows, for pages that scroll as a whole instead of per table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from iepbinder.gui.widgets.cell_text import column_width, measurable, row_heights, text_sizes

ROW_PADDING = 6
MAX_FITTED_COLUMN = 260


class FitTableView(QTableView):
    """Wraps text, sizes rows to content and its own height to all rows; keys act on the row."""

    activated_row = Signal(int)
    delete_pressed = Signal(int)
    insert_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forget_sizes()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.setTabKeyNavigation(False)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        self._forget_sizes()
        if model is not None:
            for changed in (model.dataChanged, model.rowsInserted, model.rowsRemoved,
                            model.columnsInserted, model.columnsRemoved, model.headerDataChanged,
                            model.modelReset, model.layoutChanged):  # fmt: skip
                changed.connect(self._forget_sizes)  # before fit, connected just below
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
        self.fit()

    def _forget_sizes(self, *_args: object) -> None:
        """The rows or their text changed: measure them again at the next fit."""
        self._fixed_widths: dict[int, int] | None = None
        self._heights_by_widths: dict[tuple[int, ...], list[int]] = {}

    def set_stretch_columns(self, weights: dict[int, int]) -> None:
        """Columns that share the spare width, by weight; others fit their contents."""
        self._weights = weights
        self._forget_sizes()
        self.fit()

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def fit(self, width: int | None = None) -> None:
        """Share the width, wrap rows to their text, and size the view to all rows.

        A hidden view is fitted once when it is shown: a tab filling its tables before it is
        on screen would otherwise measure every row several times (benchmarks/run.py). While
        the rows stay the same, the content-fitted columns' widths and the row heights at each
        set of column widths are remembered: a page settling its layout (a scroll bar coming
        and going) gives the same widths again, and measuring wrapped text is the costly part.
        """
        model = self.model()
        if model is None:
            return
        if not self.isVisible():
            self._fit_when_shown = True
            return
        self._fit_when_shown = False
        weights: dict[int, int] = getattr(self, "_weights", {})
        header = self.horizontalHeader()
        if weights:
            fixed_widths = self._fitted_columns(model.columnCount(), weights)
            for column, column_width in fixed_widths.items():
                header.resizeSection(column, column_width)
            available = width if width is not None else self.viewport().width()
            spare = max(available - sum(fixed_widths.values()), 120 * len(weights))
            total = sum(weights.values())
            for column, weight in weights.items():
                header.resizeSection(column, max(100, spare * weight // total))
        self._fit_rows(model.rowCount())
        rows_height = sum(self.rowHeight(row) for row in range(model.rowCount()))
        height = rows_height + header.height() + 2 * self.frameWidth() + 2
        self.setFixedHeight(max(height, header.height() + 2 * self.frameWidth() + 8))

    def _fitted_columns(self, count: int, weights: dict[int, int]) -> dict[int, int]:
        """The width of each column that is not stretched: its content's, up to a limit."""
        if getattr(self, "_fixed_widths", None) is None:
            header = self.horizontalHeader()
            model = measurable(self)
            self._fixed_widths = {
                column: min(
                    max(
                        column_width(self, model, column, text_sizes(self.font()))
                        if model is not None
                        else self.sizeHintForColumn(column),
                        header.sectionSizeHint(column),
                    ),
                    MAX_FITTED_COLUMN,
                )
                for column in range(count)
                if column not in weights
            }
        assert self._fixed_widths is not None
        return self._fixed_widths

    def _fit_rows(self, count: int) -> None:
        """Each row as tall as its wrapped text (measured once per set of column widths)."""
        header = self.horizontalHeader()
        widths = tuple(header.sectionSize(column) for column in range(header.count()))
        kept = self._heights_by_widths.get(widths)
        if kept is not None and len(kept) == count:
            for row, height in enumerate(kept):
                self.setRowHeight(row, height)
            return
        model = measurable(self)
        if model is not None:
            measured = row_heights(self, model, text_sizes(self.font()))
        else:
            self.resizeRowsToContents()
            measured = [self.rowHeight(row) for row in range(count)]
        heights = [height + ROW_PADDING for height in measured]
        for row, height in enumerate(heights):
            self.setRowHeight(row, height)
        self._heights_by_widths[widths] = heights

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_sizes()  # the same text measures differently

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if getattr(self, "_fit_when_shown", False):
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit(event.size().width())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        row = self.current_row()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and row >= 0:
            self.activated_row.emit(row)
            return
        if key == Qt.Key.Key_Delete and row >= 0:
            self.delete_pressed.emit(row)
            return
        if key == Qt.Key.Key_Insert:
            self.insert_pressed.emit()
            return
        super().keyPressEvent(event)
