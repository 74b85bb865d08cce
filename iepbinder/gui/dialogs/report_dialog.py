"""The progress-report editor: period and dates, the report's text, and an entry per goal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.progress_records import (
    PassageData,
    ProgressReportData,
    ReportInput,
    validate_report,
)
from iepbinder.domain.progress_words import goal_name
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.dialogs.report_text import GoalEntryBox, ReportTextEdit
from iepbinder.gui.errors import describe_error
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.document_picker import DocumentPicker
from iepbinder.services.document_dto import DocumentRef
from iepbinder.services.progress_dto import ReportDetail


class PdfText(Protocol):
    """The text taken from a PDF (the service's ReportPdfText fits)."""

    @property
    def text(self) -> str: ...
    @property
    def page_count(self) -> int: ...


ReadPdf = Callable[[bytes, str], PdfText]


class ReportDialog(RecordDialog[ReportInput]):
    """Add or edit a progress report; passages of its text are assigned to goals."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[ReportInput], Any],
        today: Callable[[], dt.date],
        data: ReportDetail,
        read_pdf: ReadPdf,
        documents: Sequence[DocumentRef] = (),
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self._read_pdf = read_pdf
        self.document = DocumentPicker(documents, data.report.data.document_id)
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("e.g. Quarter 1, 2026\u201327"))
        self.add_field("period", self.tr("&Reporting period"), self.period)
        self.dates = {
            "period_end": self.date_field(),
            "expected_date": self.date_field(),
            "received_date": self.date_field(),
        }
        self.add_field("period_end", self.tr("Period &ends"), self.dates["period_end"])
        self.add_field(
            "expected_date",
            self.tr("E&xpected by"),
            self.dates["expected_date"],
            self.tr("From the IEP's reporting schedule (a missing report is flagged 14 days on)."),
        )
        self.add_field(
            "received_date",
            self.tr("Re&ceived on"),
            self.dates["received_date"],
            self.tr("Leave blank while the report has not come."),
        )
        self.add_field(
            "document_id",
            self.tr("The report in the &binder"),
            self.document,
            self.tr("The report's PDF or email among the documents, once it is filed."),
        )
        self.form.addRow(self._build_editor(data))
        self._fill(data)
        self._dirty = False
        self.resize(1120, 720)
        self.period.setFocus()

    # Building -------------------------------------------------------------------------
    def _build_editor(self, data: ReportDetail) -> QWidget:
        self.text = ReportTextEdit()
        self.text.setAccessibleName(self.tr("Report text"))
        self.text.setPlaceholderText(
            self.tr(
                "Type or paste the report's words here, or drop the report's PDF on this box. "
                "Then select what it says about a goal and assign it."
            )
        )
        self.text.pdf_dropped.connect(self.take_pdf_text)
        self.pdf_button = QPushButton(self.tr("Take text from a &PDF..."))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.goal_choice = QComboBox()
        self.goal_choice.setAccessibleName(self.tr("Goal to assign the selected text to"))
        self.assign_button = QPushButton(self.tr("&Assign selected text to"))
        self.assign_button.clicked.connect(self.assign_selection)
        self.text_status = QLabel()
        self.text_status.setWordWrap(True)
        assign = QHBoxLayout()
        assign.addWidget(self.assign_button)
        assign.addWidget(self.goal_choice, 1)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(QLabel(self.tr("Report text")))
        left_column.addWidget(self.text, 1)
        left_column.addWidget(self.text_status)
        left_column.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_column.addLayout(assign)
        self.boxes: list[GoalEntryBox] = []
        entries = QWidget()
        entries_column = QVBoxLayout(entries)
        unit_of = {goal.id: goal.data.unit for goal in data.goals}
        for goal in data.goals:
            name = goal_name(goal.data)
            box = GoalEntryBox(goal.id, name, unit_of[goal.id])
            self.boxes.append(box)
            entries_column.addWidget(box)
            self.goal_choice.addItem(name, goal.id)
            self._watch(box.status)
            self._watch(box.value)
            self._watch(box.narrative)
        if not data.goals:
            entries_column.addWidget(QLabel(self.tr("This IEP has no goals entered yet.")))
        entries_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(entries)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([520, 560])
        splitter.setMinimumHeight(430)
        self.passages: list[PassageData] = []
        return splitter

    def _fill(self, data: ReportDetail) -> None:
        report = data.report.data
        self.period.setText(report.period)
        for name, field in self.dates.items():
            field.set_value(getattr(report, name))
        self.text.setPlainText(report.source_text)
        for box in self.boxes:
            stored = data.entry_for(box.goal_id)
            box.set_entry(stored.data if stored else None)
        self.passages = [p.data for p in data.passages]
        self.text.show_passages(self.passages)
        self._watch(self.text)

    # Acting ---------------------------------------------------------------------------
    def assign_selection(self) -> None:
        """Add the selected text to the chosen goal's entry and remember the passage."""
        cursor = self.text.textCursor()
        chosen = self.goal_choice.currentData()
        if not cursor.hasSelection() or chosen is None:
            self.text_status.setText(self.tr("Select some of the report's text first."))
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        words = cursor.selectedText().replace("\u2029", "\n").strip()
        box = next(box for box in self.boxes if box.goal_id == chosen)
        box.append_passage(words)
        self.passages.append(PassageData(int(chosen), start, end, words))
        self.text.show_passages(self.passages)
        self.text_status.setText(
            self.tr("Assigned to {goal}.").format(goal=self.goal_choice.currentText())
        )
        self._mark_dirty()

    def take_pdf_text(self, path: Path) -> None:
        """Read a PDF's text in the background and put it in the report text box."""
        self.text_status.setText(self.tr("Reading {name}...").format(name=path.name))

        def done(result: PdfText) -> None:
            self.text.setPlainText(result.text)
            self.passages = []
            self.text.show_passages([])
            self.text_status.setText(
                self.tr("Took the text of {name} ({n} page(s)). Check it against the PDF.").format(
                    name=path.name, n=result.page_count
                )
            )
            self._mark_dirty()

        def failed(error: Exception) -> None:
            self.text_status.setText(f"\u26a0 {describe_error(error)}")

        self.runner.read(lambda: self._read_pdf(path.read_bytes(), path.name), done, failed)

    def _choose_pdf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Progress report PDF"), "", self.tr("PDF files (*.pdf)")
        )
        if name:
            self.take_pdf_text(Path(name))

    # Saving ---------------------------------------------------------------------------
    def collect(self) -> ReportInput:
        """The report, an entry per goal and the assigned passages."""
        errors: list[FieldError] = []
        dates = {name: self.read_date(name, errors) for name in self.dates}
        entries = []
        for box in self.boxes:
            try:
                entries.append(box.entry())
            except ValueError:
                message = self.tr("The reported value for {goal} is not a number.").format(
                    goal=box.title()
                )
                errors.append(FieldError("entries", message))
        if errors:
            raise FieldErrors(errors)
        report = ProgressReportData(
            self.period.text().strip(),
            dates["period_end"],
            dates["expected_date"],
            dates["received_date"],
            self.text.toPlainText(),
            document_id=self.document.value(),
        )
        return ReportInput(report, tuple(entries), tuple(self.passages))

    def validate(self, data: ReportInput) -> list[FieldError]:
        """A period name; no received date in the future."""
        return validate_report(data.report, self.today())
