"""Small input widgets the forms share: enum combos, optional numbers, lists typed as text."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.dateparse import DateInputError
from iepbinder.domain.lint import Finding
from iepbinder.domain.types import Period
from iepbinder.gui.widgets.date_field import DateField

T = TypeVar("T")

BLANK_NUMBER = "\u2014"
# Signals that mean "the value changed", in the order they are looked for.
CHANGE_SIGNALS = (
    "changed",
    "textChanged",
    "editTextChanged",
    "currentIndexChanged",
    "valueChanged",
    "toggled",
)


def on_any_change(widget: QWidget, slot: Any) -> None:
    """Call ``slot`` (with no arguments) whenever ``widget``'s value changes."""
    for name in CHANGE_SIGNALS:
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(lambda *_args: slot())
            return


class EnumCombo(QComboBox, Generic[T]):
    """A combo of (label, value) pairs; ``value()`` / ``currentData()`` give the value itself.

    Qt turns a ``StrEnum`` stored as item data into a plain ``str``, so the values are
    kept here and looked up by index.
    """

    changed = Signal()

    def __init__(
        self, choices: Iterable[tuple[str, T | None]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._values: list[T | None] = []
        for label, value in choices:
            self.addItem(label)
            self._values.append(value)
        self.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def value(self) -> T | None:
        """The value of the chosen item (None for a blank choice)."""
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: T | None) -> None:
        """Choose the item holding ``value`` (the first item when none does)."""
        self.setCurrentIndex(self._values.index(value) if value in self._values else 0)

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:
        """The chosen value, as the real enum member rather than Qt's copy of it."""
        if role == Qt.ItemDataRole.UserRole:
            return self.value()
        return super().currentData(role)


class PeriodCombo(EnumCombo[Period]):
    """The period a service amount is written against, in plain words (blank = not chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                (self.tr("\u2014 choose \u2014"), None),
                (self.tr("per day"), Period.DAY),
                (self.tr("per week"), Period.WEEK),
                (self.tr("per cycle of school days"), Period.CYCLE),
                (self.tr("per month"), Period.MONTH),
                (self.tr("per quarter"), Period.QUARTER),
                (self.tr("per trimester"), Period.TRIMESTER),
                (self.tr("per semester"), Period.SEMESTER),
                (self.tr("per school year"), Period.SCHOOL_YEAR),
                (self.tr("per IEP year"), Period.IEP_YEAR),
            ],
            parent,
        )


class EditableCombo(QComboBox):
    """A combo that offers common answers but takes any text; ``text()`` is what shows."""

    changed = Signal()

    def __init__(self, items: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(items))
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.editTextChanged.connect(lambda _text: self.changed.emit())

    def text(self) -> str:
        """The text shown, stripped."""
        return self.currentText().strip()

    def set_placeholder(self, text: str) -> None:
        """Grey text shown while the box is empty."""
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(text)

    def set_text(self, text: str) -> None:
        """Show ``text``, choosing the matching item when there is one."""
        index = self.findText(text)
        self.setCurrentIndex(index)
        self.setEditText(text)


class OptionalSpinBox(QSpinBox):
    """A whole-number box where 0 means 'not given' and shows as a dash."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText(BLANK_NUMBER)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 7 + 40)

    def optional_value(self) -> int | None:
        """The number, or None when blank."""
        return self.value() or None

    def set_optional_value(self, value: int | None) -> None:
        """Show a number, or the dash for None."""
        self.setValue(value or 0)


class SpinRange(QWidget):
    """'[low] to [high] unit': one number, or a range when the second box is filled."""

    changed = Signal()

    def __init__(self, maximum: int, unit: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low = OptionalSpinBox(maximum, self)
        self.high = OptionalSpinBox(maximum, self)
        self._to = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.low)
        layout.addWidget(self._to)
        layout.addWidget(self.high)
        if unit:
            layout.addWidget(QLabel(unit, self))
        layout.addStretch(1)
        self.low.valueChanged.connect(lambda _value: self.changed.emit())
        self.high.valueChanged.connect(lambda _value: self.changed.emit())
        self.setFocusProxy(self.low)

    def values(self) -> tuple[int | None, int | None]:
        """(low, high); high is None unless a range was given."""
        return self.low.optional_value(), self.high.optional_value()

    def set_values(self, low: int | None, high: int | None) -> None:
        """Show one number or a range."""
        self.low.set_optional_value(low)
        self.high.set_optional_value(high)

    def set_read_only(self, read_only: bool) -> None:
        """Show the numbers without letting them be typed over (for worked-out values)."""
        buttons = (
            QSpinBox.ButtonSymbols.NoButtons if read_only else QSpinBox.ButtonSymbols.UpDownArrows
        )
        for box in (self.low, self.high):
            box.setReadOnly(read_only)
            box.setButtonSymbols(buttons)
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)


class FieldGroup(QWidget):
    """Widgets side by side in one form row; focus goes to the first, changes are relayed."""

    changed = Signal()

    def __init__(self, *widgets: QWidget, stretch_first: bool = False) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if stretch_first and position == 0 else 0)
            on_any_change(widget, self.changed.emit)
        if not stretch_first:
            layout.addStretch(1)
        self.setFocusProxy(widgets[0])


class TextBox(QPlainTextEdit):
    """A few lines of free text; Tab moves on to the next field instead of typing a tab."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        frame = 2 * (self.frameWidth() + round(self.document().documentMargin()))
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + frame + 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        """The text typed, stripped of surrounding blank space."""
        return self.toPlainText().strip()

    def set_text(self, text: str) -> None:
        """Replace the text."""
        self.setPlainText(text)


class ChecksBox(QGroupBox):
    """The 'Checks' area under a form: lint findings as '⚠ RULE: message' lines."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def show_findings(self, findings: Sequence[Finding], none_text: str) -> None:
        """List the findings, or ``none_text`` when there are none."""
        lines = [f"\u26a0 {finding.rule_id}: {finding.message}" for finding in findings]
        self.label.setText("\n".join(lines) if lines else none_text)

    def text(self) -> str:
        """What the box says now."""
        return self.label.text()


def date_or_none(field: DateField) -> dt.date | None:
    """The date in a date box, or None when blank or not (yet) a date: for live checks."""
    try:
        return field.value()
    except DateInputError:
        return None


def section_label(text: str) -> QLabel:
    """A bold heading that spans a form, for grouping its rows."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def parse_number(text: str) -> float | None:
    """A number typed as '52', '52.5', '1,200' or '85%'; None for blank; ValueError otherwise."""
    cleaned = text.strip().removesuffix("%").replace(",", "").strip()
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def parse_numbers(text: str) -> tuple[float, ...]:
    """Numbers separated by commas or semicolons: '40, 42, 45'; ValueError for other text."""
    parts = text.replace(";", ",").split(",")
    return tuple(float(part) for part in (p.strip().removesuffix("%") for p in parts) if part)


def format_number(value: float | None) -> str:
    """52.0 -> '52', 52.5 -> '52.5', None -> ''."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def split_list(text: str) -> tuple[str, ...]:
    """'Math, Science, ' -> ('Math', 'Science')."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def split_lines(text: str) -> tuple[str, ...]:
    """Non-blank lines, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class NumberEdit(QLineEdit):
    """A box for one number or nothing; ``number()`` raises ValueError for other text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(lambda _text: self.changed.emit())

    def number(self) -> float | None:
        """The number typed, or None when blank."""
        return parse_number(self.text())

    def number_or_none(self) -> float | None:
        """The number, or None when blank or not a number (for live checks)."""
        try:
            return self.number()
        except ValueError:
            return None

    def set_number(self, value: float | None) -> None:
        """Show a number, or nothing."""
        self.setText(format_number(value))
