"""The month grid as a table model: six weeks of day cells, Monday first, filtered by service."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from iepbinder.domain.school_calendar import IN_SESSION_KINDS, DayKind
from iepbinder.domain.service_log import (
    EXPECTED_SYMBOL,
    STATUS_LABELS,
    STATUS_SYMBOLS,
    SessionStatus,
)
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP, date_text, word
from iepbinder.gui.models.row_model import AnyIndex, ObjectRole
from iepbinder.services.session_dto import DayCell, DayEntry, MonthView

EntriesRole = Qt.ItemDataRole.UserRole + 3
WEEKDAYS = (
    QT_TRANSLATE_NOOP("MonthModel", "Monday"),
    QT_TRANSLATE_NOOP("MonthModel", "Tuesday"),
    QT_TRANSLATE_NOOP("MonthModel", "Wednesday"),
    QT_TRANSLATE_NOOP("MonthModel", "Thursday"),
    QT_TRANSLATE_NOOP("MonthModel", "Friday"),
    QT_TRANSLATE_NOOP("MonthModel", "Saturday"),
    QT_TRANSLATE_NOOP("MonthModel", "Sunday"),
)
# Status colours (always drawn next to a symbol and a word in the tooltip, never alone).
STATUS_COLOURS = {
    SessionStatus.DELIVERED: "#2E7D32",
    SessionStatus.PARTIAL: "#B26A00",
    SessionStatus.MISSED: "#C62828",
    SessionStatus.MAKEUP: "#1565C0",
    SessionStatus.CANCELLED: "#6A1B9A",
    None: "#6B6B6B",
}
# The same colours, lightened to read on a dark background (contrast above 4.5:1 on #1f1f1f).
STATUS_COLOURS_DARK = {
    SessionStatus.DELIVERED: "#81C784",
    SessionStatus.PARTIAL: "#FFB74D",
    SessionStatus.MISSED: "#EF9A9A",
    SessionStatus.MAKEUP: "#90CAF9",
    SessionStatus.CANCELLED: "#CE93D8",
    None: "#A8A8A8",
}


def status_colour(status: SessionStatus | None, dark: bool) -> str:
    """The colour a session's mark is drawn in, for a light or a dark background."""
    return (STATUS_COLOURS_DARK if dark else STATUS_COLOURS)[status]


KIND_WORDS = {
    DayKind.HOLIDAY: QT_TRANSLATE_NOOP("MonthModel", "Holiday"),
    DayKind.BREAK: QT_TRANSLATE_NOOP("MonthModel", "Break"),
    DayKind.CLOSURE: QT_TRANSLATE_NOOP("MonthModel", "School closed"),
    DayKind.EARLY_RELEASE: QT_TRANSLATE_NOOP("MonthModel", "Early release"),
    DayKind.LATE_START: QT_TRANSLATE_NOOP("MonthModel", "Late start"),
    DayKind.WEEKEND: "",
    DayKind.NO_SCHOOL_YEAR: QT_TRANSLATE_NOOP("MonthModel", "No school"),
    DayKind.IN_SESSION: "",
}


def short_name(service: str) -> str:
    """A short label for a cell line: 'Speech', or 'Reading' for '... (reading)'."""
    if service.endswith(")") and "(" in service:
        inside = service[service.rindex("(") + 1 : -1].strip()
        if inside:
            return inside[:1].upper() + inside[1:12]
    first = service.replace("-", " ").split(" ")[0]
    return first if len(first) <= 12 else first[:11] + "\u2026"


def entry_text(entry: DayEntry) -> str:
    """'✓ Speech 30' for a delivered session, '○ Speech 30' for an expected one."""
    symbol = EXPECTED_SYMBOL if entry.status is None else STATUS_SYMBOLS[entry.status]
    minutes = f" {entry.minutes}" if entry.minutes else ""
    return f"{symbol} {short_name(entry.service)}{minutes}"


def entry_words(entry: DayEntry) -> str:
    """The entry in words, for tooltips and screen readers."""
    if entry.status is None:
        return QCoreApplication.translate(
            "MonthModel", "{service}: session expected, not logged yet"
        ).format(service=entry.service)
    reason = f" ({entry.text.replace('_', ' ').lower()})" if entry.text else ""
    return (
        f"{entry.service}: {word(STATUS_LABELS[entry.status]).lower()}, {entry.minutes} min{reason}"
    )


class MonthModel(QAbstractTableModel):
    """Rows are weeks, columns Monday..Sunday; DisplayRole is the day's text, ObjectRole a cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: MonthView | None = None
        self.hidden: set[str] = set()

    def set_view(self, view: MonthView | None) -> None:
        """Show a month (None: nothing)."""
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def set_hidden_services(self, hidden: set[str]) -> None:
        """Services the filter hides."""
        self.hidden = set(hidden)
        if self.view is not None:
            self.dataChanged.emit(self.index(0, 0), self.index(5, 6))

    def cell(self, index: AnyIndex) -> DayCell | None:
        """The day cell at an index."""
        if self.view is None or not index.isValid():
            return None
        return self.view.days[index.row() * 7 + index.column()]

    def index_of(self, day: dt.date) -> QModelIndex:
        """The index showing a date (invalid when not in view)."""
        if self.view is None:
            return QModelIndex()
        offset = (day - self.view.days[0].date).days
        return self.index(offset // 7, offset % 7) if 0 <= offset < 42 else QModelIndex()

    def entries(self, cell: DayCell) -> list[DayEntry]:
        """The cell's entries the filter lets through."""
        return [e for e in cell.entries if e.service not in self.hidden]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() or self.view is None else 6

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 7:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("MonthModel", WEEKDAYS[section])
        if self.view is None or section >= 6:
            return None
        monday = self.view.days[section * 7].date
        return QCoreApplication.translate("MonthModel", "Week of {day}").format(
            day=date_text(monday, "brief")
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(cell.date.day)]
            kind = QCoreApplication.translate("MonthModel", KIND_WORDS[cell.kind])
            if kind or cell.name:
                lines.append(cell.name or kind)
            lines.extend(entry_text(e) for e in self.entries(cell))
            return "\n".join(lines)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(cell)
        if role == ObjectRole:
            return cell
        if role == EntriesRole:
            return self.entries(cell)
        return None

    def _tooltip(self, cell: DayCell) -> str:
        head = date_text(cell.date, "weekday_year")
        kind = QCoreApplication.translate("MonthModel", KIND_WORDS[cell.kind])
        if cell.name or kind:
            head += f" \u2014 {cell.name or kind}"
        entries = self.entries(cell)
        lines = [head, *(entry_words(e) for e in entries)]
        if cell.kind in IN_SESSION_KINDS:
            lines.append(
                QCoreApplication.translate(
                    "MonthModel", "Double-click or press Enter to log this day."
                )
            )
        return "\n".join(lines)

    @staticmethod
    def background(cell: DayCell) -> QColor | None:
        """The cell's shade: none for a school day of the month, grey outside it and on days off."""
        palette = QApplication.palette()
        if cell.kind in IN_SESSION_KINDS and cell.in_month:
            return None
        base = palette.color(QPalette.ColorRole.Base)
        shade = palette.color(QPalette.ColorRole.AlternateBase)
        if cell.kind in (DayKind.HOLIDAY, DayKind.BREAK, DayKind.CLOSURE):
            return QColor(shade).darker(104)
        return shade if cell.in_month else base.darker(103)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
