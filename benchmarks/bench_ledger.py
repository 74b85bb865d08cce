"""Ledger and month-view speed on a large binder: python benchmarks/bench_ledger.py.

Builds, through the services, a child with 6 services over 13 school years (about 30,000
sessions), then times the ledger of every service and a month switch in the Calendar tab.
Each figure is printed with a floor measured in the same run (reading the same rows with
plain sqlite3), so the ratio says how much the program adds on top of the unavoidable I/O.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from iepbinder.domain.amount import Amount  # noqa: E402
from iepbinder.domain.expected import session_slots  # noqa: E402
from iepbinder.domain.records import ChildData, IepData, ServiceData  # noqa: E402
from iepbinder.domain.service_log import ReasonCode, SessionData, SessionStatus  # noqa: E402
from iepbinder.domain.types import Period  # noqa: E402
from iepbinder.services.binder_services import BinderServices, open_services  # noqa: E402
from iepbinder.services.demo_sessions import demo_school_year  # noqa: E402
from iepbinder.services.ledger_inputs import load_mandates  # noqa: E402

FIRST_YEAR, YEARS = 2014, 13
TODAY = dt.date(FIRST_YEAR + YEARS, 5, 14)
SERVICES = (
    "Reading instruction",
    "Math instruction",
    "Behavior support",
    "Speech-language therapy",
    "Occupational therapy",
    "Counseling",
)
REASONS = (
    ReasonCode.PROVIDER_ABSENT,
    ReasonCode.STUDENT_ABSENT_ILLNESS,
    ReasonCode.STUDENT_REFUSED,
    ReasonCode.SCHOOL_ACTIVITY,
)


def build(folder: Path) -> tuple[BinderServices, int, int]:
    """The big binder: 13 school years, a plan a year with 6 services of 2 sessions a day."""
    services = open_services(folder, create=True, today=lambda: TODAY)
    child = services.children.add_child(ChildData("Bench", "Mark")).row.id
    twice_a_day = Amount(Period.WEEK, None, 10, None, 30, None, 300, None)
    for start_year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        data, events = demo_school_year(start_year)
        year = services.calendar.add_year(data).row
        for event in events:
            services.calendar.add_event(year.id, event)
        plan = services.plans.add_plan(
            child, IepData(start_date=data.first_day, end_date=data.last_day)
        ).row
        for name in SERVICES:
            services.plans.add_service(plan.id, ServiceData(name, amount=twice_a_day))
    calendar = services.calendar.calendar()
    with services.context.session_factory() as session:
        mandates = load_mandates(session, child).mandates
    total = 0
    for mandate in mandates:
        entries = []
        for number, day in enumerate(
            sorted(session_slots(mandate, calendar, mandate.start, min(mandate.end, TODAY)))
        ):
            if number % 23 == 7:
                reason = REASONS[number % len(REASONS)]
                entries.append(SessionData(day, SessionStatus.MISSED, 30, 0, reason))
            else:
                entries.append(SessionData(day, SessionStatus.DELIVERED, 30, 30))
            entries.append(entries[-1])  # two sessions a day
        services.sessions.log_sessions(child, [(mandate.service, e) for e in entries])
        total += len(entries)
    return services, child, total


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The median of ``runs`` timings in milliseconds (after one warm-up run)."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Build the binder, then print each figure with its floor and the ratio."""
    from iepbinder.gui.app import GuiApp, make_application
    from iepbinder.gui.tabs.calendar import CalendarTab
    from iepbinder.gui.tasks import SyncRunner

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "big"
        started = time.perf_counter()
        services, child, total = build(folder)
        print(f"built {total} sessions in {time.perf_counter() - started:.1f} s")
        first = dt.date(FIRST_YEAR, 8, 1)
        whole = best_of(5, lambda: services.ledger.report(child, first, TODAY))
        year = best_of(5, lambda: services.ledger.report(child))
        services.close()
        database = sqlite3.connect(folder / "binder.sqlite3")

        def read_all() -> object:
            return database.execute(
                "SELECT id, service_type, session_date, status, scheduled_minutes, "
                "minutes_delivered, reason, attribution, source FROM service_session "
                "WHERE child_id = ? AND deleted_at IS NULL",
                (child,),
            ).fetchall()

        floor_all = best_of(5, read_all)
        app = make_application()
        gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
        gui.open_folder(folder, create=False)
        gui.window.resize(1280, 800)
        gui.window.show()
        tab = gui.window.binder_tabs["calendar"]
        assert isinstance(tab, CalendarTab)
        gui.window.tabs.setCurrentWidget(tab)
        app.processEvents()
        step = [1]

        def switch() -> None:
            step[0] = -step[0]
            tab.go_month(step[0])
            tab.grid.viewport().repaint()

        month = best_of(9, switch)

        def read_month() -> object:
            return database.execute(
                "SELECT id, service_type, session_date, status, minutes_delivered "
                "FROM service_session WHERE child_id = ? AND session_date BETWEEN ? AND ? "
                "AND deleted_at IS NULL",
                (child, "2027-04-27", "2027-06-07"),
            ).fetchall()

        floor_month = best_of(9, read_month)
        gui.shutdown()
        database.close()
    rows = (
        ("ledger, all 6 services, 13 school years", whole, floor_all, 200.0),
        ("ledger, all 6 services, current plan to today", year, floor_all, 200.0),
        ("month switch in the Calendar tab", month, floor_month, 50.0),
    )
    print(f"{'measurement':48} {'ms':>8} {'floor ms':>9} {'ratio':>7} {'target ms':>10}")
    for name, value, floor, target in rows:
        print(f"{name:48} {value:8.1f} {floor:9.2f} {value / floor:7.1f} {target:10.0f}")


if __name__ == "__main__":
    main()
