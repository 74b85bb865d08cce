"""Import the school's service log (CSV) with a column mapping, and compare it with your marks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.service_log import STATUS_LABELS
from iepbinder.gui.context import AppContext
from iepbinder.gui.errors import describe_error
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP, word
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.gui.widgets.buddy import buddy_label
from iepbinder.gui.widgets.fit_table import FitTableView
from iepbinder.importers.service_log_csv import FIELDS, REQUIRED, ColumnMapping
from iepbinder.services.session_dto import Discrepancy, ImportReport

FIELD_LABELS = {
    "date": QT_TRANSLATE_NOOP("SchoolLogDialog", "Date"),
    "service": QT_TRANSLATE_NOOP("SchoolLogDialog", "Service"),
    "status": QT_TRANSLATE_NOOP("SchoolLogDialog", "Delivered or missed"),
    "minutes": QT_TRANSLATE_NOOP("SchoolLogDialog", "Minutes delivered"),
    "scheduled": QT_TRANSLATE_NOOP("SchoolLogDialog", "Minutes scheduled"),
    "reason": QT_TRANSLATE_NOOP("SchoolLogDialog", "Reason"),
    "provider": QT_TRANSLATE_NOOP("SchoolLogDialog", "Provider"),
    "notes": QT_TRANSLATE_NOOP("SchoolLogDialog", "Notes"),
}


def preview_model(header: list[str], parent: Any = None) -> RowTableModel[list[str]]:
    """The first rows of the file, as they are."""
    columns = [Column(name or f"({number})", _cell(number)) for number, name in enumerate(header)]
    return RowTableModel(columns, parent)


def _cell(number: int) -> Callable[[list[str]], str]:
    return lambda row: row[number] if number < len(row) else ""


def discrepancy_model(parent: Any = None) -> RowTableModel[Discrepancy]:
    """Days where the school's log and the parent's marks disagree."""
    return RowTableModel(
        [
            Column(
                QCoreApplication.translate("SchoolLogDialog", "Date"),
                lambda d: d.date.isoformat(),
                lambda d: d.date,
            ),
            Column(QCoreApplication.translate("SchoolLogDialog", "Service"), lambda d: d.service),
            Column(
                QCoreApplication.translate("SchoolLogDialog", "School's log"),
                lambda d: word(STATUS_LABELS[d.school.data.status]),
            ),
            Column(
                QCoreApplication.translate("SchoolLogDialog", "Your mark"),
                lambda d: word(STATUS_LABELS[d.parent.data.status]),
            ),
            Column(
                QCoreApplication.translate("SchoolLogDialog", "What differs"),
                lambda d: d.description,
            ),
        ],
        parent,
    )


class SchoolLogDialog(QDialog):
    """Pick the file, check which column is which (remembered), import; bad rows are named."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        child_id: int,
        data: bytes | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.context, self.child_id = context, child_id
        self.data: bytes | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import the school's service log"))
        self.choose_button = QPushButton(self.tr("&Choose a CSV file..."), self)
        self.file_label = QLabel(self)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in FIELDS:
            combo = QComboBox(self)
            combo.setAccessibleName(FIELD_LABELS[field])
            required = " *" if field in REQUIRED else ""
            form.addRow(buddy_label(self.tr(FIELD_LABELS[field]) + required, combo, self), combo)
            self.combos[field] = combo
        self.preview = FitTableView(self)
        self.preview_model: RowTableModel[list[str]] = preview_model([], self)
        self.preview.setModel(self.preview_model)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.file_label)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Which column holds what (* needed). Your choice is "
                    "remembered for the next file."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.choose_button.clicked.connect(self._choose)
        if data is not None:
            self.load(data, name)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("School service log"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if chosen:
            self.load(Path(chosen).read_bytes(), Path(chosen).name)

    def load(self, data: bytes, name: str = "") -> None:
        """Read the file's columns and offer a mapping."""
        self.data = data
        self.file_label.setText(name)
        self.context.runner.read(
            lambda: self.context.services.school_log.preview(data), self._show_preview, self._failed
        )

    def _show_preview(self, found: tuple[list[str], list[list[str]], ColumnMapping]) -> None:
        header, rows, mapping = found
        self.preview_model = preview_model(header, self)
        self.preview.setModel(self.preview_model)
        self.preview_model.set_rows(rows)
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("\u2014 none \u2014"), "")
            for name in header:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(getattr(mapping, field))))
        self.import_button.setEnabled(True)

    def mapping(self) -> ColumnMapping:
        """The columns as chosen."""
        return ColumnMapping(**{f: c.currentData() or "" for f, c in self.combos.items()})

    def import_now(self) -> None:
        """Import with the chosen mapping; the result names every row not imported."""
        if self.data is None:
            return
        data, mapping, child_id = self.data, self.mapping(), self.child_id
        self.import_button.setEnabled(False)
        self.context.runner.write(
            lambda: self.context.services.school_log.import_log(child_id, data, mapping),
            self._imported,
            self._failed,
        )

    def _imported(self, result: tuple[ImportReport, Any]) -> None:
        report, changes = result
        self.report = report
        lines = [report.summary, *(p.message for p in report.problems)]
        self.result_label.setText("\n".join(lines))
        self.import_button.setEnabled(True)
        self.context.bus.publish(changes, self)

    def _failed(self, error: Exception) -> None:
        self.import_button.setEnabled(self.data is not None)
        self.result_label.setText("\u26a0 " + describe_error(error))


class ReconciliationDialog(QDialog):
    """Days where the school's log and your marks disagree, for the ledger's date range."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        child_id: int,
        start: dt.date,
        end: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("School's log compared with your marks"))
        self.model = discrepancy_model(self)
        self.table = FitTableView(self)
        self.table.setModel(self.model)
        self.table.set_stretch_columns({4: 4})
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(820, 420)
        context.runner.read(
            lambda: context.services.school_log.reconcile(child_id, start, end),
            self._show,
            lambda e: self.summary.setText(describe_error(e)),
        )

    def _show(self, found: list[Discrepancy]) -> None:
        self.model.set_rows(found)
        if found:
            self.summary.setText(
                self.tr(
                    "{n} day(s) where the school's log and your marks "
                    "disagree. Your marks count in the ledger; bring these "
                    "dates to the provider."
                ).format(n=len(found))
            )
        else:
            self.summary.setText(
                self.tr("The school's log and your marks agree on every day both recorded.")
            )
