"""The large-binder generator (benchmarks/generate.py) builds a valid binder at a small scale."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.generate import Counts, ensure_binder, today
from iepbinder.services.binder_services import open_services

SCALE = 0.02  # one school year, 1 in 50 of every other count


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Counts]:
    """One small binder L for this module's tests."""
    return ensure_binder(tmp_path_factory.mktemp("large") / "L", SCALE)


def test_small_binder_has_every_kind_of_record(small: tuple[Path, Counts]) -> None:
    binder, counts = small
    # Each count at 2%: 300 goals -> 150 a child -> 3; 50 reports -> 25 -> 1 (rounded 0.5
    # to even gives 0, so the floor of 1 applies); 8,500 typed entries -> 4,250 -> 85;
    # 1,500 emails -> 750 -> 15; 750 other files -> 375 -> 8 (7.5 rounds to even 8).
    assert (counts.children, counts.school_years) == (2, 1)
    assert (counts.goals, counts.data_points, counts.reports) == (6, 6 * 40, 2)
    assert (counts.log_entries_typed, counts.emails, counts.other_files) == (170, 30, 16)
    with open_services(binder, today=today) as services:
        children = services.children.list_children()
        assert len(children) == 2
        for child in children:
            plans = services.plans.list_plans(child.id)
            assert len(plans) == 1
            assert len(services.plans.list_services(plans[0].id)) == 6
            goals = services.plans.list_goals(plans[0].id)
            assert len(goals) == 3
            assert all(len(services.progress_points.list_points(g.id)) == 40 for g in goals)
            assert len(services.progress_reports.list_reports(child.id)) == 1
            # 85 typed entries + 15 emails, each email logged once.
            assert len(services.commlog.list_rows(child.id).rows) == 85 + 15
            # 15 emails + 8 attachments (every other email, from the first: 8 of 15) + 8 files.
            assert len(services.documents.list_documents(child.id)) == 15 + 8 + 8
            report = services.ledger.report(child.id)
            assert len(report.services) == 6
    with sqlite3.connect(binder / "binder.sqlite3") as database:
        (sessions,) = database.execute("SELECT count(*) FROM service_session").fetchone()
    assert sessions == counts.sessions
    # 6 services x 2 sessions a school day x 170 to 200 school days, for 2 children.
    assert 6 * 2 * 170 * 2 <= sessions <= 6 * 2 * 200 * 2


def test_a_second_run_reuses_the_binder(small: tuple[Path, Counts]) -> None:
    binder, first = small
    stamp = (binder / "binder.sqlite3").stat().st_mtime_ns
    again_binder, again = ensure_binder(binder.parent, SCALE)
    assert (again_binder, again) == (binder, first)  # read back from generated.json
    assert (binder / "binder.sqlite3").stat().st_mtime_ns == stamp  # not built again
