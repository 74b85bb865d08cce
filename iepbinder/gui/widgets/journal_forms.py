"""The quick forms of the home journal: today's entry, and one accommodation check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from iepbinder.domain.dateparse import DateInputError
from iepbinder.domain.journal import SCALES, AccommodationCheckData, JournalData, Scale
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import ERROR_STYLE
from iepbinder.gui.i18n import word
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.gui.widgets.inputs import EditableCombo, EnumCombo, TextBox
from iepbinder.services.commlog_dto import AccommodationChoice, JournalRow


def scale_combo(scale: Scale) -> EnumCombo[int]:
    """'— not noted —' and each value of a scale with its words."""
    spec = SCALES[scale]
    choices: list[tuple[str, int | None]] = [("\u2014", None)]
    choices += [
        (f"{value} \u2013 {word(spec.words[value - spec.low])}", value)
        for value in range(spec.low, spec.high + 1)
    ]
    combo = EnumCombo[int](choices)
    combo.setAccessibleName(word(spec.title))
    return combo


class _QuickForm(QGroupBox):
    """A titled form with a message line and a Save button (Ctrl+S inside the form)."""

    save_requested = Signal(object)

    def __init__(self, title: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = QFormLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.save_button = QPushButton(save_text, self)
        self.new_button = QPushButton(self.tr("Clear"), self)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.request_save)
        self.save_button.clicked.connect(self.request_save)

    def finish(self) -> None:
        """Add the message line and the buttons under the fields."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        self.form.addRow(self.message)
        self.form.addRow(buttons)

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """One line with every problem (empty hides it)."""
        text = " ".join(error.message for error in errors)
        self.message.setText(f"\u26a0 {text}" if text else "")
        self.message.setVisible(bool(text))

    def request_save(self) -> None:
        """Read the form; emit the data, or show what is wrong."""
        raise NotImplementedError


class JournalForm(_QuickForm):
    """Date, three scales, what the child said and what the parent saw."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How was the day?"), self.tr("Save entry (Ctrl+S)"), parent)
        self.today = today
        self.editing: JournalRow | None = None
        self.day = DateField(today, self)
        self.scales = {scale: scale_combo(scale) for scale in Scale}
        self.child_said = TextBox(2)
        self.parent_saw = TextBox(2)
        self.form.addRow(self.tr("&Date"), self.day)
        labels = {
            Scale.MOOD: self.tr("&Mood"),
            Scale.STRESS: self.tr("S&tress"),
            Scale.SCHOOL_REFUSAL: self.tr("School re&fusal"),
        }
        for scale, combo in self.scales.items():
            self.form.addRow(labels[scale], combo)
        self.form.addRow(self.tr("What your child &said"), self.child_said)
        self.form.addRow(self.tr("What you sa&w"), self.parent_saw)
        self.child_said.setAccessibleName(self.tr("What your child said"))
        self.parent_saw.setAccessibleName(self.tr("What you saw"))
        self.finish()
        self.new_button.clicked.connect(self.clear)
        self.clear()

    def clear(self) -> None:
        """A new entry for today."""
        self.editing = None
        self.day.set_value(self.today())
        for combo in self.scales.values():
            combo.setCurrentIndex(0)
        self.child_said.set_text("")
        self.parent_saw.set_text("")
        self.show_errors([])
        self.save_button.setText(self.tr("Save entry (Ctrl+S)"))

    def edit(self, row: JournalRow) -> None:
        """Load an entry to change it."""
        self.editing = row
        data = row.data
        self.day.set_value(data.day)
        for scale, combo in self.scales.items():
            combo.set_value(data.value(scale))
        self.child_said.set_text(data.child_said)
        self.parent_saw.set_text(data.parent_saw)
        self.save_button.setText(self.tr("Save changes (Ctrl+S)"))
        self.day.setFocus()

    def request_save(self) -> None:
        """Emit the JournalData typed (validation happens in the service too)."""
        try:
            day = self.day.value()
        except DateInputError as exc:
            self.show_errors([FieldError("day", str(exc))])
            return
        if day is None:
            self.show_errors([FieldError("day", self.tr("Give the date."))])
            return
        self.save_requested.emit(
            JournalData(
                day=day,
                mood=self.scales[Scale.MOOD].value(),
                stress=self.scales[Scale.STRESS].value(),
                school_refusal=self.scales[Scale.SCHOOL_REFUSAL].value(),
                child_said=self.child_said.text(),
                parent_saw=self.parent_saw.text(),
            )
        )


class CheckForm(_QuickForm):
    """This accommodation, in this class, on this day: provided or not."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Accommodation check"), self.tr("Save check (Ctrl+S)"), parent)
        self.today = today
        self.choices: list[AccommodationChoice] = []
        self.day = DateField(today, self)
        self.accommodation = QComboBox(self)
        self.accommodation.setAccessibleName(self.tr("Accommodation"))
        self.accommodation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.accommodation.setMinimumContentsLength(24)
        self.class_name = EditableCombo([], self)
        self.class_name.setAccessibleName(self.tr("Class"))
        self.provided = QRadioButton(self.tr("&Provided"), self)
        self.not_provided = QRadioButton(self.tr("&Not provided"), self)
        group = QButtonGroup(self)
        group.addButton(self.provided)
        group.addButton(self.not_provided)
        answer = QHBoxLayout()
        answer.addWidget(self.provided)
        answer.addWidget(self.not_provided)
        answer.addStretch(1)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("D&ate"), self.day)
        self.form.addRow(self.tr("A&ccommodation"), self.accommodation)
        self.form.addRow(self.tr("C&lass"), self.class_name)
        self.form.addRow(self.tr("Was it given?"), answer)
        self.form.addRow(self.tr("N&ote"), self.note)
        self.finish()
        self.accommodation.currentIndexChanged.connect(self._on_accommodation_changed)
        self.new_button.clicked.connect(self.clear)
        self.clear()

    def set_choices(self, choices: Sequence[AccommodationChoice]) -> None:
        """The current IEP's accommodations."""
        self.choices = list(choices)
        self.accommodation.blockSignals(True)
        self.accommodation.clear()
        for choice in self.choices:
            short = choice.text if len(choice.text) <= 60 else choice.text[:57] + "..."
            self.accommodation.addItem(short, choice.id)
            self.accommodation.setItemData(
                self.accommodation.count() - 1, choice.text, Qt.ItemDataRole.ToolTipRole
            )
        self.accommodation.blockSignals(False)
        self._on_accommodation_changed()

    def _on_accommodation_changed(self, *_args: object) -> None:
        index = self.accommodation.currentIndex()
        classes = self.choices[index].classes if 0 <= index < len(self.choices) else ()
        self.class_name.clear()
        self.class_name.addItems(list(classes))
        self.class_name.setCurrentIndex(0 if classes else -1)

    def clear(self) -> None:
        """A new check for today."""
        self.day.set_value(self.today())
        self.note.clear()
        self.not_provided.setChecked(True)
        self.show_errors([])

    def request_save(self) -> None:
        """Emit the AccommodationCheckData typed."""
        try:
            day = self.day.value()
        except DateInputError as exc:
            self.show_errors([FieldError("day", str(exc))])
            return
        index = self.accommodation.currentIndex()
        if day is None or not 0 <= index < len(self.choices):
            self.show_errors([FieldError("day", self.tr("Give the date and the accommodation."))])
            return
        choice = self.choices[index]
        self.save_requested.emit(
            AccommodationCheckData(
                day=day,
                accommodation_text=choice.text,
                class_name=self.class_name.currentText().strip(),
                provided=self.provided.isChecked(),
                accommodation_id=choice.id,
                note=self.note.text().strip(),
            )
        )
