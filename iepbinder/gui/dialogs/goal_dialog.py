"""The form for one measurable annual goal: its wording, baseline, target and how it is measured."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtWidgets import QBoxLayout, QLineEdit, QWidget

from iepbinder.domain.lint import GoalFacts, lint_goal
from iepbinder.domain.records import GoalData
from iepbinder.domain.types import Direction, Metric
from iepbinder.domain.validation import FieldError, validate_goal
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets import inputs as ui


class GoalDialog(RecordDialog[GoalData]):
    """Add or edit a goal; ``collect()`` returns a ``GoalData``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[GoalData], Any],
        today: Callable[[], dt.date],
        data: GoalData | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self._touched = data is not None
        self.lines: dict[str, QLineEdit] = {}
        self._build_goal()
        self._build_baseline_and_target()
        self._build_measurement()
        self.checks = ui.ChecksBox(self.tr("Checks"))
        layout = cast(QBoxLayout, self.layout())
        layout.insertWidget(layout.count() - 1, self.checks)
        if data is not None:
            self._fill(data)
        for widget in (
            self.text,
            self.baseline_value,
            self.lines["baseline_text"],
            self.target_value,
            self.lines["criterion_text"],
            self.lines["measurement_method"],
        ):
            ui.on_any_change(widget, lambda: self._refresh_checks(touched=True))
        self._refresh_checks()
        self._dirty = False  # filling in the stored values is not an edit
        self.resize(680, 700)
        self.text.setFocus()

    # Building -------------------------------------------------------------------------
    def _build_goal(self) -> None:
        self.text = ui.TextBox(4)
        self.text.setPlaceholderText(
            self.tr(
                "e.g. Given a 3rd-grade passage, Sam will read aloud 90 words correct "
                "per minute by June 2026."
            )
        )
        self.add_field("text", self.tr("&Goal (as written)"), self.text)
        self._line("area", self.tr("&Area"), self.tr("e.g. Reading fluency"))
        self._line(
            "condition",
            self.tr("&Condition (given \u2026)"),
            self.tr("e.g. Given a 3rd-grade passage"),
        )
        self._line(
            "behavior", self.tr("&Behavior (what your child will do)"), self.tr("e.g. Read aloud")
        )
        self.metric_combo: ui.EnumCombo[Metric] = ui.EnumCombo(
            [
                (self.tr("Words correct per minute (WCPM)"), Metric.WCPM),
                (self.tr("Percent accuracy"), Metric.PERCENT_ACCURACY),
                (self.tr("Count"), Metric.COUNT),
                (self.tr("Duration"), Metric.DURATION),
                (self.tr("Rubric score"), Metric.RUBRIC),
                (self.tr("Trials correct"), Metric.TRIALS_CORRECT),
                (self.tr("Other"), Metric.OTHER),
            ]
        )
        self.metric_combo.set_value(Metric.OTHER)
        self.add_field("metric", self.tr("&Metric (what is measured)"), self.metric_combo)
        self._line("unit", self.tr("&Unit"), self.tr("e.g. words correct per minute"))
        self.direction: ui.EnumCombo[Direction] = ui.EnumCombo(
            [
                (self.tr("Increase (higher is better)"), Direction.INCREASE),
                (self.tr("Decrease (lower is better)"), Direction.DECREASE),
            ]
        )
        self.add_field("direction", self.tr("&Direction"), self.direction)

    def _build_baseline_and_target(self) -> None:
        self.form.addRow(ui.section_label(self.tr("Starting point (baseline)")))
        self.baseline_value = ui.NumberEdit()
        self.baseline_value.setPlaceholderText(self.tr("e.g. 52"))
        self.add_field("baseline_value", self.tr("Baseline &value"), self.baseline_value)
        self.baseline_date = self.date_field()
        self.add_field("baseline_date", self.tr("Baseline da&te"), self.baseline_date)
        self._line(
            "baseline_text",
            self.tr("Baseline as &written"),
            self.tr("e.g. 42 WCPM (median of 3 probes)"),
        )
        self._line(
            "baseline_source", self.tr("Baseline &source"), self.tr("e.g. Fall CBM screening")
        )
        self.baseline_probes = QLineEdit()
        self.add_field(
            "baseline_probes",
            self.tr("Baseline &probes"),
            self.baseline_probes,
            self.tr("Scores separated by commas, e.g. 40, 42, 45"),
        )
        self.form.addRow(ui.section_label(self.tr("Target")))
        self.target_value = ui.NumberEdit()
        self.target_value.setPlaceholderText(self.tr("e.g. 90"))
        self.add_field("target_value", self.tr("Ta&rget value"), self.target_value)
        self.target_date = self.date_field()
        self.add_field("target_date", self.tr("Target dat&e"), self.target_date)
        self._line(
            "criterion_text",
            self.tr("Criterio&n (what counts as met)"),
            self.tr("e.g. 80% in 4 of 5 trials"),
        )

    def _build_measurement(self) -> None:
        self.form.addRow(ui.section_label(self.tr("How progress is measured")))
        self._line(
            "measurement_method",
            self.tr("Measurement met&hod"),
            self.tr("e.g. CBM probes, data sheets"),
        )
        self._line(
            "measurement_frequency", self.tr("Measurement &frequency"), self.tr("e.g. Weekly")
        )
        self._line(
            "responsible_role",
            self.tr("Who measures it (responsib&le role)"),
            self.tr("e.g. Special education teacher"),
        )
        self.objectives = ui.TextBox(4)
        self.add_field(
            "short_term_objectives",
            self.tr("Short-term &objectives"),
            self.objectives,
            self.tr("One per line."),
        )
        self._line("page_ref", self.tr("&IEP page"), self.tr("e.g. 9"))

    def _line(self, name: str, label: str, placeholder: str = "") -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit)
        self.lines[name] = edit

    def _fill(self, data: GoalData) -> None:
        self.text.set_text(data.text)
        for name, edit in self.lines.items():
            edit.setText(getattr(data, name))
        self.metric_combo.set_value(data.metric)
        self.direction.set_value(data.direction)
        self.baseline_value.set_number(data.baseline_value)
        self.baseline_date.set_value(data.baseline_date)
        self.baseline_probes.setText(", ".join(ui.format_number(v) for v in data.baseline_probes))
        self.target_value.set_number(data.target_value)
        self.target_date.set_value(data.target_date)
        self.objectives.set_text("\n".join(data.short_term_objectives))

    # Live checks ----------------------------------------------------------------------
    def _refresh_checks(self, *, touched: bool = False) -> None:
        self._touched = self._touched or touched
        if not self._touched:
            self.checks.show_findings([], self.tr("Checks appear here as you fill in the form."))
            return
        facts = GoalFacts(
            text=self.text.text(),
            baseline_value=self.baseline_value.number_or_none(),
            baseline_text=self.lines["baseline_text"].text(),
            target_value=self.target_value.number_or_none(),
            criterion_text=self.lines["criterion_text"].text(),
            measurement_method=self.lines["measurement_method"].text(),
        )
        self.checks.show_findings(lint_goal(facts), self.tr("Nothing to ask the team about."))

    # Saving ---------------------------------------------------------------------------
    def _read_number(
        self, name: str, edit: ui.NumberEdit, errors: list[FieldError]
    ) -> float | None:
        try:
            return edit.number()
        except ValueError:
            errors.append(FieldError(name, self.tr("Type a number, e.g. 52")))
            return None

    def collect(self) -> GoalData:
        """The goal as typed; numbers and lists are read from their text."""
        errors: list[FieldError] = []
        baseline_value = self._read_number("baseline_value", self.baseline_value, errors)
        baseline_date = self.read_date("baseline_date", errors)
        try:
            probes = ui.parse_numbers(self.baseline_probes.text())
        except ValueError:
            probes = ()
            errors.append(
                FieldError(
                    "baseline_probes", self.tr("Type numbers separated by commas, e.g. 40, 42, 45")
                )
            )
        target_value = self._read_number("target_value", self.target_value, errors)
        target_date = self.read_date("target_date", errors)
        if errors:
            raise FieldErrors(errors)
        lines: dict[str, Any] = {name: edit.text().strip() for name, edit in self.lines.items()}
        return GoalData(
            text=self.text.text(),
            metric=self.metric_combo.value() or Metric.OTHER,
            direction=self.direction.value() or Direction.INCREASE,
            baseline_value=baseline_value,
            baseline_date=baseline_date,
            baseline_probes=probes,
            target_value=target_value,
            target_date=target_date,
            short_term_objectives=ui.split_lines(self.objectives.toPlainText()),
            **lines,
        )

    def validate(self, data: GoalData) -> list[FieldError]:
        """The goal's text is required; the target date cannot precede the baseline date."""
        return validate_goal(data)
