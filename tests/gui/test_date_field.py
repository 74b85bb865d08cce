"""The date box's calendar: made only when it first opens, then opened on the date typed, and a
click on a day fills the box."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QCalendarWidget
from pytestqt.qtbot import QtBot

from iepbinder.gui.widgets.date_field import DateField


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a menu cannot raise
def test_the_calendar_is_made_on_first_open_on_the_date_typed(qtbot: QtBot) -> None:
    field = DateField(lambda: dt.date(2026, 11, 29))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    assert field.findChildren(QCalendarWidget) == []  # nothing made for a box never opened
    field.set_value(dt.date(2026, 3, 14))
    seen: list[tuple[bool, QDate]] = []

    def look_and_click() -> None:
        calendar = field.findChild(QCalendarWidget)
        assert calendar is not None
        seen.append((calendar.isVisible(), calendar.selectedDate()))
        calendar.clicked.emit(QDate(2026, 3, 20))  # a click on the 20th

    QTimer.singleShot(0, look_and_click)
    field._button.showMenu()  # as the button or Alt+Down opens it; returns once it closes
    assert seen == [(True, QDate(2026, 3, 14))]
    assert field.value() == dt.date(2026, 3, 20)
    assert len(field.findChildren(QCalendarWidget)) == 1  # made once, kept
