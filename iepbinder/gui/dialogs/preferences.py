"""Edit > Preferences: the program's language, light or dark look, and text size."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iepbinder.gui.appearance import (
    Preferences,
    apply_preferences,
    load_preferences,
    save_preferences,
)


def _combo(parent: QWidget, items: list[tuple[str, str]], current: str, name: str) -> QComboBox:
    combo = QComboBox(parent)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.setAccessibleName(name)
    return combo


class PreferencesDialog(QDialog):
    """Choices that belong to this computer, not to a binder; OK applies and stores them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(440)
        self.started_with = load_preferences()
        current = self.started_with
        self.language = _combo(
            self,
            [
                (self.tr("Same as the system"), "system"),
                ("English", "en"),
                ("Espa\u00f1ol", "es"),
            ],
            current.language,
            self.tr("Language"),
        )
        self.appearance = _combo(
            self,
            [
                (self.tr("Same as the system"), "system"),
                (self.tr("Light"), "light"),
                (self.tr("Dark"), "dark"),
            ],
            current.appearance,
            self.tr("Appearance"),
        )
        self.text_size = _combo(
            self,
            [(self.tr("Same as the system"), "system"), (self.tr("Larger"), "larger")],
            current.text_size,
            self.tr("Text size"),
        )
        self.language_note = QLabel(
            self.tr("A new language takes effect when you next open IEP Binder."), self
        )
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._show_language_note)
        self._show_language_note()
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Appearance:"), self.appearance)
        form.addRow(self.tr("&Text size:"), self.text_size)
        note = QLabel(
            self.tr(
                "These choices belong to this computer. The rules a binder follows (days to "
                "respond, reminders) are kept in the binder itself."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen(self) -> Preferences:
        """The preferences as the dialog shows them."""
        return Preferences(
            language=str(self.language.currentData()),
            appearance=str(self.appearance.currentData()),
            text_size=str(self.text_size.currentData()),
        )

    def _show_language_note(self) -> None:
        self.language_note.setVisible(self.language.currentData() != self.started_with.language)

    def accept(self) -> None:
        """Store the choices and apply the look and text size at once."""
        chosen = self.chosen()
        save_preferences(chosen)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_preferences(app, chosen)
        super().accept()
