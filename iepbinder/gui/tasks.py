"""Run service calls off the UI thread: reads in a pool, writes through one single-thread queue."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]

# How long a background thread may keep the interpreter while another thread waits for it.
# Python's 5 ms let two busy readers and the writer (after an import: Today's reload and the
# log's count) take turns ahead of the window's thread, 20-120 ms at a time; at 1 ms the
# window waits about half as long, and the background work per CPU second is the same.
SWITCH_INTERVAL_S = 0.001


class Runner(Protocol):
    """What widgets use to run work: ``read`` may run in parallel, ``write`` runs one at a time."""

    def read(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None: ...

    def write(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None: ...

    def wait_idle(self, timeout_ms: int = ...) -> bool: ...


class _Relay(QObject):
    """Lives in the UI thread; its signals carry results back there."""

    finished = Signal(object, object, object)  # callback, result, error


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[], Any], relay: _Relay, on_done: Done, on_error: Failed
    ) -> None:
        super().__init__()
        self._work, self._relay = work, relay
        self._on_done, self._on_error = on_done, on_error

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - delivered to the UI, which words it for people
            log.debug("background job failed: %s", "".join(traceback.format_exception(exc)))
            self._relay.finished.emit(self._on_error, None, exc)
            return
        self._relay.finished.emit(self._on_done, result, None)


class ThreadRunner(QObject):
    """The real runner: a read pool and a one-thread write queue (SQLite sees one writer)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)

    def read(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Run a read in the pool; callbacks run in the UI thread."""
        self._reads.start(_Job(work, self._relay, on_done, on_error))

    def write(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Queue a write behind earlier writes; callbacks run in the UI thread."""
        self._writes.start(_Job(work, self._relay, on_done, on_error))

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until queued work finished (used when closing the window and in tests)."""
        return self._writes.waitForDone(timeout_ms) and self._reads.waitForDone(timeout_ms)

    @Slot(object, object, object)
    def _on_finished(self, callback: Callable[[Any], None], result: Any, error: Any) -> None:
        callback(error if error is not None else result)


class ReloadQueue:
    """The window's reloads after a change: one at a time, and only each owner's newest counts.

    An import changes the binder after every batch of files, and each change asked Today and
    the log's count to read again: the reads piled up on the pool's two threads and, running
    side by side, took turns with the window's thread for the interpreter (benchmarks/run.py,
    UI stall while emails are dropped). Here they run one after another; an owner asking
    again while its read waits replaces it, and while its read runs reads once more after it
    (the answer of the read that ran meanwhile is out of date and dropped).
    """

    def __init__(self, runner: Runner) -> None:
        self._runner = runner
        self._running: object | None = None
        self._waiting: dict[object, tuple[Callable[[], Any], Done, Failed]] = {}

    def read(self, owner: object, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Run ``work`` for ``owner`` when the reloads before it have run."""
        self._waiting[owner] = (work, on_done, on_error)
        self._start_next()

    def _start_next(self) -> None:
        if self._running is not None or not self._waiting:
            return
        owner = next(iter(self._waiting))
        work, on_done, on_error = self._waiting.pop(owner)
        self._running = owner
        self._runner.read(work, partial(self._ended, on_done), partial(self._ended, on_error))

    def _ended(self, callback: Callable[[Any], None], answer: Any) -> None:
        owner, self._running = self._running, None
        try:
            if owner not in self._waiting:  # else asked again meanwhile: out of date
                callback(answer)
        finally:  # a part that fails to show its answer does not hold up the others
            self._start_next()


class SyncRunner:
    """Runs work at once in the calling thread: for tests that check logic, not threading."""

    def read(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Run now."""
        self._run(work, on_done, on_error)

    def write(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Run now."""
        self._run(work, on_done, on_error)

    def wait_idle(self, timeout_ms: int = 0) -> bool:
        """Nothing is ever pending."""
        return True

    @staticmethod
    def _run(work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        try:
            result = work()
        except Exception as exc:  # noqa: BLE001 - handed to the caller's error path
            on_error(exc)
            return
        on_done(result)
