"""Drag anything in: the whole window takes drops, File > Import and paste.

Imports run in the background with progress and Cancel, and end with a short summary that
offers Undo.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QVBoxLayout

from iepbinder.domain.documents import DocumentKind
from iepbinder.gui.drops import DropItems, can_import, describe, guess, items_of
from iepbinder.gui.errors import describe_error
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP
from iepbinder.gui.long_lived import IMPORT_READERS, load_lasting
from iepbinder.gui.widgets.import_widgets import DropOverlay, ImportProgress, ImportSummaryBar
from iepbinder.services.changes import Changes
from iepbinder.services.document_dto import FileOutcome, ImportReport, ImportStatus
from iepbinder.services.import_paths import payloads_for_paths

if TYPE_CHECKING:
    from iepbinder.gui.dialogs.import_report_dialog import ImportReportDialog
    from iepbinder.gui.main_window import MainWindow

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)
FILE_FILTER = QT_TRANSLATE_NOOP(
    "WindowImports",
    "Documents and emails (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.txt "
    "*.ics *.docx *.odt *.doc *.rtf *.html *.htm);;All files (*)",
)


class WindowImports(QObject):
    """Takes drops on the main window (and what tabs hand over) and imports them."""

    progressed = Signal(int, int, str)  # done, total, file name (emitted from the writer)
    finished = Signal(object)  # the ImportReport, once the window shows it

    def __init__(self, window: MainWindow, layout: QVBoxLayout) -> None:
        super().__init__(window)
        self.window = window
        self.overlay = DropOverlay(window)
        self.progress = ImportProgress(window)
        window.statusBar().addPermanentWidget(self.progress)
        self.summary = ImportSummaryBar(window)
        layout.insertWidget(1, self.summary)
        self.report: ImportReport | None = None
        self.dialog: ImportReportDialog | None = None
        self.running = False
        self._cancel = threading.Event()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.progressed.connect(self.progress.step)
        self.progress.cancel_requested.connect(self.cancel)
        self.summary.undo_requested.connect(self.undo)
        self.summary.details_requested.connect(self.show_details)

    # Dropping -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Drag events that reach the window (from anywhere inside it) land here."""
        kind = event.type()
        if kind in _DRAG_EVENTS and isinstance(event, QDragEnterEvent | QDropEvent):
            return self._on_drag(event, kind == QEvent.Type.DragEnter)
        if kind == QEvent.Type.DragLeave:
            self.overlay.hide()
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            self.overlay.hide()
            if self.accepts(event.mimeData()):
                event.acceptProposedAction()
                self.start(items_of(event.mimeData()))
                return True
        elif kind == QEvent.Type.Resize and self.overlay.isVisible():
            self.overlay.setGeometry(self.window.rect())
        return False

    def _on_drag(self, event: QDropEvent, entering: bool) -> bool:
        if not self.accepts(event.mimeData()):
            event.ignore()
            return True
        event.acceptProposedAction()
        if entering:
            self.show_overlay(event.mimeData())
        return True

    def accepts(self, mime: QMimeData | None) -> bool:
        """A drop is taken when a child is shown, the binder can be written and data fits."""
        context = self.window.context
        if context is None or context.read_only or self.window.current_child_id() is None:
            return False
        return can_import(mime)

    def show_overlay(self, mime: QMimeData) -> None:
        """'Add 3 emails to Maya's binder' over the whole window."""
        child = self.window.current_child()
        self.overlay.show_text(describe(guess(mime), child.display_name if child else ""))

    # Starting -------------------------------------------------------------------------
    def choose_files(self) -> None:
        """File > Import documents and emails: pick files, then import them."""
        if not self._ready():
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import documents and emails"), str(Path.home()),
            self.tr(FILE_FILTER),
        )  # fmt: skip
        if chosen:
            self.start(DropItems(payloads_for_paths(Path(p) for p in chosen), []))

    def paste(self) -> None:
        """Edit > Paste documents: files or an email copied elsewhere."""
        if not self._ready():
            return
        mime = QGuiApplication.clipboard().mimeData()
        if not can_import(mime):
            self.window.show_message(
                self.tr("Nothing to paste: copy files or an email first, then paste here.")
            )
            return
        self.start(items_of(mime))

    def _ready(self) -> bool:
        context = self.window.context
        if context is None or context.read_only or self.window.current_child_id() is None:
            self.window.show_message(self.tr("Open a binder and choose a child first."))
            return False
        return True

    def start(self, items: DropItems) -> None:
        """Import in the background; the window stays usable and shows progress."""
        context, child_id = self.window.context, self.window.current_child_id()
        if context is None or child_id is None:
            return
        if self.running:
            self.window.show_message(
                self.tr("An import is still running. Wait for it, or cancel it first.")
            )
            return
        if not items.payloads and not items.unavailable:
            self.window.show_message(self.tr("There was nothing to import in what was dropped."))
            return
        self.running = True
        self._cancel.clear()
        self.summary.hide()
        self.progress.start(len(items.payloads))
        services, payloads = context.services, list(items.payloads)

        def work() -> ImportReport:
            # The import's service (and its email and PDF readers) is loaded here, on the
            # writer's thread: loaded on the window's, it held the window for 0.1 s. The PDF
            # reader is loaded first, outside the import's collector pause (gui/long_lived.py).
            load_lasting(IMPORT_READERS)
            return services.documents.import_payloads(
                child_id, payloads, progress=self.progressed.emit, cancelled=self._cancel.is_set
            )

        context.runner.write(
            work, lambda report: self._done(report, items.unavailable), self._failed
        )

    def cancel(self) -> None:
        """Stop after the file in hand; what was imported stays."""
        self._cancel.set()
        self.progress.cancelling()

    # Finishing ------------------------------------------------------------------------
    def _done(self, report: ImportReport, unavailable: list[tuple[str, str]]) -> None:
        self.running = False
        self.progress.hide()
        extra = tuple(FileOutcome(name, ImportStatus.FAILED, why) for name, why in unavailable)
        report = replace(report, outcomes=report.outcomes + extra)
        self.report = report
        context = self.window.context
        if context is not None:
            context.bus.publish(report.changes, None)
        text = self.summary_text(report)
        self.summary.show_summary(text, bool(report.imported))
        self.window.show_message(text)
        self.finished.emit(report)

    def summary_text(self, report: ImportReport) -> str:
        """A short summary: 'Added 2 emails and 1 file to Maya's binder.' and any problems."""
        child = self.window.current_child()
        name = child.display_name if child else ""
        emails = sum(1 for o in report.imported if o.kind is DocumentKind.EMAIL)
        files = len(report.imported) - emails
        parts = []
        if emails:
            parts.append(
                (self.tr("1 email") if emails == 1 else self.tr("{n} emails")).format(n=emails)
            )
        if files:
            parts.append(
                (self.tr("1 file") if files == 1 else self.tr("{n} files")).format(n=files)
            )
        what = self.tr(" and ").join(parts)
        text = (
            self.tr("Added {what} to {name}\u2019s binder.").format(what=what, name=name)
            if parts
            else self.tr("Nothing new was added.")
        )
        notes = (
            (len(report.duplicates), self.tr("{n} already in the binder (not added twice).")),
            (len(report.failed), self.tr("\u26a0 {n} could not be added: see Details.")),
            (len(report.cancelled), self.tr("Cancelled before {n} more.")),
        )
        for count, sentence in notes:
            if count:
                text += " " + sentence.format(n=count)
        return text

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.progress.hide()
        self.summary.show_summary(describe_error(error), False)

    def show_details(self) -> None:
        """The per-file report."""
        if self.report is None:
            return
        from iepbinder.gui.dialogs.import_report_dialog import ImportReportDialog

        self.dialog = ImportReportDialog(
            self.window, self.summary.label.text(), self.report.outcomes
        )
        self.dialog.open()

    def undo(self) -> None:
        """Move what the last import added (and the log entries it made) to the trash."""
        context, report = self.window.context, self.report
        if context is None or report is None or not report.imported:
            return
        self.summary.undo_button.setEnabled(False)
        documents = context.services.documents

        def done(changes: Changes) -> None:
            context.bus.publish(changes, None)
            self.report = None
            self.summary.show_summary(
                self.tr("Undone: the import was moved to the trash (Edit > Trash brings it back)."),
                False,
            )

        context.runner.write(lambda: documents.undo_import(report), done, self._failed)
