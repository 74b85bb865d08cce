"""Prepare meeting packet: choose the meeting and the dates covered, then preview or save it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.dateparse import DateInputError
from iepbinder.domain.types import PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.errors import describe_error
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.services.meetings import MeetingRow
from iepbinder.services.pages import RenderedPdf


class PacketDialog(QDialog):
    """The packet's meeting and date range, with Preview and print... and Export PDF..."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, child_id: int, meetings: list[MeetingRow]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare meeting packet"))
        self.context, self.child_id = context, child_id
        self.preview: QDialog | None = None
        self.meeting = QComboBox(self)
        for meeting in meetings:
            self.meeting.addItem(meeting.label, meeting.data.meeting_date)
        self.start = DateField(context.today, self)
        self.end = DateField(context.today, self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        meeting_label = QLabel(self.tr("&Meeting:"), self)
        meeting_label.setBuddy(self.meeting)
        form.addRow(meeting_label, self.meeting)
        for label, field in ((self.tr("&From:"), self.start), (self.tr("&To:"), self.end)):
            text = QLabel(label, self)
            text.setBuddy(field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(text, field)
        note = QLabel(self.tr(
            "One PDF: a cover, the IEP at a glance, the service-delivery summary for these "
            "dates, the goals' graphs, your concerns outline, questions and a notes page."
        ), self)  # fmt: skip
        note.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Preview and print..."), self)
        self.export_button = QPushButton(self.tr("&Export PDF..."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.meeting.currentIndexChanged.connect(self._fill_range)
        self.preview_button.clicked.connect(self.show_preview)
        self.export_button.clicked.connect(self._choose_file)
        self._fill_range()

    def _fill_range(self, *_args: object) -> None:
        day = self.meeting.currentData()
        if isinstance(day, dt.date):
            start, end = self.context.services.packets.default_range(self.child_id, day)
            self.start.set_value(start)
            self.end.set_value(end)

    def _render(self, paper: PaperSize) -> RenderedPdf:
        day = self.meeting.currentData()
        if not isinstance(day, dt.date):
            raise ValueError(self.tr("Add the meeting first (Today tab: Add meeting...)."))
        start, end = self.start.value(), self.end.value()
        return self.context.services.packets.packet_pdf(self.child_id, day, start, end, paper)

    def _checked(self) -> bool:
        try:
            start, end = self.start.value(), self.end.value()
        except DateInputError as exc:
            self.status.setText(str(exc))
            return False
        if start is not None and end is not None and end < start:
            self.status.setText(self.tr("The last day covered is before the first."))
            return False
        return True

    def show_preview(self) -> None:
        """Build the packet in the background, then open the print preview."""
        if not self._checked():
            return
        from iepbinder.gui.print_preview import PrintPreviewDialog

        self.status.setText(self.tr("Preparing the packet..."))

        def show(pdf: RenderedPdf) -> None:
            self.status.setText(self.tr("{n} pages.").format(n=pdf.page_count))
            title = self.tr("Meeting packet \u2013 {meeting}").format(
                meeting=self.meeting.currentText()
            )
            dialog = PrintPreviewDialog(self, title, pdf, self._render, self.context.runner)
            self.preview = dialog
            dialog.open()

        self.context.runner.read(lambda: self._render(PaperSize.LETTER), show, self._failed)

    def _choose_file(self) -> None:
        if not self._checked():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(Path.home() / self.tr("Meeting packet.pdf")),
            self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        """Build the packet and save it to ``target`` (atomically)."""
        if not self._checked():
            return

        def work() -> Path:
            self.context.services.pages.save(target, self._render(PaperSize.LETTER).content)
            return target

        self.status.setText(self.tr("Preparing the packet..."))
        self.context.runner.read(
            work,
            lambda saved: self.status.setText(self.tr("Saved {file}.").format(file=saved)),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        self.status.setText(describe_error(error))
