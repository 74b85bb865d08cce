"""Rows of name and value painted by one widget (the ledger's figures), each with its tooltip.

A service box of the ledger showed its 12 figures as 24 labels; six services made 144 labels
to create, polish and lay out before the Calendar tab could paint (benchmarks/run.py). This
widget paints the same two columns: the name wraps on the left, the value sits on the right.
Hovering a row shows its tooltip (made only then); the keyboard moves through the rows
(Up/Down, Home/End), a screen reader hears the current row's name, value and formula, and
Ctrl+C copies the row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from iepbinder.gui.widgets.cell_text import text_sizes

COLUMN_GAP = 12  # as the grid of labels had (horizontal spacing)
ROW_GAP = 2
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class FigureRow:
    """One row: its key, the name and value shown, the formula, and its tooltip (made late)."""

    key: str
    name: str
    value: str
    formula: str
    tooltip: Callable[[], str]


class FigureTable(QWidget):
    """Two painted columns of figures; tooltips, keyboard and screen readers per row."""

    def __init__(self, rows: list[FigureRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.current = 0
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._layouts: dict[int, list[tuple[QRect, QRect]]] = {}  # by width
        self._values_width: int | None = None
        self._describe()

    # Reading ---------------------------------------------------------------------------
    def value_text(self, key: str) -> str:
        """The value shown for one figure."""
        return next(row.value for row in self.rows if row.key == key)

    # Geometry --------------------------------------------------------------------------
    def _value_width(self) -> int:
        if self._values_width is None:
            metrics = self.fontMetrics()
            widths = (metrics.horizontalAdvance(row.value) for row in self.rows)
            self._values_width = max(widths, default=0)
        return self._values_width

    def _lay_out(self, width: int) -> list[tuple[QRect, QRect]]:
        """Each row's name and value rectangles at a width (kept: layouts ask many times)."""
        found = self._layouts.get(width)
        if found is not None:
            return found
        metrics, names = self.fontMetrics(), text_sizes(self.font())
        value_width = self._value_width()
        name_width = max(40, width - value_width - COLUMN_GAP)
        rects: list[tuple[QRect, QRect]] = []
        top = 0
        for row in self.rows:
            height = max(names.height(row.name, name_width), metrics.height())
            name = QRect(0, top, name_width, height)
            value = QRect(width - value_width, top, value_width, height)
            rects.append((name, value))
            top += height + ROW_GAP
        self._layouts[width] = rects
        return rects

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        """The names wrap, so the height follows the width."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """The rows' height at this width."""
        rects = self._lay_out(width)
        return rects[-1][0].bottom() + 1 if rects else 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Wide enough for the longest name on one line, as the labels were."""
        sizes = text_sizes(self.font())
        names = max((sizes.one_line(row.name)[0] for row in self.rows), default=0)
        width = min(names, 320) + COLUMN_GAP + self._value_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Room for the values and a narrow column of names."""
        return QSize(self._value_width() + COLUMN_GAP + 80, 0)

    def row_at(self, point: QPoint) -> int | None:
        """The row under a point, or None."""
        for index, (name, value) in enumerate(self._lay_out(self.width())):
            if name.top() <= point.y() <= name.bottom() + ROW_GAP:
                return index if point.x() <= value.right() else None
        return None

    # Painting and events ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """The names and values; the current row marked while the table has the focus."""
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        for index, (row, (name, value)) in enumerate(
            zip(self.rows, self._lay_out(self.width()), strict=True)
        ):
            if not name.intersects(event.rect()) and not value.intersects(event.rect()):
                continue
            pen = text
            if index == self.current and self.hasFocus():
                whole = name.united(value).adjusted(-2, -1, 2, 1)
                painter.fillRect(whole, palette.color(QPalette.ColorRole.Highlight))
                pen = palette.color(QPalette.ColorRole.HighlightedText)
            painter.setPen(pen)
            painter.drawText(name, _WRAP, row.name)
            painter.drawText(value, _RIGHT, row.value)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font: measure again."""
        if event.type() == QEvent.Type.FontChange:
            self._layouts.clear()
            self._values_width = None
            self.updateGeometry()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        """The hovered row's tooltip, made when asked for."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                name, value = self._lay_out(self.width())[index]
                QToolTip.showText(
                    event.globalPos(), self.rows[index].tooltip(), self, name.united(value)
                )
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """A click makes the row under the pointer the current one."""
        index = self.row_at(event.position().toPoint())
        if index is not None:
            self._move_to(index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Up/Down/Home/End move through the rows; Ctrl+C copies the current one."""
        moves = {
            Qt.Key.Key_Up: self.current - 1,
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.rows) - 1,
        }
        key = Qt.Key(event.key())
        if key in moves and self.rows:
            self._move_to(max(0, min(len(self.rows) - 1, moves[key])))
        elif event.matches(QKeySequence.StandardKey.Copy) and self.rows:
            row = self.rows[self.current]
            QGuiApplication.clipboard().setText(f"{row.name}: {row.value}")
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        """Show the current row."""
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        """Hide the current row's mark."""
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()

    def _move_to(self, index: int) -> None:
        self.current = index
        self._describe()
        self.update()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def _describe(self) -> None:
        if not self.rows:
            return
        row = self.rows[self.current]
        self.setAccessibleName(f"{row.name}: {row.value}")
        self.setAccessibleDescription(row.formula)
