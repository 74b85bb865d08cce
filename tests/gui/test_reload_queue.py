"""The window's reloads after a change run one at a time, and only each owner's newest counts."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from iepbinder.gui.tasks import ReloadQueue, ThreadRunner


class Reads:
    """Work that records what ran, and whether two ever ran at once; each waits for a gate."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.running = 0
        self.overlapped = False
        self.lock = threading.Lock()
        self.gates: dict[str, threading.Event] = {}

    def work(self, name: str) -> Any:
        gate = self.gates.setdefault(name, threading.Event())

        def run() -> str:
            with self.lock:
                self.started.append(name)
                self.running += 1
                self.overlapped |= self.running > 1
            gate.wait(10)
            with self.lock:
                self.running -= 1
            if name.startswith("bad"):
                raise ValueError(name)
            return name

        return run

    def open(self, name: str) -> None:
        self.gates.setdefault(name, threading.Event()).set()


def test_reloads_of_two_owners_run_one_after_the_other(qtbot: QtBot) -> None:
    reads, answers = Reads(), []
    queue = ReloadQueue(ThreadRunner())
    today, count = object(), object()
    queue.read(today, reads.work("today"), answers.append, answers.append)
    queue.read(count, reads.work("count"), answers.append, answers.append)
    qtbot.waitUntil(lambda: reads.started == ["today"], timeout=5000)
    reads.open("today")
    qtbot.waitUntil(lambda: answers == ["today"], timeout=5000)
    qtbot.waitUntil(lambda: reads.started == ["today", "count"], timeout=5000)
    reads.open("count")
    qtbot.waitUntil(lambda: answers == ["today", "count"], timeout=5000)
    assert not reads.overlapped  # the pool has two threads: the queue kept them apart


def test_an_owner_asking_again_gets_only_its_newest_answer(qtbot: QtBot) -> None:
    reads, answers = Reads(), []
    queue = ReloadQueue(ThreadRunner())
    today = object()
    queue.read(today, reads.work("first"), answers.append, answers.append)
    qtbot.waitUntil(lambda: reads.started == ["first"], timeout=5000)
    queue.read(today, reads.work("second"), answers.append, answers.append)  # while it runs
    queue.read(today, reads.work("third"), answers.append, answers.append)  # replaces "second"
    for name in ("first", "second", "third"):
        reads.open(name)
    qtbot.waitUntil(lambda: answers == ["third"], timeout=5000)
    assert reads.started == ["first", "third"]  # "first"'s answer was out of date: not shown


def test_a_failed_reload_is_reported_and_the_next_one_still_runs(qtbot: QtBot) -> None:
    reads = Reads()
    failures: list[Exception] = []
    answers: list[str] = []
    queue = ReloadQueue(ThreadRunner())
    reads.open("bad")
    reads.open("count")
    queue.read(object(), reads.work("bad"), answers.append, failures.append)
    queue.read(object(), reads.work("count"), answers.append, failures.append)
    qtbot.waitUntil(lambda: answers == ["count"], timeout=5000)
    assert [str(error) for error in failures] == ["bad"]


def test_a_part_failing_to_show_its_answer_does_not_hold_up_the_next(qtbot: QtBot) -> None:
    reads, answers = Reads(), []
    queue = ReloadQueue(ThreadRunner())
    reads.open("today")
    reads.open("count")

    def broken(_answer: object) -> None:
        answers.append("broken")
        raise RuntimeError("a widget already gone")

    with qtbot.captureExceptions() as raised:
        queue.read(object(), reads.work("today"), broken, broken)
        queue.read(object(), reads.work("count"), answers.append, answers.append)
        qtbot.waitUntil(lambda: answers == ["broken", "count"], timeout=5000)
    assert [str(error[1]) for error in raised] == ["a widget already gone"]
