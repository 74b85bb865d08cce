"""A fitted table keeps its measured rows while they are unchanged, and measures new ones."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.gui.widgets.fit_table import FitTableView

LONG = "Sam reads 52 words correct per minute, up from 40 in September; the team will probe weekly."


def _table(qtbot: QtBot, texts: list[str], width: int) -> FitTableView:
    model: RowTableModel[str] = RowTableModel(
        [Column("Day", lambda text: "Nov 2"), Column("What", lambda text: text)]
    )
    model.set_rows(texts)
    table = FitTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.set_stretch_columns({1: 1})
    table.resize(width, 100)
    table.show()
    qtbot.waitExposed(table)
    return table


def _heights(table: FitTableView) -> list[int]:
    return [table.rowHeight(row) for row in range(table.model().rowCount())]


def test_rows_measured_at_a_width_are_the_same_when_it_comes_back(qtbot: QtBot) -> None:
    texts = [LONG, "Short", LONG + " " + LONG]
    table = _table(qtbot, texts, 700)
    wide = _heights(table)
    table.resize(260, table.height())  # narrower: the long rows wrap onto more lines
    narrow = _heights(table)
    assert narrow[0] > wide[0] and narrow[2] > wide[2]
    table.resize(700, table.height())
    assert _heights(table) == wide == _heights(_table(qtbot, texts, 700))
    assert table.height() == _table(qtbot, texts, 700).height()


def test_new_rows_are_measured_again(qtbot: QtBot) -> None:
    table = _table(qtbot, [LONG + " " + LONG], 300)
    tall = _heights(table)
    model = table.model()
    assert isinstance(model, RowTableModel)
    model.set_rows(["Short"])  # same widths, new text: not the heights kept for the old
    assert _heights(table) == _heights(_table(qtbot, ["Short"], 300))
    assert _heights(table)[0] < tall[0]
