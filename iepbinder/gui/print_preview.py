"""Print preview: the PDF shown with QtPdf, a paper size choice, and printing through QPrinter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.types import PaperSize
from iepbinder.gui.errors import describe_error
from iepbinder.gui.tasks import Runner
from iepbinder.services.pages import RenderedPdf

PRINT_DPI = 300  # sharp on paper, and a page image of a few megabytes rather than hundreds


def print_pdf_document(document: QPdfDocument, printer: QPagedPaintDevice) -> int:
    """Draw every page onto a printer (or a PDF writer); returns the number of pages drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate("PrintPreviewDialog", "The printer could not be started.")
        )
    try:
        target = printer.pageLayout().paintRectPixels(printer.logicalDpiX())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            area = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
            pixels = QSize(
                int(points.width() * PRINT_DPI / 72), int(points.height() * PRINT_DPI / 72)
            )
            painter.drawImage(area, document.render(page, pixels.boundedTo(area.size())))
    finally:
        painter.end()
    return document.pageCount()


class PrintPreviewDialog(QDialog):
    """Shows what will print; Letter or A4; Print... opens the system's print dialog."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        pdf: RenderedPdf,
        render: Callable[[PaperSize], RenderedPdf],
        runner: Runner,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview \u2013 {title}").format(title=title))
        self.resize(900, 1000)
        self._render, self._runner = render, runner
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("US Letter"), PaperSize.LETTER)
        self.paper.addItem(self.tr("A4"), PaperSize.A4)
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        paper_label = QLabel(self.tr("&Paper:"), self)
        paper_label.setBuddy(self.paper)
        self.status = QLabel(self)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.reject)
        controls = QHBoxLayout()
        controls.addWidget(paper_label)
        controls.addWidget(self.paper)
        controls.addWidget(self.status, 1)
        controls.addWidget(self.print_button)
        controls.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        self.show_pdf(pdf)

    def show_pdf(self, pdf: RenderedPdf) -> None:
        """Load a rendered PDF into the view."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf.content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.document.pageCount()
        self.status.setText(self.tr("{n} page(s)").format(n=pages))

    def _on_paper_changed(self, _index: int) -> None:
        paper = PaperSize(self.paper.currentData())
        self.status.setText(self.tr("Preparing..."))
        self._runner.read(
            lambda: self._render(paper),
            self.show_pdf,
            lambda error: self.status.setText(describe_error(error)),
        )

    def print_document(self) -> None:
        """Ask which printer, then print every page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = print_pdf_document(self.document, printer)
        except OSError as error:
            self.status.setText(describe_error(error))
            return
        self.status.setText(self.tr("Sent {n} page(s) to the printer.").format(n=pages))
