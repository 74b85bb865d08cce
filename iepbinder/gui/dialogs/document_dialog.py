"""The form for a document's details (DOMAIN.md 5.3); the original itself is never changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from iepbinder.domain.documents import (
    CATEGORY_WORDS,
    RECEIVED_VIA_WORDS,
    SENSITIVITY_WORDS,
    DocumentCategory,
    DocumentData,
    ReceivedVia,
    Sensitivity,
    format_tags,
    parse_tags,
    validate_document,
)
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.i18n import word
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import EnumCombo, TextBox
from iepbinder.services.document_dto import DocumentRef, LinkChoices


def _choices(refs: Sequence[DocumentRef], none: str) -> EnumCombo[int]:
    return EnumCombo([(none, None), *((ref.label, ref.id) for ref in refs)])


class DocumentDialog(RecordDialog[DocumentData]):
    """Edit what the parent records about a document: title, category, dates, people, links."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[DocumentData], Any],
        today: Callable[[], dt.date],
        data: DocumentData,
        links: LinkChoices,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self._data = data
        self.title_edit = QLineEdit()
        self.add_field("title", self.tr("&Title"), self.title_edit)
        self.category = EnumCombo([(word(CATEGORY_WORDS[c]), c) for c in DocumentCategory])
        self.add_field("category", self.tr("&Type of document"), self.category)
        self.date_on_document = self.date_field()
        self.add_field("date_on_document", self.tr("&Date on the document"), self.date_on_document)
        self.date_received = self.date_field()
        self.add_field("date_received", self.tr("Date &received"), self.date_received)
        self.received_via = EnumCombo(
            [
                (self.tr("Not recorded"), None),
                *((word(RECEIVED_VIA_WORDS[v]), v) for v in ReceivedVia),
            ]
        )
        self.add_field("received_via", self.tr("Received &by"), self.received_via)
        self.author = QLineEdit()
        self.add_field("author", self.tr("&Author (who wrote it)"), self.author)
        self.author_role = QLineEdit()
        self.add_field("author_role", self.tr("Author's r&ole"), self.author_role)
        self.recipient = QLineEdit()
        self.add_field("recipient", self.tr("Re&cipient"), self.recipient)
        self.summary = TextBox(3)
        self.summary.setPlaceholderText(self.tr("One or two lines: why it matters."))
        self.add_field("summary", self.tr("&Summary"), self.summary)
        self.tags = QLineEdit()
        self.add_field("tags", self.tr("Ta&gs"), self.tags, self.tr("Separate tags with commas."))
        self.school_year = QLineEdit()
        self.school_year.setPlaceholderText("2026-2027")
        self.add_field("school_year", self.tr("School &year"), self.school_year)
        self.sensitivity = EnumCombo([(SENSITIVITY_WORDS[s], s) for s in Sensitivity])
        self.add_field("sensitivity", self.tr("Pri&vacy"), self.sensitivity)
        self.is_original_scan = QCheckBox(self.tr("This is a scan of a paper original I keep"))
        self.add_field("is_original_scan", self.tr("Pa&per original"), self.is_original_scan)
        self.original_location = QLineEdit()
        self.add_field("original_location", self.tr("Where the &original is"),
                       self.original_location)  # fmt: skip
        self.iep = _choices(links.plans, self.tr("No IEP"))
        self.add_field("iep_id", self.tr("&IEP"), self.iep)
        self.goal = _choices(links.goals, self.tr("No goal"))
        self.add_field("goal_id", self.tr("&Goal"), self.goal)
        self.service = _choices(links.services, self.tr("No service"))
        self.add_field("service_id", self.tr("Ser&vice"), self.service)
        self._fill(data)
        self._dirty = False
        self.resize(620, 620)
        self.title_edit.setFocus()

    def _fill(self, data: DocumentData) -> None:
        self.title_edit.setText(data.title)
        self.category.set_value(data.category)
        self.date_on_document.set_value(data.date_on_document)
        self.date_received.set_value(data.date_received)
        self.received_via.set_value(data.received_via)
        self.author.setText(data.author)
        self.author_role.setText(data.author_role)
        self.recipient.setText(data.recipient)
        self.summary.set_text(data.summary)
        self.tags.setText(format_tags(data.tags))
        self.school_year.setText(data.school_year)
        self.sensitivity.set_value(data.sensitivity)
        self.is_original_scan.setChecked(data.is_original_scan)
        self.original_location.setText(data.original_location)
        self.iep.set_value(data.iep_id)
        self.goal.set_value(data.goal_id)
        self.service.set_value(data.service_id)

    def collect(self) -> DocumentData:
        """The details as typed."""
        errors: list[FieldError] = []
        on_document = self.read_date("date_on_document", errors)
        received = self.read_date("date_received", errors)
        if errors:
            raise FieldErrors(errors)
        return DocumentData(
            title=self.title_edit.text().strip(),
            category=self.category.value() or DocumentCategory.OTHER,
            date_on_document=on_document,
            date_received=received,
            received_via=self.received_via.value(),
            author=self.author.text().strip(),
            author_role=self.author_role.text().strip(),
            recipient=self.recipient.text().strip(),
            summary=self.summary.text().strip(),
            tags=parse_tags(self.tags.text()),
            school_year=self.school_year.text().strip(),
            sensitivity=self.sensitivity.value() or Sensitivity.NORMAL,
            is_original_scan=self.is_original_scan.isChecked(),
            original_location=self.original_location.text().strip(),
            iep_id=self.iep.value(),
            goal_id=self.goal.value(),
            service_id=self.service.value(),
        )

    def validate(self, data: DocumentData) -> list[FieldError]:
        """A title; received on or after the date on the document."""
        return validate_document(data)
