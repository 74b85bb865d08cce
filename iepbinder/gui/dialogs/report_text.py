"""The report editor's parts: the report's text (typed, pasted, dropped PDF), a box per goal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from iepbinder.domain.progress_records import (
    STATUS_WORDS,
    PassageData,
    ReportEntryData,
    ReportStatus,
)
from iepbinder.gui.appearance import is_dark
from iepbinder.gui.widgets.inputs import EnumCombo, NumberEdit, TextBox

PASSAGE_TINT = "#FFF1B8"  # a pale yellow; in a dark scheme a deep amber (the text stays light)
PASSAGE_TINT_DARK = "#5C4A0E"


def dropped_pdf(source: QMimeData) -> Path | None:
    """The first local PDF file among dropped or pasted URLs."""
    if not source.hasUrls():
        return None
    for url in source.urls():
        path = Path(url.toLocalFile()) if url.isLocalFile() else None
        if path is not None and path.suffix.lower() == ".pdf":
            return path
    return None


class ReportTextEdit(QPlainTextEdit):
    """The report's words: type or paste them, or drop the report's PDF to take its text."""

    pdf_dropped = Signal(object)  # the Path of the dropped PDF

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt API
        return dropped_pdf(source) is not None or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        path = dropped_pdf(source)
        if path is not None:
            self.pdf_dropped.emit(path)
            return
        super().insertFromMimeData(source)

    def show_passages(self, passages: list[PassageData]) -> None:
        """Tint the passages already assigned to a goal (the goal's box also holds the words)."""
        selections = []
        length = len(self.toPlainText())
        for passage in passages:
            if passage.end > length:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(passage.start)
            cursor.setPosition(passage.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(PASSAGE_TINT_DARK if is_dark() else PASSAGE_TINT))
            fmt.setFontUnderline(True)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)


class GoalEntryBox(QGroupBox):
    """What the report says about one goal: the status box, a number, and the words."""

    def __init__(self, goal_id: int, name: str, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.goal_id = goal_id
        self.status = EnumCombo([(self.tr(STATUS_WORDS[s]), s) for s in ReportStatus])
        self.value = NumberEdit()
        self.value.setPlaceholderText(self.tr("the number the report gives, if any"))
        self.narrative = TextBox(4)
        self.narrative.setPlaceholderText(
            self.tr("Type the report's words here, or assign them from the report's text.")
        )
        form = QFormLayout(self)
        form.addRow(self._label(self.tr("Status &box"), self.status), self.status)
        value_label = (
            self.tr("Reported &value ({unit})").format(unit=unit)
            if unit
            else self.tr("Reported &value")
        )
        form.addRow(self._label(value_label, self.value), self.value)
        form.addRow(self._label(self.tr("&What it says"), self.narrative), self.narrative)
        for widget in (self.status, self.value, self.narrative):
            widget.setAccessibleDescription(name)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        return label

    def set_entry(self, entry: ReportEntryData | None) -> None:
        """Show what is stored for the goal."""
        if entry is None:
            return
        self.status.set_value(entry.status)
        self.value.set_number(entry.reported_value)
        self.narrative.set_text(entry.narrative)

    def append_passage(self, text: str) -> None:
        """Add an assigned passage to the goal's words."""
        current = self.narrative.toPlainText().rstrip()
        self.narrative.setPlainText(f"{current}\n{text}".strip() if current else text.strip())

    def entry(self) -> ReportEntryData:
        """The entry as typed (raises ValueError for a value that is not a number)."""
        status = self.status.value() or ReportStatus.NONE
        return ReportEntryData(self.goal_id, status, self.narrative.text(), self.value.number())
