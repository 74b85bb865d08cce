"""The form for one service: the amount exactly as the IEP writes it, read into numbers to check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.amount import Amount, describe_amount
from iepbinder.domain.frequency import ParsedFrequency, parse_frequency
from iepbinder.domain.lint import ServiceFacts, lint_service
from iepbinder.domain.records import ServiceData
from iepbinder.domain.types import Delivery, GroupSize, HolidayPolicy, Period, Setting
from iepbinder.domain.types import WeekDefinition as Week
from iepbinder.domain.validation import FieldError, validate_service
from iepbinder.gui.dialogs.base import ERROR_STYLE, FieldErrors, FieldRow, RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets import inputs as ui

# Common services offered in the 'Service' box (any other text can be typed).
SERVICE_TYPES = (
    QT_TRANSLATE_NOOP("ServiceDialog", "Speech-language therapy"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Occupational therapy"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Physical therapy"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Counseling"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Specialized academic instruction (reading)"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Specialized academic instruction (math)"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Specialized academic instruction (writing)"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Behavior support"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Paraprofessional / aide support"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Assistive technology consultation"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Transportation"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Other"),
)
HIGH_CONFIDENCE = 0.9
READ_DELAY_MS = 700


class ServiceDialog(RecordDialog[ServiceData]):
    """Add or edit a service; ``collect()`` returns a ``ServiceData``.

    Typing the amount as written fills the numbers (after a pause, on leaving the box, or
    with "Read amount"); numbers filled that way are unconfirmed until the parent ticks
    the box (DOMAIN.md 2.3).
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[ServiceData], Any],
        today: Callable[[], dt.date],
        data: ServiceData | None = None,
        holiday_policy: HolidayPolicy | None = None,
    ) -> None:
        """``holiday_policy`` is the binder's default for a new service (Binder rules)."""
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self._confidence = data.parse_confidence if data else 0.0
        self._read_delivery = data.amount.delivery if data else None
        self._last_read = data.raw_text if data else ""
        self._touched = data is not None
        self.lines: dict[str, QLineEdit] = {}  # plain text fields named as in ServiceData
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_DELAY_MS)
        self._read_timer.timeout.connect(lambda: self._read_amount(force=False))
        self._build_amount()
        self._build_who_where()
        self._build_when()
        self.checks = ui.ChecksBox(self.tr("Checks"))
        layout = cast(QBoxLayout, self.layout())
        layout.insertWidget(layout.count() - 1, self.checks)
        if data is not None:
            self._fill(data)
        elif holiday_policy is not None:
            self.holiday_policy.set_value(holiday_policy)
        for widget in (
            self.raw_text,
            self.sessions,
            self.minutes,
            self.total,
            self.period,
            self.cycle_days,
            self.setting,
            self.setting_other,
            self.group,
            self.location_text,
            self.start_date,
            self.end_date,
        ):
            ui.on_any_change(widget, lambda: self._refresh(touched=True))
        self._refresh()
        self._dirty = False  # filling in the stored values is not an edit
        self.resize(720, 700)
        self.service_type.setFocus()

    # Building -------------------------------------------------------------------------
    def _build_amount(self) -> None:
        self.service_type = ui.EditableCombo([self.tr(str(name)) for name in SERVICE_TYPES])
        self.service_type.set_placeholder(self.tr("Choose or type the service"))
        self.add_field("service_type", self.tr("&Service"), self.service_type)
        self.form.addRow(ui.section_label(self.tr("How much")))
        self.raw_text = QLineEdit()
        self.raw_text.setPlaceholderText(self.tr("e.g. 30 min 2x/week"))
        self.read_button = QPushButton(self.tr("&Read amount"))
        self.read_button.setAutoDefault(False)
        self.read_button.setToolTip(self.tr("Fill in the numbers below from this text"))
        self.add_field(
            "raw_text",
            self.tr("E&xactly as written in the IEP"),
            ui.FieldGroup(self.raw_text, self.read_button, stretch_first=True),
            self.tr(
                "Copy the amount from the IEP's services page. The numbers below are "
                "read from it; check them against the page."
            ),
        )
        self.raw_text.setAccessibleName(self.tr("Amount exactly as written in the IEP"))
        self.raw_text.textEdited.connect(lambda _text: self._read_timer.start())
        self.raw_text.editingFinished.connect(lambda: self._read_amount(force=False))
        self.read_button.clicked.connect(lambda: self._read_amount(force=True))
        self.sessions = self._range("sessions_per_period", self.tr("Sess&ions"), 100, "")
        self.minutes = self._range(
            "minutes_per_session", self.tr("&Minutes per session"), 10000, self.tr("min")
        )
        self.total = self._range(
            "total_minutes_per_period",
            self.tr("&Total minutes per period"),
            100000,
            self.tr("min"),
            self.tr("Worked out as sessions \u00d7 minutes when both are given."),
        )
        self.period = ui.PeriodCombo()
        self.cycle_days = ui.OptionalSpinBox(60)
        cycle_words = self.tr("school days in the cycle")
        self.cycle_days.setAccessibleName(cycle_words)
        self.cycle_words = QLabel(cycle_words)
        group = ui.FieldGroup(self.period, self.cycle_days, self.cycle_words)
        self.add_field("period", self.tr("&Period"), group)
        self._extra_error("cycle_days", group, self.cycle_days)
        self.reads_as = QLabel()
        self.read_status = QLabel()
        self.read_status.setWordWrap(True)
        self.read_status.hide()
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.reads_as)
        column_layout.addWidget(self.read_status)
        self.form.addRow(QLabel(self.tr("Reads as")), column)
        self.user_confirmed = QCheckBox(self.tr("I chec&ked these numbers against the IEP page"))
        self.add_field("user_confirmed", "", self.user_confirmed)
        self.user_confirmed.setAccessibleName(self.user_confirmed.text().replace("&", ""))

    def _build_who_where(self) -> None:
        self.form.addRow(ui.section_label(self.tr("How, where and by whom")))
        self.delivery: ui.EnumCombo[Delivery] = ui.EnumCombo(
            [
                (self.tr("Direct"), Delivery.DIRECT),
                (self.tr("Consultation (indirect)"), Delivery.INDIRECT_CONSULT),
            ]
        )
        self.add_field("delivery", self.tr("De&livery"), self.delivery)
        self.setting: ui.EnumCombo[Setting] = ui.EnumCombo(
            [
                (self.tr("Pull-out (separate room)"), Setting.SEPARATE_PULL_OUT),
                (self.tr("Push-in (in the general education class)"), Setting.GEN_ED_PUSH_IN),
                (self.tr("Other"), Setting.OTHER),
                (self.tr("Not stated"), Setting.UNSPECIFIED),
            ]
        )
        self.setting.set_value(Setting.UNSPECIFIED)
        self.add_field("setting", self.tr("Setti&ng"), self.setting)
        self.setting_other = self._line(
            "setting_other", self.tr("Other setting"), self.tr("Describe the setting")
        )
        self.group: ui.EnumCombo[GroupSize] = ui.EnumCombo(
            [
                (self.tr("Individual"), GroupSize.INDIVIDUAL),
                (self.tr("Group"), GroupSize.GROUP),
                (self.tr("Either (individual or group)"), GroupSize.EITHER),
            ]
        )
        self.add_field("group_size", self.tr("Gro&up or individual"), self.group)
        self.group_max = ui.OptionalSpinBox(100)
        self.group_max.setSuffix(self.tr(" students"))
        self.add_field("group_max", self.tr("Largest group"), self.group_max)
        self.location_text = self._line(
            "location_text", self.tr("Lo&cation"), self.tr("e.g. Speech room")
        )
        self.provider_role = self._line(
            "provider_role", self.tr("Provider r&ole"), self.tr("e.g. Speech-language pathologist")
        )
        self.provider_name = self._line("provider_name", self.tr("Pro&vider name"))

    def _build_when(self) -> None:
        self.form.addRow(ui.section_label(self.tr("When")))
        self.start_date = self.date_field()
        self.add_field("start_date", self.tr("St&art date"), self.start_date)
        self.end_date = self.date_field()
        self.add_field("end_date", self.tr("En&d date"), self.end_date)
        self.esy = QCheckBox(self.tr("Extended school &year (ESY)"))
        self.add_field("esy", "", self.esy)
        self.esy.setAccessibleName(self.tr("Extended school year (ESY)"))
        self.holiday_policy: ui.EnumCombo[HolidayPolicy] = ui.EnumCombo(
            [
                (
                    self.tr("Full amount in any week with school (policy A, default)"),
                    HolidayPolicy.FULL_IF_IN_SESSION,
                ),
                (
                    self.tr("In proportion to school days (policy B)"),
                    HolidayPolicy.PRORATE_BY_SESSION_DAYS,
                ),
                (
                    self.tr("Only whole closures reduce it (policy C)"),
                    HolidayPolicy.ZERO_WHEN_CLOSED,
                ),
            ]
        )
        self.add_field(
            "holiday_policy",
            self.tr("&Holidays and short weeks"),
            self.holiday_policy,
            self.tr(
                "There is no federal rule; A is the usual choice unless the IEP says otherwise."
            ),
        )
        self.week_definition: ui.EnumCombo[Week] = ui.EnumCombo(
            [
                (self.tr("Monday to Sunday"), Week.MON_SUN),
                (self.tr("The school week"), Week.SCHOOL_WEEK),
            ]
        )
        self.add_field("week_definition", self.tr("A &week means"), self.week_definition)
        self.page_ref = self._line("page_ref", self.tr("IEP pa&ge"), self.tr("e.g. 12"))
        self.notes = ui.TextBox(3)
        self.add_field("notes", self.tr("Not&es"), self.notes)

    def _line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit)
        self.lines[name] = edit
        return edit

    def _range(
        self, name: str, label: str, maximum: int, unit: str, hint: str = ""
    ) -> ui.SpinRange:
        spins = ui.SpinRange(maximum, unit)
        self.add_field(name, label, spins, hint)
        spins.low.setAccessibleName(label.replace("&", ""))
        spins.high.setAccessibleName(self.tr("%s, high end of a range") % label.replace("&", ""))
        self._extra_error(f"{name}_max", spins, spins.high)
        return spins

    def _extra_error(self, name: str, field: QWidget, widget: QWidget) -> None:
        """A second message line under a row, for the second box in it."""
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        holder = field.parentWidget()
        assert holder is not None, "add_field puts the field in a holder"
        cast(QBoxLayout, holder.layout()).addWidget(label)
        self.rows[name] = FieldRow(name, widget, label)

    def _fill(self, data: ServiceData) -> None:
        self.service_type.set_text(data.service_type)
        self.raw_text.setText(data.raw_text)
        self._show_amount(data.amount)
        self.user_confirmed.setChecked(data.user_confirmed)
        for name, edit in self.lines.items():
            edit.setText(getattr(data, name))
        self.delivery.set_value(data.delivery)
        self.setting.set_value(data.setting)
        self.group.set_value(data.group_size)
        self.group_max.set_optional_value(data.group_max)
        self.week_definition.set_value(data.week_definition)
        self.holiday_policy.set_value(data.holiday_policy)
        self.start_date.set_value(data.start_date)
        self.end_date.set_value(data.end_date)
        self.esy.setChecked(data.esy)
        self.notes.set_text(data.notes)

    # Reading the amount ---------------------------------------------------------------
    def _read_amount(self, *, force: bool) -> None:
        self._read_timer.stop()
        text = self.raw_text.text().strip()
        if not text or (text == self._last_read and not force):
            return
        self._last_read = text
        parsed = parse_frequency(text)
        self._confidence = parsed.confidence
        self._read_delivery = parsed.amount.delivery
        self._show_amount(parsed.amount)
        if parsed.amount.delivery is not None:
            self.delivery.set_value(parsed.amount.delivery)
        self.user_confirmed.setChecked(False)
        self.read_status.setText(self._status_text(parsed))
        self.read_status.show()

    def _status_text(self, parsed: ParsedFrequency) -> str:
        if parsed.notes:
            return self.tr("Please check: %s") % " ".join(parsed.notes)
        if parsed.confidence >= HIGH_CONFIDENCE:
            return self.tr(
                "Read with high confidence. Compare with the IEP page, then tick the box below."
            )
        return self.tr("Read with low confidence: please check each number.")

    def _show_amount(self, amount: Amount) -> None:
        self.sessions.set_values(amount.sessions_per_period, amount.sessions_per_period_max)
        self.minutes.set_values(amount.minutes_per_session, amount.minutes_per_session_max)
        self.total.set_values(amount.total_minutes_per_period, amount.total_minutes_per_period_max)
        self.period.set_value(amount.period)
        self.cycle_days.set_optional_value(amount.cycle_days)

    def current_amount(self) -> Amount:
        """The amount as the numbers now show it (total worked out when it can be)."""
        sessions, sessions_max = self.sessions.values()
        minutes, minutes_max = self.minutes.values()
        total, total_max = self.total.values()
        if sessions is not None and minutes is not None:
            total = sessions * minutes
            ranged = sessions_max is not None or minutes_max is not None
            total_max = (sessions_max or sessions) * (minutes_max or minutes) if ranged else None
        period = self.period.value()
        return Amount(
            period=period,
            cycle_days=self.cycle_days.optional_value() if period is Period.CYCLE else None,
            sessions_per_period=sessions,
            sessions_per_period_max=sessions_max,
            minutes_per_session=minutes,
            minutes_per_session_max=minutes_max,
            total_minutes_per_period=total,
            total_minutes_per_period_max=total_max,
            delivery=self._read_delivery,
        )

    # Live state -----------------------------------------------------------------------
    def _refresh(self, *, touched: bool = False) -> None:
        self._touched = self._touched or touched
        amount = self.current_amount()
        derived = amount.sessions_per_period is not None and amount.minutes_per_session is not None
        if derived and self.total.values() != (
            amount.total_minutes_per_period,
            amount.total_minutes_per_period_max,
        ):
            self.total.set_values(
                amount.total_minutes_per_period, amount.total_minutes_per_period_max
            )
        elif not derived and self.total.low.isReadOnly():  # what it was worked out from is gone
            self.total.set_values(None, None)
        self.total.set_read_only(derived)
        self.cycle_days.setEnabled(amount.period is Period.CYCLE)
        self.cycle_words.setEnabled(amount.period is Period.CYCLE)
        self.setting_other.setEnabled(self.setting.value() is Setting.OTHER)
        self.group_max.setEnabled(self.group.value() is not GroupSize.INDIVIDUAL)
        self.reads_as.setText(describe_amount(amount))
        facts = ServiceFacts(
            raw_text=self.raw_text.text(),
            amount=amount,
            start_date=ui.date_or_none(self.start_date),
            end_date=ui.date_or_none(self.end_date),
            setting=self.setting.value() or Setting.UNSPECIFIED,
            location_text=self.location_text.text(),
        )
        if self._touched:
            none_text = self.tr("Nothing to ask the team about.")
            self.checks.show_findings(lint_service(facts), none_text)
        else:
            self.checks.show_findings([], self.tr("Checks appear here as you fill in the form."))

    # Saving ---------------------------------------------------------------------------
    def collect(self) -> ServiceData:
        """The service as typed and checked."""
        errors: list[FieldError] = []
        start_date = self.read_date("start_date", errors)
        end_date = self.read_date("end_date", errors)
        if errors:
            raise FieldErrors(errors)
        group = self.group.value() or GroupSize.INDIVIDUAL
        setting = self.setting.value() or Setting.UNSPECIFIED
        lines: dict[str, Any] = {name: edit.text().strip() for name, edit in self.lines.items()}
        if setting is not Setting.OTHER:
            lines["setting_other"] = ""
        return ServiceData(
            service_type=self.service_type.text(),
            raw_text=self.raw_text.text().strip(),
            amount=self.current_amount(),
            delivery=self.delivery.value() or Delivery.DIRECT,
            setting=setting,
            group_size=group,
            group_max=None if group is GroupSize.INDIVIDUAL else self.group_max.optional_value(),
            week_definition=self.week_definition.value() or Week.MON_SUN,
            holiday_policy=self.holiday_policy.value() or HolidayPolicy.FULL_IF_IN_SESSION,
            start_date=start_date,
            end_date=end_date,
            esy=self.esy.isChecked(),
            parse_confidence=self._confidence,
            user_confirmed=self.user_confirmed.isChecked(),
            notes=self.notes.text(),
            **lines,
        )

    def validate(self, data: ServiceData) -> list[FieldError]:
        """A service name, sensible numbers and dates in order."""
        return validate_service(data)
