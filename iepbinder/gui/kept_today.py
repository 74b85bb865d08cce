"""Today as it was shown at the last close, kept beside the binder to paint the next start early.

At close the window writes what its Today tab shows for the first child (the child the next start
shows first) into ``today-kept.json`` in the binder folder, for the day of the close and the next
few days (Today's facts depend only on the binder, the date, the language and the version, so a
close on Friday can answer Monday's start), with a stamp of the SQLite file taken after the
database was closed. At the next start the file is shown before the database code is
even imported, but only when a live read would give exactly the same: the same binder file
(size, modification time, inode and SQLite's header: nothing written since), no write-ahead log
waiting, the modification time old enough when it was taken that no later write can share it
(as git does for its index: a write within the file system's time step would keep the same
time), a day it was kept for, the same interface language and the same program version.
Anything else (a day not kept, a change made elsewhere, a missing, partial or corrupt file) and
the file is ignored: the program starts the usual way. Only the standard library is used here,
so reading costs a few milliseconds.

The file sits in the binder folder rather than a cache folder: it holds the child's facts, so it
belongs with the binder (the folder's permissions, deleted with it), and not in a place the
parent does not know about.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from iepbinder import __version__
from iepbinder.export.files import write_atomic

KEPT_NAME = "today-kept.json"
DATABASE_NAME = "binder.sqlite3"  # db/backup.py DB_NAME; gui may not import db
FORMAT = 2  # 2: one entry per kept day
FINE_STEP_NS = 100_000_000  # file systems with sub-second times tick every 10 ms at most
COARSE_STEP_NS = 2_000_000_000  # FAT keeps 2-second times, HFS+ whole seconds


@dataclass(frozen=True)
class KeptSection:
    """One list of the Today tab: its title, column headers and cells (text, tooltip)."""

    key: str
    title: str
    columns: list[str]
    rows: list[list[list[str]]]  # row -> cell -> [text, tooltip]
    empty: str = ""


@dataclass(frozen=True)
class KeptToday:
    """What the Today tab showed for one child on one day."""

    child_id: int
    child_name: str
    day: str  # ISO date the facts were computed for
    heading: str
    calm: str
    sections: list[KeptSection]
    menus: list[str] = field(default_factory=list)  # the window's menu titles and tab titles,
    tabs: list[str] = field(default_factory=list)  # shown (inactive) around the kept Today


def binder_stamp(folder: Path) -> dict[str, int] | None:
    """The identity of the binder's SQLite file now; None when it cannot vouch for itself.

    None when the file is missing or a write-ahead log holds changes not yet in the file.
    Bytes 24-27 of the header are SQLite's change counter, 92-95 the version it is valid for.
    """
    database = Path(folder) / DATABASE_NAME
    wal = database.with_name(DATABASE_NAME + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return None
        status = database.stat()
        with database.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100:
        return None
    return {
        "size": status.st_size,
        "mtime_ns": status.st_mtime_ns,
        "inode": status.st_ino,
        "change_counter": int.from_bytes(header[24:28], "big"),
        "valid_for": int.from_bytes(header[92:96], "big"),
    }


def _time_step(mtime_ns: int) -> int:
    """How far apart two writes must be to surely get different times (whole seconds: coarse)."""
    return COARSE_STEP_NS if mtime_ns % 1_000_000_000 == 0 else FINE_STEP_NS


def settled_stamp(folder: Path) -> dict[str, int] | None:
    """The file's stamp once its modification time is a step in the past, or None.

    A file written less than one time step ago could be written again without its time
    changing, so the stamp waits for that step (at most 0.1 s) and checks that nothing changed
    meanwhile; on a file system with whole-second times a recent file is not stamped at all.
    """
    stamp = binder_stamp(folder)
    if stamp is None:
        return None
    wait_ns = stamp["mtime_ns"] + _time_step(stamp["mtime_ns"]) - time.time_ns()
    if wait_ns > FINE_STEP_NS:
        return None
    if wait_ns > 0:
        time.sleep(wait_ns / 1e9)
    if binder_stamp(folder) != stamp:
        return None
    return {**stamp, "stamped_ns": time.time_ns()}


def _stamp_still_holds(kept_stamp: dict[str, int], folder: Path) -> bool:
    stamp = dict(kept_stamp)
    stamped_ns = stamp.pop("stamped_ns")
    settled = stamp["mtime_ns"] + _time_step(stamp["mtime_ns"]) <= stamped_ns
    return settled and stamp == binder_stamp(folder)


def keep_today(folder: Path, kept: Sequence[KeptToday], language: str) -> bool:
    """Write the kept Today of each day after the database was closed; False when not kept."""
    stamp = settled_stamp(folder)
    if stamp is None:
        forget_today(folder)
        return False
    payload = {
        "format": FORMAT,
        "version": __version__,
        "language": language,
        "stamp": stamp,
        "days": {day.day: asdict(day) for day in kept},
    }
    try:
        write_atomic(Path(folder) / KEPT_NAME, json.dumps(payload, ensure_ascii=False).encode())
    except OSError:
        return False
    return True


def forget_today(folder: Path) -> None:
    """Remove a kept Today (it no longer matches the binder)."""
    with contextlib.suppress(OSError):
        (Path(folder) / KEPT_NAME).unlink(missing_ok=True)


def read_kept_today(folder: Path, today: dt.date, language: str) -> KeptToday | None:
    """The kept Today when it is provably what a live read would show now, else None."""
    try:
        payload = json.loads((Path(folder) / KEPT_NAME).read_text(encoding="utf-8"))
        if (
            payload.get("format") != FORMAT
            or payload.get("version") != __version__
            or payload.get("language") != language
            or not _stamp_still_holds(payload["stamp"], folder)
        ):
            return None
        raw = payload["days"].get(today.isoformat())
        if raw is None or raw["day"] != today.isoformat():
            return None
        return _kept_from(raw)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _kept_from(raw: dict[str, Any]) -> KeptToday:
    sections = [
        KeptSection(
            key=str(s["key"]),
            title=str(s["title"]),
            columns=[str(c) for c in s["columns"]],
            rows=[[[str(cell[0]), str(cell[1])] for cell in row] for row in s["rows"]],
            empty=str(s.get("empty", "")),
        )
        for s in raw["sections"]
    ]
    return KeptToday(
        child_id=int(raw["child_id"]),
        child_name=str(raw["child_name"]),
        day=str(raw["day"]),
        heading=str(raw["heading"]),
        calm=str(raw["calm"]),
        sections=sections,
        menus=[str(title) for title in raw.get("menus", [])],
        tabs=[str(title) for title in raw.get("tabs", [])],
    )
