"""The Linux archive builds, installs into the menu, and the frozen program passes --self-test."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_program_passes_its_self_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller is installed by ./dev setup")
    build = subprocess.run(
        [str(REPO / "packaging" / "build-linux.sh"), str(tmp_path / "dist")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON": sys.executable},
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    archive = Path(build.stdout.strip().splitlines()[-1])
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (folder,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(home / "data")}
    installed = subprocess.run(
        [str(folder / "install.sh")], capture_output=True, text=True, env=env, check=False
    )
    assert installed.returncode == 0, installed.stderr
    desktop = (home / "data" / "applications" / "iepbinder.desktop").read_text()
    assert f"Exec={home}/.local/lib/iepbinder/iepbinder %F" in desktop
    assert (home / "data" / "icons" / "hicolor" / "256x256" / "apps" / "iepbinder.png").is_file()
    assert (home / "data" / "icons" / "hicolor" / "scalable" / "apps" / "iepbinder.svg").is_file()
    # A clean environment: no Python on the path to lean on, no repository on sys.path.
    result = subprocess.run(
        [str(home / ".local" / "bin" / "iepbinder"), "--self-test"],
        capture_output=True,
        text=True,
        env={**env, "LANG": "C.UTF-8"},
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("Self-test passed.")
    assert "FAILED" not in result.stdout
