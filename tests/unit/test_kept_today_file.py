"""The kept Today file: written beside the binder, trusted only while the binder is unchanged."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from iepbinder import __version__
from iepbinder.gui.kept_today import (
    COARSE_STEP_NS,
    FINE_STEP_NS,
    KEPT_NAME,
    KeptSection,
    KeptToday,
    binder_stamp,
    keep_today,
    read_kept_today,
    settled_stamp,
)

DAY = dt.date(2026, 11, 29)
KEPT = KeptToday(
    child_id=1,
    child_name="Leo",
    day="2026-11-29",
    heading="Today, November 29, 2026",
    calm="All caught up. Next check-in: December 7.",
    sections=[KeptSection("deadlines", "Deadlines", ["Possible deadline", "What", "Rule"],
                          [[["2027-09-15", "Possible deadline, verify."], ["Complaint", ""],
                            ["T-STATE-COMPLAINT", ""]]])],
)  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A binder folder whose SQLite file is in WAL mode, as the program's, and closed."""
    database = sqlite3.connect(tmp_path / "binder.sqlite3")
    database.execute("PRAGMA journal_mode=WAL")
    database.execute("CREATE TABLE meeting (id INTEGER PRIMARY KEY, place TEXT)")
    database.execute("INSERT INTO meeting (place) VALUES ('Room 12')")
    database.commit()
    database.close()
    return tmp_path


def write_one_row(folder: Path) -> None:
    database = sqlite3.connect(folder / "binder.sqlite3")
    database.execute("UPDATE meeting SET place = 'Room 14'")
    database.commit()
    database.close()


def test_kept_today_reads_back_as_written(folder: Path) -> None:
    assert keep_today(folder, [KEPT], "en")
    assert read_kept_today(folder, DAY, "en") == KEPT
    payload = json.loads((folder / KEPT_NAME).read_text(encoding="utf-8"))
    assert payload["version"] == __version__ and payload["language"] == "en"


def test_one_row_written_right_after_keeping_makes_it_untrusted(folder: Path) -> None:
    """SQLite in WAL mode keeps its header's change counter; only the file's time shows it."""
    assert keep_today(folder, [KEPT], "en")
    before = binder_stamp(folder)
    write_one_row(folder)
    after = binder_stamp(folder)
    assert before is not None and after is not None
    assert before["change_counter"] == after["change_counter"]  # why the time must differ
    assert before["mtime_ns"] != after["mtime_ns"]
    assert read_kept_today(folder, DAY, "en") is None


def test_the_stamp_waits_until_no_write_can_share_the_files_time(folder: Path) -> None:
    write_one_row(folder)  # just now
    stamp = settled_stamp(folder)
    assert stamp is not None
    assert stamp["stamped_ns"] >= stamp["mtime_ns"] + FINE_STEP_NS


def test_whole_second_times_recently_written_are_not_stamped(folder: Path) -> None:
    """A file system keeping whole seconds (FAT, HFS+) could hide a write within 2 seconds."""
    database = folder / "binder.sqlite3"
    second = time.time_ns() // 1_000_000_000 * 1_000_000_000
    os.utime(database, ns=(second, second))
    assert settled_stamp(folder) is None
    assert not keep_today(folder, [KEPT], "en")
    earlier = second - COARSE_STEP_NS - 1_000_000_000
    os.utime(database, ns=(earlier, earlier))
    assert keep_today(folder, [KEPT], "en")
    assert read_kept_today(folder, DAY, "en") == KEPT


def test_a_stamp_taken_too_soon_after_a_write_is_not_trusted(folder: Path) -> None:
    assert keep_today(folder, [KEPT], "en")
    path = folder / KEPT_NAME
    payload = json.loads(path.read_text(encoding="utf-8"))
    payload["stamp"]["stamped_ns"] = payload["stamp"]["mtime_ns"] + FINE_STEP_NS // 2
    path.write_text(json.dumps(payload), encoding="utf-8")
    assert read_kept_today(folder, DAY, "en") is None


@pytest.mark.parametrize(
    ("field", "value"),
    [("version", "0.0.1"), ("format", 0), ("language", "es")],
)
def test_another_version_format_or_language_is_not_trusted(
    folder: Path, field: str, value: object
) -> None:
    assert keep_today(folder, [KEPT], "en")
    path = folder / KEPT_NAME
    payload = json.loads(path.read_text(encoding="utf-8"))
    payload[field] = value
    path.write_text(json.dumps(payload), encoding="utf-8")
    assert read_kept_today(folder, DAY, "en") is None


def test_another_day_or_a_missing_file_is_not_trusted(folder: Path, tmp_path: Path) -> None:
    assert keep_today(folder, [KEPT], "en")
    assert read_kept_today(folder, DAY + dt.timedelta(days=1), "en") is None
    assert read_kept_today(tmp_path / "nowhere", DAY, "en") is None


def test_a_write_ahead_log_with_changes_is_not_stamped(folder: Path) -> None:
    other = sqlite3.connect(folder / "binder.sqlite3")
    other.execute("UPDATE meeting SET place = 'Room 14'")
    other.commit()  # in the log, not yet in the file
    try:
        assert binder_stamp(folder) is None
        assert not keep_today(folder, [KEPT], "en")
        assert not (folder / KEPT_NAME).exists()
    finally:
        other.close()


def test_the_first_paint_imports_no_database_code() -> None:
    """The start's first module and the kept window load neither SQLAlchemy nor our services."""
    code = (
        "import sys\n"
        "import iepbinder.gui.start\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic',"
        " 'reportlab') or m.startswith(('iepbinder.db', 'iepbinder.services')))\n"
        "print(heavy)\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == "[]"


def test_each_kept_day_is_read_on_its_own_day_only(folder: Path) -> None:
    monday = replace(KEPT, day="2026-11-30", heading="Today, November 30, 2026")
    assert keep_today(folder, [KEPT, monday], "en")
    assert read_kept_today(folder, DAY, "en") == KEPT
    assert read_kept_today(folder, DAY + dt.timedelta(days=1), "en") == monday
    assert read_kept_today(folder, DAY + dt.timedelta(days=2), "en") is None  # not kept
    write_one_row(folder)
    assert read_kept_today(folder, DAY + dt.timedelta(days=1), "en") is None  # one stamp, all days
