"""An import killed with SIGKILL half-way: what was committed is whole, and the rest follows.

The import runs as `iepbinder import` in its own process. The test waits until the binder
holds some committed emails (polling the database, never sleeping a guessed time), kills the
process outright, and then checks every email that made it: its attachment, its searchable
text, its log entry and its history are all there, and nothing is left half-made.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from iepbinder.db.models import Document, DocumentLogLink, DocumentText, LogEntry
from iepbinder.db.models.history import HistoryRecord
from iepbinder.domain.records import ChildData
from iepbinder.services.binder_services import open_services
from tests.email_samples import PDF_BYTES, school_email

REPO = Path(__file__).resolve().parents[2]
EMAILS = 200
WAIT_SECONDS = 180


def _emails(folder: Path) -> Path:
    folder.mkdir()
    for number in range(EMAILS):
        attachment = PDF_BYTES + f"% data sheet {number}\n".encode() * 200
        (folder / f"update-{number:03d}.eml").write_bytes(
            school_email(number, attachment=attachment, attachment_name=f"sheet {number}.pdf")
        )
    return folder


def _committed(db_file: Path) -> int:
    """Emails committed so far, read without disturbing the writer (WAL readers never block)."""
    try:
        with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=5) as connection:
            row = connection.execute(
                "SELECT count(*) FROM document WHERE parent_id IS NULL"
            ).fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0])


def _command(binder: Path, mail: Path) -> list[str]:
    return [sys.executable, "-m", "iepbinder", "import", str(mail), "--binder", str(binder),
            "--child", "Maya", "--json"]  # fmt: skip


@pytest.mark.slow
def test_a_killed_import_leaves_whole_emails_and_resumes(tmp_path: Path) -> None:
    binder = tmp_path / "binder"
    with open_services(binder, create=True) as services:
        services.children.add_child(ChildData("Maya", "Rodríguez"))
    mail = _emails(tmp_path / "mail")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        _command(binder, mail), env=env, cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + WAIT_SECONDS
    try:
        while _committed(binder / "binder.sqlite3") == 0:
            assert time.monotonic() < deadline, "no email was committed in time"
            try:  # returns at once if the import ended; otherwise waits at most 20 ms
                process.wait(timeout=0.02)
            except subprocess.TimeoutExpired:
                continue
            pytest.fail("the import finished before it could be interrupted")
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    committed = _committed(binder / "binder.sqlite3")
    assert 0 < committed < EMAILS

    with open_services(binder) as services:
        check = services.checks.check()
        assert check.problems == ()  # every named original is there; links and history hold
        with services.context.session_factory() as session:
            tops = session.scalars(select(Document).where(Document.parent_id.is_(None))).all()
            for top in tops:
                children = session.scalars(select(Document).where(Document.parent_id == top.id))
                assert [c.file_name for c in children] == [
                    f"sheet {top.title.rsplit(' ', 1)[1]}.pdf"
                ]
                assert session.get(DocumentText, top.id) is not None
                link = session.scalars(
                    select(DocumentLogLink).where(DocumentLogLink.document_id == top.id)
                ).one()
                assert session.get(LogEntry, link.entry_id) is not None
            documents = session.scalar(select(func.count()).select_from(Document))
            texts = session.scalar(select(func.count()).select_from(DocumentText))
            entries = session.scalar(select(func.count()).select_from(LogEntry))
            links = session.scalar(select(func.count()).select_from(DocumentLogLink))
            created = session.scalar(
                select(func.count()).where(
                    HistoryRecord.entity == "document", HistoryRecord.action == "created"
                )
            )
        # No orphan rows: two documents, one text each and one history step per document,
        # one log entry and one link per email.
        assert (documents, texts, created) == (2 * committed,) * 3
        assert (entries, links) == (committed, committed)

    again = subprocess.run(
        _command(binder, mail), env=env, cwd=REPO, capture_output=True, text=True, timeout=600,
        check=False,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    statuses = [item["status"] for item in json.loads(again.stdout)["files"]]
    assert statuses.count("duplicate") == committed
    assert statuses.count("imported") == EMAILS - committed
    with open_services(binder) as services:
        child = services.children.choose_child("Maya")
        assert len(services.documents.list_documents(child.id)) == 2 * EMAILS
        assert len(services.commlog.list_rows(child.id).rows) == EMAILS
        assert services.checks.check().problems == ()
