"""What the Today tab shows for a TodayDto, as the plain texts kept for the next start.

The cells are the tab's own table models' texts and tooltips (the tooltips say where each date
and number comes from), so the kept Today shows exactly what the live tab shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
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
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.today import TodayDto, TodayService

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
KEPT_DAYS = 8  # the day of the close and the next 7: a weekly visit still starts from them


def kept_days(tab: TodayTab, services: BinderServices, child_id: int) -> list[KeptToday]:
    """What ``tab`` would show for the child today and on each of the next kept days.

    Today's facts depend only on the binder and the date the services are given (nothing in
    services/ or domain/ reads the clock for them), so each later day is the same read with
    ``today`` set to that day: exactly what a start on that day would show.
    """
    first = services.today.today(child_id)
    day = [first.today]
    later = TodayService(replace(services.context, today=lambda: day[0]))  # one service: its
    dtos = [first]  # caches (the ledger's sessions) serve every later day
    for offset in range(1, KEPT_DAYS):
        day[0] = first.today + dt.timedelta(days=offset)
        dtos.append(later.today(child_id))
    return [kept_today_of(tab, dto) for dto in dtos]


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
