"""The log's table view: plain and fast for thousands of rows; Enter edits, Delete trashes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from iepbinder.gui.i18n import date_text


class LogTable(QTableView):
    """A plain, fast table: fixed row height, no word wrap; Enter edits, Delete trashes."""

    enter_pressed = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSortingEnabled(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)

    def size_columns(self) -> None:
        """Widths from the font and typical values; the topic column takes the rest."""
        font = self.font()
        font.setBold(True)  # rows that need the parent are bold
        metrics = QFontMetrics(font)
        header = self.horizontalHeader()
        # Samples in the interface language: the same texts as the log's model shows.
        call = QCoreApplication.translate("LogModel", "Phone call")
        way = QCoreApplication.translate("LogModel", "{way} \u2190 school").format(way=call)
        due = QCoreApplication.translate("LogModel", "\u26a0 No reply (due {day})").format(
            day=date_text(dt.date(2026, 11, 30), "brief")
        )
        samples = ((0, "2026-11-30"), (1, way), (2, "Karen Liu, Rosa Jim"), (4, due))
        for column, sample in samples:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
