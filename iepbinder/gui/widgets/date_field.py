"""A date box that takes what people type ('today', '3/14') and offers a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from iepbinder.config.paths import resource_path
from iepbinder.domain.dateparse import DateInputError, format_date, parse_user_date
from iepbinder.gui.appearance import tinted_icon


class DateField(QWidget):
    """Line edit plus calendar button; ``value()`` returns a date or None, or raises."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("e.g. 3/14/2026 or today"))
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        self._button = QToolButton(self)
        self._show_icon()
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the keyboard
        self._button.setToolTip(self.tr("Choose a date from a calendar (Alt+Down)"))
        self._button.setAccessibleName(self.tr("Choose date"))
        self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self._button)
        self._calendar: QCalendarWidget | None = None  # made when the menu first opens
        self._menu.aboutToShow.connect(self._on_menu_about_to_show)
        self._button.setMenu(self._menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self.edit)
        shortcut = QShortcut(QKeySequence("Alt+Down"), self.edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._button.showMenu)

    def _show_icon(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self._button.setIcon(tinted_icon(resource_path("icons", "calendar.svg"), colour))

    def _made_calendar(self) -> QCalendarWidget:
        """The menu's calendar, made the first time it is needed (most date boxes never open it)."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self._menu)
            self._calendar.clicked.connect(self._on_calendar_clicked)
            self._calendar.activated.connect(self._on_calendar_clicked)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self._calendar)
            self._menu.addAction(action)
        return self._calendar

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Redraw the calendar icon in the new text colour when light/dark changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_icon()

    def value(self) -> dt.date | None:
        """The date typed, None when blank; raises DateInputError for text that is not a date."""
        return parse_user_date(self.edit.text(), self._today())

    def set_value(self, day: dt.date | None) -> None:
        """Show a date (or nothing)."""
        self.edit.setText(format_date(day))

    def text(self) -> str:
        """The raw text in the box."""
        return self.edit.text()

    def _on_edit_editing_finished(self) -> None:
        try:
            day = self.value()
        except DateInputError:
            return
        self.edit.setText(format_date(day))

    def _on_menu_about_to_show(self) -> None:
        try:
            day = self.value() or self._today()
        except DateInputError:
            day = self._today()
        self._made_calendar().setSelectedDate(QDate(day.year, day.month, day.day))

    def _on_calendar_clicked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self._menu.close()
        self.changed.emit()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
