"""The form to start an amendment: a new dated plan that begins as a copy of the current one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner


@dataclass(frozen=True)
class AmendInput:
    """What the amend form gives: when the amendment takes effect, its meeting and a title."""

    effective_date: dt.date
    meeting_date: dt.date | None = None
    title: str = ""


class AmendDialog(RecordDialog[AmendInput]):
    """Start an amendment of a plan; ``collect()`` returns an ``AmendInput``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[AmendInput], Any],
        today: Callable[[], dt.date],
        data: AmendInput | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        explanation = QLabel(
            self.tr(
                "An amendment is a new dated plan. The current plan stays as it was; the "
                "amendment starts with a copy of its services, accommodations and goals that "
                "you then change."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.effective_date = self.date_field()
        self.add_field(
            "effective_date",
            self.tr("&Takes effect on (effective date)"),
            self.effective_date,
            self.tr("Required. The copied services start on this date."),
        )
        self.meeting_date = self.date_field()
        self.add_field(
            "meeting_date",
            self.tr("Amendment &meeting date"),
            self.meeting_date,
            self.tr("Leave blank if the change was agreed without a meeting."),
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Amendment: added counseling"))
        self.add_field("title", self.tr("T&itle"), self.title)
        if data is not None:
            self.effective_date.set_value(data.effective_date)
            self.meeting_date.set_value(data.meeting_date)
            self.title.setText(data.title)
        self._dirty = False  # filling in the stored values is not an edit
        self.resize(520, 340)
        self.effective_date.setFocus()

    def _missing_date(self) -> FieldError:
        return FieldError("effective_date", self.tr("Give the date the amendment takes effect."))

    def collect(self) -> AmendInput:
        """The amendment's dates and title; a blank effective date cannot be read into one."""
        errors: list[FieldError] = []
        effective_date = self.read_date("effective_date", errors)
        if effective_date is None and not errors:
            errors.append(self._missing_date())
        meeting_date = self.read_date("meeting_date", errors)
        if errors or effective_date is None:
            raise FieldErrors(errors)
        return AmendInput(effective_date, meeting_date, self.title.text().strip())

    def validate(self, data: AmendInput) -> list[FieldError]:
        """The effective date must be given."""
        return [] if isinstance(data.effective_date, dt.date) else [self._missing_date()]

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show the service's 'start_date' message (the amendment's start) at the effective date."""
        moved = [
            FieldError("effective_date", error.message) if error.field == "start_date" else error
            for error in errors
        ]
        super().show_errors(moved)
