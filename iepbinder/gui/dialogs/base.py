"""The shape every add/edit form shares: fields with in-place messages, Save through the writer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.dateparse import DateInputError
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.conflict import ConflictPanel, VersionedSave, differences
from iepbinder.gui.errors import describe_error, field_errors_of
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.services.errors import ConflictError

DataT = TypeVar("DataT")
# The result code of a dialog closed because the person kept the version saved elsewhere.
CONFLICT_TOOK_THEIRS = 2
ERROR_STYLE = "color: palette(link-visited); font-weight: 600;"


class FieldRow:
    """A field's widget with the message label shown under it when the value is wrong."""

    def __init__(self, name: str, widget: QWidget, error_label: QLabel, label: str = "") -> None:
        self.name, self.widget, self.error_label = name, widget, error_label
        self.label = label

    def show_error(self, message: str | None) -> None:
        """Show (or clear) the message, and say it to screen readers too."""
        self.error_label.setText(f"\u26a0 {message}" if message else "")
        self.error_label.setVisible(bool(message))
        self.widget.setAccessibleDescription(message or "")


class RecordDialog(QDialog, Generic[DataT]):
    """Base of the forms: subclasses add fields, and implement ``collect`` and ``validate``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[DataT], Any],
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.runner, self._save, self.today = runner, save, today
        self.result_value: Any = None
        self.rows: dict[str, FieldRow] = {}
        self._dirty = False
        self._banner = QLabel(self)
        self._banner.setWordWrap(True)
        self._banner.setStyleSheet(ERROR_STYLE)
        self._banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not an (invisible) tab stop of its own
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.conflict = ConflictPanel(self)
        self.conflict.keep_mine.connect(self._on_conflict_keep_mine)
        self.conflict.take_theirs.connect(self._on_conflict_take_theirs)
        self._conflict_version: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.conflict)
        layout.addWidget(self.buttons)

    # Building -------------------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        """Add a labelled field with room for its message; ``hint`` shows as help text."""
        error_label = QLabel()
        error_label.setStyleSheet(ERROR_STYLE)
        error_label.setWordWrap(True)
        error_label.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_font = hint_label.font()
            hint_font.setPointSizeF(hint_font.pointSizeF() * 0.92)
            hint_font.setItalic(True)
            hint_label.setFont(hint_font)
            column.addWidget(hint_label)
        column.addWidget(error_label)
        label_widget = QLabel(label)
        label_widget.setBuddy(widget)
        self.form.addRow(label_widget, holder)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        proxy = widget.focusProxy()  # e.g. a DateField's box: what screen readers land on
        if proxy is not None:
            proxy.setAccessibleName(widget.accessibleName())
        self.rows[name] = FieldRow(name, widget, error_label, label.replace("&", "").rstrip(":"))
        self._watch(widget)
        return widget

    def date_field(self) -> DateField:
        """A date box using this dialog's idea of today."""
        return DateField(self.today)

    def _watch(self, widget: QWidget) -> None:
        for signal_name in (
            "textEdited",
            "textChanged",
            "currentIndexChanged",
            "toggled",
            "valueChanged",
            "changed",
        ):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    # To implement ---------------------------------------------------------------------
    def collect(self) -> DataT:
        """Read the fields into a data record; raise FieldErrors for unreadable values."""
        raise NotImplementedError

    def validate(self, data: DataT) -> list[FieldError]:
        """The domain's checks for this record."""
        raise NotImplementedError

    # Helpers for subclasses -----------------------------------------------------------
    def read_date(self, name: str, errors: list[FieldError]) -> dt.date | None:
        """The date in a DateField, collecting a message instead of raising."""
        widget = self.rows[name].widget
        assert isinstance(widget, DateField)
        try:
            return widget.value()
        except DateInputError as exc:
            errors.append(FieldError(name, str(exc)))
            return None

    # Saving ---------------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each message beside its field and move the focus to the first one."""
        by_field = {error.field: error.message for error in errors}
        for name, row in self.rows.items():
            row.show_error(by_field.get(name))
        stray = [error.message for error in errors if error.field not in self.rows]
        self._show_banner(" ".join(stray) if stray else "")
        first = next((self.rows[e.field] for e in errors if e.field in self.rows), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_banner(self, text: str) -> None:
        self._banner.setText(f"\u26a0 {text}" if text else "")
        self._banner.setVisible(bool(text))

    def _on_buttons_accepted(self) -> None:
        try:
            data = self.collect()
        except FieldErrors as exc:
            self.show_errors(exc.errors)
            return
        errors = self.validate(data)
        if errors:
            self.show_errors(errors)
            return
        self.show_errors([])
        self.buttons.setEnabled(False)
        self.runner.write(lambda: self._save(data), self._on_saved, self._on_save_failed)

    def _on_saved(self, value: Any) -> None:
        self.result_value = value
        self._dirty = False
        self.buttons.setEnabled(True)
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ConflictError) and isinstance(self._save, VersionedSave):
            self._show_conflict(error)
            return
        fields = field_errors_of(error)
        if fields:
            self.show_errors(fields)
        else:
            self._show_banner(describe_error(error))

    def _show_conflict(self, error: ConflictError) -> None:
        try:
            mine = self.collect()
        except FieldErrors as exc:
            self.show_errors(exc.errors)
            return
        rows = differences(mine, error.current) if error.current is not None else []
        labels = {name: row.label for name, row in self.rows.items()}
        self.conflict.show_versions(rows, labels)
        self._conflict_version = error.current_version
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def _on_conflict_keep_mine(self) -> None:
        assert isinstance(self._save, VersionedSave)
        if self._conflict_version is not None:
            self._save.version = self._conflict_version
        self.conflict.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self._on_buttons_accepted()

    def _on_conflict_take_theirs(self) -> None:
        self._dirty = False
        self.conflict.hide()
        self.done(CONFLICT_TOOK_THEIRS)

    def reject(self) -> None:
        """Ask before throwing away typed changes."""
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("You changed this form. Close it without saving?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


class FieldErrors(Exception):
    """Raised by ``collect`` when some fields cannot even be read (e.g. a date that is no date)."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(error.message for error in errors))
        self.errors = errors
