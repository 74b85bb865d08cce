"""Read a school's service log exported as CSV: columns mapped once, date formats detected."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.service_log import ReasonCode, SessionStatus

FIELDS = ("date", "service", "status", "minutes", "scheduled", "reason", "provider", "notes")
REQUIRED = ("date", "service", "status")
_HEADER_WORDS = {
    "date": ("date", "session date", "service date", "day"),
    "service": ("service", "service type", "service name", "discipline", "related service"),
    "status": ("status", "attendance", "outcome", "delivered", "result"),
    "minutes": ("minutes", "minutes delivered", "min", "duration", "time", "mins"),
    "scheduled": ("scheduled", "scheduled minutes", "planned minutes", "required minutes"),
    "reason": ("reason", "reason code", "missed reason", "note code", "absence reason"),
    "provider": ("provider", "therapist", "staff", "clinician", "provided by"),
    "notes": ("notes", "note", "comments", "comment", "description"),
}
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%d.%m.%Y", "%b %d, %Y",
                "%B %d, %Y", "%d %b %Y", "%Y/%m/%d")  # fmt: skip
_STATUS_WORDS: tuple[tuple[SessionStatus, re.Pattern[str]], ...] = (
    (SessionStatus.MAKEUP, re.compile(r"make[- ]?up", re.I)),
    (SessionStatus.PARTIAL, re.compile(r"partial", re.I)),
    (SessionStatus.CANCELLED, re.compile(r"cancel", re.I)),
    (SessionStatus.MISSED, re.compile(r"miss|not (provided|delivered)|absent|no[- ]show|^no$",
                                      re.I)),
    (SessionStatus.DELIVERED, re.compile(r"deliver|provided|present|complete|attend|^yes$|^y$|"
                                         r"^done$|^x$", re.I)),
)  # fmt: skip
_REASON_WORDS: tuple[tuple[ReasonCode, re.Pattern[str]], ...] = (
    (ReasonCode.PROVIDER_VACANCY, re.compile(r"vacan", re.I)),
    (ReasonCode.PROVIDER_ABSENT, re.compile(r"(provider|therapist|staff|slp|teacher)\s+(absent|out|"
                                            r"sick|unavailable)", re.I)),
    (ReasonCode.PROVIDER_OTHER_DUTY, re.compile(r"meeting|training|testing other|other duty",
                                                re.I)),
    (ReasonCode.SCHOOL_SCHEDULE_CHANGE, re.compile(r"late start|early (release|dismissal)|"
                                                   r"delay|closure|closed", re.I)),
    (ReasonCode.SCHOOL_ACTIVITY, re.compile(r"assembly|field trip|testing|assessment", re.I)),
    (ReasonCode.SCHEDULED_HOLIDAY, re.compile(r"holiday", re.I)),
    (ReasonCode.STUDENT_REFUSED, re.compile(r"refus|non[- ]?particip", re.I)),
    (ReasonCode.STUDENT_REMOVED_DISCIPLINE, re.compile(r"suspen|disciplin|removed", re.I)),
    (ReasonCode.STUDENT_ABSENT_ILLNESS, re.compile(r"(student|child)?\s*(absent|ill|sick)", re.I)),
)  # fmt: skip


MAX_BYTES = 20_000_000


class LogFileError(ValueError):
    """The file cannot be read as a CSV service log; the message says why."""


@dataclass(frozen=True)
class ColumnMapping:
    """Which CSV column (by header text) holds each field; '' when the file has none."""

    date: str
    service: str
    status: str
    minutes: str = ""
    scheduled: str = ""
    reason: str = ""
    provider: str = ""
    notes: str = ""

    def missing(self) -> list[str]:
        """Required fields with no column."""
        return [name for name in REQUIRED if not getattr(self, name)]


@dataclass(frozen=True)
class LogRow:
    """One row of the school's log, read."""

    row_number: int
    date: dt.date
    service: str
    status: SessionStatus
    minutes_delivered: int
    scheduled_minutes: int
    reason: ReasonCode | None
    provider: str
    notes: str


@dataclass(frozen=True)
class RowProblem:
    """A row that could not be read (row 1 is the header)."""

    row_number: int
    message: str


@dataclass(frozen=True)
class ReadLog:
    """Rows read, rows refused, and the date format found."""

    rows: tuple[LogRow, ...]
    problems: tuple[RowProblem, ...]
    date_format: str


def read_table(data: bytes) -> tuple[list[str], list[list[str]]]:
    """The header and the data rows of a CSV file (UTF-8 with or without BOM, or Windows-1252)."""
    if len(data) > MAX_BYTES:
        raise LogFileError(
            t(
                "The file is larger than {size} MB, too large for a service log. Export a "
                "shorter date range from the school's system.",
                size=MAX_BYTES // 1_000_000,
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise LogFileError(t("The file is empty."))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        table = [row for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise LogFileError(
            t(
                "The file could not be read as a table ({detail}). Open it in a spreadsheet and "
                "save it again as CSV.",
                detail=exc,
            )
        ) from exc
    header = [cell.strip() for cell in table[0]]
    if len([h for h in header if h]) < 2:
        raise LogFileError(t("The first row should name the columns (Date, Service, Status...)."))
    return header, table[1:]


def guess_mapping(header: Sequence[str]) -> ColumnMapping:
    """A first guess of the columns from their header text; the parent confirms it."""
    lowered = {h.strip().casefold(): h for h in header}
    found: dict[str, str] = {}
    for name in FIELDS:
        for word in _HEADER_WORDS[name]:
            if word in lowered and lowered[word] not in found.values():
                found[name] = lowered[word]
                break
    return ColumnMapping(**{name: found.get(name, "") for name in FIELDS})


def detect_date_format(values: Sequence[str]) -> str | None:
    """The one format that reads the most of the values (ties: US month/day first)."""
    best, best_count = None, 0
    cleaned = [v.strip() for v in values if v.strip()]
    for fmt in DATE_FORMATS:
        count = sum(1 for v in cleaned if _parse_date(v, fmt) is not None)
        if count > best_count:
            best, best_count = fmt, count
    return best


def _parse_date(value: str, fmt: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value.strip(), fmt).date()
    except ValueError:
        return None


def read_status(text: str) -> SessionStatus | None:
    """The status a log's word means, or None."""
    return next((s for s, p in _STATUS_WORDS if p.search(text.strip())), None)


def read_reason(text: str) -> ReasonCode | None:
    """The reason code a log's words mean, or None (the words are kept in the notes)."""
    if not text.strip():
        return None
    return next((r for r, p in _REASON_WORDS if p.search(text)), ReasonCode.OTHER)


def read_log(data: bytes, mapping: ColumnMapping) -> ReadLog:
    """Every row read with the mapping; a bad row is reported by number and the rest go on."""
    header, rows = read_table(data)
    missing = mapping.missing()
    if missing:
        raise LogFileError(
            t("Choose a column for: {fields}.", fields=", ".join(t(name) for name in missing))
        )
    index = {name: header.index(getattr(mapping, name)) for name in FIELDS
             if getattr(mapping, name) in header}  # fmt: skip
    absent = [getattr(mapping, n) for n in FIELDS if getattr(mapping, n) and n not in index]
    if absent:
        raise LogFileError(t("The file has no column named {columns}.", columns=", ".join(absent)))
    date_format = detect_date_format([r[index["date"]] for r in rows if len(r) > index["date"]])
    read: list[LogRow] = []
    problems: list[RowProblem] = []
    for number, cells in enumerate(rows, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        try:
            read.append(_row(number, cells, index, date_format))
        except ValueError as exc:
            problems.append(
                RowProblem(number, t("Row {number}: {problem}", number=number, problem=exc))
            )
    return ReadLog(tuple(read), tuple(problems), date_format or "")


def _cell(cells: Sequence[str], index: dict[str, int], name: str) -> str:
    position = index.get(name)
    return cells[position].strip() if position is not None and position < len(cells) else ""


def _minutes(text: str, what: str) -> int:
    if not text:
        return 0
    match = re.fullmatch(r"(\d{1,3})(?:\.\d+)?\s*(min(ute)?s?)?", text.strip(), re.I)
    if match is None:
        raise ValueError(
            t("the {what} '{text}' is not a number of minutes.", what=t(what), text=text)
        )
    return int(match.group(1))


def _row(number: int, cells: Sequence[str], index: dict[str, int], fmt: str | None) -> LogRow:
    raw_date = _cell(cells, index, "date")
    day = _parse_date(raw_date, fmt) if fmt else None
    if day is None:
        raise ValueError(t("'{text}' is not a date like the others in the file.", text=raw_date)
                         if raw_date else t("the date is empty."))  # fmt: skip
    service = _cell(cells, index, "service")
    if not service:
        raise ValueError(t("the service is empty."))
    raw_status = _cell(cells, index, "status")
    status = read_status(raw_status)
    if status is None:
        raise ValueError(t("the status '{text}' is not one we know (delivered, missed, partial, "
                           "make-up, cancelled).", text=raw_status))  # fmt: skip
    minutes = _minutes(_cell(cells, index, "minutes"), N_("minutes"))
    scheduled = _minutes(_cell(cells, index, "scheduled"), N_("scheduled minutes"))
    raw_reason = _cell(cells, index, "reason")
    reason = read_reason(raw_reason)
    if reason is None and status is SessionStatus.MISSED and "absent" in raw_status.casefold():
        reason = ReasonCode.STUDENT_ABSENT_ILLNESS
    notes = " \u2014 ".join(t for t in (raw_reason, _cell(cells, index, "notes")) if t)
    return LogRow(number, day, service, status, minutes, scheduled, reason,
                  _cell(cells, index, "provider"), notes)  # fmt: skip
