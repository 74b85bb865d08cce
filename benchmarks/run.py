"""Every figure of issue 10 on binder L, each beside its floor: python -m benchmarks.run [FOLDER].

Builds binder L once (benchmarks/generate.py, cached in FOLDER, default /tmp/iepbinder-L), then
measures, each with a floor taken in the same run so a busy machine shows in both:

- start to the first painted tab (a new process each time) against a process that imports
  PySide6 and SQLAlchemy, opens the same file, runs one query and paints a window;
- each tab's first paint with its data, against a plain QTableView over the same log rows;
- a filter and a sort in the communication log, against plain Python over the same rows;
- the ledger of every service over 13 years, against reading the same rows with sqlite3;
- a full-text search, against the bare FTS5 match;
- importing 500 emails, against stdlib parse + SHA-256 + copy (bench_documents' pieces);
- the meeting packet and a whole-binder PDF of about 300 pages, against reportlab alone;
- peak memory with every tab visited, and the longest UI stall during an import and an export.

Nothing fails when a figure is over its target: the table says so, and PERFORMANCE.md keeps it.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Our modules' bytecode is kept between runs, as an installed program has it (see child_lines),
# for this process's own figures too (tab paints, the ledger, the import): with
# PYTHONDONTWRITEBYTECODE set, the first report after opening compiled 33 modules (57 ms).
BYTECODE = Path(tempfile.gettempdir()) / "iepbinder-bench-bytecode"
sys.dont_write_bytecode = False
sys.pycache_prefix = str(BYTECODE)

from benchmarks.bench_commlog import FloorView  # noqa: E402
from benchmarks.bench_documents import QUERIES, import_floor, make_emails, search_floor  # noqa: E402
from benchmarks.bench_ledger import best_of  # noqa: E402
from benchmarks.bench_packet import floor_pages  # noqa: E402
from benchmarks.generate import DEFAULT_FOLDER, FIRST_YEAR, TODAY, ensure_binder, today  # noqa: E402
from benchmarks.large_gui import TODAY_VARIABLE  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
Row = tuple[str, float, float, str, str]  # name, figure, floor, unit, target


def child_process(
    mode: str, binder: Path, *extra: str, compiled: bool = True
) -> tuple[float, dict[str, object]]:
    """Run benchmarks/large_gui.py in a new Python; wall milliseconds until its first answer."""
    return child_lines(mode, binder, *extra, compiled=compiled)[0]


def child_lines(
    mode: str, binder: Path, *extra: str, compiled: bool = True, day: dt.date = TODAY
) -> list[tuple[float, dict[str, object]]]:
    """Run benchmarks/large_gui.py in a new Python; each answer line with its wall milliseconds.

    ``compiled``: our modules' bytecode is kept (in BYTECODE) between runs, as an installed
    program has it (pip compiles a wheel's modules; the bundle carries bytecode), even where
    PYTHONDONTWRITEBYTECODE is set; without it every start compiles ~300 modules again.
    """
    env = dict(os.environ, **{TODAY_VARIABLE: day.isoformat(), "QT_QPA_PLATFORM": "offscreen"})
    if compiled:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    command = [sys.executable, "-m", "benchmarks.large_gui", mode, str(binder), *extra]
    answers: list[tuple[float, dict[str, object]]] = []
    start = time.perf_counter()
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            answers.append(((time.perf_counter() - start) * 1000, json.loads(line)))
        proc.wait(timeout=600)
    return answers


def cold_start(binder: Path, runs: int = 3) -> list[Row]:
    """Start to painted Today, program and floor alternately, medians.

    The program paints Today first from the facts kept at its last close (gui/kept_today.py)
    when they are provably still right, then shows the live ones: both moments are reported.
    Each round also starts once without kept facts (as the first start after the binder was
    changed elsewhere), and once on the next day (TODAY + 1, after a close on TODAY: the
    parent who opens the program once a day). A first start, not counted, leaves the bytecode an
    installed program has and the kept facts; one more start without bytecode (and without
    kept facts) shows what compiling every module costs (a development checkout's first start).
    The floor is also taken with its one query made through the ORM with the binder's models
    mapped: what the ORM alone costs a start that reads through the program's services.
    """
    from iepbinder.gui.kept_today import forget_today
    from iepbinder.gui.tabs.today_kept import KEPT_DAYS

    child_lines("start", binder)
    kept, live, fresh, opening, next_day, closes, floor, models = [], [], [], [], [], [], [], []
    kept_shown = next_shown = 0
    for _ in range(runs):
        floor.append(child_process("floor", binder)[0])
        models.append(child_process("floor-models", binder)[0])
        answers = child_lines("start", binder, day=TODAY + dt.timedelta(days=1))  # the next day
        next_shown += bool(answers[0][1].get("kept"))  # (the last close was on TODAY)
        next_day.append(answers[0][0])
        forget_today(binder)
        answers = child_lines("start", binder)  # its close keeps TODAY on
        opening.append(answers[0][0])  # the window saying the binder is opening
        fresh.append(_live_ms(answers))
        answers = child_lines("start", binder)  # with the facts kept by the last close
        kept_shown += bool(answers[0][1].get("kept"))
        kept.append(answers[0][0])
        live.append(_live_ms(answers))
        closes.append(answers[-1][1])
    forget_today(binder)
    compiling = _live_ms(child_lines("start", binder, compiled=False))
    floor_ms = statistics.median(floor)
    note = "" if kept_shown == runs else f" (kept facts shown in {kept_shown} of {runs})"
    next_note = "" if next_shown == runs else f" (kept facts shown in {next_shown} of {runs})"
    close_ms = statistics.median(float(c["close_ms"]) for c in closes)  # type: ignore[arg-type]
    close_cpu = statistics.median(float(c["close_cpu_ms"]) for c in closes)  # type: ignore[arg-type]
    return [(f"start to painted Today (kept facts){note}", statistics.median(kept), floor_ms,
             "ms", "<= 1.5 x floor"),
            (f"start on the next day to painted Today (closed the day before){next_note}",
             statistics.median(next_day), floor_ms, "ms", "<= 1.5 x floor"),
            ("start to live Today (after the kept facts)", statistics.median(live), floor_ms,
             "ms", "reported"),
            ("start to live Today, no kept facts (first start after a change)",
             statistics.median(fresh), floor_ms, "ms", "<= 1.5 x floor"),
            ("start to a window saying the binder is opening, no kept facts",
             statistics.median(opening), floor_ms, "ms", "reported"),
            ("floor with SQLAlchemy's ORM and the binder's models (its query through them)",
             statistics.median(models), floor_ms, "ms", "reported"),
            ("start, compiling every module (no bytecode, no kept facts)", compiling, floor_ms,
             "ms", "reported"),
            (f"close, keeping Today for {KEPT_DAYS} days (CPU {close_cpu:.0f} ms)", close_ms,
             floor_ms, "ms", "reported")]  # fmt: skip


def _live_ms(answers: list[tuple[float, dict[str, object]]]) -> float:
    """When a start's live Today was shown (its line before the close's)."""
    return next(ms for ms, line in answers if line.get("kept") is False)


def gui_figures(binder: Path, child: int) -> list[Row]:
    """Each tab's first paint with its data, and the log's filter and sort (in this process)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

    from iepbinder.gui.context import AppContext, ChangeBus
    from iepbinder.gui.tabs.communication import CommunicationTab
    from iepbinder.gui.tabs.registry import tab_specs
    from iepbinder.gui.tasks import SyncRunner
    from iepbinder.gui.undo import TrashUndo
    from iepbinder.services.binder_services import open_services

    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = open_services(binder, today=today)
    context = AppContext(services, SyncRunner(), ChangeBus(), today)
    undo = TrashUndo(services.trash, context.runner, context.bus)
    rows: list[Row] = []
    floor_view = FloorView(services, child)
    paint_floor = best_of(3, lambda: FloorView(services, child).view.close())
    tabs: dict[str, tuple[QWidget, QWidget]] = {}
    for spec in tab_specs():
        paints: list[float] = []  # the tab's build and paint only, not closing the last one

        def first_paint(spec: object = spec, paints: list[float] = paints) -> None:
            old = tabs.pop(spec.key, None)  # type: ignore[attr-defined]
            if old is not None:
                old[0].close()
                old[0].deleteLater()
                app.processEvents()
            gc.collect()
            started = time.perf_counter()
            holder = QWidget()  # the window: its tab widget fills it, as the main window's does
            pages = QTabWidget(holder)
            QVBoxLayout(holder).addWidget(pages)
            tab = spec.build(context, undo, holder)  # type: ignore[attr-defined]
            pages.addTab(tab, spec.title)  # type: ignore[attr-defined]
            tab.set_child(child)
            holder.resize(1280, 800)
            holder.show()
            app.processEvents()
            holder.repaint()
            tabs[spec.key] = (holder, tab)  # type: ignore[attr-defined]
            paints.append((time.perf_counter() - started) * 1000)

        best_of(3, first_paint)
        figure = statistics.median(paints[1:])  # after the warm-up run, as best_of
        rows.append((f"first paint: {spec.key} tab", figure, paint_floor, "ms", "< 200 ms"))
    log = tabs["communication"][1]
    assert isinstance(log, CommunicationTab)
    words = iter(f"topic {n}" for n in range(1, 1000))
    haystack = iter(f"topic {n}" for n in range(1, 1000))

    def type_filter() -> None:
        log.log.filters.search.setText(next(words))
        app.processEvents()

    rows.append(("log: filter 5,000 entries (a search word)", best_of(7, type_filter),
                 best_of(7, lambda: (floor_view.type(next(haystack)), app.processEvents())),
                 "ms", "< 50 ms"))  # fmt: skip
    log.log.filters.search.setText("")
    order = [Qt.SortOrder.AscendingOrder]

    def sort_topic() -> None:
        order[0] = Qt.SortOrder(1 - order[0].value)
        log.log.table.sortByColumn(3, order[0])
        log.log.table.viewport().repaint()

    def floor_sort() -> None:
        floor_view.model.set_rows(sorted(floor_view.rows, key=lambda row: str(row[3])))
        floor_view.view.viewport().repaint()

    rows.append(("log: sort 5,000 entries by topic", best_of(7, sort_topic),
                 best_of(7, floor_sort), "ms", "< 50 ms"))  # fmt: skip
    floor_view.view.close()
    services.close()
    return rows


def service_figures(binder: Path, child: int) -> list[Row]:
    """The ledger, a search, the packet and the whole-binder PDF."""
    from iepbinder.services.binder_pdf import whole_binder_pdf
    from iepbinder.services.binder_services import open_services

    rows: list[Row] = []
    database = sqlite3.connect(binder / "binder.sqlite3")

    def read_sessions() -> object:
        return database.execute(
            "SELECT id, service_type, session_date, status, scheduled_minutes, minutes_delivered,"
            " reason, attribution, source FROM service_session WHERE child_id = ? AND "
            "deleted_at IS NULL",
            (child,),
        ).fetchall()

    first = dt.date(FIRST_YEAR, 8, 1)
    with open_services(binder, today=today) as services:
        started = time.perf_counter()
        services.ledger.report(child, first, TODAY)  # the first report after opening
        cold = (time.perf_counter() - started) * 1000
    rows.append(("ledger, 13 years, first report after opening", cold, best_of(1, read_sessions),
                 "ms", "< 200 ms"))  # fmt: skip
    with open_services(binder, today=today) as services:
        ledger = best_of(5, lambda: services.ledger.report(child, first, TODAY))
        rows.append(("ledger, 13 years, again (sessions kept)", ledger, best_of(5, read_sessions),
                     "ms", "< 200 ms"))  # fmt: skip
        times, floors = [], []
        for _round in range(3):
            for query in QUERIES:
                start = time.perf_counter()
                services.documents.search(child, query)
                times.append((time.perf_counter() - start) * 1000)
                floors.append(search_floor(binder / "binder.sqlite3", query) * 1000)
        rows.append(("search 3,000 documents (median of 24)", statistics.median(times),
                     statistics.median(floors), "ms", "< 30 ms"))  # fmt: skip
        rows.append(("search 3,000 documents (worst of 24)", max(times), max(floors), "ms",
                     "< 30 ms"))  # fmt: skip
        meeting = TODAY + dt.timedelta(days=10)
        pages = services.packets.packet_pdf(child, meeting).page_count
        packet = best_of(3, lambda: services.packets.packet_pdf(child, meeting))
        rows.append((f"meeting packet PDF ({pages} pages)", packet, floor_pages(pages), "ms",
                     "< 3,000 ms"))  # fmt: skip
        start_year = dt.date(TODAY.year - 3, 8, 1)
        started = time.perf_counter()
        binder_pdf = whole_binder_pdf(services.context, child, start_year, TODAY)
        seconds = time.perf_counter() - started
        floor_seconds = floor_pages(binder_pdf.page_count) / 1000
        rows.append((f"whole-binder PDF ({binder_pdf.page_count} pages), pages per second",
                     binder_pdf.page_count / seconds, binder_pdf.page_count / floor_seconds,
                     "pages/s", "reported"))  # fmt: skip
    database.close()
    return rows


def import_figures(binder: Path, work: Path) -> tuple[list[Row], list[Path]]:
    """500 emails dropped into a copy of L, against the floor; the files stay for the stalls."""
    from iepbinder.services.binder_services import open_services

    copy = work / "copy"
    shutil.copytree(binder, copy)
    (copy / "binder.lock").unlink(missing_ok=True)
    paths = make_emails(work / "mail")
    floor = import_floor(paths, work / "floor")
    with open_services(copy, today=today) as services:
        child = services.children.list_children()[0].id
        start = time.perf_counter()
        report = services.documents.import_paths(child, paths)
        took = time.perf_counter() - start
    assert len(report.imported) == len(paths), report.summary()
    per_second = len(paths) / took
    return [("import 500 emails, emails per second", per_second, len(paths) / floor,
             "emails/s", ">= floor / 3")], paths  # fmt: skip


def process_figures(binder: Path, work: Path) -> list[Row]:
    """Peak memory after visiting every tab, and UI stalls (each in a new process)."""
    _took, memory = child_process("memory", binder)
    _took, floor = child_process("floor", binder)
    rows: list[Row] = [("peak memory, L open, every tab visited", float(memory["peak_mb"]),
                        float(floor["peak_mb"]), "MB", "< 400 MB")]  # fmt: skip
    copy = work / "stall-copy"
    shutil.copytree(binder, copy)
    (copy / "binder.lock").unlink(missing_ok=True)
    mails = make_emails(work / "stall-mail")[:100]
    _took, stalls = child_process("stalls", copy, *map(str, mails))
    idle = float(stalls["idle_ms"])  # type: ignore[arg-type]
    rows.append(("longest UI stall: dropping 100 emails", float(stalls["import_ms"]), idle,  # type: ignore[arg-type]
                 "ms", "< 100 ms"))  # fmt: skip
    rows.append((f"longest UI stall: log PDF export {stalls['pdf_pages']} pages",
                 float(stalls["export_ms"]), idle, "ms", "< 100 ms"))  # type: ignore[arg-type]  # fmt: skip
    return rows


def print_table(rows: list[Row]) -> None:
    """One line per figure: value, floor, ratio, target."""
    print(f"\n{'measurement':66} {'figure':>10} {'floor':>10} {'ratio':>7} unit      target")
    for name, figure, floor, unit, target in rows:
        ratio = figure / floor if floor else float("nan")
        print(f"{name:66} {figure:10.1f} {floor:10.1f} {ratio:7.2f} {unit:9} {target}")


def main(argv: list[str] | None = None) -> int:
    """Build or reuse L, measure everything, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--skip", nargs="*", default=(), help="start gui services import process")
    args = parser.parse_args(argv)
    binder, counts = ensure_binder(args.folder, args.scale)
    print(f"Machine: {platform.platform()}, {os.cpu_count()} CPUs; Python "
          f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}; load "
          f"{os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"Binder: {binder} {counts}")
    # closed at once: a connection left open in this process keeps the binder's write-ahead log,
    # and the program rightly refuses its kept Today while another process has the binder open
    with contextlib.closing(sqlite3.connect(binder / "binder.sqlite3")) as database:
        (child,) = database.execute("SELECT min(id) FROM child").fetchone()
    steps: dict[str, Callable[[Path], list[Row]]] = {
        "start": lambda _work: cold_start(binder),
        "gui": lambda _work: gui_figures(binder, child),
        "services": lambda _work: service_figures(binder, child),
        "import": lambda work: import_figures(binder, work)[0],
        "process": lambda work: process_figures(binder, work),
    }
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="iepbinder-run-") as temp:
        for name, step in steps.items():
            if name in args.skip:
                continue
            work = Path(temp) / name
            work.mkdir()
            rows += step(work)
            print_table(rows[-3:])
    print_table(rows)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
