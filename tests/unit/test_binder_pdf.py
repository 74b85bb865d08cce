"""The whole binder as one PDF: the demo child's sections in order, from the service and the CLI."""

from __future__ import annotations

import gc
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from iepbinder.cli.main import run
from iepbinder.export.collector import paused_collector
from iepbinder.services.binder_pdf import whole_binder_pdf
from iepbinder.services.binder_services import BinderServices


def test_every_section_follows_the_one_before(demo_services: BinderServices) -> None:
    child = demo_services.children.list_children()[0].id
    parts = [
        demo_services.pages.glance_pdf(child).page_count,
        demo_services.ledger.report_pdf(child).page_count,
        demo_services.commlog_export.log_pdf(child).page_count,
        demo_services.progress.progress_pdf(child).page_count,
        demo_services.documents.index_pdf(child).page_count,
    ]
    seen: list[str] = []
    pdf = whole_binder_pdf(demo_services.context, child, progress=seen.append)
    reader = PdfReader(io.BytesIO(pdf.content))
    assert pdf.page_count == len(reader.pages) == sum(parts)
    assert seen == [
        "IEP at a glance",
        "Services",
        "Communication log",
        "Goal progress",
        "Documents",
    ]
    firsts = [sum(parts[:index]) for index in range(len(parts))]  # each section's first page
    texts = [reader.pages[page].extract_text() for page in firsts]
    # Each section's first page carries its coloured tab's word in the header.
    assert "IEP at a glance" in texts[0]
    assert "Service delivery report" in texts[1]
    assert "Communication log" in texts[2]
    assert "\nProgress\n" in texts[3]
    assert "Document list" in texts[4]


def test_export_binder_command_writes_the_file(
    local_demo_services: BinderServices, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = local_demo_services.folder
    local_demo_services.close()
    target = tmp_path / "binder.pdf"
    assert run(["export", "binder", "--binder", str(folder), "--out", str(target)]) == 0
    pages = len(PdfReader(target).pages)
    assert f"({pages} pages)" in capsys.readouterr().out
    assert pages > 5


def test_the_collector_comes_back_after_nested_pauses_and_errors() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_collector():
        with paused_collector():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
        raise ValueError("a layout that failed")
    assert gc.isenabled()
