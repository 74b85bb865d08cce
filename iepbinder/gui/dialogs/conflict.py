"""When a record changed elsewhere: both versions side by side, and the person chooses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.amount import Amount, describe_amount
from iepbinder.services.context import Saved

DataT = TypeVar("DataT")


class VersionedSave(Generic[DataT]):
    """Saves an edit against the version it was read at; after a conflict, against the newer one."""

    def __init__(self, update: Callable[[int | None, DataT], Saved[Any]], version: int) -> None:
        self._update = update
        self.version = version

    def __call__(self, data: DataT) -> Saved[Any]:
        return self._update(self.version, data)


def shown(value: Any) -> str:
    """A field value in words for the comparison table."""
    if value is None or value == "" or value == ():
        return "\u2014"
    if isinstance(value, Amount):
        return describe_amount(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return ", ".join(shown(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def differences(mine: Any, theirs: Any) -> list[tuple[str, str, str]]:
    """(field, theirs, mine) for every field whose value differs."""
    rows = []
    for field in dataclasses.fields(mine):
        a, b = getattr(theirs, field.name, None), getattr(mine, field.name)
        if a != b:
            rows.append((field.name, shown(a), shown(b)))
    return rows


class ConflictPanel(QGroupBox):
    """The two versions of the fields that differ, with the two ways out."""

    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("\u26a0 This was changed elsewhere while you were editing"))
        self.note = QLabel(
            self.tr(
                "Someone saved a different version (on another computer or in another window). "
                "Nothing was overwritten. Compare, then choose which version to keep."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved elsewhere"), self.tr("Yours")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.mine_button = QPushButton(self.tr("Save mine over it"), self)
        self.theirs_button = QPushButton(self.tr("Keep theirs (close without saving)"), self)
        self.mine_button.clicked.connect(self.keep_mine)
        self.theirs_button.clicked.connect(self.take_theirs)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.hide()

    def show_versions(self, rows: list[tuple[str, str, str]], labels: Mapping[str, str]) -> None:
        """Fill the table with the differing fields and show the panel."""
        self.table.setRowCount(len(rows))
        for row, (name, theirs, mine) in enumerate(rows):
            label = labels.get(name, name.replace("_", " ").capitalize())
            for column, text in enumerate((label, theirs, mine)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(rows_height + self.table.horizontalHeader().height() + frame)
        self.show()
