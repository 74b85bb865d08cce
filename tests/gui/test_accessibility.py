"""Keyboard reach, names for icon-only buttons, never colour alone, and larger system text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from iepbinder.domain.school_calendar import DayKind
from iepbinder.domain.service_log import STATUS_SYMBOLS, SessionStatus
from iepbinder.gui.app import GuiApp
from iepbinder.gui.appearance import apply_appearance
from iepbinder.gui.main_window import MainWindow
from iepbinder.gui.models.log_model import LogTableModel
from iepbinder.gui.models.month_model import MonthModel
from iepbinder.gui.tasks import SyncRunner
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)
# Parts of a bigger control, reached through it: the toolbar's commands are in the menus, a
# spin box's arrows and a combo's list through the box itself, a view's header and editors
# through the view, the tab bar's scroll arrows through the tab bar.
CONTAINERS = (QToolBar, QMenu, QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar)


@pytest.fixture
def demo_gui(qtbot: QtBot, tmp_path: Path) -> Iterator[GuiApp]:
    folder = tmp_path / "demo"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
    gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(gui.window)
    gui.open_folder(folder, create=False)
    gui.window.resize(1280, 800)
    gui.window.show()
    gui.window.activateWindow()
    qtbot.waitExposed(gui.window)
    yield gui
    gui.shutdown()


def _pages(window: MainWindow) -> Iterator[str]:
    """Bring each tab (and each page of a tab with pages) to the front in turn."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        inner = getattr(page, "pages", None)
        if isinstance(inner, QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                yield f"{window.tabs.tabText(index)} / {inner.tabText(sub)}"
        else:
            yield window.tabs.tabText(index)


def _should_be_reached(widget: QWidget, window: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
        return False
    if not widget.isVisibleTo(window) or not widget.isEnabled():
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, CONTAINERS):
            return False
        parent = parent.parentWidget()
    # The date box's calendar button is skipped by Tab: Alt+Down in the date box opens it.
    return not (
        isinstance(widget.parentWidget(), DateField) and isinstance(widget, QAbstractButton)
    )


def _radio_group_reached(widget: QWidget, reached: list[QWidget]) -> bool:
    """Tab enters a group of radio buttons at one of them; the arrow keys move within."""
    if not isinstance(widget, QRadioButton) or not widget.autoExclusive():
        return False
    group = widget.group()
    mates = (
        group.buttons()
        if isinstance(group, QButtonGroup)
        else [r for r in reached if isinstance(r, QRadioButton)]
    )
    return any(mate in reached and mate.parentWidget() is widget.parentWidget() for mate in mates)


def _tab_through(window: MainWindow, app: QApplication) -> list[QWidget]:
    """Press Tab from the tab bar until focus comes back to it; what got the focus."""
    start = window.tabs.tabBar()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    reached: list[QWidget] = []
    for _ in range(600):
        focused = app.focusWidget()
        assert focused is not None, "the focus was lost"
        reached.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        app.processEvents()
        assert app.focusWidget() is not focused, f"Tab is stuck in {focused!r}"
        if app.focusWidget() is start:
            return reached
    raise AssertionError("Tab never came back to the tab bar")


def test_tab_reaches_every_control_of_every_tab(demo_gui: GuiApp, qapp: QApplication) -> None:
    window = demo_gui.window
    for page in _pages(window):
        qapp.processEvents()
        reached = _tab_through(window, qapp)
        missed = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} {w.accessibleName()!r}"
            for w in window.findChildren(QWidget)
            if _should_be_reached(w, window)
            and w not in reached
            and not _radio_group_reached(w, reached)
        ]
        assert not missed, f"{page}: not reachable with Tab: {missed}"
        assert all(w.focusPolicy() != Qt.FocusPolicy.NoFocus for w in reached)


def test_every_icon_or_symbol_button_has_a_name(demo_gui: GuiApp) -> None:
    window = demo_gui.window
    for page in _pages(window):
        unnamed = [
            f"{type(b).__name__} {b.text()!r} in {type(b.parentWidget()).__name__}"
            for b in window.findChildren(QAbstractButton)  # shown or not (the import summary's)
            if not _made_by_qt(b)
            and not re.search(r"\w", b.text().replace("&", ""))
            and not b.accessibleName()
            and not (b.defaultAction() if hasattr(b, "defaultAction") else None)
        ]
        assert not unnamed, f"{page}: buttons without words or an accessible name: {unnamed}"


def _inside(widget: QWidget, kind: type[QWidget]) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, kind):
        parent = parent.parentWidget()
    return parent is not None


def _made_by_qt(button: QAbstractButton) -> bool:
    """Qt's own parts (menu and toolbar overflow, a table's corner, the date picker's arrows)."""
    return (
        button.objectName().startswith("qt_")
        or type(button) is QAbstractButton
        or _inside(button, QCalendarWidget)
    )


def _coloured_cells(model: QAbstractItemModel) -> list[tuple[int, int]]:
    roles = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
    found = []
    for row in range(model.rowCount()):
        column = 0
        while model.index(row, column).isValid():
            if any(model.index(row, column).data(role) is not None for role in roles):
                found.append((row, column))
            column += 1
    return found


def test_colour_is_never_the_only_signal(demo_gui: GuiApp) -> None:
    window = demo_gui.window
    coloured: dict[str, QAbstractItemModel] = {}
    for _page in _pages(window):
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if _inside(view, QCalendarWidget):
                continue  # Qt's own date picker (weekends in red beside their names)
            if model is not None and _coloured_cells(model):
                coloured[type(model).__name__] = model
    # Any other model that starts colouring cells must be audited here too.
    assert set(coloured) == {"LogTableModel", "MonthModel"}

    log = coloured["LogTableModel"]
    assert isinstance(log, LogTableModel)
    tinted_rows = {row for row, _column in _coloured_cells(log)}
    assert len(tinted_rows) == 3  # the demo's three entries that need the parent
    for row in tinted_rows:
        words = " ".join(log.index(row, c).data() or "" for c in range(log.columnCount()))
        assert re.search(r"\u26a0 (Overdue since|No reply)", words), words

    month = coloured["MonthModel"]
    assert isinstance(month, MonthModel)
    missed = 0
    for row in range(month.rowCount()):
        for column in range(month.columnCount()):
            index = month.index(row, column)
            cell = month.cell(index)
            assert cell is not None
            text = index.data() or ""
            for entry in month.entries(cell):
                if entry.status is not None:
                    assert STATUS_SYMBOLS[entry.status] in text, text
                missed += entry.status is SessionStatus.MISSED
            if cell.in_month and cell.kind in (DayKind.HOLIDAY, DayKind.BREAK, DayKind.CLOSURE):
                assert len(text.splitlines()) > 1, f"{cell.date}: shaded without a word"
    assert missed >= 5  # November 2026 of the demo has missed speech and reading sessions


def test_today_levels_are_words_with_symbols(demo_gui: GuiApp) -> None:
    window = demo_gui.window
    window.tabs.setCurrentWidget(window.binder_tabs["today"])
    levels = {
        view.model().index(row, 0).data()
        for view in window.binder_tabs["today"].findChildren(QAbstractItemView)
        if view.model() is not None
        and view.model().headerData(0, Qt.Orientation.Horizontal) == "Level"
        for row in range(view.model().rowCount())
    }
    assert {"\u26a0 Action", "\u25d4 Watch", "\u2139 Info"} <= levels


def test_larger_system_text_still_lays_out(demo_gui: GuiApp, qapp: QApplication) -> None:
    original = QFont(qapp.font())
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(larger)
    try:
        window = demo_gui.window
        window.resize(1280, 800)
        for page in _pages(window):
            qapp.processEvents()
            current = window.tabs.currentWidget()
            assert current.font().pointSizeF() == pytest.approx(larger.pointSizeF()), page
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 800, f"{page}: needs {hint}"
            assert window.size().width() == 1280 and window.size().height() == 800, page
    finally:
        qapp.setFont(original)


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_the_focus_is_drawn_in_light_and_dark(
    demo_gui: GuiApp, qapp: QApplication, appearance: str
) -> None:
    apply_appearance(qapp, appearance)
    try:
        window = demo_gui.window
        window.tabs.setCurrentWidget(window.binder_tabs["calendar"])
        calendar = window.binder_tabs["calendar"]
        for widget in (calendar.log_button, calendar.grid, window.tabs.tabBar()):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            # Arrive with the keyboard: Qt draws the focus once the keyboard has moved it.
            QTest.keyClick(widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
            QTest.keyClick(qapp.focusWidget(), Qt.Key.Key_Tab)
            qapp.processEvents()
            assert widget.hasFocus()
            focused = widget.grab().toImage()
            widget.clearFocus()
            qapp.processEvents()
            assert widget.grab().toImage() != focused, f"no visible focus on {widget!r}"
    finally:
        apply_appearance(qapp, "system")
