"""``iepbinder --self-test``: prove an installed (or frozen) program works, then exit 0 or 1."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SAMPLE_EMAIL = ("samples", "sample-email.eml")


@dataclass
class _State:
    """What one step of the self-test hands to the next."""

    pdf: Any = None
    gui: Any = None
    app: Any = None

    def rendered(self) -> Any:
        if self.pdf is None:
            raise RuntimeError("no PDF was made")
        return self.pdf


def _check(name: str, step: Callable[[], str], results: list[str]) -> bool:
    try:
        detail = step()
    except Exception as exc:  # noqa: BLE001 - every failure is reported, none is hidden
        results.append(f"FAILED  {name}: {type(exc).__name__}: {exc}")
        return False
    results.append(f"ok      {name}: {detail}")
    return True


def import_sample_email(folder: Path, today: dt.date) -> str:
    """File the sample email in a new binder; check its document and its log entry."""
    from iepbinder.config.paths import resource_path
    from iepbinder.domain.documents import DocumentKind
    from iepbinder.domain.records import ChildData
    from iepbinder.services.binder_services import open_services
    from iepbinder.services.document_dto import ImportPayload

    sample = resource_path(*SAMPLE_EMAIL)
    with open_services(folder, create=True, today=lambda: today) as services:
        child = services.children.add_child(ChildData("Sample", "Child")).row
        payload = ImportPayload(sample.name, sample.read_bytes())
        outcome = services.documents.import_payloads(child.id, [payload]).outcomes[0]
        if outcome.document_id is None or outcome.entry_id is None:
            raise RuntimeError(f"the sample email was not filed: {outcome.message}")
        document = services.documents.get_document(outcome.document_id)
        entry = services.commlog.get_entry(outcome.entry_id)
        if document.kind is not DocumentKind.EMAIL or not document.data.author:
            raise RuntimeError("the sample email was filed without its sender")
        if entry.data.topic != document.data.title or not entry.documents:
            raise RuntimeError("the sample email's log entry does not match it")
    return f"{sample.name} filed as #{document.seq_no} and logged ({entry.data.topic!r})"


def run_self_test() -> int:
    """Make a temporary binder, fill it, import the sample email, render and print a PDF."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pypdf import PdfReader
    from PySide6.QtGui import QPdfWriter

    from iepbinder import __version__
    from iepbinder.domain.types import PaperSize
    from iepbinder.gui.app import GuiApp, make_application
    from iepbinder.gui.print_preview import PrintPreviewDialog, print_pdf_document
    from iepbinder.gui.tasks import SyncRunner
    from iepbinder.services.binder_services import open_services

    results: list[str] = [f"IEP Binder {__version__} self-test"]
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="iepbinder-selftest-") as temp:
        folder = Path(temp) / "binder"
        state = _State()

        def make_binder() -> str:
            with open_services(folder, create=True, today=lambda: today) as services:
                services.demo.ensure_demo()
                child = services.children.choose_child(None)
                state.pdf = services.pages.glance_pdf(child.id, paper=PaperSize.A4)
                return f"demo binder with {child.display_name}"

        def read_sample() -> str:
            return import_sample_email(Path(temp) / "mail", today)

        def check_pdf() -> str:
            reader = PdfReader(io.BytesIO(state.rendered().content))
            text = reader.pages[0].extract_text()
            if "Page 1 of" not in text:
                raise ValueError("the page has no page number")
            return f"{len(reader.pages)} page(s), fonts embedded"

        def open_window() -> str:
            app = make_application(sys.argv[:1])
            gui = GuiApp(runner=SyncRunner(), today=lambda: today)
            gui.open_folder(folder, create=False)
            gui.window.resize(1280, 800)
            image = gui.window.grab().toImage()
            state.gui, state.app = gui, app
            if image.isNull() or gui.window.glance_tab is None:
                raise RuntimeError("the window did not paint")
            return f"window painted at {image.width()}x{image.height()}"

        def print_pdf() -> str:
            target = Path(temp) / "printed.pdf"
            pdf = state.rendered()
            preview = PrintPreviewDialog(None, "self-test", pdf, lambda _paper: pdf, SyncRunner())
            writer = QPdfWriter(str(target))
            pages = print_pdf_document(preview.document, writer)
            del writer
            return f"{pages} page(s) printed to PDF ({target.stat().st_size} bytes)"

        ok = all(
            _check(name, step, results)
            for name, step in (
                ("binder", make_binder),
                ("sample email", read_sample),
                ("PDF", check_pdf),
                ("window", open_window),
                ("printing", print_pdf),
            )
        )
        if state.gui is not None:
            state.gui.shutdown()
    results.append("Self-test passed." if ok else "Self-test FAILED.")
    print("\n".join(results))
    return 0 if ok else 1
