"""The home journal page: quick entries, a chart of the scales, and accommodation checks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from iepbinder.domain.journal import AccommodationCheckData, JournalData, NotProvidedCount
from iepbinder.gui.context import AppContext
from iepbinder.gui.errors import describe_error, field_errors_of
from iepbinder.gui.models.journal_models import check_model, journal_model, not_provided_model
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.journal_chart import JournalChart
from iepbinder.gui.widgets.journal_forms import CheckForm, JournalForm
from iepbinder.gui.widgets.section import TableSection
from iepbinder.services.changes import Area, Changes
from iepbinder.services.commlog_dto import AccommodationChoice, CheckRow, JournalRow
from iepbinder.services.context import Saved
from iepbinder.services.trash import ItemKind

JOURNAL_AREAS = (Area.JOURNAL, Area.ACCOMMODATIONS, Area.PLANS)


class JournalView(QWidget):
    """What the child reported and the parent saw, and whether accommodations were given."""

    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.journal_form = JournalForm(context.today, self)
        self.check_form = CheckForm(context.today, self)
        self.chart = JournalChart(self)
        self.entries = TableSection(
            self.tr("Journal entries"),
            journal_model(self),
            noun=self.tr("entry"),
            empty_text=self.tr(
                "Note a few words most days: what your child said about school and what you saw. "
                "Over weeks, the pattern speaks for itself."
            ),
            stretch={4: 2, 5: 2},
        )
        self.counts = TableSection(
            self.tr("Not provided, per accommodation and class"),
            not_provided_model(self),
            noun=self.tr("count"),
            empty_text=self.tr("No accommodation checks yet."),
            stretch={0: 3, 1: 1},
        )
        self.counts.set_editable(False)
        self.checks = TableSection(
            self.tr("Accommodation checks"),
            check_model(self),
            noun=self.tr("check"),
            empty_text=self.tr(
                "When your child tells you an accommodation was or was not given, record it "
                "here: the date, the class, and what happened."
            ),
            stretch={1: 3, 4: 2},
        )
        self.checks.add_button.hide()
        self.checks.edit_button.hide()
        left = QVBoxLayout()
        left.addWidget(self.journal_form)
        left.addWidget(self.entries)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.chart)
        right.addWidget(self.check_form)
        right.addWidget(self.counts)
        right.addWidget(self.checks)
        right.addStretch(1)
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.journal_form.save_requested.connect(self._save_journal)
        self.check_form.save_requested.connect(self._save_check)
        self.entries.add_requested.connect(self._new_journal)
        self.entries.edit_requested.connect(self.journal_form.edit)
        self.entries.trash_requested.connect(
            lambda row: self.undo.move_to_trash(ItemKind.JOURNAL_ENTRY, row.id)
        )
        self.checks.trash_requested.connect(
            lambda row: self.undo.move_to_trash(ItemKind.ACCOMMODATION_CHECK, row.id)
        )
        context.bus.data_changed.connect(self._on_bus_data_changed)

    def set_child(self, child_id: int | None) -> None:
        """Show a child's journal."""
        self.child_id = child_id
        self.journal_form.clear()
        self.refresh()

    def refresh(self) -> None:
        """Reload entries, checks, counts and the accommodation choices."""
        child_id = self.child_id
        if child_id is None:
            return
        journal = self.context.services.journal

        def work() -> tuple[Any, ...]:
            return (
                journal.list_journal(child_id),
                journal.list_checks(child_id),
                journal.not_provided(child_id),
                journal.accommodation_choices(child_id),
            )

        self.context.runner.read(work, lambda result: self._show(child_id, *result), self._failed)

    def _show(
        self,
        child_id: int,
        entries: list[JournalRow],
        checks: list[CheckRow],
        counts: list[NotProvidedCount],
        choices: list[AccommodationChoice],
    ) -> None:
        if child_id != self.child_id:
            return
        self.chart.show_entries(entries)
        self.entries.set_rows(list(reversed(entries)))
        self.checks.set_rows(list(reversed(checks)))
        self.counts.set_rows(counts)
        self.check_form.set_choices(choices)
        editable = not self.context.read_only
        self.journal_form.setVisible(editable)
        self.check_form.setVisible(editable and bool(choices))
        self.entries.set_editable(editable)
        self.loaded.emit()

    def _new_journal(self) -> None:
        self.journal_form.clear()
        self.journal_form.day.setFocus()

    def _save_journal(self, data: JournalData) -> None:
        child_id, editing = self.child_id, self.journal_form.editing
        if child_id is None:
            return
        journal = self.context.services.journal
        if editing is None:
            work = lambda: journal.add_journal(child_id, data)  # noqa: E731
        else:
            work = lambda: journal.update_journal(editing.id, editing.version, data)  # noqa: E731
        self.context.runner.write(
            work,
            lambda saved: self._saved(saved, self.journal_form.clear),
            lambda error: self._form_failed(error, self.journal_form),
        )

    def _save_check(self, data: AccommodationCheckData) -> None:
        child_id = self.child_id
        if child_id is None:
            return
        journal = self.context.services.journal
        self.context.runner.write(
            lambda: journal.add_check(child_id, data),
            lambda saved: self._saved(saved, self.check_form.clear),
            lambda error: self._form_failed(error, self.check_form),
        )

    def _saved(self, saved: Saved[Any], then: Any) -> None:
        then()
        self.context.bus.publish(saved.changes, self)
        self.status_message.emit(self.tr("Saved."))
        self.refresh()

    def _form_failed(self, error: Exception, form: JournalForm | CheckForm) -> None:
        fields = field_errors_of(error)
        if fields:
            form.show_errors(fields)
        else:
            self.status_message.emit(describe_error(error))

    def _on_bus_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(*JOURNAL_AREAS):
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))
