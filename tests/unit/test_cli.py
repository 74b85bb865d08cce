"""The command line as a user runs it: real processes, real binders, exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from iepbinder import __version__

REPO = Path(__file__).resolve().parents[2]


def iepbinder(*args: str, binder_env: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m iepbinder ARGS`` in a fresh process."""
    env = {key: value for key, value in os.environ.items() if key != "IEPBINDER_BINDER"}
    # The command line speaks the system language: these checks are of its English.
    env.update({"LANGUAGE": "", "LC_ALL": "C.UTF-8", "LC_MESSAGES": "", "LANG": "C.UTF-8"})
    env["PYTHONPATH"] = str(REPO)
    if binder_env is not None:
        env["IEPBINDER_BINDER"] = str(binder_env)
    return subprocess.run(
        [sys.executable, "-m", "iepbinder", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_binder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "demo"
    result = iepbinder("demo", "--no-gui", "--binder", str(folder))
    assert result.returncode == 0, result.stderr
    return folder


def test_version() -> None:
    result = iepbinder("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"IEP Binder {__version__}"


def test_usage_error_exits_2() -> None:
    result = iepbinder("export", "glance")
    assert result.returncode == 2
    assert "--out" in result.stderr
    assert iepbinder("frobnicate").returncode == 2


def test_demo_no_gui_creates_once_and_reuses(demo_binder: Path) -> None:
    assert (demo_binder / "binder.sqlite3").is_file()
    again = iepbinder("demo", "--no-gui", "--json", "--binder", str(demo_binder))
    assert again.returncode == 0
    assert json.loads(again.stdout) == {"ok": True, "binder": str(demo_binder), "created": False}


def test_export_glance_pdf_with_the_only_child(demo_binder: Path, tmp_path: Path) -> None:
    out = tmp_path / "glance.pdf"
    result = iepbinder("export", "glance", "--out", str(out), "--json", binder_env=demo_binder)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {"ok": True, "file": str(out), "child": "Maya Rodríguez", "pages": 1}
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Speech-language therapy" in text


def test_export_and_import_json_round_trip(demo_binder: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert (
        iepbinder("export", "json", "--out", str(first), "--binder", str(demo_binder)).returncode
        == 0
    )
    copy_binder = tmp_path / "copy"
    imported = iepbinder("import", str(first), "--json", "--binder", str(copy_binder))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert json.loads(imported.stdout)["files"][0]["status"] == "imported"
    second = tmp_path / "second.json"
    assert (
        iepbinder("export", "json", "--out", str(second), "--binder", str(copy_binder)).returncode
        == 0
    )
    assert second.read_bytes() == first.read_bytes()


def test_import_reports_each_failed_file_and_exits_1(demo_binder: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"format": "iepbinder.binder", "format_version": 7, "tables": {}}))
    target = tmp_path / "target"
    result = iepbinder("import", str(wrong), "--binder", str(target))
    assert result.returncode == 1
    assert "wrong.json" in result.stderr
    assert "format version 7" in result.stderr
    check = iepbinder("check", "--json", "--binder", str(target))
    assert json.loads(check.stdout)["sound"] is True


def test_check_is_sound_on_the_demo(demo_binder: Path) -> None:
    result = iepbinder("check", binder_env=demo_binder)
    assert result.returncode == 0
    assert result.stdout.startswith("The binder is sound.")


def test_reading_commands_never_create_a_binder(tmp_path: Path) -> None:
    missing = tmp_path / "no-binder-here"
    for args in (["check"], ["export", "json", "--out", str(tmp_path / "x.json")]):
        result = iepbinder(*args, "--binder", str(missing))
        assert result.returncode == 1
        assert f"There is no binder at {missing}" in result.stderr
    assert not missing.exists()


def test_a_folder_that_is_not_a_binder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "taxes"
    folder.mkdir()
    (folder / "2025.pdf").write_bytes(b"%PDF-1.4")
    result = iepbinder("check", "--binder", str(folder))
    assert result.returncode == 1
    assert f"The folder {folder} is not an IEP binder" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["2025.pdf"]


def test_several_children_need_child(demo_binder: Path, tmp_path: Path) -> None:
    source = tmp_path / "two.json"
    iepbinder("export", "json", "--out", str(source), "--binder", str(demo_binder))
    data = json.loads(source.read_text())
    sibling = dict(data["tables"]["child"][0], id=2, first_name="Leo", date_of_birth="2019-09-02")
    data["tables"]["child"].append(sibling)
    source.write_text(json.dumps(data))
    two = tmp_path / "two"
    assert iepbinder("import", str(source), "--binder", str(two)).returncode == 0
    out = tmp_path / "leo.pdf"
    ambiguous = iepbinder("export", "glance", "--out", str(out), "--binder", str(two))
    assert ambiguous.returncode == 1
    assert "several children (Maya Rodríguez, Leo Rodríguez)" in ambiguous.stderr
    chosen = iepbinder(
        "export", "glance", "--out", str(out), "--child", "Leo", "--binder", str(two)
    )
    assert chosen.returncode == 0, chosen.stderr
    assert "No IEP entered yet" in " ".join(PdfReader(out).pages[0].extract_text().split())


def test_output_folder_must_exist(demo_binder: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "glance.pdf"
    result = iepbinder("export", "glance", "--out", str(out), "--binder", str(demo_binder))
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_export_history_writes_the_changes_and_says_the_chain_holds(
    demo_binder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "history.csv"
    made = iepbinder("export", "history", "--binder", str(demo_binder), "--out", str(target))
    assert made.returncode == 0, made.stderr
    assert "the chain of hashes is intact" in made.stdout
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("record,changed_at_utc,kind,item_id,action")
    assert f"Wrote {len(lines) - 1} recorded changes" in made.stdout
