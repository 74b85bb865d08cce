"""The window's tabs, each built the first time it is shown or asked for by its key.

Opening a binder used to import and build every tab (and every dialog those tabs import)
before the window could show the first one (benchmarks/run.py, start to first painted tab).
Now each tab is a light placeholder until it comes to the front, or until code asks for it
(``window.binder_tabs["calendar"]``, "go to it" from Today); then the real tab takes the
placeholder's place at the same index, under the same title, and the window hands it the child.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget

from iepbinder.gui.tabs.registry import TabSpec


class LazyTabs(Mapping[str, QWidget]):
    """Every tab of a QTabWidget by key; reading one builds it if it was not built yet."""

    def __init__(
        self,
        tabs: QTabWidget,
        build: Callable[[TabSpec], QWidget],
        ready: Callable[[QWidget], None] = lambda _tab: None,
    ) -> None:
        """``build`` makes a tab; ``ready`` is called once it is in place (its title shown)."""
        self._tabs = tabs
        self._build = build
        self._ready = ready
        self._specs: dict[str, TabSpec] = {}
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._on_current_changed)

    def fill(self, specs: Iterable[TabSpec]) -> None:
        """A placeholder for every tab, in order; only the tab in front is built now."""
        self.clear()
        with QSignalBlocker(self._tabs):
            for spec in specs:
                placeholder = QWidget(self._tabs)
                placeholder.setObjectName(f"{spec.key}_placeholder")
                self._specs[spec.key] = spec
                self._placeholders[spec.key] = placeholder
                self._tabs.addTab(placeholder, spec.title)
        self._build_if_placeholder(self._tabs.currentWidget())

    def clear(self) -> None:
        """Take every tab away (the binder was closed or another one is opening)."""
        self._tabs.clear()
        for widget in [*self._built.values(), *self._placeholders.values()]:
            widget.deleteLater()
        self._specs, self._built, self._placeholders = {}, {}, {}

    def built(self) -> list[QWidget]:
        """The tabs built so far, in the order shown."""
        return [self._built[key] for key in self._specs if key in self._built]

    def is_built(self, key: str) -> bool:
        """True once the tab ``key`` exists (shown at least once, or asked for)."""
        return key in self._built

    # Mapping --------------------------------------------------------------------------
    def __getitem__(self, key: str) -> QWidget:
        return self.tab(key)

    def tab(self, key: str) -> QWidget:
        """The tab ``key``, built now (in place of its placeholder) if it was not yet."""
        tab = self._built.get(key)
        if tab is None:
            spec = self._specs[key]  # KeyError for a tab this window does not have
            tab = self._build(spec)
            self._built[key] = tab
            self._replace_placeholder(spec, tab)
            self._ready(tab)
        return tab

    def __contains__(self, key: object) -> bool:
        return key in self._specs  # without building it (Mapping's default would)

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    # Internals ------------------------------------------------------------------------
    def _replace_placeholder(self, spec: TabSpec, tab: QWidget) -> None:
        placeholder = self._placeholders.pop(spec.key)
        index = self._tabs.indexOf(placeholder)
        current = self._tabs.currentIndex()
        with QSignalBlocker(self._tabs):  # the same tab stays in front: nothing to announce
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, tab, spec.title)
            self._tabs.setCurrentIndex(current)
        placeholder.deleteLater()

    def _on_current_changed(self, _index: int) -> None:
        self._build_if_placeholder(self._tabs.currentWidget())

    def _build_if_placeholder(self, widget: QWidget | None) -> None:
        for key, placeholder in self._placeholders.items():
            if placeholder is widget:
                self.tab(key)
                return
