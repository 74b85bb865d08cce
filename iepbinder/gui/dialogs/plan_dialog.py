"""The form for one dated IEP document: its kind, meeting, consent and the dates that follow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from iepbinder.domain.records import IepData
from iepbinder.domain.types import IepKind
from iepbinder.domain.validation import FieldError, validate_iep
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.gui.widgets.inputs import EnumCombo, TextBox
from iepbinder.services.dto import KIND_LABELS

_DATES = (
    "meeting_date",
    "consent_date",
    "start_date",
    "end_date",
    "annual_review_due",
    "last_evaluation_date",
    "reevaluation_due",
)


class PlanDialog(RecordDialog[IepData]):
    """Add or edit a plan's dates; ``collect()`` returns an ``IepData``.

    Blank 'annual review due' and 're-evaluation due' stay None: the service fills them
    in from the meeting and the last evaluation.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[IepData], Any],
        today: Callable[[], dt.date],
        data: IepData | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.kind: EnumCombo[IepKind] = EnumCombo(
            (self.tr(label), kind) for kind, label in KIND_LABELS.items()
        )
        self.add_field("kind", self.tr("&Kind of plan"), self.kind)
        self.kind.set_value(IepKind.ANNUAL)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Annual IEP 2025\u201326"))
        self.add_field("title", self.tr("&Title"), self.title)
        self.dates: dict[str, DateField] = {}
        self._date("meeting_date", self.tr("&Meeting date (IEP meeting)"))
        self._date("consent_date", self.tr("Parent &consent date"))
        self._date("start_date", self.tr("&Starts (in effect from)"))
        self._date("end_date", self.tr("&Ends"))
        self._date(
            "annual_review_due",
            self.tr("&Annual review due"),
            self.tr("Left blank, it is set to one year after the meeting (the anniversary date)."),
        )
        self._date("last_evaluation_date", self.tr("&Last evaluation date"))
        self._date(
            "reevaluation_due",
            self.tr("&Re-evaluation due (triennial)"),
            self.tr("Left blank, it is set to three years after the last evaluation."),
        )
        self.progress_report_schedule = QLineEdit()
        self.progress_report_schedule.setPlaceholderText(
            self.tr("e.g. Quarterly, with report cards")
        )
        self.add_field(
            "progress_report_schedule",
            self.tr("&Progress report schedule"),
            self.progress_report_schedule,
        )
        self.notes = TextBox(3)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        if data is not None:
            self._fill(data)
        self._dirty = False  # filling in the stored values is not an edit
        self.resize(560, 520)
        self.kind.setFocus()

    def _date(self, name: str, label: str, hint: str = "") -> None:
        field = self.date_field()
        self.add_field(name, label, field, hint)
        self.dates[name] = field

    def _fill(self, data: IepData) -> None:
        self.kind.set_value(data.kind)
        self.title.setText(data.title)
        for name, field in self.dates.items():
            field.set_value(getattr(data, name))
        self.progress_report_schedule.setText(data.progress_report_schedule)
        self.notes.set_text(data.notes)

    def collect(self) -> IepData:
        """The plan as typed; blank due dates stay None for the service to work out."""
        errors: list[FieldError] = []
        dates = {name: self.read_date(name, errors) for name in _DATES}
        if errors:
            raise FieldErrors(errors)
        return IepData(
            kind=self.kind.value() or IepKind.ANNUAL,
            title=self.title.text().strip(),
            meeting_date=dates["meeting_date"],
            consent_date=dates["consent_date"],
            start_date=dates["start_date"],
            end_date=dates["end_date"],
            annual_review_due=dates["annual_review_due"],
            last_evaluation_date=dates["last_evaluation_date"],
            reevaluation_due=dates["reevaluation_due"],
            progress_report_schedule=self.progress_report_schedule.text().strip(),
            notes=self.notes.text(),
        )

    def validate(self, data: IepData) -> list[FieldError]:
        """The dates must be in a sensible order."""
        return validate_iep(data)
