"""Print preview with QtPdf, printing through QPrinter, and Export PDF from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from iepbinder.domain.types import PaperSize
from iepbinder.gui.app import GuiApp
from iepbinder.gui.print_preview import PrintPreviewDialog, print_pdf_document
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import BinderServices
from tests.conftest import TODAY

LETTER_POINTS = (612.0, 792.0)
A4_POINTS = (595.0, 842.0)


@pytest.fixture
def preview(qtbot: QtBot, demo_services: BinderServices) -> PrintPreviewDialog:
    child = demo_services.children.choose_child(None)

    def render(paper: PaperSize):  # type: ignore[no-untyped-def]
        return demo_services.pages.glance_pdf(child.id, paper=paper)

    dialog = PrintPreviewDialog(None, "test", render(PaperSize.LETTER), render, SyncRunner())
    qtbot.addWidget(dialog)
    return dialog


def _points(dialog: PrintPreviewDialog) -> tuple[float, float]:
    size = dialog.document.pagePointSize(0)
    return (round(size.width()), round(size.height()))


def test_preview_shows_the_page_and_switches_paper(preview: PrintPreviewDialog) -> None:
    assert preview.document.pageCount() == 1
    assert _points(preview) == LETTER_POINTS
    preview.paper.setCurrentIndex(preview.paper.findData(PaperSize.A4))
    assert _points(preview) == A4_POINTS
    assert preview.status.text() == "1 page(s)"


def test_printing_draws_every_page_on_the_printer(
    preview: PrintPreviewDialog, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert print_pdf_document(preview.document, printer) == 1
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    resources = reader.pages[0]["/Resources"]
    assert "/XObject" in resources  # the page was drawn as an image


def test_export_pdf_from_the_window(
    qtbot: QtBot,
    local_demo_services: BinderServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = local_demo_services.folder
    local_demo_services.close()
    gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(gui.window)
    gui.open_folder(folder, create=False)
    gui.window.tabs.setCurrentWidget(gui.window.binder_tabs["glance"])  # Today is the first tab
    target = tmp_path / "out.pdf"
    # The system's save dialog cannot be driven offscreen; answer it with a chosen file name.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    gui.window.commands.export_pdf.trigger()
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Maya Rodríguez" in text and "Counseling" in text
    assert gui.window.statusBar().currentMessage() == f"Saved {target}."
    gui.shutdown()
