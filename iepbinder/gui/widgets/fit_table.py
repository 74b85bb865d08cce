"""A table view as tall as its rows, for pages that scroll as a whole instead of per table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

ROW_PADDING = 6
MAX_FITTED_COLUMN = 260


class FitTableView(QTableView):
    """Wraps text, sizes rows to content and its own height to all rows; keys act on the row."""

    activated_row = Signal(int)
    delete_pressed = Signal(int)
    insert_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
        self.fit()

    def set_stretch_columns(self, weights: dict[int, int]) -> None:
        """Columns that share the spare width, by weight; others fit their contents."""
        self._weights = weights
        self.fit()

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def fit(self, width: int | None = None) -> None:
        """Share the width, wrap rows to their text, and size the view to all rows.

        A hidden view is fitted once when it is shown: a tab filling its tables before it is
        on screen would otherwise measure every row several times (benchmarks/run.py).
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
            fixed = 0
            for column in range(model.columnCount()):
                if column not in weights:
                    wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                    column_width = min(wanted, MAX_FITTED_COLUMN)
                    header.resizeSection(column, column_width)
                    fixed += column_width
            available = width if width is not None else self.viewport().width()
            spare = max(available - fixed, 120 * len(weights))
            total = sum(weights.values())
            for column, weight in weights.items():
                header.resizeSection(column, max(100, spare * weight // total))
        self.resizeRowsToContents()
        for row in range(model.rowCount()):
            self.setRowHeight(row, self.rowHeight(row) + ROW_PADDING)
        rows_height = sum(self.rowHeight(row) for row in range(model.rowCount()))
        height = rows_height + header.height() + 2 * self.frameWidth() + 2
        self.setFixedHeight(max(height, header.height() + 2 * self.frameWidth() + 8))

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
