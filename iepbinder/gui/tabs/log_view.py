"""The log page of the Communication tab: filters, the fast table, and the editor beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.commlog import LogEntryData
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.conflict import ConflictPanel, differences
from iepbinder.gui.dialogs.contacts_dialog import ContactsDialog
from iepbinder.gui.dialogs.history_dialog import HistoryDialog, history_text
from iepbinder.gui.errors import describe_error, field_errors_of
from iepbinder.gui.models.log_model import LogTableModel
from iepbinder.gui.refresh_when_shown import RefreshWhenShown
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.log_editor import LogEditor
from iepbinder.gui.widgets.log_filters import LogFilters
from iepbinder.gui.widgets.log_table import LogTable
from iepbinder.services.changes import Area, Changes
from iepbinder.services.commlog_dto import ConcernRow, LogEntryRow, LogList
from iepbinder.services.commlog_query import LogQuery
from iepbinder.services.context import Saved
from iepbinder.services.dto import ContactRow
from iepbinder.services.errors import ConflictError
from iepbinder.services.trash import ItemKind

LOG_AREAS = (Area.COMMLOG, Area.CONTACTS, Area.TEAM, Area.LETTERS, Area.CONCERNS)


class LogView(QWidget):
    """Shows one child's log; reports how many follow-ups need the parent now."""

    attention_changed = Signal(int)
    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.listing: LogList | None = None
        self._select_after_load: int | None = None
        self.open_dialog: QWidget | None = None
        self._build()
        self.reload_when_shown = RefreshWhenShown(self, self.refresh)
        context.bus.data_changed.connect(self._on_bus_data_changed)

    def _build(self) -> None:
        self.filters = LogFilters(self.context.today, self)
        self.model = LogTableModel(self)
        self.table = LogTable(self)
        self.table.setModel(self.model)
        self.table.size_columns()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(self.tr("Communication log"))
        self.empty_label = QLabel(
            self.tr(
                "Your log of every call, meeting, email and note. Press Ctrl+L to add the first "
                "entry; write it down the same day, with the facts."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.editor = LogEditor(self.context.today, self)
        self.new_button = QPushButton(self.tr("&New entry (Ctrl+L)"), self)
        self.contacts_button = QPushButton(self.tr("Con&tacts..."), self)
        self.csv_button = QPushButton(self.tr("Save as CS&V..."), self)
        self.csv_button.setToolTip(
            self.tr(
                "The entries of the dates chosen in the filter (all by default) as a spreadsheet"
            )
        )
        self.no_reply_days = QSpinBox(self)
        self.no_reply_days.setRange(1, 30)
        self.no_reply_days.setSuffix(self.tr(" school days"))
        self.no_reply_days.setAccessibleName(self.tr("No reply yet after"))
        self.no_reply_days.setToolTip(
            self.tr(
                "An email you sent becomes a follow-up (\u26a0 no reply yet) when no reply is "
                "logged within this many school days. The default is 5."
            )
        )
        no_reply_label = QLabel(self.tr("No reply a&fter"), self)
        no_reply_label.setBuddy(self.no_reply_days)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty_label)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.contacts_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(no_reply_label)
        buttons.addWidget(self.no_reply_days)
        column.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 380])
        self.splitter.setChildrenCollapsible(False)
        self.conflict = ConflictPanel(self)  # the entry was changed elsewhere meanwhile
        self.conflict.keep_mine.connect(self._keep_mine)
        self.conflict.take_theirs.connect(self._take_theirs)
        self.conflict.theirs_button.setText(self.tr("Keep theirs (drop my edit)"))
        self._unsaved: tuple[LogEntryData, int | None, int | None] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.conflict)
        layout.addWidget(self.splitter, 1)
        for keys, slot in (
            ("Ctrl+L", self.new_entry),
            (QKeySequence.StandardKey.Find, self.filters.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.filters.changed.connect(self._on_filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.enter_pressed.connect(lambda: self.editor.topic.setFocus())
        self.table.delete_pressed.connect(self.trash_entry)
        self.new_button.clicked.connect(self.new_entry)
        self.contacts_button.clicked.connect(self.show_contacts)
        self.csv_button.clicked.connect(self.save_csv)
        self.no_reply_days.valueChanged.connect(self._on_no_reply_days_changed)
        self.editor.save_requested.connect(self._save)
        self.editor.done_button.clicked.connect(self.mark_done)
        self.editor.history_button.clicked.connect(self.show_history)
        self.editor.concern_button.clicked.connect(self.link_to_concern)
        self.editor.trash_button.clicked.connect(self.trash_entry)

    # Loading ----------------------------------------------------------------------------
    def set_child(self, child_id: int | None) -> None:
        """Show a child's log."""
        if child_id != self.child_id:
            self.editor.new_entry()
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the log in the background."""
        child_id = self.child_id
        if child_id is None:
            return
        services = self.context.services
        self.context.runner.read(
            lambda: (services.commlog.list_rows(child_id), services.team.list_contacts()),
            lambda result: self._show(child_id, *result),
            self._failed,
        )

    def _show(self, child_id: int, listing: LogList, contacts: list[ContactRow]) -> None:
        if child_id != self.child_id:
            return
        keep = self._select_after_load or self._selected_id()
        self._select_after_load = None
        self.listing = listing
        self.model.set_rows(listing.rows, newest_first=True)
        people = self._people(listing)
        self.filters.set_people(people)
        self.editor.set_log_rows(listing.rows)
        self.editor.people.set_names(
            [name for name, _key in people] + [c.data.name for c in contacts]
        )
        self._update_count()
        self.empty_label.setVisible(not listing.rows)
        self.table.setVisible(bool(listing.rows))
        self.no_reply_days.setToolTip(
            self.tr(
                "An email you sent becomes a follow-up (\u26a0 no reply yet) when no reply is "
                "logged within this many school days. The default is 5."
            )
            + "\n"
            + listing.school_days_note
        )
        self.no_reply_days.blockSignals(True)
        self.no_reply_days.setValue(listing.no_reply_days)
        self.no_reply_days.blockSignals(False)
        editable = not self.context.read_only
        self.no_reply_days.setEnabled(editable)
        self.editor.set_editable(editable)
        self.new_button.setVisible(editable)
        if keep is not None:
            self._select(keep)
        self.attention_changed.emit(listing.attention_count)
        self.loaded.emit()

    @staticmethod
    def _people(listing: LogList) -> list[tuple[str, str]]:
        names: dict[str, str] = {}
        seen: set[tuple[tuple[str, ...], str]] = set()
        for row in listing.rows:
            pair = (row.person_keys, row.people)
            if pair not in seen:
                seen.add(pair)
                for key, name in zip(row.person_keys, row.people.split(", "), strict=False):
                    names.setdefault(key, name)
        return sorted(((name, key) for key, name in names.items()), key=lambda p: p[0].casefold())

    def _update_count(self) -> None:
        attention = self.listing.attention_count if self.listing else 0
        self.filters.show_count(self.model.rowCount(), self.model.total_count(), attention)

    def _on_filters_changed(self, query: LogQuery) -> None:
        keep = self._selected_id()
        self.model.set_query(query)
        self._update_count()
        if keep is not None:
            self._select(keep, load=False)

    def _on_no_reply_days_changed(self, days: int) -> None:
        log = self.context.services.commlog
        self.context.runner.write(
            lambda: log.set_no_reply_days(days), lambda changes: self._setting_saved(changes),
            self._failed,
        )  # fmt: skip

    def _setting_saved(self, changes: Changes) -> None:
        self.context.bus.publish(changes, self)
        self.refresh()

    def _on_bus_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(*LOG_AREAS):
            self.reload_when_shown.request()

    # Selection --------------------------------------------------------------------------
    def _selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def show_entry(self, entry_id: int) -> None:
        """Select one entry and open it in the editor (clearing filters that would hide it)."""
        if self.model.row_of(entry_id) < 0:
            self.filters.clear()
        self._select(entry_id)

    def _select(self, entry_id: int, load: bool = True) -> None:
        row = self.model.row_of(entry_id)
        if row < 0:
            return
        if not load:
            self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        if not load:
            self.table.selectionModel().blockSignals(False)

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        entry_id = self.model.row_at(indexes[0].row()).id
        if self.editor.dirty and self.editor.entry is not None and self.editor.entry.id != entry_id:
            previous = deselected.indexes()
            data, errors = self.editor.collect()
            if data is None or errors:
                self.editor.show_errors(errors)
                self.status_message.emit(
                    self.tr("Finish or undo your changes to this entry first.")
                )
                if previous:
                    back = self.editor.entry.id
                    QTimer.singleShot(0, lambda: self._select(back, load=False))
                return
            self._save(data, then_show=entry_id)
            return
        self._load(entry_id)

    def _load(self, entry_id: int) -> None:
        self.context.runner.read(
            lambda: self.context.services.commlog.get_entry(entry_id),
            self.editor.show_entry,
            self._failed,
        )

    # Acting -----------------------------------------------------------------------------
    def new_entry(self) -> None:
        """A blank entry in the editor, dated today, ready to type."""
        if self.context.read_only or self.child_id is None:
            return
        self.table.clearSelection()
        self.editor.new_entry()

    def _save(
        self, data: LogEntryData, then_show: int | None = None, version: int | None = None
    ) -> None:
        child_id, entry = self.child_id, self.editor.entry
        if child_id is None or self.context.read_only:
            return
        log = self.context.services.commlog
        self.conflict.hide()
        if entry is None:
            work = lambda: log.add_entry(child_id, data)  # noqa: E731
        else:
            against = entry.version if version is None else version
            work = lambda: log.update_entry(entry.id, against, data)  # noqa: E731
        self.context.runner.write(
            work,
            lambda saved: self._saved(saved, then_show),
            lambda error: self._save_failed(error, data, then_show),
        )

    def _keep_mine(self) -> None:
        """Save this edit over the version saved elsewhere (that one stays in the history)."""
        if self._unsaved is not None:
            data, then_show, version = self._unsaved
            self._unsaved = None
            self._save(data, then_show, version)

    def _take_theirs(self) -> None:
        """Drop this edit and show the version saved elsewhere."""
        self._unsaved = None
        self.conflict.hide()
        if self.editor.entry is not None:
            self._load(self.editor.entry.id)

    def _saved(self, saved: Saved[LogEntryRow], then_show: int | None) -> None:
        self.context.bus.publish(saved.changes, self)
        self.status_message.emit(self.tr("Saved."))
        if then_show is None:
            self.editor.show_entry(saved.row)
            self._select_after_load = saved.row.id
        else:
            self._select_after_load = then_show
            self._load(then_show)
        self.refresh()

    def _save_failed(
        self, error: Exception, data: LogEntryData | None = None, then_show: int | None = None
    ) -> None:
        if isinstance(error, ConflictError) and data is not None:
            self._unsaved = (data, then_show, error.current_version)
            rows = differences(data, error.current) if error.current is not None else []
            self.conflict.show_versions(rows, {})
            self.status_message.emit(describe_error(error))
            return
        fields = field_errors_of(error)
        if fields:
            self.editor.show_errors(fields)
        else:
            self.status_message.emit(describe_error(error))

    def mark_done(self) -> None:
        """Close the follow-up of the entry shown (kept in its history)."""
        entry = self.editor.entry
        if entry is None:
            return
        log = self.context.services.commlog
        self.context.runner.write(
            lambda: log.mark_follow_up_done(entry.id, entry.version),
            lambda saved: self._saved(saved, None),
            self._failed,
        )

    def trash_entry(self) -> None:
        """Move the selected entry to the trash (Undo brings it back)."""
        entry_id = self._selected_id()
        if entry_id is not None and not self.context.read_only:
            self.editor.new_entry()
            self.undo.move_to_trash(ItemKind.LOG_ENTRY, entry_id)

    def show_history(self) -> None:
        """Every saved version of the entry shown."""
        entry = self.editor.entry
        if entry is None:
            return
        self.context.runner.read(
            lambda: self.context.services.commlog.history(entry.id),
            lambda revisions: self._open(
                HistoryDialog(self, f"\u201c{entry.data.topic}\u201d", history_text(revisions))
            ),
            self._failed,
        )

    def save_csv(self) -> None:
        """Save the log (the filter's date range) as a CSV file for a spreadsheet."""
        child_id = self.child_id
        if child_id is None:
            return
        chosen, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Save the log as CSV"), "communication-log.csv", self.tr("CSV (*.csv)")
        )
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".csv") else Path(chosen + ".csv")
        query, export = self.filters.query(), self.context.services.commlog_export
        self.context.runner.read(
            lambda: export.save(path, export.log_csv(child_id, query.start, query.end)),
            lambda _none: self.status_message.emit(self.tr("Saved {path}.").format(path=path)),
            self._failed,
        )

    def show_contacts(self) -> None:
        """The contacts directory: roles and email addresses."""
        self._open(ContactsDialog(self, self.context, self.undo))

    def link_to_concern(self) -> None:
        """Add the entry shown to a concern's story."""
        entry, child_id = self.editor.entry, self.child_id
        if entry is None or child_id is None:
            return
        self.context.runner.read(
            lambda: self.context.services.concerns.list_concerns(child_id),
            lambda concerns: self._choose_concern(entry.id, concerns),
            self._failed,
        )

    def _choose_concern(self, entry_id: int, concerns: list[ConcernRow]) -> None:
        if not concerns:
            self.status_message.emit(self.tr("No concern yet. Add one on the Concerns page."))
            return
        titles = [concern.data.title for concern in concerns]
        title, chosen = QInputDialog.getItem(
            self, self.tr("Link to a concern"), self.tr("Concern:"), titles, 0, False
        )
        if not chosen:
            return
        concern = concerns[titles.index(title)]
        service = self.context.services.concerns
        self.context.runner.write(
            lambda: service.link_entry(concern.id, entry_id), self._linked, self._failed
        )

    def _linked(self, saved: Saved[object]) -> None:
        self.context.bus.publish(saved.changes, None)
        self.status_message.emit(self.tr("Linked."))

    def _open(self, dialog: QWidget) -> None:
        self.open_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))
