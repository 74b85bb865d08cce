"""The communication log as CSV, one row per entry, for a spreadsheet or an advocate.

The header and the yes/no words follow the language (the program never reads this file back;
the binder's JSON export is the file it reads). In English they are the stable column names.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from iepbinder.domain.language import N_, t

# One text, so its translation is one catalog entry that clashes with no other word.
HEADER_LINE = N_(
    "date,time,channel,started_by,people,topic,planned_purpose,summary,requests_made,"
    "disagreements,commitments,follow_up_needed,follow_up_due,status,follow_up,logged_at,"
    "written_down_late,delivery_proof"
)
HEADER = tuple(HEADER_LINE.split(","))


@dataclass(frozen=True)
class CsvLine:
    """One entry's values, already in words."""

    day: dt.date
    time_text: str
    channel: str
    started_by: str
    people: str
    topic: str
    planned_purpose: str
    summary: str
    requests_made: Sequence[str]
    disagreements: Sequence[str]
    commitments: Sequence[str]
    follow_up_needed: bool
    follow_up_due: dt.date | None
    status: str
    follow_up: str
    logged_at: dt.datetime
    late: bool
    delivery_proof: str


def header(lang: str | None = None) -> tuple[str, ...]:
    """The column names in the language (the current one by default)."""
    return tuple(t(HEADER_LINE, lang).split(","))


def log_csv(lines: Sequence[CsvLine], lang: str | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark, so spreadsheet programs read the accents right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header(lang))
    yes, no = t("yes", lang), t("no", lang)
    for line in lines:
        writer.writerow(
            [
                line.day.isoformat(), line.time_text, line.channel, line.started_by, line.people,
                line.topic, line.planned_purpose, line.summary, "\n".join(line.requests_made),
                "\n".join(line.disagreements), "\n".join(line.commitments),
                yes if line.follow_up_needed else no,
                line.follow_up_due.isoformat() if line.follow_up_due else "", line.status,
                line.follow_up, line.logged_at.isoformat(timespec="seconds"),
                yes if line.late else no, line.delivery_proof,
            ]
        )  # fmt: skip
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
