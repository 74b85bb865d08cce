"""Private by default: no network connection in a session; binders readable by the owner only."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
