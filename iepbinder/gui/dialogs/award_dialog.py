"""The forms of a compensatory award: what was agreed or ordered, and a session under it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from iepbinder.domain.awards import (
    AWARD_SOURCE_LABELS,
    AwardData,
    AwardSource,
    AwardStatus,
    specificity_prompts,
)
from iepbinder.domain.dateparse import DateInputError
from iepbinder.domain.service_log import SessionData, SessionStatus
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import EditableCombo, EnumCombo, TextBox, on_any_change

MAX_MINUTES = 100_000  # about 1,700 hours: far beyond any award


def _minutes_box(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSingleStep(30)
    box.setSuffix(" min")
    return box


class AwardDialog(RecordDialog[AwardData]):
    """Add or edit a compensatory award (DOMAIN.md 3.3); what it leaves vague is asked below."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[AwardData], Any],
        today: Callable[[], dt.date],
        data: AwardData | None = None,
        services: Sequence[str] = (),
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.service_type = EditableCombo(list(services))
        self.service_type.set_placeholder(self.tr("e.g. Speech-language therapy"))
        self.add_field("service_type", self.tr("&Service"), self.service_type)
        self.source: EnumCombo[AwardSource] = EnumCombo(
            [(self.tr(AWARD_SOURCE_LABELS[s]), s) for s in AwardSource]
        )
        self.add_field("source", self.tr("Decided &by"), self.source)
        self.decided_on = self.date_field()
        self.add_field("decided_on", self.tr("Decided &on"), self.decided_on)
        self.minutes = _minutes_box(MAX_MINUTES)
        self.add_field(
            "minutes",
            self.tr("&Amount (minutes)"),
            self.minutes,
            self.tr("The total agreed, for example 3 sessions of 30 minutes = 90 minutes."),
        )
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(self.tr("School staff or an outside provider"))
        self.add_field("provider", self.tr("&Provided by"), self.provider)
        self.setting = QLineEdit()
        self.setting.setPlaceholderText(self.tr("e.g. Speech room, before school"))
        self.add_field("setting", self.tr("&Where and when"), self.setting)
        self.description = TextBox(3)
        self.add_field(
            "qualitative_description",
            self.tr("What was a&greed (in words)"),
            self.description,
            self.tr("As the agreement or decision says it; an award may be qualitative."),
        )
        self.deadline = self.date_field()
        self.add_field("deadline", self.tr("Deliver &by"), self.deadline)
        self.status: EnumCombo[AwardStatus] = EnumCombo(
            [
                (self.tr("Proposed"), AwardStatus.PROPOSED),
                (self.tr("Agreed or ordered"), AwardStatus.AGREED),
                (self.tr("Being delivered"), AwardStatus.IN_PROGRESS),
                (self.tr("Completed"), AwardStatus.COMPLETED),
            ]
        )
        self.add_field("status", self.tr("S&tatus"), self.status)
        self.notes = TextBox(2)
        self.add_field("notes", self.tr("No&tes"), self.notes)
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.form.addRow(self.prompts)
        if data is not None:
            self._fill(data)
        else:
            self.status.set_value(AwardStatus.AGREED)
        for widget in (self.service_type, self.minutes, self.provider, self.setting):
            on_any_change(widget, self._show_prompts)
        on_any_change(self.description, self._show_prompts)
        self.deadline.edit.textChanged.connect(lambda _text: self._show_prompts())
        self._show_prompts()
        self._dirty = False
        self.resize(560, 640)
        self.service_type.setFocus()

    def _fill(self, data: AwardData) -> None:
        self.service_type.set_text(data.service_type)
        self.source.set_value(data.source)
        self.decided_on.set_value(data.decided_on)
        self.minutes.setValue(data.minutes)
        self.provider.setText(data.provider)
        self.setting.setText(data.setting)
        self.description.set_text(data.qualitative_description)
        self.deadline.set_value(data.deadline)
        self.status.set_value(data.status)
        self.notes.set_text(data.notes)

    def _draft(self) -> AwardData:
        try:
            deadline = self.deadline.value()
        except DateInputError:
            deadline = None
        return AwardData(
            self.service_type.text().strip(),
            minutes=self.minutes.value(),
            provider=self.provider.text().strip(),
            setting=self.setting.text().strip(),
            qualitative_description=self.description.text().strip(),
            deadline=deadline,
        )

    def _show_prompts(self) -> None:
        """What the award leaves vague, as questions to settle in writing."""
        prompts = specificity_prompts(self._draft())
        if not prompts:
            self.prompts.setText("\u2714 " + self.tr("The award says what, how much, who, where "
                                                     "and by when."))  # fmt: skip
            return
        lines = "".join(f"<li>{self.tr(p)}</li>" for p in prompts)
        self.prompts.setText(
            self.tr("<b>To settle in writing</b> (vague awards are a known problem):")
            + f"<ul>{lines}</ul>"
        )

    def collect(self) -> AwardData:
        """The award as typed."""
        errors: list[FieldError] = []
        decided_on = self.read_date("decided_on", errors)
        deadline = self.read_date("deadline", errors)
        if errors:
            raise FieldErrors(errors)
        return AwardData(
            self.service_type.text().strip(),
            self.source.value() or AwardSource.IEP_TEAM,
            decided_on,
            self.minutes.value(),
            self.provider.text().strip(),
            self.setting.text().strip(),
            self.description.text().strip(),
            deadline,
            self.status.value() or AwardStatus.AGREED,
            self.notes.text(),
        )

    def validate(self, data: AwardData) -> list[FieldError]:
        """A service; an amount or words saying what was agreed."""
        errors: list[FieldError] = []
        if not data.service_type:
            errors.append(FieldError("service_type", self.tr("Name the service the award is for.")))
        if data.minutes <= 0 and not data.qualitative_description:
            errors.append(
                FieldError(
                    "minutes",
                    self.tr("Give the minutes agreed, or describe the award in words below."),
                )
            )
        return errors


class AwardDeliveryDialog(RecordDialog[SessionData]):
    """Log one session delivered under an award (a make-up session in the same log)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[SessionData], Any],
        today: Callable[[], dt.date],
        usual_minutes: int = 30,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.day = self.date_field()
        self.day.set_value(today())
        self.add_field("date", self.tr("&Date"), self.day)
        self.minutes = _minutes_box(600)
        self.minutes.setValue(usual_minutes)
        self.add_field("minutes_delivered", self.tr("&Minutes delivered"), self.minutes)
        self.provider = QLineEdit()
        self.add_field("provider", self.tr("&Provided by"), self.provider)
        self.notes = QLineEdit()
        self.add_field("notes", self.tr("&Note"), self.notes)
        self._dirty = False
        self.resize(460, 320)
        self.day.setFocus()

    def collect(self) -> SessionData:
        """A make-up session of the minutes typed."""
        errors: list[FieldError] = []
        day = self.read_date("date", errors)
        if day is None and not errors:
            errors.append(FieldError("date", self.tr("Give the session's date.")))
        if errors or day is None:
            raise FieldErrors(errors)
        minutes = self.minutes.value()
        return SessionData(
            day,
            SessionStatus.MAKEUP,
            minutes,
            minutes,
            provider=self.provider.text().strip(),
            notes=self.notes.text().strip(),
        )

    def validate(self, data: SessionData) -> list[FieldError]:
        """Minutes above zero; not in the future."""
        errors: list[FieldError] = []
        if data.minutes_delivered <= 0:
            errors.append(FieldError("minutes_delivered", self.tr("Enter the minutes delivered.")))
        if data.date > self.today():
            errors.append(FieldError("date", self.tr("The date is in the future.")))
        return errors
