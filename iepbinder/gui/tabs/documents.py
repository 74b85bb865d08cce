"""The Documents tab: the master file in date order, search, preview, details, open and drag out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.documents import DocumentData
from iepbinder.domain.types import PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.conflict import VersionedSave
from iepbinder.gui.dialogs.document_dialog import DocumentDialog
from iepbinder.gui.dialogs.history_dialog import HistoryDialog, record_history_text
from iepbinder.gui.drops import DropItems
from iepbinder.gui.errors import describe_error
from iepbinder.gui.import_flow import FILE_FILTER
from iepbinder.gui.models.document_model import (
    DocumentFilter,
    DocumentFilterModel,
    SearchResultModel,
    document_model,
)
from iepbinder.gui.models.row_model import ObjectRole
from iepbinder.gui.refresh_when_shown import RefreshWhenShown
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.document_details import DocumentDetails
from iepbinder.gui.widgets.document_filters import DocumentFilters
from iepbinder.gui.widgets.document_table import DocumentTable, MarkedTextDelegate
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved
from iepbinder.services.document_dto import (
    DocumentListRow,
    DocumentPreview,
    DocumentRow,
    LinkChoices,
    SearchResult,
)
from iepbinder.services.import_paths import payloads_for_paths
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.trash import ItemKind

DOCUMENT_AREAS = (Area.DOCUMENTS, Area.CHILDREN)
_LIST_SAMPLES = ((0, "#0000"), (1, "2026-11-30"), (2, "Prior written notice (PWN)"),
                 (3, "Karen Liu, Rosa"))  # fmt: skip
_RESULT_SAMPLES = ((0, "#0000"), (1, "2026-11-30"), (2, "Speech sessions this week and"))


class DocumentsTab(QWidget):
    """One child's master file; drops and 'Add files' go to the window's import."""

    status_message = Signal(str)
    loaded = Signal()
    import_requested = Signal(object)  # DropItems

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.child_name = ""
        self.rows: list[DocumentListRow] = []
        self.searching = ""
        self.open_dialog: QWidget | None = None
        self._temp: QTemporaryDir | None = None  # copies for Open and drag-out, made when needed
        self._build()
        self.reload_when_shown = RefreshWhenShown(self, self.refresh)
        context.bus.data_changed.connect(self._on_bus_data_changed)

    def _build(self) -> None:
        self.filters = DocumentFilters(self)
        self.add_button = QPushButton(self.tr("&Add files... (Ctrl+I)"), self)
        self.add_button.setToolTip(self.tr("Or drag emails and files anywhere onto this window"))
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.add_button)
        self.model = document_model(self)
        self.proxy = DocumentFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = DocumentTable(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)
        self.table.size_columns(_LIST_SAMPLES, stretch=4)
        self.table.setAccessibleName(self.tr("Documents, oldest first"))
        self.results_model = SearchResultModel(self)
        self.results = DocumentTable(self)
        self.results.setModel(self.results_model)
        self.results.size_columns(_RESULT_SAMPLES, stretch=3)
        self.results.setItemDelegate(MarkedTextDelegate(self.results))
        self.results.setAccessibleName(self.tr("Search results, best first"))
        self.empty_label = QLabel(
            self.tr(
                "Your master file: every IEP, report, letter and school email, oldest first, "
                "each with its own number. Drag emails and files anywhere onto this window, or "
                "press Add files."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.table)
        self.lists.addWidget(self.results)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty_label)
        column.addWidget(self.lists, 1)
        self.details = DocumentDetails(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 420])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.filters.focus_search)
        self.filters.filter_changed.connect(self._on_filters_filter_changed)
        self.filters.search_changed.connect(self.search)
        self.add_button.clicked.connect(self.add_files)
        for view in (self.table, self.results):
            view.selectionModel().selectionChanged.connect(self._on_selection_changed)
            view.enter_pressed.connect(self.edit_details)
            view.delete_pressed.connect(self.trash_document)
            view.doubleClicked.connect(lambda _index: self.open_document())
            view.file_for_drag = self.copy_for_drag
        self.details.open_button.clicked.connect(self.open_document)
        self.details.folder_button.clicked.connect(self.show_in_folder)
        self.details.edit_button.clicked.connect(self.edit_details)
        self.details.trash_button.clicked.connect(self.trash_document)
        self.details.history_button.clicked.connect(self.show_history)
        editable = not self.context.read_only
        self.details.set_editable(editable)
        self.details.set_on_server(self.context.services.on_server)
        self.add_button.setVisible(editable)

    # Loading ----------------------------------------------------------------------------
    def set_child(self, child_id: int | None) -> None:
        """Show a child's documents."""
        if child_id != self.child_id:
            self.details.show_document(None)
        self.child_id = child_id
        self.child_name = ""
        if child_id is not None:
            self.context.runner.read(
                lambda: self.context.services.children.get_child(child_id).display_name,
                self._on_child_name,
                lambda _error: None,
            )
        self.refresh()

    def _on_child_name(self, name: str) -> None:
        self.child_name = name

    def refresh(self) -> None:
        """Reload the list (and the search results, when searching) in the background."""
        child_id = self.child_id
        if child_id is None:
            return
        documents = self.context.services.documents
        self.context.runner.read(
            lambda: documents.list_documents(child_id),
            lambda rows: self._show(child_id, rows),
            self._failed,
        )

    def _show(self, child_id: int, rows: list[DocumentListRow]) -> None:
        if child_id != self.child_id:
            return
        keep = self.selected_id()
        self.rows = rows
        self.model.set_rows(rows)
        self.filters.set_years(row.school_year for row in rows)
        self.proxy.set_filter(self.filters.current())
        self.empty_label.setVisible(not rows)
        self._update_count()
        if keep is not None:
            self.select(keep)
        if self.searching:
            self.search(self.searching)
        self.loaded.emit()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.searching:
            text = self.tr("{n} found").format(n=self.results_model.rowCount())
        elif shown == total:
            text = self.tr("{n} documents").format(n=total)
        else:
            text = self.tr("{shown} of {total} documents").format(shown=shown, total=total)
        self.filters.count.setText(text)

    def _on_filters_filter_changed(self, choice: DocumentFilter) -> None:
        self.proxy.set_filter(choice)
        self._update_count()

    def _on_bus_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(*DOCUMENT_AREAS):
            self.reload_when_shown.request()

    # Searching --------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Ranked results with the words marked; an empty box shows the master list again."""
        self.searching = text.strip()
        child_id = self.child_id
        if not self.searching or child_id is None:
            self.lists.setCurrentWidget(self.table)
            self._update_count()
            return
        documents, words = self.context.services.documents, self.searching
        self.details.show_document(None)
        self.context.runner.read(
            lambda: documents.search(child_id, words), self._show_results, self._failed
        )

    def _show_results(self, results: list[SearchResult]) -> None:
        self.results_model.set_rows(results)
        self.lists.setCurrentWidget(self.results)
        self._update_count()
        if not results:
            self.status_message.emit(self.tr("No document has all of these words."))

    # Selection --------------------------------------------------------------------------
    def _view(self) -> DocumentTable:
        return self.results if self.lists.currentWidget() is self.results else self.table

    def selected_id(self) -> int | None:
        """The document chosen in the list in front, or None."""
        view = self._view()
        index = view.currentIndex()
        if not index.isValid():
            return None
        item = view.model().data(index.siblingAtColumn(0), ObjectRole)
        row = item.row if isinstance(item, SearchResult) else item
        return row.id if isinstance(row, DocumentListRow) else None

    def select(self, document_id: int) -> None:
        """Choose a document in the master list (and show it)."""
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            row = self.proxy.data(index, ObjectRole)
            if isinstance(row, DocumentListRow) and row.id == document_id:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(index)
                return

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if selected.indexes():
            document_id = self.selected_id()
            if document_id is not None:
                self._load(document_id)

    def _load(self, document_id: int) -> None:
        documents = self.context.services.documents
        self.context.runner.read(
            lambda: (documents.get_document(document_id), documents.preview(document_id)),
            lambda result: self._show_document(*result),
            self._failed,
        )

    def _show_document(self, document: DocumentRow, preview: DocumentPreview) -> None:
        if document.id == self.selected_id():
            self.details.show_document(document, preview)

    # Acting -----------------------------------------------------------------------------
    def add_files(self) -> None:
        """Choose files to import (the same as dropping them on the window)."""
        if self.context.read_only or self.child_id is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add documents and emails"), str(Path.home()), self.tr(FILE_FILTER)
        )
        if chosen:
            self.import_requested.emit(DropItems(payloads_for_paths(Path(p) for p in chosen), []))

    def copy_for_drag(self) -> Path | None:
        """A copy of the chosen document under its own name, to drag to the desktop or mail."""
        document_id = self.selected_id()
        folder = self._copies_folder()
        if document_id is None or folder is None:
            return None
        try:
            return self.context.services.documents.copy_out(document_id, folder)
        except Exception as error:  # noqa: BLE001 - worded for the person
            self.status_message.emit(describe_error(error))
            return None

    def open_document(self) -> None:
        """Open a copy in the system's program for it (the original is never handed out)."""
        document_id = self.selected_id()
        folder = self._copies_folder()
        if document_id is None or folder is None:
            return
        self.context.runner.read(
            lambda: self.context.services.documents.copy_out(document_id, folder),
            lambda path: self._open_url(QUrl.fromLocalFile(str(path))),
            self._failed,
        )

    def _copies_folder(self) -> Path | None:
        """The temporary folder for copies, made on first use and removed when the program quits."""
        if self._temp is None:
            self._temp = QTemporaryDir()
            application = QCoreApplication.instance()
            if application is not None:
                application.aboutToQuit.connect(self._temp.remove)
        return Path(self._temp.path()) if self._temp.isValid() else None

    def _open_url(self, url: QUrl) -> None:
        if not QDesktopServices.openUrl(url):
            self.status_message.emit(self.tr("No program on this computer opens this file."))

    def show_in_folder(self) -> None:
        """Show the stored original in the binder folder."""
        document_id = self.selected_id()
        if document_id is None:
            return

        def show(path: Path | None) -> None:
            if path is None:
                self.status_message.emit(self.tr("This binder's originals are on the server."))
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            self.status_message.emit(
                self.tr("The original is {name} in that folder; keep it unchanged.").format(
                    name=path.name
                )
            )

        self.context.runner.read(
            lambda: self.context.services.documents.stored_path(document_id), show, self._failed
        )

    def show_history(self) -> None:
        """When the chosen document was filed, and each change of its details since."""
        document = self.details.document
        if document is None:
            return
        self.context.runner.read(
            lambda: self.context.services.history.history("document", document.id),
            lambda rows: self._show_dialog(
                HistoryDialog(
                    self, f"{document.number} {document.data.title}", record_history_text(rows)
                )  # fmt: skip
            ),
            self._failed,
        )

    def edit_details(self) -> None:
        """The form for the chosen document's details."""
        document, child_id = self.details.document, self.child_id
        if document is None or child_id is None or self.context.read_only:
            return
        self.context.runner.read(
            lambda: self.context.services.documents.link_choices(child_id),
            lambda links: self._open_dialog(document, links),
            self._failed,
        )

    def _show_dialog(self, dialog: QDialog) -> None:
        self.open_dialog = dialog
        dialog.open()

    def _open_dialog(self, document: DocumentRow, links: LinkChoices) -> None:
        service = self.context.services.documents
        dialog = DocumentDialog(
            self,
            self.tr("Details of {number}").format(number=document.number),
            runner=self.context.runner,
            save=VersionedSave[DocumentData](
                lambda version, data: service.update_document(document.id, version, data),
                document.version,
            ),
            today=self.context.today,
            data=document.data,
            links=links,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        self.open_dialog = dialog
        dialog.open()

    def _saved(self, saved: Saved[DocumentRow]) -> None:
        self.context.bus.publish(saved.changes, self)
        self.status_message.emit(self.tr("Saved."))
        self.refresh()
        self._load(saved.row.id)

    def trash_document(self) -> None:
        """Move the chosen document to the trash (Undo brings it back)."""
        document_id = self.selected_id()
        if document_id is not None and not self.context.read_only:
            self.details.show_document(None)
            self.undo.move_to_trash(ItemKind.DOCUMENT, document_id)

    def _failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))

    # Printing ---------------------------------------------------------------------------
    def render_pdf(self, paper: PaperSize) -> RenderedPdf | None:
        """The document list (index) binder page."""
        if self.child_id is None:
            return None
        return self.context.services.documents.index_pdf(self.child_id, paper)

    def page_title(self) -> str:
        """'Document list – Maya Rodríguez'."""
        return self.tr("Document list \u2013 {name}").format(name=self.child_name)
