"""Moving a binder to a server and back, and the commands that work on a server binder."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from iepbinder.db.server import redacted
from iepbinder.services.binder_services import BinderServices
from tests.unit.test_cli import iepbinder


def test_folder_to_server_and_back_is_identical(
    local_demo_services: BinderServices, postgres_url: str, tmp_path: Path
) -> None:
    folder = local_demo_services.folder
    original = local_demo_services.binder_file.export_bytes()
    local_demo_services.close()
    up = iepbinder("transfer", "--to", postgres_url, "--json", "--binder", str(folder))
    assert up.returncode == 0, up.stderr
    assert json.loads(up.stdout)["target"] == redacted(postgres_url)
    back = tmp_path / "back"
    down = iepbinder("transfer", "--to", str(back), "--database-url", postgres_url)
    assert down.returncode == 0, down.stderr
    assert "both export to the same" in down.stdout
    export = tmp_path / "back.json"
    assert iepbinder("export", "json", "--out", str(export), "--binder", str(back)).returncode == 0
    assert export.read_bytes() == original


def test_commands_work_on_a_server_binder(postgres_url: str, tmp_path: Path) -> None:
    made = iepbinder("demo", "--no-gui", "--database-url", postgres_url)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "glance.pdf"
    result = iepbinder("export", "glance", "--out", str(out), "--database-url", postgres_url)
    assert result.returncode == 0, result.stderr
    assert "Counseling" in " ".join(PdfReader(out).pages[0].extract_text().split())
    check = iepbinder("check", "--json", "--database-url", postgres_url)
    assert json.loads(check.stdout)["sound"] is True


def test_transfer_into_a_binder_with_data_is_refused(
    local_demo_services: BinderServices, postgres_url: str
) -> None:
    folder = local_demo_services.folder
    local_demo_services.close()
    assert iepbinder("transfer", "--to", postgres_url, "--binder", str(folder)).returncode == 0
    again = iepbinder("transfer", "--to", postgres_url, "--binder", str(folder))
    assert again.returncode == 1
    assert "already holds data" in again.stderr
