"""The concerns page: each concern, its steps up the ladder, its time limits and its links."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.concern_windows import VERIFY, PossibleDeadline
from iepbinder.domain.concerns import LADDER, STEP_LABELS, ConcernData, ConcernStatus, ConcernStep
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.concern_dialog import ConcernDialog, StepDialog
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.log_model import short_day
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.section import TableSection
from iepbinder.services.changes import Area, Changes
from iepbinder.services.commlog_dto import ConcernRow
from iepbinder.services.context import Saved
from iepbinder.services.trash import ItemKind

CONCERN_AREAS = (Area.CONCERNS, Area.COMMLOG, Area.LETTERS)


def tr(text: str) -> str:
    """Translate a string of the concerns page."""
    return QCoreApplication.translate("ConcernsView", text)


def _highest(row: ConcernRow) -> str:
    if not row.data.steps:
        return tr("Not raised yet")
    top = max(row.data.steps, key=lambda s: LADDER.index(s.step))
    return tr(STEP_LABELS[top.step])


def concern_model(parent: Any = None) -> RowTableModel[ConcernRow]:
    """Concern, class, status and how far up the ladder it has gone."""
    return RowTableModel(
        [
            Column(tr("Concern"), lambda r: r.data.title),
            Column(tr("Class or setting"), lambda r: r.data.class_or_setting),
            Column(
                tr("Status"),
                lambda r: (
                    tr("Open") if r.data.status is ConcernStatus.OPEN else tr("\u2713 Resolved")
                ),
            ),
            Column(tr("Raised with"), _highest),
        ],
        parent,
    )


def deadline_html(window: PossibleDeadline, today: dt.date) -> str:
    """'State complaint: Nov 3, 2027 (in 339 days) — possible deadline, verify'."""
    left = window.days_left(today)
    when = (
        tr("in {n} days").format(n=left) if left >= 0 else tr("passed {n} days ago").format(n=-left)
    )
    return (
        f"<b>{escape(tr(window.label))}</b>: {short_day(window.last_day)} ({when}) \u2014 "
        f"<i>{escape(tr(VERIFY))}</i><br/><small>{escape(window.derivation)}. "
        f"{escape(tr(window.note))}</small>"
    )


def ladder_html(row: ConcernRow) -> str:
    """Each rung: ✓ with date and person when taken, → for the suggested next one."""
    taken = {step.step: step for step in row.data.steps}
    lines = []
    for rung in LADDER:
        step = taken.get(rung)
        label = escape(tr(STEP_LABELS[rung]))
        if step is not None:
            when = short_day(step.taken_on) if step.taken_on else ""
            detail = ", ".join(part for part in (when, step.who) if part)
            lines.append(f"\u2713 <b>{label}</b> {escape(detail)}")
        elif rung is row.next_step:
            hint = escape(tr("(a possible next step)"))
            lines.append(f"\u2192 {label} <i>{hint}</i>")
        else:
            lines.append(f"\u00b7 {label}")
    return "<br/>".join(lines)


class ConcernsView(QWidget):
    """Concerns on the left; the chosen one's ladder, deadlines and links on the right."""

    status_message = Signal(str)
    loaded = Signal()
    letter_requested = Signal(int)  # concern id

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.rows: list[ConcernRow] = []
        self.open_dialog: QDialog | None = None
        self.list = TableSection(
            self.tr("Concerns"),
            concern_model(self),
            noun=self.tr("concern"),
            empty_text=self.tr(
                "A concern is something that is not going as the IEP says, for example an "
                "accommodation not given in math. Write it down with the date, then raise it "
                "one step at a time."
            ),
            stretch={0: 3, 3: 2},
        )
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.ladder = QLabel(self)
        self.ladder.setWordWrap(True)
        self.deadlines = QLabel(self)
        self.deadlines.setWordWrap(True)
        self.deadlines.setOpenExternalLinks(False)
        self.links = QListWidget(self)
        self.links.setAccessibleName(self.tr("Linked log entries"))
        self.links.setMaximumHeight(140)
        self.letters = QLabel(self)
        self.letters.setWordWrap(True)
        self.step_button = QPushButton(self.tr("Add a &step..."), self)
        self.letter_button = QPushButton(self.tr("Write a &letter about it..."), self)
        self.unlink_button = QPushButton(self.tr("&Unlink entry"), self)
        details = QWidget()
        column = QVBoxLayout(details)
        column.addWidget(self.heading)
        column.addWidget(self.description)
        ladder_box = QGroupBox(self.tr("Steps up the ladder"), details)
        QVBoxLayout(ladder_box).addWidget(self.ladder)
        column.addWidget(ladder_box)
        deadline_box = QGroupBox(self.tr("Time limits (possible deadlines, verify)"), details)
        QVBoxLayout(deadline_box).addWidget(self.deadlines)
        column.addWidget(deadline_box)
        column.addWidget(QLabel(self.tr("Linked log entries:"), details))
        column.addWidget(self.links)
        column.addWidget(self.letters)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.letter_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(scroll, 1)
        self.list.add_requested.connect(self.add_concern)
        self.list.edit_requested.connect(self.edit_concern)
        self.list.trash_requested.connect(lambda row: undo.move_to_trash(ItemKind.CONCERN, row.id))
        self.list.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.step_button.clicked.connect(self.add_step)
        self.letter_button.clicked.connect(self._request_letter)
        self.unlink_button.clicked.connect(self.unlink_entry)
        context.bus.data_changed.connect(self._on_bus_data_changed)
        self._show_details(None)

    def set_child(self, child_id: int | None) -> None:
        """Show a child's concerns."""
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the concerns."""
        child_id = self.child_id
        if child_id is None:
            return
        self.context.runner.read(
            lambda: self.context.services.concerns.list_concerns(child_id),
            lambda rows: self._show(child_id, rows),
            self._failed,
        )

    def _show(self, child_id: int, rows: list[ConcernRow]) -> None:
        if child_id != self.child_id:
            return
        self.rows = rows
        self.list.set_rows(rows)
        self.list.set_editable(not self.context.read_only)
        if rows and self.list.table.current_row() < 0:
            self.list.table.selectRow(0)
        self._show_selected()
        self.loaded.emit()

    def selected(self) -> ConcernRow | None:
        """The concern shown on the right."""
        row = self.list.selected()
        return row if isinstance(row, ConcernRow) else None

    def _show_selected(self, *_args: object) -> None:
        self._show_details(self.selected())

    def _show_details(self, row: ConcernRow | None) -> None:
        for button in (self.step_button, self.letter_button, self.unlink_button):
            button.setEnabled(row is not None and not self.context.read_only)
        self.links.clear()
        if row is None:
            self.heading.setText(self.tr("Choose a concern to see its steps and time limits."))
            for label in (self.description, self.ladder, self.deadlines, self.letters):
                label.setText("")
            return
        self.heading.setText(f"<b>{escape(row.data.title)}</b>")
        self.description.setText(row.data.description or self.tr("No description yet."))
        self.ladder.setText(ladder_html(row))
        today = self.context.today()
        if row.windows:
            self.deadlines.setText("<br/><br/>".join(deadline_html(w, today) for w in row.windows))
            self.deadlines.setToolTip("\n".join(w.source_url for w in row.windows))
        else:
            self.deadlines.setText(
                self.tr("Enter the date of the problem and the date you knew to see the windows.")
            )
        for link in row.entries:
            self.links.addItem(link.label)
        self.letters.setText(
            self.tr("Letters: ") + "; ".join(link.label for link in row.letters)
            if row.letters
            else self.tr("No letter about this concern yet.")
        )

    # Acting -----------------------------------------------------------------------------
    def add_concern(self) -> None:
        """Write down a new concern."""
        child_id = self.child_id
        if child_id is None or self.context.read_only:
            return
        service = self.context.services.concerns
        self._dialog(
            ConcernDialog, self.tr("New concern"), None, lambda d: service.add_concern(child_id, d)
        )

    def edit_concern(self, row: ConcernRow) -> None:
        """Change a concern's words, dates or status."""
        service = self.context.services.concerns
        self._dialog(
            ConcernDialog,
            self.tr("Edit concern"),
            row.data,
            lambda d: service.update_concern(row.id, row.version, d),
        )

    def add_step(self) -> None:
        """Record a step taken up the ladder."""
        row = self.selected()
        if row is None:
            return
        service = self.context.services.concerns

        def save(step: ConcernStep) -> Saved[ConcernRow]:
            data: ConcernData = replace(row.data, steps=(*row.data.steps, step))
            return service.update_concern(row.id, row.version, data)

        default = ConcernStep(row.next_step or LADDER[-1], self.context.today())
        self._dialog(StepDialog, self.tr("Add a step"), default, save)

    def unlink_entry(self) -> None:
        """Take the chosen log entry out of this concern's story."""
        row, index = self.selected(), self.links.currentRow()
        if row is None or not 0 <= index < len(row.entries):
            self.status_message.emit(self.tr("Choose a linked entry first."))
            return
        service, entry_id = self.context.services.concerns, row.entries[index].id
        self.context.runner.write(
            lambda: service.unlink_entry(row.id, entry_id), self._saved, self._failed
        )

    def _request_letter(self) -> None:
        row = self.selected()
        if row is not None:
            self.letter_requested.emit(row.id)

    def _dialog(
        self, dialog_type: Callable[..., QDialog], title: str, data: Any, save: Callable[[Any], Any]
    ) -> None:
        dialog = dialog_type(
            self, title, runner=self.context.runner, save=save, today=self.context.today, data=data
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))  # type: ignore[attr-defined]
        self.open_dialog = dialog
        dialog.open()

    def _saved(self, saved: Saved[Any]) -> None:
        self.context.bus.publish(saved.changes, self)
        self.status_message.emit(self.tr("Saved."))
        self.refresh()

    def _on_bus_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(*CONCERN_AREAS):
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))
