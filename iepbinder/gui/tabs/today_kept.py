"""What the Today tab shows for a TodayDto, as the plain texts kept for the next start.

The cells are the tab's own table models' texts and tooltips (the tooltips say where each date
and number comes from), so the kept Today shows exactly what the live tab shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from iepbinder.gui.kept_today import KeptSection, KeptToday
from iepbinder.gui.models.row_model import RowTableModel
from iepbinder.gui.models.today_models import (
    clock_events_model,
    deadlines_model,
    items_model,
    meetings_model,
)
from iepbinder.gui.tabs.today import LISTS, TodayTab
from iepbinder.services.today import TodayDto

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def kept_today_of(tab: TodayTab, dto: TodayDto) -> KeptToday:
    """The kept form of what ``tab`` shows for ``dto`` (its titles, headers and cells)."""
    sections = []
    for key in LISTS:
        items = list(getattr(dto.board, key))
        if items:
            sections.append(_section(key, tab.boxes[key].title(), items_model(), items))
    sections.append(
        _section(
            "meetings",
            tab.meetings.title(),
            meetings_model(),
            list(dto.upcoming_meetings),
            tab.meetings.empty_label.text(),
        )
    )
    sections.append(
        _section(
            "clock_events",
            tab.events.title(),
            clock_events_model(),
            list(dto.clock_events),
            tab.events.empty_label.text(),
        )
    )
    sections.append(_section("deadlines", tab.deadlines_box.title(), deadlines_model(),
                             list(dto.deadlines.deadlines)))  # fmt: skip
    return KeptToday(
        child_id=dto.child.id,
        child_name=dto.child.display_name,
        day=dto.today.isoformat(),
        heading=tab.heading_text(dto),
        calm=tab.calm_text(dto),
        sections=sections,
    )


def shown_cells(model: Any) -> list[list[list[str]]]:
    """Every cell's text and tooltip of a table model, row by row."""
    rows = []
    for row in range(model.rowCount()):
        cells = []
        for column in range(model.columnCount()):
            index = model.index(row, column)
            cells.append([_text(model.data(index, DISPLAY)), _text(model.data(index, TOOLTIP))])
        rows.append(cells)
    return rows


def _section(
    key: str, title: str, model: RowTableModel[Any], rows: list[Any], empty: str = ""
) -> KeptSection:
    model.set_rows(rows)
    columns = [
        _text(model.headerData(column, Qt.Orientation.Horizontal, DISPLAY))
        for column in range(model.columnCount())
    ]
    return KeptSection(key, title, columns, shown_cells(model), empty)


def _text(value: object) -> str:
    return "" if value is None else str(value)
