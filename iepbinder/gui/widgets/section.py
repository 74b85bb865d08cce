"""A titled part of a page: a table of items with Add, Edit and Move to trash buttons."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from iepbinder.gui.models.row_model import RowTableModel
from iepbinder.gui.widgets.fit_table import FitTableView

RowT = TypeVar("RowT")


class TableSection(QGroupBox, Generic[RowT]):
    """Shows a model's rows; emits what the parent asked for with the row's DTO."""

    add_requested = Signal()
    edit_requested = Signal(object)
    trash_requested = Signal(object)

    def __init__(
        self,
        title: str,
        model: RowTableModel[RowT],
        *,
        noun: str,
        empty_text: str,
        stretch: dict[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.model = model
        self.table = FitTableView(self)
        self.table.setModel(model)
        self.table.set_stretch_columns(stretch)
        self.table.setAccessibleName(title)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add {noun}...").format(noun=noun), self)
        self.edit_button = QPushButton(self.tr("Edit..."), self)
        self.trash_button = QPushButton(self.tr("Move to trash"), self)
        self.edit_button.setAccessibleName(self.tr("Edit selected {noun}").format(noun=noun))
        self.trash_button.setAccessibleName(
            self.tr("Move selected {noun} to trash").format(noun=noun)
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.trash_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.trash_button.clicked.connect(self._on_trash_clicked)
        self.table.activated_row.connect(lambda row: self.edit_requested.emit(model.row_at(row)))
        self.table.delete_pressed.connect(lambda row: self.trash_requested.emit(model.row_at(row)))
        self.table.insert_pressed.connect(self.add_requested)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_rows(self, rows: list[RowT]) -> None:
        """Show these rows (keeps the selection on the same row number when possible)."""
        keep = self.table.current_row()
        self.model.set_rows(rows)
        if 0 <= keep < len(rows):
            self.table.selectRow(keep)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        """Read-only binders show the data without the buttons that change it."""
        self.add_button.setVisible(editable)
        self.edit_button.setVisible(editable)
        self.trash_button.setVisible(editable)

    def selected(self) -> Any:
        """The DTO of the selected row, or None."""
        row = self.table.current_row()
        return self.model.row_at(row) if row >= 0 else None

    def _update_buttons(self, *_args: object) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        chosen = self.table.current_row() >= 0
        self.edit_button.setEnabled(chosen)
        self.trash_button.setEnabled(chosen)

    def _on_edit_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_requested.emit(row)

    def _on_trash_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.trash_requested.emit(row)
