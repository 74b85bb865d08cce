"""The letters page: drafts and letters used, and a button to write a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from iepbinder.domain.letters.model import LetterStatus
from iepbinder.domain.letters.render import TEMPLATES
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.letter_dialog import LetterDialog
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.log_model import short_day
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.section import TableSection
from iepbinder.services.changes import Area, Changes
from iepbinder.services.commlog_dto import LetterRow
from iepbinder.services.trash import ItemKind


def tr(text: str) -> str:
    """Translate a string of the letters page."""
    return QCoreApplication.translate("LettersView", text)


def _status(row: LetterRow) -> str:
    data = row.data
    if data.status is LetterStatus.SENT and data.sent_on:
        return tr("\u2713 Used {day}").format(day=short_day(data.sent_on))
    return tr("Draft")


def letter_model(parent: Any = None) -> RowTableModel[LetterRow]:
    """Subject, template, recipient, status and reply date of each letter."""
    return RowTableModel(
        [
            Column(tr("Subject"), lambda r: r.data.subject),
            Column(tr("Template"), lambda r: tr(TEMPLATES[r.data.template_key].title)),
            Column(tr("To"), lambda r: r.data.recipient_name),
            Column(tr("Status"), _status),
            Column(
                tr("Reply due"),
                lambda r: short_day(r.data.response_due) if r.data.response_due else "",
                lambda r: r.data.response_due.isoformat() if r.data.response_due else "",
            ),
        ],
        parent,
    )


class LettersView(QWidget):
    """Lists a child's letters; New opens the letter form with the templates."""

    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.open_dialog: LetterDialog | None = None
        intro = QLabel(
            self.tr(
                "Letters written for the \u201cStranger\u201d who may read them later: facts in "
                "date order, a calm tone, a clear request and a reply date. Each is filled in "
                "from the binder; edit it, then copy it, open it in your mail program, or save "
                "it as an email draft or a PDF. Using a letter logs it with its follow-up."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.section = TableSection(
            self.tr("Letters"),
            letter_model(self),
            noun=self.tr("letter"),
            empty_text=self.tr(
                "No letters yet. Press \u201cAdd letter\u201d to choose a template."
            ),
            stretch={0: 3, 1: 2, 2: 2},
        )
        self.section.edit_button.setText(self.tr("Open..."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.section)
        layout.addStretch(1)
        self.section.add_requested.connect(self.new_letter)
        self.section.edit_requested.connect(self.open_letter)
        self.section.trash_requested.connect(
            lambda row: undo.move_to_trash(ItemKind.LETTER, row.id)
        )
        context.bus.data_changed.connect(self._on_bus_data_changed)

    def set_child(self, child_id: int | None) -> None:
        """Show a child's letters."""
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the letters."""
        child_id = self.child_id
        if child_id is None:
            return
        self.context.runner.read(
            lambda: self.context.services.letters.list_letters(child_id),
            lambda rows: self._show(child_id, rows),
            self._failed,
        )

    def _show(self, child_id: int, rows: list[LetterRow]) -> None:
        if child_id == self.child_id:
            self.section.set_rows(rows)
            self.section.set_editable(not self.context.read_only)
            self.loaded.emit()

    def new_letter(self, concern_id: int | None = None) -> None:
        """Open the letter form with a fresh draft."""
        if self.child_id is not None and not self.context.read_only:
            self._open(LetterDialog(self, self.context, self.child_id, concern_id=concern_id))

    def open_letter(self, row: LetterRow) -> None:
        """Open a kept or used letter."""
        if self.child_id is not None:
            self._open(LetterDialog(self, self.context, self.child_id, letter=row))

    def _open(self, dialog: LetterDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.used.connect(lambda _saved: self.status_message.emit(dialog.status.text()))
        dialog.finished.connect(lambda _result: self._closed())
        self.open_dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.open_dialog = None

    def _on_bus_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.LETTERS):
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))
