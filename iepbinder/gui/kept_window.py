"""The first window of a start: Today as kept at the last close, shown while the binder opens.

It needs only Qt and the kept file (gui/kept_today.py), so it paints before the database code is
imported. The parent can read every list, with the same tooltips as the live tab; the buttons
come with the full window, which takes this one's place (same size and position) as soon as
Today's live facts are read. A calm line says it is being brought up to date. Without a kept
Today that is still right, a plain window says the binder is opening, so that a slow start is
never a blank wait that invites a second click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from iepbinder.gui.kept_today import KeptSection, KeptToday
from iepbinder.gui.widgets.fit_table import FitTableView
from iepbinder.gui.widgets.two_columns import two_columns

RIGHT_SECTIONS = ("meetings", "clock_events", "deadlines")
STRETCH = {"meetings": {1: 2, 2: 3}, "clock_events": {2: 1}, "deadlines": {1: 1}}  # as Today's
MIN_WIDTH, MIN_HEIGHT = 1024, 700  # as the main window


class StartWindow(QMainWindow):
    """A window shown while the program opens the binder, until the full window takes over."""

    # Lists the parent may scroll while the program is imported: worth importing it on a helper
    # thread, which costs about 200 ms more here (gui/start.py _import_beside).
    scrolls_while_opening = False

    def __init__(self, folder_name: str) -> None:
        super().__init__()
        self.closed_by_person = False
        self.setWindowTitle(self.tr("IEP Binder \u2013 {folder}").format(folder=folder_name))
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.statusBar().showMessage(self.tr("Opening the binder..."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Closed before the full window came: the program ends instead of showing it."""
        self.closed_by_person = True
        super().closeEvent(event)

    @staticmethod
    def heading_label(text: str, page: QWidget) -> QLabel:
        """A heading as large and bold as the Today tab's."""
        heading = QLabel(text, page)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        return heading

    def show_status(self, text: str, page: QWidget) -> QLabel:
        """The line saying what is being done (``self.status``)."""
        self.status = QLabel(text, page)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        return self.status


class OpeningWindow(StartWindow):
    """No kept Today to show: the binder's name and what is being done, in calm words."""

    def __init__(self, folder_name: str) -> None:
        super().__init__(folder_name)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.heading = self.heading_label(
            self.tr("Opening the binder \u201c{folder}\u201d").format(folder=folder_name), page
        )
        self.show_status(self.tr(
            "\u21bb Working out what needs you today from everything in the binder. Today "
            "and the buttons appear in a moment."
        ), page)  # fmt: skip
        for label in (self.heading, self.status):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(3)
        self.setCentralWidget(page)


class KeptTodayWindow(StartWindow):
    """Read-only Today from the kept facts, with a status line until the live read arrives."""

    scrolls_while_opening = True

    def __init__(self, kept: KeptToday, folder_name: str) -> None:
        super().__init__(folder_name)
        self.kept = kept
        self.tables: dict[str, FitTableView] = {}
        self._frame(kept)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tab_bar)
        inner = QVBoxLayout()
        inner.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(inner, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading_label(kept.heading, page))
        top.addStretch(1)
        inner.addLayout(top)
        inner.addWidget(self.show_status(self.tr(
            "\u21bb Worked out for this day when the binder was last closed (nothing has "
            "changed since). Bringing it up to date; the buttons appear in a moment."
        ), page))  # fmt: skip
        calm = QLabel(kept.calm, page)
        calm.setWordWrap(True)
        inner.addWidget(calm)
        left, right = QVBoxLayout(), QVBoxLayout()
        for section in kept.sections:
            box = self._section_box(section)
            (right if section.key in RIGHT_SECTIONS else left).addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        inner.addWidget(two_columns(_holding(left), _holding(right), page), 1)
        self.setCentralWidget(page)

    def _frame(self, kept: KeptToday) -> None:
        """The full window's menus, child and tabs, inactive until it takes this one's place."""
        for title in kept.menus:
            self.menuBar().addMenu(title).setEnabled(False)
        toolbar = self.addToolBar(self.tr("Binder"))
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Child: {name}").format(name=kept.child_name)))
        self.tab_bar = QTabBar(self)
        self.tab_bar.setDocumentMode(True)
        self.tab_bar.setExpanding(False)
        for index, title in enumerate(kept.tabs):
            self.tab_bar.addTab(title)
            self.tab_bar.setTabEnabled(index, index == 0)

    def _section_box(self, section: KeptSection) -> QGroupBox:
        box = QGroupBox(section.title)
        column = QVBoxLayout(box)
        if not section.rows and section.empty:
            empty = QLabel(section.empty, box)
            empty.setWordWrap(True)
            column.addWidget(empty)
            return box
        model = QStandardItemModel(len(section.rows), len(section.columns), box)
        model.setHorizontalHeaderLabels(section.columns)
        for row, cells in enumerate(section.rows):
            for column_index, (text, tooltip) in enumerate(cells):
                item = QStandardItem(text)
                item.setToolTip(tooltip)
                item.setEditable(False)
                model.setItem(row, column_index, item)
        table = FitTableView(box)
        table.setModel(model)
        table.set_stretch_columns(STRETCH.get(section.key, {2: 1}))
        table.setAccessibleName(section.title)
        self.tables[section.key] = table
        column.addWidget(table)
        return box

    def shown_cells(self, key: str) -> list[list[list[str]]]:
        """The texts and tooltips a list shows (for checks)."""
        model = self.tables[key].model()
        return [
            [
                [str(model.index(row, column).data()),
                 str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))]
                for column in range(model.columnCount())
            ]
            for row in range(model.rowCount())
        ]  # fmt: skip


def _holding(layout: QVBoxLayout) -> QWidget:
    holder = QWidget()
    holder.setLayout(layout)
    return holder
