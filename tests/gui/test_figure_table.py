"""The painted figure rows of the ledger: tooltips per row, keyboard, screen reader, wrapping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from iepbinder.gui.widgets.figure_table import FigureRow, FigureTable


def _table(qtbot: QtBot, asked: list[str]) -> FigureTable:
    def tip(key: str) -> str:
        asked.append(key)
        return f"how {key} is computed"

    rows = [
        FigureRow("mandated", "Mandated (what the IEP promises)", "300 min", "a x b",
                  lambda: tip("mandated")),
        FigureRow("delivered", "Delivered", "270 min", "sum of sessions",
                  lambda: tip("delivered")),
    ]  # fmt: skip
    table = FigureTable(rows)
    qtbot.addWidget(table)
    table.resize(400, table.heightForWidth(400))
    table.show()
    qtbot.waitExposed(table)
    return table


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a tooltip cannot raise
def test_each_row_has_its_tooltip_made_when_hovered(qtbot: QtBot) -> None:
    asked: list[str] = []
    table = _table(qtbot, asked)
    assert asked == []  # nothing made before a hover
    assert table.value_text("delivered") == "270 min"
    second = table.heightForWidth(400) - table.fontMetrics().height() // 2
    assert table.row_at(QPoint(5, second)) == 1
    assert table.row_at(QPoint(5, 2)) == 0
    QToolTip.hideText()
    point = QPoint(5, second)
    table.event(QHelpEvent(QEvent.Type.ToolTip, point, table.mapToGlobal(point)))
    assert asked == ["delivered"]
    assert QToolTip.text() == "how delivered is computed"


def test_the_keyboard_moves_through_the_rows_and_a_reader_hears_them(qtbot: QtBot) -> None:
    table = _table(qtbot, [])
    table.setFocus()
    assert table.accessibleName() == "Mandated (what the IEP promises): 300 min"
    assert table.accessibleDescription() == "a x b"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.current == 1
    assert table.accessibleName() == "Delivered: 270 min"
    qtbot.keyClick(table, Qt.Key.Key_Down)  # stays on the last row
    assert table.current == 1
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Delivered: 270 min"
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.current == 0


def test_long_names_wrap_so_a_narrow_table_grows_taller(qtbot: QtBot) -> None:
    table = _table(qtbot, [])
    one_line = table.fontMetrics().height()
    assert table.heightForWidth(400) < 3 * one_line + 10  # two rows of one line each
    assert table.heightForWidth(170) > table.heightForWidth(400)  # the first name wraps


def test_rows_are_as_tall_as_qt_measures_their_wrapped_names_at_every_width(qtbot: QtBot) -> None:
    table = _table(qtbot, [])
    metrics = table.fontMetrics()
    value_width = max(metrics.horizontalAdvance(row.value) for row in table.rows)
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    for width in range(60, 520, 3):
        name_width = max(40, width - value_width - 12)  # the column gap
        expected = [
            max(metrics.boundingRect(QRect(0, 0, name_width, 10_000), flags, row.name).height(),
                metrics.height())
            for row in table.rows
        ]  # fmt: skip
        table._layouts.clear()
        assert [name.height() for name, _value in table._lay_out(width)] == expected, width
