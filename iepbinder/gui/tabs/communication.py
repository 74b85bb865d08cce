"""The Communication tab: the log, the home journal, concerns and letters, on one tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from iepbinder.domain.types import PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.tabs.concerns_view import ConcernsView
from iepbinder.gui.tabs.journal_view import JournalView
from iepbinder.gui.tabs.letters_view import LettersView
from iepbinder.gui.tabs.log_view import LogView
from iepbinder.gui.undo import TrashUndo
from iepbinder.services.pages import RenderedPdf


class CommunicationTab(QWidget):
    """Four pages; the window's tab title counts the follow-ups that need the parent."""

    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.child_id: int | None = None
        self.child_name = ""
        self.attention = 0
        self.base_title = self.tr("Co&mmunication")
        self.log = LogView(context, undo, self)
        self.journal = JournalView(context, undo, self)
        self.concerns = ConcernsView(context, undo, self)
        self.letters = LettersView(context, undo, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.log, self.tr("&Log"))
        self.pages.addTab(self.journal, self.tr("Home &journal"))
        self.pages.addTab(self.concerns, self.tr("Conce&rns"))
        self.pages.addTab(self.letters, self.tr("Lett&ers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        for view in (self.log, self.journal, self.concerns, self.letters):
            view.status_message.connect(self.status_message)
        self.log.loaded.connect(self.loaded)
        self.log.attention_changed.connect(self._on_log_attention_changed)
        self.concerns.letter_requested.connect(self._letter_for_concern)

    def set_child(self, child_id: int | None) -> None:
        """Show a child on every page."""
        self.child_id = child_id
        self.child_name = ""
        if child_id is not None:
            self.context.runner.read(
                lambda: self.context.services.children.get_child(child_id).display_name,
                self._on_child_name,
                lambda _error: None,
            )
        for view in (self.log, self.journal, self.concerns, self.letters):
            view.set_child(child_id)

    def title(self) -> str:
        """'Communication (⚠ 2)' when follow-ups need the parent; a symbol, not just colour."""
        if self.attention:
            return self.tr("{title} (\u26a0 {n})").format(title=self.base_title, n=self.attention)
        return self.base_title

    def _on_log_attention_changed(self, count: int) -> None:
        self.attention = count
        tabs = self._window_tabs()
        if tabs is not None:
            index = tabs.indexOf(self)
            tabs.setTabText(index, self.title())
            tabs.setTabToolTip(
                index,
                self.tr("{n} follow-ups are overdue or waiting for a reply.").format(n=count)
                if count
                else self.tr("No follow-up is overdue."),
            )

    def _window_tabs(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget if widget is not None and widget.indexOf(self) >= 0 else None

    def _letter_for_concern(self, concern_id: int) -> None:
        self.pages.setCurrentWidget(self.letters)
        self.letters.new_letter(concern_id=concern_id)

    def render_pdf(self, paper: PaperSize) -> RenderedPdf | None:
        """The 'Communication log' page for the dates the log's filter shows (all by default)."""
        if self.child_id is None:
            return None
        query = self.log.filters.query()
        return self.context.services.commlog_export.log_pdf(
            self.child_id, query.start, query.end, paper
        )

    def _on_child_name(self, name: str) -> None:
        self.child_name = name

    def page_title(self) -> str:
        """'Communication log – Maya Rodríguez'."""
        return self.tr("Communication log \u2013 {name}").format(name=self.child_name)
