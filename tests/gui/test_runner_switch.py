"""The background runner lets the window's thread have the interpreter back within 1 ms."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from iepbinder.gui.tasks import SWITCH_INTERVAL_S, ThreadRunner


def test_background_threads_hand_the_interpreter_back_within_a_millisecond(qtbot: QtBot) -> None:
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's own
        runner = ThreadRunner()
        assert sys.getswitchinterval() <= SWITCH_INTERVAL_S == 0.001
        sys.setswitchinterval(0.0005)  # set shorter elsewhere: never made longer
        runner = ThreadRunner()
        assert sys.getswitchinterval() == 0.0005
        done: list[int] = []
        runner.read(lambda: 1 + 1, done.append, lambda _error: None)
        qtbot.waitUntil(lambda: done == [2], timeout=5000)  # and it still runs work
    finally:
        sys.setswitchinterval(before)
