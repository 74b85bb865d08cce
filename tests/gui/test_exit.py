"""The program leaves cleanly: exit status 0 after a whole session, whatever Qt did to True."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from iepbinder.gui.lasting_constants import (
    EXTRA_REFERENCES,
    constants_are_immortal,
    keep_constants_alive,
)

pytestmark = [pytest.mark.gui, pytest.mark.slow]  # new processes running the window

REPO = Path(__file__).resolve().parents[2]
SESSION = REPO / "tests" / "scripts" / "tab_walk_session.py"
MANY_EMITS = """
from PySide6.QtCore import QObject, Signal
from iepbinder.gui.start import make_application

class Pinger(QObject):
    ping = Signal()

app = make_application(["iepbinder"])
pinger = Pinger()
for _ in range(200_000):  # each emit drops a reference to True it never took
    pinger.ping.emit()
print("emitted")
"""


def _environment(home: Path) -> dict[str, str]:
    """A fresh home (so a new demo binder is made) and the window offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return env


def _run_python(args: list[str], home: Path, timeout: int) -> subprocess.CompletedProcess[str]:
    """A new Python process with its own HOME, its output kept; it may fail (not raised)."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=_environment(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_many_signal_emits_neither_abort_the_program_nor_its_exit(tmp_path: Path) -> None:
    # Without gui/lasting_constants.py True's count (a few thousand) reaches zero here and
    # Python aborts with "bool_dealloc" (exit status 134 on Linux).
    done = _run_python(["-c", MANY_EMITS], tmp_path, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "emitted"), done.stderr


def test_a_session_visiting_every_tab_exits_with_status_0(tmp_path: Path) -> None:
    done = _run_python([str(SESSION)], tmp_path, timeout=300)
    lines = done.stdout.splitlines()
    assert any(line.startswith("visited ") for line in lines), done.stdout + done.stderr
    assert "saved; closing" in lines, done.stdout + done.stderr  # closed by us, not given up
    assert done.returncode == 0, done.stderr


def test_none_true_and_false_have_lasting_references_before_python_3_12() -> None:
    # tests/conftest.py gives them before any test runs, as make_application does for the program
    assert keep_constants_alive() is False  # once only: a second call adds nothing
    counts = [sys.getrefcount(constant) for constant in (None, True, False)]
    if not constants_are_immortal():
        assert min(counts) > EXTRA_REFERENCES
