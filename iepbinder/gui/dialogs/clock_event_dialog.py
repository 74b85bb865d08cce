"""The form for a date that starts a clock: what happened (the rule) and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from iepbinder.domain.deadline_rules import RuleSpec
from iepbinder.domain.language import t
from iepbinder.domain.today_records import ClockEventData, validate_clock_event
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import TextBox

# Rules whose clock a parent starts by hand (the others come from the IEP's own dates).
EVENT_RULES = ("T-RECORDS", "T-PWN", "T-INIT-EVAL", "T-INIT-IEP", "T-STATE-COMPLAINT",
               "T-DUE-PROCESS", "CA-ASSESS-PLAN", "CA-MEETING-REQUEST")  # fmt: skip


class ClockEventDialog(RecordDialog[ClockEventData]):
    """Add or edit a dated event; the rules offered are those of the binder's jurisdiction."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[ClockEventData], Any],
        today: Callable[[], dt.date],
        rules: Mapping[str, RuleSpec],
        data: ClockEventData | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.known = frozenset(rules)
        self.rule = QComboBox()
        for rule_id in EVENT_RULES:
            rule = rules.get(rule_id)
            if rule is not None:
                what = t(rule.trigger_text)
                text = self.tr("{what} \u2192 {title}").format(
                    what=what[:1].upper() + what[1:], title=t(rule.title)
                )
                self.rule.addItem(text, rule_id)
        self.add_field("rule_id", self.tr("&What happened"), self.rule)
        self.day = self.date_field()
        hint = self.tr("For 'knew or should have known', the date you decide.")
        self.add_field("event_date", self.tr("&Date"), self.day, hint)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. Email to the case manager"))
        self.add_field("description", self.tr("&In your words"), self.description)
        self.notes = TextBox(2)
        self.add_field("notes", self.tr("No&tes"), self.notes)
        if data is not None:
            self.rule.setCurrentIndex(max(0, self.rule.findData(data.rule_id)))
            self.day.set_value(data.event_date)
            self.description.setText(data.description)
            self.notes.set_text(data.notes)
        self._dirty = False
        self.resize(560, 320)
        self.rule.setFocus()

    def collect(self) -> ClockEventData:
        """The event as typed (a date is required)."""
        errors: list[FieldError] = []
        day = self.read_date("event_date", errors)
        if day is None and not errors:
            errors.append(FieldError("event_date", self.tr("Give the date it happened.")))
        if errors or day is None:
            raise FieldErrors(errors)
        rule_id = str(self.rule.currentData() or "")
        return ClockEventData(rule_id, day, self.description.text().strip(), self.notes.text())

    def validate(self, data: ClockEventData) -> list[FieldError]:
        """The event must start one of the rules offered."""
        return validate_clock_event(data, self.known)
