"""The form to add a child or correct their details: name, birth date and school."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from iepbinder.domain.records import ChildData
from iepbinder.domain.validation import FieldError, validate_child
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import TextBox


class ChildDialog(RecordDialog[ChildData]):
    """Add or edit a child; ``collect()`` returns a ``ChildData``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[ChildData], Any],
        today: Callable[[], dt.date],
        data: ChildData | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.first_name = self._line("first_name", self.tr("&First name"))
        self.last_name = self._line("last_name", self.tr("&Last name"))
        self.preferred_name = self._line(
            "preferred_name",
            self.tr("&Preferred name"),
            self.tr("What the family calls them, if different"),
        )
        self.date_of_birth = self.date_field()
        self.add_field("date_of_birth", self.tr("&Date of birth"), self.date_of_birth)
        self.school = self._line("school", self.tr("Sc&hool"))
        self.grade = self._line("grade", self.tr("&Grade"), self.tr("e.g. 3rd grade"))
        self.district = self._line("district", self.tr("Dis&trict"), self.tr("School district"))
        self.eligibility = self._line(
            "eligibility",
            self.tr("&Eligibility (disability category)"),
            self.tr("e.g. Speech or language impairment"),
        )
        self.primary_language = self._line(
            "primary_language", self.tr("Primary lang&uage"), self.tr("e.g. English")
        )
        self.parent_names = self._line(
            "parent_names", self.tr("Pa&rents' names"), self.tr("e.g. Ana and Luis Rivera")
        )
        self.notes = TextBox(4)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        if data is not None:
            self._fill(data)
        self._dirty = False  # filling in the stored values is not an edit
        self.resize(520, 460)
        self.first_name.setFocus()

    def _line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit)
        return edit

    def _fill(self, data: ChildData) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.preferred_name.setText(data.preferred_name)
        self.date_of_birth.set_value(data.date_of_birth)
        self.school.setText(data.school)
        self.grade.setText(data.grade)
        self.district.setText(data.district)
        self.eligibility.setText(data.eligibility)
        self.primary_language.setText(data.primary_language)
        self.parent_names.setText(data.parent_names)
        self.notes.set_text(data.notes)

    def collect(self) -> ChildData:
        """The child as typed."""
        errors: list[FieldError] = []
        date_of_birth = self.read_date("date_of_birth", errors)
        if errors:
            raise FieldErrors(errors)
        return ChildData(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            preferred_name=self.preferred_name.text().strip(),
            date_of_birth=date_of_birth,
            school=self.school.text().strip(),
            grade=self.grade.text().strip(),
            district=self.district.text().strip(),
            eligibility=self.eligibility.text().strip(),
            primary_language=self.primary_language.text().strip(),
            parent_names=self.parent_names.text().strip(),
            notes=self.notes.text(),
        )

    def validate(self, data: ChildData) -> list[FieldError]:
        """A first name, and no birth date in the future."""
        return validate_child(data, self.today())
