"""What a template needs picked: a goal, an accommodation and class, a service, an entry, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from iepbinder.domain.dateparse import DateInputError
from iepbinder.domain.letters.model import Picks
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.gui.widgets.inputs import EditableCombo
from iepbinder.services.commlog_dto import Choice, LetterChoices
from iepbinder.services.letter_facts import LetterRequest


def _fill(combo: QComboBox, choices: Sequence[Choice], best_guess: str) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(best_guess, None)
    for choice in choices:
        combo.addItem(choice.label, choice.id)
    combo.blockSignals(False)


class LetterPicks(QWidget):
    """Shows only the pickers the chosen template uses; ``changed`` when any pick changes."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = LetterChoices()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.goal = QComboBox(self)
        self.accommodation = QComboBox(self)
        self.class_name = EditableCombo([], self)
        self.service = QComboBox(self)
        self.entry = QComboBox(self)
        self.meeting = QComboBox(self)
        self.start = DateField(today, self)
        self.end = DateField(today, self)
        self.rows: dict[Picks, list[QWidget]] = {
            Picks.GOAL: [self.goal],
            Picks.ACCOMMODATION: [self.accommodation, self.class_name],
            Picks.SERVICE: [self.service],
            Picks.ENTRY: [self.entry],
            Picks.MEETING: [self.meeting],
            Picks.DATE_RANGE: [self.start, self.end],
        }
        labels = {
            self.goal: self.tr("&Goal"),
            self.accommodation: self.tr("&Accommodation"),
            self.class_name: self.tr("Cla&ss"),
            self.service: self.tr("Ser&vice"),
            self.entry: self.tr("Log &entry"),
            self.meeting: self.tr("&Meeting"),
            self.start: self.tr("Period &from"),
            self.end: self.tr("Period &until"),
        }
        for widget, label in labels.items():
            self.form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        for combo in (self.goal, self.accommodation, self.service, self.entry, self.meeting):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(30)
            combo.currentIndexChanged.connect(self.changed)
        self.accommodation.currentIndexChanged.connect(self._on_accommodation_changed)
        self.class_name.currentTextChanged.connect(self.changed)
        self.start.edit.editingFinished.connect(self.changed)
        self.end.edit.editingFinished.connect(self.changed)
        self.show_for(())

    def set_choices(self, choices: LetterChoices) -> None:
        """What the binder offers for this child."""
        self.choices = choices
        guess = self.tr("\u2014 let the binder choose \u2014")
        _fill(self.goal, choices.goals, guess)
        _fill(self.accommodation, choices.accommodations, guess)
        _fill(self.service, choices.services, guess)
        _fill(self.entry, choices.entries, guess)
        _fill(self.meeting, choices.meetings, guess)
        self._on_accommodation_changed()

    def choose(self, goal_id: int | None = None, entry_id: int | None = None) -> None:
        """Pre-select a goal or a log entry (a letter started from another tab)."""
        for combo, wanted in ((self.goal, goal_id), (self.entry, entry_id)):
            index = combo.findData(wanted) if wanted is not None else -1
            if index >= 0:
                combo.setCurrentIndex(index)

    def show_for(self, picks: Sequence[Picks]) -> None:
        """Show the pickers of a template, hide the others."""
        for pick, widgets in self.rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget, pick in picks)

    def _on_accommodation_changed(self, *_args: object) -> None:
        index = self.accommodation.currentIndex() - 1  # item 0 is "let the binder choose"
        classes = self.choices.accommodations[index].extra if index >= 0 else ()
        self.class_name.blockSignals(True)
        self.class_name.clear()
        self.class_name.addItems(list(classes))
        self.class_name.setCurrentIndex(-1)
        self.class_name.setEditText("")
        self.class_name.blockSignals(False)

    def request(
        self, template_key: str, recipient_id: int | None, concern_id: int | None
    ) -> LetterRequest:
        """The draft request for the picks shown (blank picks: the binder's best guess)."""

        def picked(combo: QComboBox) -> int | None:
            data = combo.currentData() if combo.isVisibleTo(self) else None
            return int(data) if data is not None else None

        def day(field: DateField) -> dt.date | None:
            try:
                return field.value() if field.isVisibleTo(self) else None
            except DateInputError:
                return None

        return LetterRequest(
            template_key=template_key,
            recipient_contact_id=recipient_id,
            goal_id=picked(self.goal),
            accommodation_id=picked(self.accommodation),
            class_name=self.class_name.currentText().strip()
            if self.class_name.isVisibleTo(self)
            else "",
            service_id=picked(self.service),
            entry_id=picked(self.entry) or picked(self.meeting),
            concern_id=concern_id,
            date_from=day(self.start),
            date_to=day(self.end),
        )
