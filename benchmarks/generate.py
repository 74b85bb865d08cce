"""Build the large benchmark binder "L": python -m benchmarks.generate [FOLDER] [--scale S].

Binder L (issue 10), built only through the program's own services and import paths:
2 children x 13 school years (each year the demo's district calendar and an annual IEP with
6 services of two 30-minute sessions a school day: about 30,000 sessions per child), 10,000
communication-log entries (8,500 typed in through ``commlog.import_entries``, 1,500 made by
the email import), 3,000 documents (1,500 school emails in .eml form, half of them with a PDF
data sheet attached, and 750 letters and notes, all through ``documents.import_paths``),
300 goals with 40 data points each and 50 progress reports.

The binder is cached in FOLDER (default /tmp/iepbinder-L): a finished build writes
``generated.json`` with its scale and counts, and a later run with the same scale reuses it.
``--scale`` shrinks every count (and the number of school years) for a quick test binder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.bench_documents import NAMES, sentence
from benchmarks.bench_ledger import REASONS, SERVICES
from benchmarks.large_files import address, write_emails, write_other_files
from iepbinder.domain.amount import Amount
from iepbinder.domain.commlog import Channel, EntryStatus, Initiator, LogEntryData, Participant
from iepbinder.domain.expected import session_slots
from iepbinder.domain.progress_records import (
    DataPointData,
    ProgressReportData,
    ReportEntryData,
    ReportInput,
    ReportStatus,
)
from iepbinder.domain.records import ChildData, ContactData, GoalData, IepData, ServiceData
from iepbinder.domain.service_log import SessionData, SessionStatus
from iepbinder.domain.types import Period
from iepbinder.services.binder_services import BinderServices, open_services
from iepbinder.services.demo_sessions import demo_school_year
from iepbinder.services.dto import IepRow
from iepbinder.services.ledger_inputs import load_mandates

DEFAULT_FOLDER = Path("/tmp/iepbinder-L")
MARKER = "generated.json"
FIRST_YEAR, YEARS = 2014, 13
TODAY = dt.date(FIRST_YEAR + YEARS, 5, 14)  # late in the thirteenth school year
CHILDREN = (("Maya", "Rodríguez"), ("Leo", "Rodríguez"))
TYPED_LOG_ENTRIES, EMAILS, OTHER_FILES = 8_500, 1_500, 750
GOALS, POINTS_PER_GOAL, REPORTS = 300, 40, 50
STATUSES = (ReportStatus.SUFFICIENT, ReportStatus.INSUFFICIENT, ReportStatus.MET)


@dataclass(frozen=True)
class Counts:
    """What the generator put in the binder (the test checks these against the services)."""

    scale: float
    children: int
    school_years: int
    sessions: int
    log_entries_typed: int
    emails: int
    other_files: int
    goals: int
    data_points: int
    reports: int
    seconds: float


def scaled(count: int, scale: float, least: int = 1) -> int:
    """A count shrunk by ``scale`` (never below ``least``)."""
    return max(least, round(count * scale))


def today() -> dt.date:
    """The benchmark's fixed 'today'."""
    return TODAY


def add_calendar(services: BinderServices, years: int) -> None:
    """One school year after another, each with the demo district's days off."""
    for start_year in range(FIRST_YEAR, FIRST_YEAR + years):
        data, events = demo_school_year(start_year)
        year = services.calendar.add_year(data).row
        for event in events:
            services.calendar.add_event(year.id, event)


def add_plans(services: BinderServices, child: int, years: int) -> list[IepRow]:
    """An annual IEP each school year, with the six services of two sessions a day."""
    twice_a_day = Amount(Period.WEEK, None, 10, None, 30, None, 300, None)
    plans = []
    for start_year in range(FIRST_YEAR, FIRST_YEAR + years):
        data, _events = demo_school_year(start_year)
        plan = services.plans.add_plan(
            child, IepData(start_date=data.first_day, end_date=data.last_day)
        ).row
        for name in SERVICES:
            services.plans.add_service(plan.id, ServiceData(name, amount=twice_a_day))
        plans.append(plan)
    return plans


def add_sessions(services: BinderServices, child: int) -> int:
    """Every expected session up to today, 1 in 23 missed for one of four reasons."""
    calendar = services.calendar.calendar()
    with services.context.session_factory() as session:
        mandates = load_mandates(session, child).mandates
    total = 0
    for mandate in mandates:
        days = sorted(session_slots(mandate, calendar, mandate.start, min(mandate.end, TODAY)))
        entries = []
        for number, day in enumerate(days):
            if number % 23 == 7:
                reason = REASONS[number % len(REASONS)]
                data = SessionData(day, SessionStatus.MISSED, 30, 0, reason)
            else:
                data = SessionData(day, SessionStatus.DELIVERED, 30, 30)
            entries += [(mandate.service, data), (mandate.service, data)]  # two a day
        services.sessions.log_sessions(child, entries)
        total += len(entries)
    return total


def add_goals(services: BinderServices, plans: list[IepRow], count: int, seed: int) -> int:
    """``count`` goals spread over the plans, each with 40 measurements six days apart."""
    rng = random.Random(seed)
    points = 0
    for number in range(count):
        plan = plans[number % len(plans)]
        start, end = plan.data.start_date, plan.data.end_date
        assert start is not None and end is not None
        goal = services.plans.add_goal(
            plan.id,
            GoalData(
                f"Goal {number + 1}: {sentence(rng, 14)}",
                area=("Reading", "Writing", "Math", "Speech", "Behavior")[number % 5],
                unit="percent correct",
                baseline_value=30.0,
                baseline_date=start,
                target_value=80.0,
                target_date=end,
            ),
        ).row
        data = [
            DataPointData(
                start + dt.timedelta(days=6 * (week + 1)),
                round(min(100.0, max(0.0, 30 + week * 1.2 + rng.gauss(0, 6))), 1),
            )
            for week in range(POINTS_PER_GOAL)
        ]
        services.progress_points.add_points(goal.id, data)
        points += len(data)
    return points


def add_reports(services: BinderServices, child: int, plans: list[IepRow], count: int) -> None:
    """``count`` progress reports, each about every goal of its plan."""
    for number in range(count):
        plan = plans[number % len(plans)]
        assert plan.data.start_date is not None
        year = plan.data.start_date.year + (1 if number // len(plans) % 2 else 0)
        month = 1 if year > plan.data.start_date.year else 11
        period_end = dt.date(year, month, 15)
        entries = tuple(
            ReportEntryData(goal.id, STATUSES[(goal.id + number) % 3], sentence_for(goal.id))
            for goal in services.plans.list_goals(plan.id)
        )
        report = ProgressReportData(
            f"Report {number + 1} ({period_end:%B %Y})",
            period_end=period_end,
            expected_date=period_end + dt.timedelta(days=14),
            received_date=period_end + dt.timedelta(days=14),
        )
        services.progress_reports.save_report(
            child, None, None, plan.id, ReportInput(report, entries)
        )


def sentence_for(goal_id: int) -> str:
    """A report's words about a goal (some vague, as real reports are)."""
    if goal_id % 3 == 0:
        return "Making progress toward the goal; continues to work on it in small group."
    return f"Scored {40 + goal_id % 50}% on the last three probes (baseline 30%)."


def add_log_entries(services: BinderServices, child: int, count: int, seed: int) -> None:
    """``count`` calls, meetings, emails and notes over the thirteen years."""
    first = dt.date(FIRST_YEAR, 8, 20)
    span = (TODAY - first).days
    channels = (Channel.EMAIL, Channel.PHONE, Channel.MEETING, Channel.NOTE_HOME)
    entries = [
        LogEntryData(
            first + dt.timedelta(days=number * span // count),
            channels[number % len(channels)],
            participants=(Participant(NAMES[number % len(NAMES)]),),
            topic=f"Topic {seed}-{number}",
            summary="Asked about the reading group, the data sheets and the speech schedule. "
            f"The reply said the schedule would come next week ({number}).",
            initiated_by=Initiator.PARENT if number % 2 else Initiator.SCHOOL,
            status=EntryStatus.WAITING if number % 50 == 1 else EntryStatus.DONE,
        )
        for number in range(count)
    ]
    for start in range(0, count, 2_000):
        services.commlog.import_entries(child, entries[start : start + 2_000])


def import_documents(
    services: BinderServices, child: int, files: Path, emails: int, others: int, seed: int
) -> None:
    """Drop the emails and the other files into the binder, as the Documents tab does."""
    first, last = dt.date(FIRST_YEAR, 9, 1), TODAY - dt.timedelta(days=1)
    paths = write_emails(files / f"mail-{seed}", emails, first, last, seed)
    paths += write_other_files(files / f"files-{seed}", others, seed)
    for start in range(0, len(paths), 250):
        report = services.documents.import_paths(child, paths[start : start + 250])
        if len(report.imported) != len(paths[start : start + 250]):
            raise RuntimeError(f"import failed: {report.summary()}")


def build(folder: Path, scale: float = 1.0) -> Counts:
    """Build binder L (or a smaller one) in ``folder``, which must not exist yet."""
    started = time.perf_counter()
    years = min(YEARS, scaled(YEARS, scale))
    per_child = len(CHILDREN)
    services = open_services(folder, create=True, today=today)
    try:
        for name in NAMES:
            services.team.add_contact(ContactData(name, "", address(name)))
        add_calendar(services, years)
        sessions = points = 0
        for seed, (first_name, last_name) in enumerate(CHILDREN, start=1):
            child = services.children.add_child(ChildData(first_name, last_name)).row.id
            plans = add_plans(services, child, years)
            sessions += add_sessions(services, child)
            points += add_goals(services, plans, scaled(GOALS // per_child, scale), seed)
            add_reports(services, child, plans, scaled(REPORTS // per_child, scale))
            add_log_entries(services, child, scaled(TYPED_LOG_ENTRIES // per_child, scale), seed)
            import_documents(
                services,
                child,
                folder.parent / f"{folder.name}-files",
                scaled(EMAILS // per_child, scale, 2),
                scaled(OTHER_FILES // per_child, scale, 2),
                seed,
            )
    finally:
        services.close()
        shutil.rmtree(folder.parent / f"{folder.name}-files", ignore_errors=True)
    return Counts(
        scale=scale,
        children=per_child,
        school_years=years,
        sessions=sessions,
        log_entries_typed=per_child * scaled(TYPED_LOG_ENTRIES // per_child, scale),
        emails=per_child * scaled(EMAILS // per_child, scale, 2),
        other_files=per_child * scaled(OTHER_FILES // per_child, scale, 2),
        goals=per_child * scaled(GOALS // per_child, scale),
        data_points=points,
        reports=per_child * scaled(REPORTS // per_child, scale),
        seconds=round(time.perf_counter() - started, 1),
    )


def ensure_binder(folder: Path = DEFAULT_FOLDER, scale: float = 1.0) -> tuple[Path, Counts]:
    """The binder in ``folder`` (built once; reused while its scale matches)."""
    marker = folder / MARKER
    if marker.exists():
        found = Counts(**json.loads(marker.read_text(encoding="utf-8")))
        if found.scale == scale:
            return folder / "binder", found
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    counts = build(folder / "binder", scale)
    marker.write_text(json.dumps(asdict(counts), indent=2), encoding="utf-8")
    return folder / "binder", counts


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the binder and print its counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--scale", type=float, default=1.0, help="shrink every count (0-1]")
    args = parser.parse_args(argv)
    binder, counts = ensure_binder(args.folder, args.scale)
    print(f"binder {binder}: {json.dumps(asdict(counts))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
