"""Cell texts measured without the delegate give the sizes Qt's own fitting gives, cell by cell."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.gui.widgets.cell_text import CellTextSizes, column_width, measurable, row_heights
from iepbinder.gui.widgets.fit_table import FitTableView

TEXTS = [
    "",
    "40",
    "Nov 29, 2026",
    "\u2713 On track",
    "\u26a0 23 red flag(s)",
    "Consider raising the goal",
    "The goal is measured in numbers, but this entry has no number, work sample or data "
    "summary.\n\u2192 Ask for the data behind the report (a data-request letter).",
    "\u201cMaking progress toward the goal; continues to work on it in small group.\u201d",
    "Supercalifragilisticexpialidocious-and-then-some-without-any-space-to-break-at",
    "Two lines\nthe second much longer than the first one, so it wraps first",
    "Espa\u00f1ol: pr\u00f3xima reuni\u00f3n del equipo \u2014 se\u00f1ales para hablar con calma",
]


class _BoldModel(RowTableModel[str]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def _view(qtbot: QtBot, rows: list[tuple[str, str, str]], font: QFont | None = None) -> QTableView:
    model: RowTableModel[tuple[str, str, str]] = RowTableModel(
        [Column(f"Column {n}", lambda row, n=n: row[n]) for n in range(3)]
    )
    model.set_rows(rows)
    view = QTableView()
    qtbot.addWidget(view)
    view.setWordWrap(True)
    if font is not None:
        view.setFont(font)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _rows(seed: int, count: int) -> list[tuple[str, str, str]]:
    pick = random.Random(seed)
    return [(pick.choice(TEXTS), pick.choice(TEXTS), pick.choice(TEXTS)) for _ in range(count)]


def _compare_at_many_widths(view: QTableView, seed: int) -> None:
    model = measurable(view)
    assert isinstance(model, RowTableModel)
    sizes = CellTextSizes(view.font())
    for column in range(3):
        assert column_width(view, model, column, sizes) == view.sizeHintForColumn(column)
    natural = [sizes.one_line(text)[0] for text in TEXTS]
    pick = random.Random(seed)
    header = view.horizontalHeader()
    for _trial in range(40):
        for column in range(3):  # around a text's own width (wraps or not by a pixel), or any
            near = pick.choice(natural) + 2 * 3 + 1 + pick.randint(-2, 2)
            header.resizeSection(
                column, max(12, near if pick.random() < 0.5 else pick.randint(12, 700))
            )
        ours = row_heights(view, model, sizes)
        view.resizeRowsToContents()
        assert ours == [view.rowHeight(row) for row in range(model.rowCount())]


def test_heights_and_widths_are_qts_own(qtbot: QtBot) -> None:
    _compare_at_many_widths(_view(qtbot, _rows(1, 30)), seed=2)


def test_in_a_larger_bold_font_too(qtbot: QtBot) -> None:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    _compare_at_many_widths(_view(qtbot, _rows(3, 20), font), seed=4)


def test_a_view_without_rows(qtbot: QtBot) -> None:
    view = _view(qtbot, [])
    model = measurable(view)
    assert model is not None
    assert column_width(view, model, 0, CellTextSizes(view.font())) == view.sizeHintForColumn(0)
    assert row_heights(view, model, CellTextSizes(view.font())) == []


def test_other_models_and_delegates_are_left_to_qt(qtbot: QtBot) -> None:
    other = QTableView()
    qtbot.addWidget(other)
    other.setModel(QStandardItemModel(2, 2))  # may hold fonts, icons, check boxes
    assert measurable(other) is None
    view = _view(qtbot, _rows(5, 3))
    view.setItemDelegateForColumn(1, QStyledItemDelegate(view))
    assert measurable(view) is None
    bold = _BoldModel([Column("Text", lambda row: row)])
    bold.set_rows(["Bold text takes more room"])
    view.setItemDelegateForColumn(1, None)  # type: ignore[arg-type]
    view.setModel(bold)
    assert measurable(view) is None


def test_a_fitted_table_after_a_font_change_matches_qt(qtbot: QtBot) -> None:
    model: RowTableModel[str] = RowTableModel(
        [Column("Day", lambda text: "Nov 2"), Column("What", lambda text: text)]
    )
    model.set_rows(TEXTS)
    table = FitTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.set_stretch_columns({1: 1})
    table.resize(420, 100)
    table.show()
    qtbot.waitExposed(table)
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    table.setFont(font)
    table.fit()
    fitted = [table.rowHeight(row) for row in range(model.rowCount())]
    table.resizeRowsToContents()
    assert fitted == [table.rowHeight(row) + 6 for row in range(model.rowCount())]  # ROW_PADDING
