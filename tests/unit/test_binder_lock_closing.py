"""A program opened while the last one still closes waits for it rather than open read-only."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iepbinder.db.binder import open_binder
from iepbinder.db.lock import (
    CLOSING_NAME,
    CLOSING_POLL_S,
    CLOSING_WAIT_S,
    BinderLock,
    LockHeldError,
)

REPO = Path(__file__).resolve().parents[2]


class Stop(Exception):
    """Raised by a pause to end a wait the test does not want to sit through."""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "binder"
    open_binder(folder, create=True).close()
    return folder


def start_closing_program(folder: Path) -> subprocess.Popen[str]:
    """Another program holding the binder, saying it is closing, letting go when told."""
    script = textwrap.dedent(
        f"""
        import sys
        from iepbinder.db.binder import open_binder
        binder = open_binder({str(folder)!r})
        binder.mark_closing()
        print("closing", flush=True)
        sys.stdin.readline()
        binder.close()
        """
    )
    program = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, cwd=REPO,
    )  # fmt: skip
    assert program.stdout is not None and program.stdout.readline() == "closing\n"
    return program


def test_an_opener_waits_for_a_program_that_is_closing_then_takes_the_lock(folder: Path) -> None:
    program = start_closing_program(folder)
    pauses: list[float] = []

    def let_it_finish(seconds: float) -> None:
        pauses.append(seconds)
        assert program.stdin is not None
        program.stdin.write("\n")
        program.stdin.flush()
        assert program.wait(timeout=60) == 0  # it closed the binder and ended

    lock = BinderLock(folder)
    lock.acquire("now", pause=let_it_finish)
    assert pauses == [CLOSING_POLL_S]  # found it held and closing once, then took it
    assert lock.held
    assert not (folder / CLOSING_NAME).exists()
    lock.release()


def test_a_holder_that_is_not_closing_is_reported_at_once(folder: Path) -> None:
    pauses: list[float] = []
    with open_binder(folder), pytest.raises(LockHeldError):
        BinderLock(folder).acquire("now", pause=pauses.append)
    assert pauses == []


def test_a_closing_holder_that_never_lets_go_is_reported_after_the_wait(folder: Path) -> None:
    pauses: list[float] = []
    with open_binder(folder) as binder:
        binder.mark_closing()
        with pytest.raises(LockHeldError):
            BinderLock(folder).acquire("now", pause=pauses.append)
    # 15 s of waiting in steps of 0.05 s: 300 tries, a pause after each
    assert len(pauses) == 300 and sum(pauses) == pytest.approx(CLOSING_WAIT_S)
    assert not (folder / CLOSING_NAME).exists()  # the holder took its marker away on closing


def test_a_marker_left_by_a_program_that_crashed_does_not_hold_anyone_up(folder: Path) -> None:
    (folder / CLOSING_NAME).write_text("12345", encoding="utf-8")  # no program holds the lock

    def never(_seconds: float) -> None:
        raise Stop

    with open_binder(folder) as binder:
        assert binder.lock is not None and binder.lock.held
        assert not (folder / CLOSING_NAME).exists()
        with pytest.raises(LockHeldError):  # and a second opener is not made to wait for it
            BinderLock(folder).acquire("now", pause=never)
