"""The tabs of the main window, in order, and what every tab offers the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from iepbinder.domain.types import PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.undo import TrashUndo
from iepbinder.services.pages import RenderedPdf


class BinderTab(Protocol):
    """What the window needs from a tab: show a child, report, and print what it shows."""

    status_message: SignalInstance
    loaded: SignalInstance

    def set_child(self, child_id: int | None) -> None:
        """Show this child (None: no child)."""

    def render_pdf(self, paper: PaperSize) -> RenderedPdf | None:
        """The printable page of what the tab shows (runs off the UI thread), or None."""

    def page_title(self) -> str:
        """A name for that page, for the preview window and the suggested file name."""


@dataclass(frozen=True)
class TabSpec:
    """One tab: its key, its title (with a mnemonic) and how to build it."""

    key: str
    title: str
    build: Callable[[AppContext, TrashUndo, QWidget], QWidget]


def _today(context: AppContext, undo: TrashUndo, parent: QWidget) -> QWidget:
    from iepbinder.gui.tabs.today import TodayTab

    return TodayTab(context, undo, parent)


def _glance(context: AppContext, undo: TrashUndo, parent: QWidget) -> QWidget:
    from iepbinder.gui.tabs.glance import GlanceTab

    return GlanceTab(context, undo, parent)


def _calendar(context: AppContext, undo: TrashUndo, parent: QWidget) -> QWidget:
    from iepbinder.gui.tabs.calendar import CalendarTab

    return CalendarTab(context, undo, parent)


def _progress(context: AppContext, undo: TrashUndo, parent: QWidget) -> QWidget:
    from iepbinder.gui.tabs.progress import ProgressTab

    return ProgressTab(context, undo, parent)


def _communication(context: AppContext, undo: TrashUndo, parent: QWidget) -> QWidget:
    from iepbinder.gui.tabs.communication import CommunicationTab

    return CommunicationTab(context, undo, parent)


def _documents(context: AppContext, undo: TrashUndo, parent: QWidget) -> QWidget:
    from iepbinder.gui.tabs.documents import DocumentsTab

    return DocumentsTab(context, undo, parent)


def tab_specs() -> list[TabSpec]:
    """Every tab in the order shown; each issue's tab is added here when it lands."""
    return [
        TabSpec("today", QCoreApplication.translate("MainWindow", "&Today"), _today),
        TabSpec("glance", QCoreApplication.translate("MainWindow", "At a &glance"), _glance),
        TabSpec("calendar", QCoreApplication.translate("MainWindow", "&Calendar"), _calendar),
        TabSpec(
            "communication",
            QCoreApplication.translate("MainWindow", "Co&mmunication"),
            _communication,
        ),
        TabSpec("documents", QCoreApplication.translate("MainWindow", "&Documents"), _documents),
        TabSpec("progress", QCoreApplication.translate("MainWindow", "&Progress"), _progress),
    ]
