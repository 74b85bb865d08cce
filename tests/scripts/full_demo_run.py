"""A whole session with the program, for tests that watch it: python full_demo_run.py DIR."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QPdfWriter  # noqa: E402

from iepbinder.domain.types import PaperSize  # noqa: E402
from iepbinder.gui.app import GuiApp, make_application  # noqa: E402
from iepbinder.gui.print_preview import PrintPreviewDialog, print_pdf_document  # noqa: E402
from iepbinder.services.binder_services import open_services  # noqa: E402

TODAY = dt.date(2026, 11, 29)


def main(work: Path) -> None:
    """Make the demo, open the window, preview an email, import a binder file, print, back up."""
    app = make_application()
    demo = work / "demo"
    with open_services(demo, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
        exported = services.binder_file.export_bytes()
    gui = GuiApp(today=lambda: TODAY)
    gui.open_folder(demo, create=False)
    gui.window.show()
    gui.runner.wait_idle()
    app.processEvents()
    context = gui.context
    assert context is not None
    child = context.services.children.choose_child(None)
    pdf = context.services.pages.glance_pdf(child.id, paper=PaperSize.A4)
    context.services.pages.save(work / "glance.pdf", pdf.content)
    preview = PrintPreviewDialog(None, "glance", pdf, lambda paper: pdf, gui.runner)
    writer = QPdfWriter(str(work / "printed.pdf"))
    writer.setResolution(150)
    print_pdf_document(preview.document, writer)
    context.services.backups.back_up_now(work / "backup.zip")
    documents = gui.window.binder_tabs["documents"]  # the demo's school email, previewed
    gui.window.tabs.setCurrentWidget(documents)
    for _ in range(10):  # each background read may start another: let them all finish
        gui.runner.wait_idle()
        app.processEvents()
    documents.table.selectRow(2)  # type: ignore[attr-defined]
    gui.runner.wait_idle()
    app.processEvents()
    preview = documents.details.preview  # type: ignore[attr-defined]
    assert preview.currentWidget() is preview.email_view, "the email was not previewed"
    gui.shutdown()
    with open_services(work / "imported", create=True, today=lambda: TODAY) as services:
        services.binder_file.import_bytes(exported, "demo.json")
    print("done")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
