"""``iepbinder log add``, ``log list`` and ``export log`` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.unit.test_cli import iepbinder


@pytest.fixture(scope="module")
def binder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("log-cli") / "demo"
    result = iepbinder("demo", "--no-gui", "--binder", str(folder))
    assert result.returncode == 0, result.stderr
    return folder


def test_log_add_then_list_as_json(binder: Path) -> None:
    added = iepbinder(
        "log", "add", "--binder", str(binder), "--date", "2025-06-02", "--time", "3:15pm",
        "--channel", "phone", "--with", "Karen Liu", "--topic", "Summer reading plan",
        "--summary", "Agreed on a reading list.", "--commitment",
        "Karen Liu: send the list by 2025-06-06", "--follow-up-due", "2025-06-06", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    report = json.loads(added.stdout)
    assert report["ok"] and report["people"] == ["Karen Liu"]
    assert report["follow_up_due"] == "2025-06-06"
    assert "more than 48 hours later" in report["late_note"]  # logged long after June 2025
    listing = iepbinder("log", "list", "--binder", str(binder), "--json", "--from", "2025-06-01",
                        "--to", "2025-06-30")  # fmt: skip
    assert listing.returncode == 0, listing.stderr
    entries = json.loads(listing.stdout)["entries"]
    assert [(e["date"], e["time"], e["topic"]) for e in entries] == [
        ("2025-06-02", "3:15 pm", "Summer reading plan")
    ]
    assert entries[0]["follow_up"] == "overdue"


def test_log_list_overdue_for_people(binder: Path) -> None:
    result = iepbinder("log", "list", "--overdue", "--binder", str(binder))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Maya Rodríguez: ") and "follow-ups that need you" in lines[0]
    assert any("Fall progress check-in" in line and "\u26a0 Overdue" in line for line in lines)
    assert any("\u26a0 No reply yet" in line for line in lines)


def test_export_log_pdf_and_csv(binder: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "log.pdf"
    result = iepbinder("export", "log", "--binder", str(binder), "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Fall progress check-in" in text and "Summer reading plan" in text
    table = tmp_path / "log.csv"
    result = iepbinder(
        "export", "log", "--binder", str(binder), "--from", "2025-06-01", "--to", "2025-06-30",
        "--out", str(table),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert [row["topic"] for row in rows] == ["Summer reading plan"]
    assert rows[0]["commitments"] == "Karen Liu: send the list by 2025-06-06"


def test_log_commands_explain_bad_input(binder: Path, tmp_path: Path) -> None:
    wrong = iepbinder("export", "log", "--binder", str(binder), "--out", str(tmp_path / "x.txt"))
    assert wrong.returncode == 1
    assert "must end in .pdf or .csv" in wrong.stderr
    bad_date = iepbinder("log", "add", "--binder", str(binder), "--date", "31/31", "--topic", "x")
    assert bad_date.returncode == 1 and "--date" in bad_date.stderr
    no_topic = iepbinder("log", "add", "--binder", str(binder))
    assert no_topic.returncode == 2 and "--topic" in no_topic.stderr
