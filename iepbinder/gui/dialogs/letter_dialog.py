"""Write a letter: choose a template, check the filled draft, edit it, then use it.

Using it (copy, open in the mail program, save as .eml or PDF) logs it once in the
communication log with the template's reply date as the follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.language import LANGUAGES, current_language
from iepbinder.domain.letters.model import LetterData, LetterStatus, SentVia
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.letter_outputs import LetterOutputs
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.log_model import short_day
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.gui.widgets.letter_body import LetterBody, NotesList
from iepbinder.gui.widgets.letter_picks import LetterPicks
from iepbinder.services.commlog_dto import LetterChoices, LetterDraft, LetterRow
from iepbinder.services.context import Saved


@dataclass(frozen=True)
class LetterStart:
    """A letter started from elsewhere (Today, Progress): its template and what it is about."""

    template_key: str
    goal_id: int | None = None
    entry_id: int | None = None


class LetterDialog(LetterOutputs, QDialog):
    """One letter; ``letter`` is None until it is kept or used."""

    used = Signal(object)  # Saved[LetterRow]

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        child_id: int,
        letter: LetterRow | None = None,
        concern_id: int | None = None,
        start: LetterStart | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.child_id, self.letter = context, child_id, letter
        self.start = start
        self.concern_id = concern_id if letter is None else letter.data.concern_id
        self.draft: LetterDraft | None = None
        self.choices = LetterChoices()
        self._edited = False
        self._filling = False
        self._recipient_name = ""
        self._recipient_role = ""
        self.setWindowTitle(self.tr("Letter"))
        self._build()
        self.resize(1100, 760)
        self.context.runner.read(
            lambda: context.services.letters.choices(child_id), self._on_choices, self._failed
        )

    # Layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.template = QComboBox(self)
        for template in self.context.services.letters.templates():
            self.template.addItem(self.tr(template.title), template.key)
        self.purpose = QLabel(self)
        self.purpose.setWordWrap(True)
        self.language = QComboBox(self)  # a parent may read Spanish but write in English
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.picks = LetterPicks(self.context.today, self)
        self.recipient = QComboBox(self)
        self.to_email = QLineEdit(self)
        self.cc = QLineEdit(self)
        self.cc_emails = QLineEdit(self)
        self.subject = QLineEdit(self)
        self.response_due = DateField(self.context.today, self)
        self.follow_up_note = QLabel(self)
        self.follow_up_note.setWordWrap(True)
        self.refill_button = QPushButton(self.tr("&Fill in again from the binder"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Template"), self.template)
        form.addRow("", self.purpose)
        form.addRow(self.tr("Letter &language"), self.language)
        form.addRow(self.picks)
        form.addRow(self.tr("Send t&o"), self.recipient)
        form.addRow(self.tr("Email addr&ess"), self.to_email)
        form.addRow(self.tr("&Copy to (names)"), self.cc)
        form.addRow(self.tr("Copy to (email&s)"), self.cc_emails)
        form.addRow(self.tr("Su&bject"), self.subject)
        form.addRow(self.tr("&Reply due"), self.response_due)
        form.addRow("", self.follow_up_note)
        refill_row = QHBoxLayout()
        refill_row.addWidget(self.refill_button)
        refill_row.addStretch(1)
        form.addRow("", refill_row)
        for widget, name in (
            (self.template, self.tr("Template")), (self.recipient, self.tr("To")),
            (self.language, self.tr("Letter language")),
            (self.to_email, self.tr("Email address")), (self.cc, self.tr("Copy to, names")),
            (self.cc_emails, self.tr("Copy to, email addresses")),
            (self.subject, self.tr("Subject")),
        ):  # fmt: skip
            widget.setAccessibleName(name)
        self.body = LetterBody(self)
        self.body.setAccessibleName(self.tr("Letter text"))
        self.notes = NotesList(self.body, self)
        self.notes.setAccessibleName(self.tr("Things to check"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(QLabel(self.tr("Things to check before sending:"), left))
        left_layout.addWidget(self.notes, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.body)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.copy_button = QPushButton(self.tr("Co&py"), self)
        self.mail_button = QPushButton(self.tr("Open in &mail program"), self)
        self.eml_button = QPushButton(self.tr("Save as .e&ml draft..."), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF letter..."), self)
        self.keep_button = QPushButton(self.tr("&Keep as draft"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.mail_button, self.eml_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.picks.changed.connect(self._refill_if_untouched)
        self.recipient.currentIndexChanged.connect(self._refill_if_untouched)
        self.language.currentIndexChanged.connect(self._refill_if_untouched)
        self.refill_button.clicked.connect(self.refill)
        self.body.textChanged.connect(self._on_text_edited)
        self.subject.textEdited.connect(self._on_text_edited)
        self.body.hints_changed.connect(lambda _hints: self._show_notes())
        self.copy_button.clicked.connect(self.copy)
        self.mail_button.clicked.connect(self.open_in_mail)
        self.eml_button.clicked.connect(self.save_eml)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.keep_button.clicked.connect(self.keep)
        self.keep_button.setVisible(not self.context.read_only)
        self.close_button.clicked.connect(self.close)

    # Filling ----------------------------------------------------------------------------
    def _on_choices(self, choices: LetterChoices) -> None:
        self.choices = choices
        self.picks.set_choices(choices)
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem(self.tr("\u2014 let the binder choose \u2014"), None)
        for choice in choices.recipients:
            self.recipient.addItem(choice.label, choice.id)
        self.recipient.blockSignals(False)
        if self.letter is not None:
            self._show_letter(self.letter)
            return
        if self.start is not None:
            self.template.blockSignals(True)
            self.template.setCurrentIndex(max(0, self.template.findData(self.start.template_key)))
            self.template.blockSignals(False)
            self.picks.choose(goal_id=self.start.goal_id, entry_id=self.start.entry_id)
        self._on_template_changed()

    def letter_language(self) -> str:
        """The language the letter is written in ('en' or 'es')."""
        return str(self.language.currentData())

    def template_key(self) -> str:
        """The key of the chosen template."""
        return str(self.template.currentData())

    def _on_template_changed(self, *_args: object) -> None:
        template = next(
            t for t in self.context.services.letters.templates() if t.key == self.template_key()
        )
        self.purpose.setText(self.tr(template.purpose))
        self.picks.show_for(template.picks)
        self._refill_if_untouched()

    def _refill_if_untouched(self, *_args: object) -> None:
        if self.letter is not None and self.letter.data.status is LetterStatus.SENT:
            return
        if self._edited:
            answer = QMessageBox.question(
                self,
                self.tr("Replace your changes?"),
                self.tr(
                    "Fill the letter in again from the binder? Your edits to the text will be "
                    "replaced."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.refill()

    def refill(self) -> None:
        """Fill the template from the binder now."""
        recipient = self.recipient.currentData()
        request = self.picks.request(
            self.template_key(), int(recipient) if recipient is not None else None, self.concern_id
        )
        request = replace(request, language=self.letter_language())
        letters = self.context.services.letters
        self.context.runner.read(
            lambda: letters.draft(self.child_id, request), self._show_draft, self._failed
        )

    def _show_draft(self, draft: LetterDraft) -> None:
        self.draft = draft
        self._put(draft.data)
        self._edited = False
        self.follow_up_note.setText(
            self.tr(
                "A reply is expected within {span} (school days follow the school calendar). "
                "Using the letter logs it with this date as its follow-up."
            ).format(span=draft.follow_up_words)
        )
        self._show_notes()

    def _show_letter(self, letter: LetterRow) -> None:
        index = self.template.findData(letter.data.template_key)
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(index, 0))
        self.template.blockSignals(False)
        self._put(letter.data)
        self._edited = False
        sent = letter.data.status is LetterStatus.SENT and letter.data.sent_on
        self.status.setText(
            self.tr("Used on {day}; it is in the communication log.").format(
                day=short_day(letter.data.sent_on)
            )
            if sent and letter.data.sent_on
            else self.tr("A draft kept on {day}.").format(day=short_day(letter.created_at.date()))
        )
        self._show_notes()

    def _put(self, data: LetterData) -> None:
        self._filling = True
        self.to_email.setText(data.recipient_email)
        self.cc.setText(data.cc_names)
        self.cc_emails.setText(data.cc_emails)
        self.subject.setText(data.subject)
        self.body.setPlainText(data.body)
        self.response_due.set_value(data.response_due)
        self._recipient_name = data.recipient_name
        self._recipient_role = data.recipient_role
        self._filling = False
        self.body.check_tone()

    def _on_text_edited(self, *_args: object) -> None:
        if not self._filling:
            self._edited = True

    def _show_notes(self) -> None:
        missing = (
            [m.message for m in self.draft.missing] if self.draft and self.letter is None else []
        )
        still = [m for m in missing if "[fill in" not in m or "[fill in" in self.body.toPlainText()]
        self.notes.show_notes(still, self.body.hints)

    # Using ------------------------------------------------------------------------------
    def data(self) -> LetterData:
        """The letter as it stands in the form."""
        base = (
            self.letter.data
            if self.letter
            else (self.draft.data if self.draft else LetterData(self.template_key()))
        )
        try:
            due = self.response_due.value()
        except ValueError:
            due = base.response_due
        return replace(
            base,
            template_key=self.template_key(),
            subject=self.subject.text().strip(),
            body=self.body.toPlainText(),
            recipient_name=self._recipient_name or base.recipient_name,
            recipient_role=self._recipient_role or base.recipient_role,
            recipient_email=self.to_email.text().strip(),
            cc_names=self.cc.text().strip(),
            cc_emails=self.cc_emails.text().strip(),
            response_due=due,
            concern_id=self.concern_id,
        )

    def keep(self) -> None:
        """Keep the letter as a draft (nothing is logged)."""
        letters, data, letter = self.context.services.letters, self.data(), self.letter
        self.context.runner.write(
            lambda: letters.save_letter(
                self.child_id,
                data,
                letter.id if letter else None,
                letter.version if letter else None,
            ),
            lambda saved: self._stored(saved, self.tr("Kept as a draft.")),
            self._failed,
        )

    def _use(self, via: SentVia, then: Any = None) -> None:
        if self.context.read_only:  # a read-only binder cannot log it; the output still works
            if then is not None:
                then()
            return
        letters, data, letter = self.context.services.letters, self.data(), self.letter
        self.context.runner.write(
            lambda: letters.use_letter(
                self.child_id,
                data,
                via,
                letter.id if letter else None,
                letter.version if letter else None,
            ),
            lambda saved: self._after_use(saved, then),
            self._failed,
        )

    def _after_use(self, saved: Saved[LetterRow], then: Any) -> None:
        due = saved.row.data.response_due
        message = (
            self.tr("Logged in the communication log with a follow-up on {day}.").format(
                day=short_day(due)
            )
            if due
            else self.tr("Logged in the communication log.")
        )
        self._stored(saved, message)
        self.used.emit(saved)
        if then is not None:
            then()

    def _stored(self, saved: Saved[LetterRow], message: str) -> None:
        self.letter = saved.row
        self.context.bus.publish(saved.changes, self)
        self.status.setText(message)

    def _failed(self, error: Exception) -> None:
        self.status.setText(describe_error(error))
