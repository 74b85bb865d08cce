"""The month grid: a calendar-style month whose cells list each service with symbol and colour."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from iepbinder.gui.appearance import is_dark
from iepbinder.gui.models.month_model import (
    KIND_WORDS,
    EntriesRole,
    MonthModel,
    entry_text,
    status_colour,
)
from iepbinder.gui.models.row_model import ObjectRole

AnyIndex = QModelIndex | QPersistentModelIndex


def _mix(first: QColor, second: QColor, share: float) -> QColor:
    """``share`` of the first colour over the second (a light tint that keeps text readable)."""
    return QColor(
        round(first.red() * share + second.red() * (1 - share)),
        round(first.green() * share + second.green() * (1 - share)),
        round(first.blue() * share + second.blue() * (1 - share)),
    )


class DayDelegate(QStyledItemDelegate):
    """Paints a day: its number, the holiday's name, then one coloured line per session."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        month = model if isinstance(model, MonthModel) else None  # asked directly: faster
        cell = month.cell(index) if month is not None else index.data(ObjectRole)
        if cell is None:
            return
        painter.save()
        background = (
            month.background(cell)
            if month is not None
            else index.data(Qt.ItemDataRole.BackgroundRole)
        )
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(
                rect,
                _mix(
                    palette.color(QPalette.ColorRole.Highlight),
                    palette.color(QPalette.ColorRole.Base),
                    0.28,
                ),
            )
        elif background is not None:
            painter.fillRect(rect, background)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        text_colour = palette.color(QPalette.ColorRole.Text)
        if not cell.in_month:
            text_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        font = QFont(option.font)
        metrics_height = painter.fontMetrics().height()
        x, y = rect.left() + 4, rect.top() + 2
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(x, y, rect.width() - 8, metrics_height),
            Qt.AlignmentFlag.AlignLeft,
            str(cell.date.day),
        )
        label = cell.name or QCoreApplication.translate("MonthModel", KIND_WORDS[cell.kind])
        painter.setFont(font)
        if label:
            italic = QFont(font)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            elided = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, rect.width() - 30
            )
            painter.drawText(
                QRect(x + 22, y, rect.width() - 30, metrics_height),
                Qt.AlignmentFlag.AlignLeft,
                elided,
            )
            painter.setFont(font)
        y += metrics_height
        entries = month.entries(cell) if month is not None else index.data(EntriesRole) or []
        line = painter.fontMetrics().height()
        room = max(0, (rect.bottom() - y) // line)
        shown = entries if len(entries) <= room else entries[: max(0, room - 1)]
        dark = is_dark(palette)
        for entry in shown:
            painter.setPen(QColor(status_colour(entry.status, dark)))
            painter.drawText(
                QRect(x, y, rect.width() - 8, line), Qt.AlignmentFlag.AlignLeft, entry_text(entry)
            )
            y += line
        if len(shown) < len(entries):
            painter.setPen(text_colour)
            more = self.tr("+{n} more").format(n=len(entries) - len(shown))
            painter.drawText(QRect(x, y, rect.width() - 8, line), Qt.AlignmentFlag.AlignLeft, more)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        return QSize(110, 96)


class MonthGrid(QTableView):
    """Six weeks of days; arrows move, Enter or double-click logs a day, PageUp/Down pages."""

    day_activated = Signal(object)  # dt.date
    day_selected = Signal(object)  # dt.date
    page_requested = Signal(int)  # -1 earlier month, +1 later month

    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_model = model
        self.setModel(model)
        self.setItemDelegate(DayDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for weekend in (5, 6):  # narrower weekend columns, as desktop calendars often do
            header.setSectionResizeMode(weekend, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(weekend, 64)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.horizontalHeader().setMinimumSectionSize(60)
        self.doubleClicked.connect(self._activate)
        self.setAccessibleName(self.tr("Month calendar of sessions"))

    def setModel(self, model: object) -> None:  # noqa: N802 - Qt API
        super().setModel(model)  # type: ignore[arg-type]
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def select_day(self, day: dt.date) -> None:
        """Move the focus cell to a date shown in the grid."""
        index = self.month_model.index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)

    def current_day(self) -> dt.date | None:
        """The date of the focus cell."""
        cell = self.month_model.cell(self.currentIndex())
        return cell.date if cell is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self.currentIndex())
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.page_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        super().keyPressEvent(event)

    def _activate(self, index: AnyIndex) -> None:
        cell = self.month_model.cell(index)
        if cell is not None:
            self.day_activated.emit(cell.date)

    def _on_current_changed(self, current: AnyIndex, _previous: AnyIndex) -> None:
        cell = self.month_model.cell(current)
        if cell is not None:
            self.day_selected.emit(cell.date)
