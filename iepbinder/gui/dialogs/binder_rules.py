"""Edit > Binder rules: every [CONFIG] choice of DOMAIN.md, its default, its source, a reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.base import ERROR_STYLE
from iepbinder.gui.dialogs.binder_rules_text import (
    area_titles,
    choice_label,
    rule_words,
    tr,
    value_words,
)
from iepbinder.gui.errors import describe_error, field_errors_of
from iepbinder.gui.widgets.inputs import TextBox, on_any_change, split_lines
from iepbinder.services.binder_rules import RULES, BinderRule, RuleArea, RuleKind
from iepbinder.services.changes import Changes


class RuleEditor:
    """One rule's row: the input, its default, the reset button and the message line."""

    def __init__(self, rule: BinderRule, parent: QWidget) -> None:
        self.rule = rule
        self.widget = _make_input(rule, parent)
        self.reset_button = QPushButton(tr("Reset"), parent)
        self.message = QLabel(parent)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.reset_button.clicked.connect(lambda: self.set_value(rule.default))
        on_any_change(self.widget, self._show_reset)

    def value(self) -> Any:
        """The value the input shows, in the stored form (lists, fractions, choice values)."""
        kind, widget = self.rule.kind, self.widget
        if kind is RuleKind.YES_NO:
            return widget.isChecked()  # type: ignore[attr-defined]
        if kind is RuleKind.SHARE:
            return round(widget.value() / 100, 4)  # type: ignore[attr-defined]
        if kind in (RuleKind.WHOLE, RuleKind.DECIMAL):
            return widget.value()  # type: ignore[attr-defined]
        if kind is RuleKind.CHOICE:
            return self.rule.choices[widget.currentIndex()]  # type: ignore[attr-defined]
        if kind is RuleKind.NUMBERS:
            text = widget.text().replace(";", ",")  # type: ignore[attr-defined]
            return [_whole(part) for part in text.split(",") if part.strip()]
        return list(split_lines(widget.text()))  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        """Show a stored value in the input."""
        kind, widget = self.rule.kind, self.widget
        if kind is RuleKind.YES_NO:
            widget.setChecked(bool(value))  # type: ignore[attr-defined]
        elif kind is RuleKind.SHARE:
            widget.setValue(round(float(value) * 100))  # type: ignore[attr-defined]
        elif kind in (RuleKind.WHOLE, RuleKind.DECIMAL):
            widget.setValue(value)  # type: ignore[attr-defined]
        elif kind is RuleKind.CHOICE:
            choices = self.rule.choices
            widget.setCurrentIndex(choices.index(value) if value in choices else 0)  # type: ignore[attr-defined]
        elif kind is RuleKind.NUMBERS:
            widget.setText(", ".join(str(v) for v in value))  # type: ignore[attr-defined]
        else:
            widget.set_text("\n".join(value))  # type: ignore[attr-defined]
        self._show_reset()

    def is_default(self) -> bool:
        """True when the input shows DOMAIN.md's default."""
        try:
            return bool(self.rule.check(self.value()) == self.rule.check(self.rule.default))
        except (TypeError, ValueError):
            return False

    def show_error(self, message: str | None) -> None:
        """Show (or clear) the message under the row."""
        self.message.setText(f"\u26a0 {message}" if message else "")
        self.message.setVisible(bool(message))
        self.widget.setAccessibleDescription(message or "")

    def _show_reset(self) -> None:
        self.reset_button.setEnabled(not self.is_default())


def _whole(text: str) -> Any:
    try:
        return int(text.strip())
    except ValueError:
        return text.strip()  # the service names it as not a number


def _make_input(rule: BinderRule, parent: QWidget) -> QWidget:
    kind = rule.kind
    if kind is RuleKind.YES_NO:
        return QCheckBox(tr("Yes"), parent)
    if kind is RuleKind.WHOLE:
        spin = QSpinBox(parent)
        spin.setRange(int(rule.low), int(rule.high))
        return spin
    if kind is RuleKind.SHARE:
        spin = QSpinBox(parent)
        spin.setRange(round(rule.low * 100), round(rule.high * 100))
        spin.setSuffix(" %")
        return spin
    if kind is RuleKind.DECIMAL:
        number = QDoubleSpinBox(parent)
        number.setRange(rule.low, rule.high)
        number.setDecimals(2)
        number.setSingleStep(0.05)
        return number
    if kind is RuleKind.CHOICE:
        combo = QComboBox(parent)
        for choice in rule.choices:
            combo.addItem(choice_label(rule, choice))
        return combo
    if kind is RuleKind.NUMBERS:
        return QLineEdit(parent)
    return TextBox(5, parent)


class BinderRulesDialog(QDialog):
    """One tab per area; each rule with its input, DOMAIN.md default, source and reset."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Binder rules"))
        self.setModal(True)
        self.editors: dict[str, RuleEditor] = {}
        intro = QLabel(
            self.tr(
                "These are the choices the binder's figures rest on. Each starts at the "
                "default of the program's rule guide (DOMAIN.md); states and IEPs may differ. "
                "Alert levels are the program's suggestions, not legal thresholds."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        titles = area_titles()
        for area in RuleArea:
            self.tabs.addTab(self._area_page(area), titles[area])
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.reset_all_button = self.buttons.addButton(
            self.tr("Reset &all to defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_all_button.clicked.connect(self.reset_all)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(980, 640)
        if context.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.reset_all_button.setEnabled(False)
        self.context.runner.read(self.context.services.rules.values, self.show_values, self._failed)

    def _area_page(self, area: RuleArea) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        words = rule_words()
        for column, text in enumerate(
            (self.tr("Rule"), self.tr("Value"), self.tr("Default (source)"), "")
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>", body), 0, column)
        row = 1
        for rule in (r for r in RULES if r.area is area):
            label_text, help_text = words[rule.key]
            editor = RuleEditor(rule, body)
            self.editors[rule.key] = editor
            label = QLabel(label_text, body)
            label.setWordWrap(True)
            label.setBuddy(editor.widget)
            tip = f"{help_text}\n{self.tr('Source')}: {rule.source}"
            for widget in (label, editor.widget):
                widget.setToolTip(tip)
            editor.widget.setAccessibleName(label_text)
            editor.widget.setAccessibleDescription(help_text)
            default = QLabel(f"{value_words(rule, rule.default)}  ({rule.source})", body)
            default.setWordWrap(True)
            default.setToolTip(tip)
            editor.reset_button.setAccessibleName(self.tr("Reset to default: %s") % label_text)
            editor.reset_button.setToolTip(self.tr("Back to the default"))
            grid.addWidget(label, row, 0)
            grid.addWidget(editor.widget, row, 1)
            grid.addWidget(default, row, 2)
            grid.addWidget(editor.reset_button, row, 3)
            grid.addWidget(editor.message, row + 1, 1, 1, 3)
            row += 2
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        return scroll

    def show_values(self, values: dict[str, Any]) -> None:
        """Fill every input from the binder's current values."""
        for key, value in values.items():
            self.editors[key].set_value(value)

    def values(self) -> dict[str, Any]:
        """What every input shows."""
        return {key: editor.value() for key, editor in self.editors.items()}

    def reset_all(self) -> None:
        """Every input back to DOMAIN.md's default (saved with Save)."""
        for editor in self.editors.values():
            editor.set_value(editor.rule.default)

    def save(self) -> None:
        """Store every rule in one go; a wrong value is named under its row."""
        for editor in self.editors.values():
            editor.show_error(None)
        self.banner.hide()
        values = self.values()
        self.buttons.setEnabled(False)
        self.context.runner.write(
            lambda: self.context.services.rules.save(values), self._saved, self._failed
        )

    def _saved(self, changes: Changes) -> None:
        self.buttons.setEnabled(True)
        self.context.bus.publish(changes, self)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        problems = field_errors_of(error)
        for problem in problems:
            editor = self.editors.get(problem.field)
            if editor is not None:
                editor.show_error(problem.message)
                self.tabs.setCurrentIndex(list(RuleArea).index(editor.rule.area))
        if not problems:
            self.banner.setText("\u26a0 " + describe_error(error))
            self.banner.show()


def binder_rules_action(window: QWidget, context: Callable[[], AppContext | None]) -> QAction:
    """Edit > Binder rules...: opens the dialog for the window's current binder (if any)."""
    action = QAction(window.tr("Binder &rules..."), window)
    action.setToolTip(window.tr("The choices behind the ledger, alerts, deadlines and graphs"))

    def open_dialog() -> None:
        current = context()
        if current is None:
            return
        dialog = BinderRulesDialog(current, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action
