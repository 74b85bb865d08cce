"""Private by default: no network connection, binders readable by the owner only, quiet logs."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from iepbinder.services.binder_services import BinderServices

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tests" / "scripts" / "full_demo_run.py"


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("strace") is None, reason="strace is not installed (./dev setup installs it)"
)
def test_a_whole_session_opens_no_socket(tmp_path: Path) -> None:
    """Make the demo, open the window, print to PDF, export, back up, import: no socket at all."""
    trace = tmp_path / "trace.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,socketpair",
            "-o",
            str(trace),
            sys.executable,
            str(SCRIPT),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
    calls = [line for line in trace.read_text().splitlines() if line.strip()]
    assert calls == []
    for name in ("glance.pdf", "printed.pdf", "backup.zip"):
        assert (tmp_path / name).stat().st_size > 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_everything_in_a_binder_is_readable_by_its_owner_only(
    local_demo_services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    local_demo_services.backups.auto_backup_if_due()
    folder = local_demo_services.folder
    wrong = [
        (str(path.relative_to(folder)), oct(path.stat().st_mode & 0o777))
        for path in [folder, *folder.rglob("*")]
        if (path.stat().st_mode & 0o777) != (0o700 if path.is_dir() else 0o600)
    ]
    assert wrong == []


def test_log_messages_name_no_person_file_or_words_of_a_document(
    services: BinderServices, corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Every log record of a corpus import (good and bad files) at the most detailed level."""
    from iepbinder.domain.records import ChildData
    from iepbinder.services.document_dto import ImportPayload

    caplog.set_level(logging.DEBUG)
    child = services.children.add_child(ChildData("Privacy", "Child")).row
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")
    payloads = [ImportPayload(path.name, path.read_bytes()) for path in files]
    payloads.append(ImportPayload("broken-karen.liu@school.example.eml", b"\x00\xff" * 50))
    report = services.documents.import_payloads(child.id, payloads)
    assert any(o.status.value == "failed" for o in report.outcomes)  # bad files were logged too
    private: set[str] = {"karen.liu@school.example"}
    for document in services.documents.list_documents(child.id):
        private |= {document.file_name, document.title, document.author} - {""}
    messages = [record.getMessage() for record in caplog.records]
    assert messages, "nothing was logged, so this would prove nothing"
    for text in private:
        if len(text) >= 6:  # very short titles ("IEP") are ordinary words
            assert not any(text in message for message in messages), text
    assert not any("@" in message for message in messages)
    # Nothing is written to a log file: the program adds no file handler (pytest's own aside).
    handlers = logging.getLogger().handlers + logging.getLogger("iepbinder").handlers
    ours = [h for h in handlers if not type(h).__module__.startswith("_pytest")]
    assert not any(isinstance(h, logging.FileHandler) for h in ours)
