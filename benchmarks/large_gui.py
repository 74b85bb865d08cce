"""The window on binder L, run in its own process by benchmarks/run.py: start, memory, stalls.

python -m benchmarks.large_gui MODE BINDER [FILES...] prints one JSON line:

- ``start``: the real program's start (gui/start.py, GuiApp with its background ThreadRunner):
  prints when Today is first painted from the facts kept at the last close (when they are still
  right) or else when the window saying the binder is opening is painted, then when Today's
  live facts are shown; then closes the binder as the program does
  (keeping Today's facts for the next days' starts) and prints the close's time.
- ``floor``: the floor of ``start``: imports PySide6 and SQLAlchemy, opens the same SQLite file,
  runs one query and paints a window showing the answer.
- ``floor-models``: the same, with the query made through SQLAlchemy's ORM and the binder's
  own models mapped: what the ORM alone adds to a start.
- ``memory``: ``start``, then every tab brought to the front with its data loaded, then the
  peak resident memory of the process (``resource.getrusage``).
- ``stalls``: the window open on the binder (a copy: it is written to), a 10 ms heartbeat
  QTimer on the UI thread, then FILES dropped (imported through the window's own import flow)
  and the Communication tab's PDF exported through the runner; prints the longest gaps
  between heartbeats in each phase, and when idle.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTED = time.perf_counter()
TODAY_VARIABLE = "IEPBINDER_BENCH_TODAY"  # the binder's "today", set by benchmarks/run.py


def _say(**figures: object) -> None:
    print(json.dumps(figures), flush=True)


def _peak_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux's ``VmHWM`` first: ``getrusage``'s ``ru_maxrss`` survives fork and exec, so a child
    of the large benchmark process would report its parent's peak.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def floor(binder: Path, *, models: bool = False) -> None:
    """PySide6 + SQLAlchemy imported, the file opened, one query, a window painted.

    With ``models`` the query goes through SQLAlchemy's ORM with the binder's own models
    mapped (db/models), as any read of the program's services does: what the ORM alone adds
    to a start, before any of the program's own work.
    """
    from PySide6.QtWidgets import QApplication, QLabel
    from sqlalchemy import create_engine, select, text

    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{binder / 'binder.sqlite3'}")
    if models:
        from sqlalchemy.orm import Session

        from iepbinder.db.models import Child

        with Session(engine) as session:
            names = [(c.first_name,) for c in session.scalars(select(Child).order_by(Child.id))]
    else:
        with engine.connect() as connection:
            names = connection.execute(text("SELECT first_name FROM child ORDER BY id")).all()
    label = QLabel(", ".join(str(row[0]) for row in names))
    label.resize(1280, 800)
    label.show()
    label.repaint()
    app.processEvents()
    _say(ms=(time.perf_counter() - STARTED) * 1000, peak_mb=_peak_mb())


def _open_window(binder: Path) -> tuple[object, object]:
    """The real program on the binder, its first tab painted once loaded."""
    from PySide6.QtCore import QEventLoop, QTimer

    from iepbinder.gui.app import GuiApp, make_application

    today = dt.date.fromisoformat(os.environ.get(TODAY_VARIABLE, "2027-05-14"))
    app = make_application()
    gui = GuiApp(today=lambda: today)
    first_loaded = QEventLoop()
    gui.open_folder(binder, create=False)
    gui.window.resize(1280, 800)
    gui.window.show()
    first = gui.window.tabs.widget(0)
    first.loaded.connect(first_loaded.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(60_000, first_loaded.quit)
    first_loaded.exec()
    gui.window.repaint()
    return app, gui


def _settle(app: object, gui: object) -> None:
    """Let every queued read finish and its results reach the widgets."""
    for _ in range(3):
        gui.runner.wait_idle(120_000)  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]


def start(binder: Path) -> None:
    """Start as the program starts (gui/start.py): Today painted, then live, then closed.

    Prints a line when Today is first painted from the kept facts (or, when there are none,
    when the window saying the binder is opening is painted), then one when Today's live facts
    are shown, then closes the binder as the program
    does at exit (which keeps Today's facts for the next days' starts) and prints how long the
    close took.
    """
    from iepbinder.gui.start_costs import pause_for_start

    pause_for_start()  # as the program's entry point does, before Qt is imported
    from PySide6.QtCore import QEventLoop, QTimer

    from iepbinder.gui.start import (
        make_application,
        open_program,
        resume_unless_loading,
        show_kept_today,
        show_opening,
    )

    today = dt.date.fromisoformat(os.environ.get(TODAY_VARIABLE, "2027-05-14"))
    app = make_application()
    shell = show_kept_today(binder, today)
    if shell is not None:
        app.processEvents()
        _say(
            kept=True, ms=(time.perf_counter() - STARTED) * 1000, cpu_ms=time.process_time() * 1000
        )
    else:
        shell = show_opening(binder)
        app.processEvents()
        _say(opening=True, ms=(time.perf_counter() - STARTED) * 1000)
    gui = open_program(binder, lambda: today, shell)
    resume_unless_loading(gui)
    window = gui.window
    window.resize(1280, 800)
    live = QEventLoop()
    first = window.tabs.widget(0)
    first.loaded.connect(live.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(60_000, live.quit)
    live.exec()
    app.processEvents()
    window.repaint()
    _say(
        kept=False,
        ms=(time.perf_counter() - STARTED) * 1000,
        cpu_ms=time.process_time() * 1000,
        peak_mb=_peak_mb(),
    )
    wall, cpu = time.perf_counter(), time.process_time()
    gui.shutdown()
    _say(
        close_ms=(time.perf_counter() - wall) * 1000,
        close_cpu_ms=(time.process_time() - cpu) * 1000,
    )
    os._exit(0)


def memory(binder: Path) -> None:
    """Peak memory after every tab was shown with its data."""
    app, gui = _open_window(binder)
    tabs = gui.window.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _settle(app, gui)
        gui.window.repaint()  # type: ignore[attr-defined]
    _say(peak_mb=_peak_mb(), tabs=tabs.count())
    os._exit(0)


class Heartbeat:
    """A 10 ms timer on the UI thread; the longest gap between beats is the longest stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.beat)
        self.last = time.perf_counter()
        self.worst = 0.0

    def beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def phase(self, app: object, run: Callable[[Callable[[], None]], None]) -> float:
        """Run ``run(done)`` and spin the event loop until done; the worst gap in ms."""
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer.start()
        run(loop.quit)
        loop.exec()
        self.timer.stop()
        return self.worst * 1000


def stalls(binder: Path, files: list[Path]) -> None:
    """The longest UI-thread stall while importing ``files`` and while exporting a PDF."""
    from PySide6.QtCore import QMimeData, QTimer, QUrl

    from iepbinder.domain.types import PaperSize
    from iepbinder.gui.drops import items_of

    app, gui = _open_window(binder)
    _settle(app, gui)
    beat = Heartbeat()
    idle = beat.phase(app, lambda done: QTimer.singleShot(1000, done))
    window = gui.window  # type: ignore[attr-defined]

    def drop(done: Callable[[], None]) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
        window.imports.finished.connect(lambda _report: QTimer.singleShot(500, done))
        window.imports.start(items_of(mime))

    importing = beat.phase(app, drop)
    _settle(app, gui)
    tab = window.binder_tabs["communication"]
    window.tabs.setCurrentWidget(tab)
    _settle(app, gui)
    pages: list[int] = []

    def export(done: Callable[[], None]) -> None:
        def finished(pdf: object) -> None:
            pages.append(pdf.page_count)  # type: ignore[attr-defined]
            QTimer.singleShot(200, done)

        gui.runner.read(  # type: ignore[attr-defined]
            lambda: tab.render_pdf(PaperSize.LETTER), finished, lambda _error: done()
        )

    exporting = beat.phase(app, export)
    _say(idle_ms=idle, import_ms=importing, export_ms=exporting, pdf_pages=pages[:1])
    os._exit(0)


def main() -> None:
    """Run one mode (see the module's docstring)."""
    mode, binder = sys.argv[1], Path(sys.argv[2])
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    if mode == "floor":
        floor(binder)
    elif mode == "floor-models":
        floor(binder, models=True)
    elif mode == "start":
        start(binder)
    elif mode == "memory":
        memory(binder)
    elif mode == "stalls":
        stalls(binder, [Path(name) for name in sys.argv[3:]])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
