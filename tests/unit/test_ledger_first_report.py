"""The ledger's first report after opening reads plain columns: the ORM is never set up for it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY

FIRST_REPORT = """
import datetime as dt, json, sys
from pathlib import Path
from iepbinder.db import models
from iepbinder.services.binder_services import open_services

today = dt.date.fromisoformat(sys.argv[3])
with open_services(Path(sys.argv[1]), today=lambda: today) as services:
    report = services.ledger.report(int(sys.argv[2]))
    print(json.dumps({
        "lines": len(report.services),
        "delivered": sum(line.ledger.delivered for line in report.services),
        "orm_set_up": models.Child.__mapper__.configured,
    }))
"""


def test_the_first_report_in_a_new_process_needs_no_orm_set_up(binder_folder: Path) -> None:
    # Configuring SQLAlchemy's mappers is a one-time cost of the first ORM query in a process
    # (about a third of a 13-year ledger's first report); the ledger's reads do without it.
    with open_services(binder_folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
    with sqlite3.connect(binder_folder / "binder.sqlite3") as database:
        (child,) = database.execute("SELECT min(id) FROM child").fetchone()
    done = subprocess.run(
        [sys.executable, "-c", FIRST_REPORT, str(binder_folder), str(child), TODAY.isoformat()],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    found = json.loads(done.stdout)
    assert found["lines"] > 0 and found["delivered"] > 0  # a real ledger was computed
    assert found["orm_set_up"] is False
