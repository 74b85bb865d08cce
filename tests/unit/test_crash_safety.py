"""Killed in the middle of a write: nothing committed is lost, nothing half-written shows."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from iepbinder.services.binder_services import BinderServices, open_services
from tests.conftest import TODAY

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tests" / "scripts" / "write_loop.py"


def _run_until(mode: str, folder: Path, commits: int, *extra: str) -> int:
    """Start the writer, wait for ``commits`` announced commits, kill it; the last number seen."""
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), mode, str(folder), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert process.stdout is not None
    seen = 0
    for line in process.stdout:
        if line.startswith("committed"):
            seen = int(line.split()[1])
        if seen >= commits or line.startswith("start"):
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""
    return seen


def _counts(folder: Path, *tables: str) -> dict[str, int]:
    with sqlite3.connect(folder / "binder.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _reopened(folder: Path) -> BinderServices:
    services = open_services(folder, today=lambda: TODAY)
    assert services.history.verify().intact
    return services


@pytest.fixture
def demo_folder(local_demo_services: BinderServices) -> Path:
    folder = local_demo_services.folder
    local_demo_services.close()
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("commits", [3, 11])
def test_killed_while_logging_sessions(demo_folder: Path, commits: int) -> None:
    before = _counts(demo_folder, "service_session", "history_record")
    acknowledged = _run_until("sessions", demo_folder, commits)
    after = _counts(demo_folder, "service_session", "history_record")
    added = after["service_session"] - before["service_session"]
    # Each write logs three sessions in one transaction: whole writes only, none lost.
    assert added % 3 == 0 and added // 3 in (acknowledged, acknowledged + 1)
    assert after["history_record"] - before["history_record"] == added
    with _reopened(demo_folder) as services:
        assert services.checks.check().sound


@pytest.mark.slow
def test_killed_while_writing_log_entries(demo_folder: Path) -> None:
    before = _counts(
        demo_folder, "log_entry", "log_participant", "log_commitment", "history_record"
    )
    acknowledged = _run_until("log", demo_folder, 7)
    after = _counts(demo_folder, "log_entry", "log_participant", "log_commitment", "history_record")
    added = after["log_entry"] - before["log_entry"]
    assert added in (acknowledged, acknowledged + 1)
    # Every entry that is there is whole: its two people, its commitment, its history step.
    assert after["log_participant"] - before["log_participant"] == 2 * added
    assert after["log_commitment"] - before["log_commitment"] == added
    assert after["history_record"] - before["history_record"] == added
    with _reopened(demo_folder) as services:
        assert services.checks.check().sound


@pytest.mark.slow
def test_killed_while_adding_progress_points(demo_folder: Path) -> None:
    before = _counts(demo_folder, "goal_data_point")
    acknowledged = _run_until("points", demo_folder, 5)
    added = _counts(demo_folder, "goal_data_point")["goal_data_point"] - before["goal_data_point"]
    assert added % 2 == 0 and added // 2 in (acknowledged, acknowledged + 1)


@pytest.mark.slow
def test_killed_while_importing_a_binder_file(demo_folder: Path, tmp_path: Path) -> None:
    with open_services(demo_folder, today=lambda: TODAY) as services:
        source = tmp_path / "demo.json"
        source.write_bytes(services.binder_file.export_bytes())
        expected = services.binder_file.export_bytes()
    open_services(demo_folder.parent / "imported", create=True, today=lambda: TODAY).close()
    _run_until("import", demo_folder, 1, str(source))
    target = demo_folder.parent / "imported"
    with _reopened(target) as services:
        children = services.children.list_children()
        # All or nothing: either the whole binder arrived, or it is still empty.
        if children:
            assert services.binder_file.export_bytes() == expected
        else:
            services.binder_file.import_bytes(source.read_bytes(), "demo.json")
            assert services.binder_file.export_bytes() == expected
