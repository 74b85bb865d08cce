"""The form for one accommodation: what the IEP promises and the classes where it applies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QWidget

from iepbinder.domain.records import AccommodationData
from iepbinder.domain.validation import FieldError, validate_accommodation
from iepbinder.gui.dialogs.base import RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import EditableCombo, TextBox, split_list

# Common categories offered in the 'Category' box (any other text can be typed).
CATEGORIES = (
    QT_TRANSLATE_NOOP("AccommodationDialog", "Presentation"),
    QT_TRANSLATE_NOOP("AccommodationDialog", "Response"),
    QT_TRANSLATE_NOOP("AccommodationDialog", "Setting"),
    QT_TRANSLATE_NOOP("AccommodationDialog", "Timing"),
    QT_TRANSLATE_NOOP("AccommodationDialog", "Scheduling"),
    QT_TRANSLATE_NOOP("AccommodationDialog", "Behavior"),
    QT_TRANSLATE_NOOP("AccommodationDialog", "Other"),
)


class AccommodationDialog(RecordDialog[AccommodationData]):
    """Add or edit an accommodation; ``collect()`` returns an ``AccommodationData``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[AccommodationData], Any],
        today: Callable[[], dt.date],
        data: AccommodationData | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.text = TextBox(4)
        self.text.setPlaceholderText(self.tr("e.g. Extended time (1.5x) on tests and quizzes"))
        self.add_field("text", self.tr("&Accommodation (as written)"), self.text)
        self.category = EditableCombo([self.tr(str(name)) for name in CATEGORIES])
        self.category.set_placeholder(self.tr("Choose or type"))
        self.add_field("category", self.tr("&Category"), self.category)
        self.applies_to = QLineEdit()
        self.add_field(
            "applies_to",
            self.tr("&Where it applies"),
            self.applies_to,
            self.tr("Separate classes with commas, e.g. Math, Science, All classes"),
        )
        self.page_ref = QLineEdit()
        self.page_ref.setPlaceholderText(self.tr("e.g. 14"))
        self.add_field("page_ref", self.tr("IEP &page"), self.page_ref)
        self.notes = TextBox(3)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        if data is not None:
            self.text.set_text(data.text)
            self.category.set_text(data.category)
            self.applies_to.setText(", ".join(data.applies_to))
            self.page_ref.setText(data.page_ref)
            self.notes.set_text(data.notes)
        self._dirty = False  # filling in the stored values is not an edit
        self.resize(540, 400)
        self.text.setFocus()

    def collect(self) -> AccommodationData:
        """The accommodation as typed; the classes become a list."""
        return AccommodationData(
            text=self.text.text(),
            category=self.category.text(),
            applies_to=split_list(self.applies_to.text()),
            page_ref=self.page_ref.text().strip(),
            notes=self.notes.text(),
        )

    def validate(self, data: AccommodationData) -> list[FieldError]:
        """The accommodation's text is required."""
        return validate_accommodation(data)
