"""Every file of an import with what became of it: added, already there, or not added and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.services.document_dto import FileOutcome, ImportStatus

_ORDER = {ImportStatus.FAILED: 0, ImportStatus.DUPLICATE: 1, ImportStatus.IMPORTED: 2,
          ImportStatus.CANCELLED: 3}  # fmt: skip


def status_words(status: ImportStatus) -> str:
    """A symbol and a word, never colour alone."""
    return {
        ImportStatus.IMPORTED: QCoreApplication.translate("ImportReport", "\u2713 Added"),
        ImportStatus.DUPLICATE: QCoreApplication.translate(
            "ImportReport", "= Already in the binder"
        ),
        ImportStatus.FAILED: QCoreApplication.translate("ImportReport", "\u2717 Not added"),
        ImportStatus.CANCELLED: QCoreApplication.translate("ImportReport", "\u2013 Cancelled"),
    }[status]


def outcome_model(parent: QWidget | None = None) -> RowTableModel[FileOutcome]:
    """File | Result | What happened."""
    return RowTableModel(
        [
            Column(
                QCoreApplication.translate("ImportReport", "File"),
                lambda o: o.name,
                tooltip=lambda o: o.source,
            ),
            Column(
                QCoreApplication.translate("ImportReport", "Result"),
                lambda o: status_words(o.status),
                sort_key=lambda o: _ORDER[o.status],
            ),
            Column(
                QCoreApplication.translate("ImportReport", "What happened"),
                lambda o: o.message,
                tooltip=lambda o: o.message,
            ),  # fmt: skip
        ],
        parent,
    )


class ImportReportDialog(QDialog):
    """The per-file report of one import; problems first."""

    def __init__(self, parent: QWidget | None, summary: str, outcomes: Sequence[FileOutcome]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What was imported"))
        self.resize(820, 420)
        label = QLabel(summary, self)
        label.setWordWrap(True)
        self.model = outcome_model(self)
        self.model.set_rows(sorted(outcomes, key=lambda o: _ORDER[o.status]))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Files of the import"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
