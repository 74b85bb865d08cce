"""Forms for a goal's data: one point at a time, or a column pasted from a spreadsheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from iepbinder.domain.pasted_points import parse_pasted_points
from iepbinder.domain.progress_records import (
    SOURCE_WORDS,
    DataPointData,
    DataSource,
    validate_data_point,
)
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.document_picker import DocumentPicker
from iepbinder.gui.widgets.inputs import EnumCombo, NumberEdit, TextBox, date_or_none
from iepbinder.services.document_dto import DocumentRef

translate = QCoreApplication.translate


def source_combo() -> EnumCombo[DataSource]:
    """Where a value came from, in words."""
    words = [(translate("DataPointDialog", SOURCE_WORDS[s]), s) for s in DataSource]
    return EnumCombo(words)


class DataPointDialog(RecordDialog[DataPointData]):
    """Add or correct one measurement of a goal."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[DataPointData], Any],
        today: Callable[[], dt.date],
        data: DataPointData | None = None,
        unit: str = "",
        documents: Sequence[DocumentRef] = (),
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.observed_on = self.date_field()
        self.add_field("observed_on", self.tr("&Date"), self.observed_on)
        self.value = NumberEdit()
        self.value.setPlaceholderText(self.tr("e.g. 68"))
        hint = self.tr("In {unit}.").format(unit=unit) if unit else ""
        self.add_field("value", self.tr("&Value"), self.value, hint)
        self.source = source_combo()
        self.add_field("source", self.tr("&Source"), self.source)
        self.note = TextBox(2)
        self.note.setPlaceholderText(self.tr("e.g. cold probe, 3rd-grade passage"))
        self.add_field("note", self.tr("&Note"), self.note)
        self.document = DocumentPicker(documents, data.document_id if data else None)
        self.add_field("document_id", self.tr("Read from &document"), self.document)
        if data is not None:
            self.observed_on.set_value(data.observed_on)
            self.value.set_number(data.value)
            self.source.set_value(data.source)
            self.note.set_text(data.note)
        else:
            self.observed_on.set_value(today())
        self._dirty = False
        self.resize(460, 320)
        self.value.setFocus()

    def collect(self) -> DataPointData:
        """The point as typed; unreadable date or value are reported beside their fields."""
        errors: list[FieldError] = []
        day = self.read_date("observed_on", errors)
        if day is None and not errors:
            errors.append(FieldError("observed_on", self.tr("Give the date of the measurement.")))
        try:
            value = self.value.number()
        except ValueError:
            errors.append(FieldError("value", self.tr("Type a number, e.g. 68 or 72.5.")))
            value = None
        if value is None and not any(e.field == "value" for e in errors):
            errors.append(FieldError("value", self.tr("Type the value measured.")))
        if errors:
            raise FieldErrors(errors)
        assert day is not None and value is not None
        source = self.source.value() or DataSource.SCHOOL_REPORT
        return DataPointData(day, value, source, self.note.text(), self.document.value())

    def validate(self, data: DataPointData) -> list[FieldError]:
        """No dates in the future."""
        return validate_data_point(data, self.today())


@dataclass(frozen=True)
class PastedColumn:
    """What the paste form hands to the service."""

    text: str
    source: DataSource
    start: dt.date | None
    step_days: int


class PastePointsDialog(RecordDialog[PastedColumn]):
    """Paste a column of values (or of dates and values) from a spreadsheet or an email."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[PastedColumn], Any],
        today: Callable[[], dt.date],
        data: PastedColumn | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.text = TextBox(8)
        self.text.setPlaceholderText(self.tr("61\n63\n64\n\nor\n\n9/8/2026\t61\n9/15/2026\t63"))
        self.add_field(
            "text",
            self.tr("&Values"),
            self.text,
            self.tr("One per line: a value, or a date and a value."),
        )
        self.start = self.date_field()
        self.add_field(
            "start", self.tr("&First date"), self.start, self.tr("For lines without a date.")
        )
        self.step = QSpinBox()
        self.step.setRange(1, 90)
        self.step.setValue(7)
        self.step.setSuffix(self.tr(" days"))
        self.add_field("step", self.tr("&Every"), self.step)
        self.source = source_combo()
        self.add_field("source", self.tr("&Source"), self.source)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.form.addRow(self.preview)
        self.text.textChanged.connect(self._update_preview)
        self.start.changed.connect(self._update_preview)
        self.step.valueChanged.connect(self._update_preview)
        self._update_preview()
        self._dirty = False
        self.resize(480, 520)
        self.text.setFocus()

    def collect(self) -> PastedColumn:
        """The pasted text and how to date lines without a date."""
        errors: list[FieldError] = []
        start = self.read_date("start", errors)
        if errors:
            raise FieldErrors(errors)
        source = self.source.value() or DataSource.SCHOOL_REPORT
        return PastedColumn(self.text.text(), source, start, self.step.value())

    def validate(self, data: PastedColumn) -> list[FieldError]:
        """Every line must be readable; the message names the line."""
        pasted = parse_pasted_points(data.text, self.today(), data.start, data.step_days)
        if pasted.errors:
            return [FieldError("text", " ".join(pasted.errors))]
        if not pasted.points:
            return [FieldError("text", self.tr("Paste at least one value."))]
        return []

    def _update_preview(self, *_args: object) -> None:
        pasted = parse_pasted_points(
            self.text.text(), self.today(), date_or_none(self.start), self.step.value()
        )
        if not pasted.points and not pasted.errors:
            self.preview.setText(self.tr("Nothing read yet."))
            return
        text = self.tr("{n} value(s) read").format(n=len(pasted.points))
        if pasted.points:
            first, last = pasted.points[0][0], pasted.points[-1][0]
            text += self.tr(", from {first} to {last}").format(first=first, last=last)
        if pasted.errors:
            text += self.tr("; {n} line(s) to fix").format(n=len(pasted.errors))
        self.preview.setText(text + ".")
