"""The letter's text box with gentle tone hints underlined as you type, and the list of hints."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QTextEdit, QWidget

from iepbinder.domain.letters.tone import ToneHint, tone_hints

HINT_COLOUR = QColor(214, 140, 0)


class LetterBody(QPlainTextEdit):
    """Plain text; words that may read as shouting or blame get a wavy underline (and a list)."""

    hints_changed = Signal(list)  # list[ToneHint]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.hints: list[ToneHint] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check_tone)
        self.textChanged.connect(self._timer.start)

    def check_tone(self) -> None:
        """Find the hints now and underline them."""
        self.hints = tone_hints(self.toPlainText())
        selections = []
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        underline.setUnderlineColor(HINT_COLOUR)
        for hint in self.hints:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(hint.start)
            cursor.setPosition(hint.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = underline
            selections.append(selection)
        self.setExtraSelections(selections)
        self.hints_changed.emit(self.hints)

    def select_hint(self, hint: ToneHint) -> None:
        """Select the words of a hint so they can be retyped."""
        cursor = self.textCursor()
        cursor.setPosition(hint.start)
        cursor.setPosition(min(hint.end, len(self.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)


class NotesList(QListWidget):
    """Short notes under the letter: gaps to fill and tone hints; activating one shows it."""

    def __init__(self, body: LetterBody, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self.setWordWrap(True)
        self.itemActivated.connect(self._on_item_activated)

    def show_notes(self, missing: list[str], hints: list[ToneHint]) -> None:
        """Missing fields first (\u26a0), then tone hints (\u270e)."""
        self.clear()
        for message in missing:
            self.addItem(QListWidgetItem(f"\u26a0 {message}"))
        for hint in hints:
            item = QListWidgetItem(f"\u270e {hint.message}")
            item.setData(Qt.ItemDataRole.UserRole, hint)
            self.addItem(item)
        if not missing and not hints:
            self.addItem(self.tr("\u2713 Every field is filled and the tone reads calm."))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        hint = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(hint, ToneHint):
            self.body.select_hint(hint)
