"""The top of the At a glance tab: who the child is, which IEP, and its key dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.dateparse import format_date
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP
from iepbinder.services.dto import ChildRow, IepRow


def _age(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class ChildCard(QFrame):
    """Name in large type, then the school facts, with an Edit button."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit &child..."), self)
        self.edit_button.clicked.connect(self.edit_requested)
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts_label)
        layout.addStretch(1)

    def show_child(self, child: ChildRow, today: dt.date) -> None:
        """Fill in the child's name and facts."""
        data = child.data
        self.name_label.setText(child.display_name)
        lines = []
        if data.date_of_birth:
            lines.append(
                self.tr("Born {date} (age {age})").format(
                    date=format_date(data.date_of_birth), age=_age(data.date_of_birth, today)
                )
            )
        school = ", ".join(
            part
            for part in (
                data.school,
                self.tr("grade {grade}").format(grade=data.grade) if data.grade else "",
                data.district,
            )
            if part
        )
        if school:
            lines.append(school)
        if data.eligibility:
            lines.append(self.tr("Eligibility: {text}").format(text=data.eligibility))
        if data.primary_language:
            lines.append(self.tr("Languages: {text}").format(text=data.primary_language))
        self.facts_label.setText("\n".join(lines))


class PlanCard(QFrame):
    """Which IEP is shown, its dates with how far away they are, and what to do with it."""

    plan_chosen = Signal(int)
    edit_requested = Signal()
    amend_requested = Signal()
    new_requested = Signal()
    trash_requested = Signal()

    DATE_FIELDS = (
        ("meeting_date", QT_TRANSLATE_NOOP("PlanCard", "IEP meeting")),
        ("consent_date", QT_TRANSLATE_NOOP("PlanCard", "Parent consent")),
        ("start_date", QT_TRANSLATE_NOOP("PlanCard", "Starts")),
        ("end_date", QT_TRANSLATE_NOOP("PlanCard", "Ends")),
        ("annual_review_due", QT_TRANSLATE_NOOP("PlanCard", "Annual review due")),
        ("reevaluation_due", QT_TRANSLATE_NOOP("PlanCard", "Re-evaluation due")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.plan_combo = QComboBox(self)
        self.plan_combo.setAccessibleName(self.tr("IEP shown"))
        self.plan_combo.activated.connect(self._on_plan_combo_activated)
        chooser_label = QLabel(self.tr("&IEP:"), self)
        chooser_label.setBuddy(self.plan_combo)
        self.amends_label = QLabel(self)
        self.amends_label.setWordWrap(True)
        self.date_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, (name, label) in enumerate(self.DATE_FIELDS):
            grid.addWidget(QLabel(self.tr(label) + ":", self), row // 2, (row % 2) * 2)
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, row // 2, (row % 2) * 2 + 1)
            self.date_labels[name] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.edit_button = QPushButton(self.tr("Edit &dates..."), self)
        self.amend_button = QPushButton(self.tr("A&mend..."), self)
        self.amend_button.setToolTip(
            self.tr("Record an amendment: a new dated plan; this one stays as it was.")
        )
        self.new_button = QPushButton(self.tr("&New IEP..."), self)
        self.trash_button = QPushButton(self.tr("Move IEP to trash"), self)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.amend_button, self.new_button, self.trash_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.edit_button.clicked.connect(self.edit_requested)
        self.amend_button.clicked.connect(self.amend_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.trash_button.clicked.connect(self.trash_requested)
        chooser = QHBoxLayout()
        chooser.addWidget(chooser_label)
        chooser.addWidget(self.plan_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.amends_label)
        layout.addLayout(grid)
        layout.addLayout(buttons)

    def show_plans(self, plans: tuple[IepRow, ...], plan: IepRow, today: dt.date) -> None:
        """List the plans and show the dates of the chosen one."""
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for item in plans:
            self.plan_combo.addItem(item.label, item.id)
        self.plan_combo.setCurrentIndex(self.plan_combo.findData(plan.id))
        self.plan_combo.blockSignals(False)
        amended = next((p for p in plans if p.id == plan.amends_id), None)
        self.amends_label.setText(
            self.tr("Amends: {label}").format(label=amended.label) if amended else ""
        )
        self.amends_label.setVisible(amended is not None)
        for name, label in self.date_labels.items():
            day = getattr(plan.data, name)
            label.setText(self._date_text(name, day, today))

    def _date_text(self, name: str, day: dt.date | None, today: dt.date) -> str:
        if day is None:
            return "\u2014"
        text = format_date(day)
        if name in ("annual_review_due", "reevaluation_due", "end_date"):
            days = (day - today).days
            if days > 0:
                text += " " + self.tr("(in {n} days)").format(n=days)
            elif days < 0:
                text += " " + self.tr("(\u26a0 passed {n} days ago)").format(n=-days)
            else:
                text += " " + self.tr("(today)")
        return text

    def set_editable(self, editable: bool) -> None:
        """Hide the buttons that change data for read-only binders."""
        for button in (self.edit_button, self.amend_button, self.new_button, self.trash_button):
            button.setVisible(editable)

    def _on_plan_combo_activated(self, index: int) -> None:
        plan_id = self.plan_combo.itemData(index)
        if plan_id is not None:
            self.plan_chosen.emit(int(plan_id))
