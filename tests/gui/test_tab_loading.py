"""The tab in front gets its child first; the others when it has loaded or are brought forward."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from iepbinder.gui.tab_loading import FrontTabFirst


class RecordingTab(QWidget):
    """A tab that notes which child it was given, in order, in a shared list."""

    loaded = Signal()

    def __init__(self, name: str, calls: list[tuple[str, int | None]]) -> None:
        super().__init__()
        self.name, self.calls = name, calls

    def set_child(self, child_id: int | None) -> None:
        self.calls.append((self.name, child_id))


def _tabs(qtbot: QtBot) -> tuple[QTabWidget, list[RecordingTab], list[tuple[str, int | None]]]:
    calls: list[tuple[str, int | None]] = []
    widget = QTabWidget()
    qtbot.addWidget(widget)
    tabs = [RecordingTab(name, calls) for name in ("today", "glance", "calendar")]
    for tab in tabs:
        widget.addTab(tab, tab.name)
    return widget, tabs, calls


def test_the_others_wait_until_the_front_tab_has_loaded(qtbot: QtBot) -> None:
    widget, tabs, calls = _tabs(qtbot)
    loader = FrontTabFirst(widget)
    loader.show_child(tabs, 7)
    assert calls == [("today", 7)]
    tabs[0].loaded.emit()
    assert calls == [("today", 7), ("glance", 7), ("calendar", 7)]
    tabs[0].loaded.emit()  # a later reload of the front tab asks nothing more of the others
    assert len(calls) == 3


def test_a_tab_brought_forward_loads_at_once(qtbot: QtBot) -> None:
    widget, tabs, calls = _tabs(qtbot)
    loader = FrontTabFirst(widget)
    loader.show_child(tabs, 7)
    widget.setCurrentWidget(tabs[2])
    assert calls == [("today", 7), ("calendar", 7)]
    tabs[0].loaded.emit()
    assert calls == [("today", 7), ("calendar", 7), ("glance", 7)]


def test_a_front_tab_that_never_says_loaded_holds_nobody_back(qtbot: QtBot) -> None:
    widget, tabs, calls = _tabs(qtbot)
    loader = FrontTabFirst(widget)
    loader.show_child(tabs, 7)
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=10_000)  # after FALLBACK_MS
    assert sorted(calls) == [("calendar", 7), ("glance", 7), ("today", 7)]


def test_no_child_clears_every_tab_at_once(qtbot: QtBot) -> None:
    widget, tabs, calls = _tabs(qtbot)
    FrontTabFirst(widget).show_child(tabs, None)
    assert calls == [("today", None), ("glance", None), ("calendar", None)]
