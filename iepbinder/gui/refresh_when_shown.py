"""Reload a tab behind other tabs when it is brought to the front, not at every change.

After an import of 100 emails every tab that lists documents or log entries reloaded at once,
and putting 1,500 documents and 5,850 log entries into the hidden tabs' tables held the
window for 0.2-0.5 s each (benchmarks/run.py, UI stall while emails are dropped). A tab
that cannot be seen now only notes that it is out of date, and reloads when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStackedWidget, QWidget


def behind_another_tab(widget: QWidget) -> bool:
    """True when the widget, or a page it is on, is a page not in front in its stack."""
    page: QWidget | None = widget
    while page is not None:
        stack = page.parentWidget()
        if isinstance(stack, QStackedWidget) and stack.currentWidget() is not page:
            return True
        page = stack
    return False


class RefreshWhenShown(QObject):
    """Runs ``refresh`` now when the widget can be seen, else when it is next shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        """The data changed: reload now, or once the widget is in front."""
        if behind_another_tab(self._widget):
            self.stale = True
        else:
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """A widget shown while out of date reloads."""
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
