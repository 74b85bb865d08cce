"""The trash: what was deleted and when, with Restore."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iepbinder.gui.context import AppContext
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.services.changes import Changes
from iepbinder.services.trash import TrashItem


def trash_model(parent: QWidget | None = None) -> RowTableModel[TrashItem]:
    """Columns of the trash list."""
    columns: list[Column[TrashItem]] = [
        Column(
            QCoreApplication.translate("TrashDialog", "What"), lambda item: item.noun.capitalize()
        ),
        Column(QCoreApplication.translate("TrashDialog", "Name"), lambda item: item.label),
        Column(
            QCoreApplication.translate("TrashDialog", "Deleted"),
            lambda item: item.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            lambda item: item.deleted_at,
        ),
    ]
    return RowTableModel(columns, parent)


class TrashDialog(QDialog):
    """Lists the trash; Restore puts the chosen item back exactly as it was."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(640, 420)
        self.context = context
        self.model = trash_model(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.note = QLabel(
            self.tr("Deleted items stay here until you restore them. Nothing is destroyed."), self
        )
        self.note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(not context.read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Fetch the trash list."""
        self.context.runner.read(self.context.services.trash.list_trash, self._show, self._failed)

    def _show(self, items: list[TrashItem]) -> None:
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        if not items:
            self.note.setText(self.tr("The trash is empty."))
        if items:
            self.table.selectRow(0)

    def restore_selected(self) -> None:
        """Restore the chosen item."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        item = self.model.row_at(index.row())

        def done(changes: Changes) -> None:
            self.context.bus.publish(changes)
            self.note.setText(self.tr('Restored "{label}".').format(label=item.label))
            self.reload()

        self.context.runner.write(
            lambda: self.context.services.trash.restore(item.kind, item.item_id), done, self._failed
        )

    def _failed(self, error: Exception) -> None:
        self.note.setText(describe_error(error))
