"""Give the tabs their child front tab first: the others load once it has its data.

Opening a large binder, every tab asking for its data at once made the tab in front wait
behind five others on the two background readers (benchmarks/run.py, start to first painted
tab). Now the tab in front asks first; the others ask when it has emitted ``loaded`` (or after
a few seconds, or at once when the parent brings one of them to the front).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget
from shiboken6 import isValid

FALLBACK_MS = 3000  # a front tab that never says it is loaded does not hold the others back


class FrontTabFirst(QObject):
    """Hands the child to the tabs of a QTabWidget, the visible one first."""

    def __init__(self, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._waiting: list[QWidget] = []
        self._child: int | None = None
        self._front: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._load_waiting)
        tabs.currentChanged.connect(self._on_current_changed)

    def show_child(self, tabs: Iterable[QWidget], child_id: int | None) -> None:
        """Show ``child_id`` in every tab: the tab in front now, the others after it."""
        self._release_front()
        self._child = child_id
        every = list(tabs)
        front = self._tabs.currentWidget()
        if child_id is None or not any(tab is front for tab in every):
            self._waiting = []
            for tab in every:
                tab.set_child(child_id)  # type: ignore[attr-defined]
            return
        self._waiting = [tab for tab in every if tab is not front]
        self._front = front
        front.loaded.connect(self._load_waiting)  # type: ignore[attr-defined]
        self._timer.start(FALLBACK_MS)
        front.set_child(child_id)  # type: ignore[attr-defined]

    def _load_waiting(self) -> None:
        self._timer.stop()
        self._release_front()
        waiting, self._waiting = self._waiting, []
        for tab in waiting:
            if isValid(tab):  # the binder may have been closed meanwhile
                tab.set_child(self._child)  # type: ignore[attr-defined]

    def _on_current_changed(self, _index: int) -> None:
        tab = self._tabs.currentWidget()
        for index, waiting in enumerate(self._waiting):
            if waiting is tab:
                del self._waiting[index]
                tab.set_child(self._child)  # type: ignore[attr-defined]
                return

    def _release_front(self) -> None:
        front, self._front = self._front, None
        if front is not None and isValid(front):
            with suppress(RuntimeError, TypeError):  # already disconnected
                front.loaded.disconnect(self._load_waiting)  # type: ignore[attr-defined]
