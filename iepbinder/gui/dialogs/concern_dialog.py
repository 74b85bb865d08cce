"""Forms for a concern (what, where, the dates that start the time limits) and a ladder step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from iepbinder.domain.commlog_validation import validate_concern
from iepbinder.domain.concerns import (
    LADDER,
    STEP_LABELS,
    ConcernData,
    ConcernStatus,
    ConcernStep,
    LadderStep,
)
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import EnumCombo, TextBox


class ConcernDialog(RecordDialog[ConcernData]):
    """Add or edit a concern; its steps are kept as they are."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[ConcernData], Any],
        today: Callable[[], dt.date],
        data: ConcernData | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.original = data or ConcernData(title="")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Extended time not given on math tests"))
        self.add_field("title", self.tr("&Concern"), self.title_edit)
        self.description = TextBox(4)
        self.add_field(
            "description", self.tr("&What happened"), self.description,
            self.tr("Facts in date order: what the IEP says, and what happened instead."),
        )  # fmt: skip
        self.where = QLineEdit()
        self.add_field("class_or_setting", self.tr("Class or &setting"), self.where)
        self.problem_date = self.date_field()
        self.add_field(
            "problem_date", self.tr("Date of the &problem"), self.problem_date,
            self.tr("Starts the state-complaint window (1 year)."),
        )  # fmt: skip
        self.knew_date = self.date_field()
        self.add_field(
            "knew_date", self.tr("Date you &knew"), self.knew_date,
            self.tr(
                "When you knew or should have known. Starts the due-process window (2 years). "
                "You enter it; the binder never guesses it."
            ),
        )  # fmt: skip
        self.status = EnumCombo(
            [(self.tr("Open"), ConcernStatus.OPEN), (self.tr("Resolved"), ConcernStatus.RESOLVED)]
        )
        self.add_field("status", self.tr("S&tatus"), self.status)
        self.resolved_on = self.date_field()
        self.add_field("resolved_on", self.tr("&Resolved on"), self.resolved_on)
        value = self.original
        self.title_edit.setText(value.title)
        self.description.set_text(value.description)
        self.where.setText(value.class_or_setting)
        self.problem_date.set_value(value.problem_date)
        self.knew_date.set_value(value.knew_date)
        self.status.set_value(value.status)
        self.resolved_on.set_value(value.resolved_on)
        self._dirty = False
        self.resize(560, 520)
        self.title_edit.setFocus()

    def collect(self) -> ConcernData:
        """The concern as typed, keeping its steps."""
        errors: list[FieldError] = []
        problem = self.read_date("problem_date", errors)
        knew = self.read_date("knew_date", errors)
        resolved = self.read_date("resolved_on", errors)
        if errors:
            raise FieldErrors(errors)
        return replace(
            self.original,
            title=self.title_edit.text().strip(),
            description=self.description.text(),
            class_or_setting=self.where.text().strip(),
            problem_date=problem,
            knew_date=knew,
            status=self.status.value() or ConcernStatus.OPEN,
            resolved_on=resolved,
        )

    def validate(self, data: ConcernData) -> list[FieldError]:
        """A title, and dates in order."""
        return validate_concern(data)


class StepDialog(RecordDialog[ConcernStep]):
    """One step up the ladder: which rung, when, with whom, and what came of it."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[ConcernStep], Any],
        today: Callable[[], dt.date],
        data: ConcernStep | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.step = EnumCombo([(self.tr(STEP_LABELS[step]), step) for step in LADDER])
        self.add_field("step", self.tr("&Step"), self.step)
        self.taken_on = self.date_field()
        self.add_field("taken_on", self.tr("&Date"), self.taken_on)
        self.who = QLineEdit()
        self.add_field("who", self.tr("&With whom"), self.who)
        self.note = TextBox(3)
        self.add_field("note", self.tr("&What came of it"), self.note)
        step = data or ConcernStep(LadderStep.TEACHER, today())
        self.step.set_value(step.step)
        self.taken_on.set_value(step.taken_on)
        self.who.setText(step.who)
        self.note.set_text(step.note)
        self._dirty = False
        self.resize(480, 320)
        self.step.setFocus()

    def collect(self) -> ConcernStep:
        """The step as typed."""
        errors: list[FieldError] = []
        day = self.read_date("taken_on", errors)
        if errors:
            raise FieldErrors(errors)
        return ConcernStep(
            self.step.value() or LadderStep.TEACHER, day, self.who.text().strip(), self.note.text()
        )

    def validate(self, data: ConcernStep) -> list[FieldError]:
        """Every step is fine; the date is optional."""
        return []
