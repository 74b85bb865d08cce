"""The Communication tab: the log, the home journal, concerns and letters, on one tab.

The log is built at once; the other pages are built the first time they are shown, so the
tab opens quickly even on a long log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from iepbinder.domain.types import PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.tabs.communication_title import attention_tip, titled
from iepbinder.gui.tabs.concerns_view import ConcernsView
from iepbinder.gui.tabs.journal_view import JournalView
from iepbinder.gui.tabs.letters_view import LettersView
from iepbinder.gui.tabs.log_view import LogView
from iepbinder.gui.undo import TrashUndo
from iepbinder.services.pages import RenderedPdf

_LATER_PAGES = ("journal", "concerns", "letters")


class CommunicationTab(QWidget):
    """Four pages; the window's tab title counts the follow-ups that need the parent."""

    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.child_name = ""
        self.attention = 0
        self.base_title = self.tr("Co&mmunication")
        self.log = LogView(context, undo, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.log, self.tr("&Log"))
        self._titles = {
            "journal": self.tr("Home &journal"),
            "concerns": self.tr("Conce&rns"),
            "letters": self.tr("Lett&ers"),
        }
        self._built: dict[str, Any] = {}
        for key in _LATER_PAGES:
            self.pages.addTab(QWidget(self.pages), self._titles[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.log.status_message.connect(self.status_message)
        self.log.loaded.connect(self.loaded)
        self.log.attention_changed.connect(self._on_log_attention_changed)
        self.pages.currentChanged.connect(self._on_pages_current_changed)

    # Pages ------------------------------------------------------------------------------
    @property
    def journal(self) -> JournalView:
        """The home journal page (built on first use)."""
        view: JournalView = self._page("journal")
        return view

    @property
    def concerns(self) -> ConcernsView:
        """The concerns page (built on first use)."""
        view: ConcernsView = self._page("concerns")
        return view

    @property
    def letters(self) -> LettersView:
        """The letters page (built on first use)."""
        view: LettersView = self._page("letters")
        return view

    def _page(self, key: str) -> Any:
        view = self._built.get(key)
        if view is not None:
            return view
        kinds: dict[str, Any] = {
            "journal": JournalView,
            "concerns": ConcernsView,
            "letters": LettersView,
        }
        view = kinds[key](self.context, self.undo, self.pages)
        self._built[key] = view
        view.status_message.connect(self.status_message)
        if key == "concerns":
            view.letter_requested.connect(self._letter_for_concern)
        index = 1 + _LATER_PAGES.index(key)
        current = self.pages.currentIndex()
        placeholder = self.pages.widget(index)
        self.pages.blockSignals(True)
        self.pages.removeTab(index)
        self.pages.insertTab(index, view, self._titles[key])
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        view.set_child(self.child_id)
        return view

    def _on_pages_current_changed(self, index: int) -> None:
        if index >= 1:
            self._page(_LATER_PAGES[index - 1])

    # Showing ----------------------------------------------------------------------------
    def set_child(self, child_id: int | None) -> None:
        """Show a child on every page that has been built."""
        self.child_id = child_id
        self.child_name = ""
        if child_id is not None:
            self.context.runner.read(
                lambda: self.context.services.children.get_child(child_id).display_name,
                self._on_child_name,
                lambda _error: None,
            )
        self.log.set_child(child_id)
        for view in self._built.values():
            view.set_child(child_id)

    def show_item(self, item: str) -> None:
        """Show one log entry ('entry:12'), as the Today tab asks."""
        kind, _sep, raw_id = item.partition(":")
        if kind == "entry" and raw_id.isdigit():
            self.pages.setCurrentWidget(self.log)
            self.log.show_entry(int(raw_id))

    def _on_child_name(self, name: str) -> None:
        self.child_name = name

    def title(self) -> str:
        """'Communication (⚠ 2)' when follow-ups need the parent; a symbol, not just colour."""
        return titled(self.base_title, self.attention)

    def _on_log_attention_changed(self, count: int) -> None:
        self.attention = count
        tabs = self._window_tabs()
        if tabs is not None:
            index = tabs.indexOf(self)
            tabs.setTabText(index, self.title())
            tabs.setTabToolTip(index, attention_tip(count))

    def _window_tabs(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget if widget is not None and widget.indexOf(self) >= 0 else None

    def _letter_for_concern(self, concern_id: int) -> None:
        self.pages.setCurrentWidget(self.letters)
        self.letters.new_letter(concern_id=concern_id)

    # Printing ---------------------------------------------------------------------------
    def render_pdf(self, paper: PaperSize) -> RenderedPdf | None:
        """The 'Communication log' page for the dates the log's filter shows (all by default)."""
        if self.child_id is None:
            return None
        query = self.log.filters.query()
        return self.context.services.commlog_export.log_pdf(
            self.child_id, query.start, query.end, paper
        )

    def page_title(self) -> str:
        """'Communication log – Maya Rodríguez'."""
        return self.tr("Communication log \u2013 {name}").format(name=self.child_name)
