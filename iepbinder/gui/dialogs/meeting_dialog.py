"""The form for a meeting: date, time, place, purpose and who is invited (from the notice)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QTimeEdit, QWidget

from iepbinder.domain.today_records import MeetingData, validate_meeting
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import TextBox


class MeetingDialog(RecordDialog[MeetingData]):
    """Add or edit a meeting; ``collect()`` returns ``MeetingData``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[MeetingData], Any],
        today: Callable[[], dt.date],
        data: MeetingData | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.day = self.date_field()
        self.add_field("meeting_date", self.tr("&Date"), self.day)
        time_row = QWidget()
        self.has_time = QCheckBox(self.tr("At"), time_row)
        self.time = QTimeEdit(QTime(15, 30), time_row)
        self.time.setDisplayFormat("h:mm AP")
        self.time.setEnabled(False)
        self.has_time.toggled.connect(self.time.setEnabled)
        row = QHBoxLayout(time_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_time)
        row.addWidget(self.time)
        row.addStretch(1)
        self.add_field("start_time", self.tr("&Time"), time_row)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Lincoln Elementary, conference room B"))
        self.add_field("place", self.tr("&Place"), self.place)
        self.purpose = TextBox(2)
        self.add_field("purpose", self.tr("P&urpose"), self.purpose,
                       self.tr("As the meeting notice says it."))  # fmt: skip
        self.attendees = TextBox(4)
        one_a_line = self.tr("One person a line, with their role: Karen Liu (case manager).")
        self.add_field("attendees", self.tr("&Invited"), self.attendees, one_a_line)
        self.notes = TextBox(2)
        self.add_field("notes", self.tr("No&tes"), self.notes)
        if data is not None:
            self.day.set_value(data.meeting_date)
            if data.start_time is not None:
                self.has_time.setChecked(True)
                self.time.setTime(QTime(data.start_time.hour, data.start_time.minute))
            self.place.setText(data.place)
            self.purpose.set_text(data.purpose)
            self.attendees.set_text("\n".join(data.attendees))
            self.notes.set_text(data.notes)
        self._dirty = False
        self.resize(520, 520)
        self.day.setFocus()

    def collect(self) -> MeetingData:
        """The meeting as typed (a date is required)."""
        errors: list[FieldError] = []
        day = self.read_date("meeting_date", errors)
        if day is None and not errors:
            errors.append(FieldError("meeting_date", self.tr("Give the meeting's date.")))
        if errors or day is None:
            raise FieldErrors(errors)
        time = self.time.time()
        people = tuple(line.strip() for line in self.attendees.text().splitlines() if line.strip())
        return MeetingData(
            day,
            dt.time(time.hour(), time.minute()) if self.has_time.isChecked() else None,
            self.place.text().strip(),
            self.purpose.text().strip(),
            people,
            self.notes.text(),
        )

    def validate(self, data: MeetingData) -> list[FieldError]:
        """A purpose, one person a line."""
        return validate_meeting(data)
