"""Load what the ledger needs for a child: date-effective mandates and logged sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from iepbinder.db.day_sums import DAY_SUM_TABLE
from iepbinder.db.models import Iep, MakeupLink, ServiceMandate
from iepbinder.domain.amount import Amount, describe_amount
from iepbinder.domain.dates import add_years
from iepbinder.domain.expected import MandateTerms, apply_amendments
from iepbinder.domain.school_calendar import ONE_DAY
from iepbinder.domain.service_log import (
    Attribution,
    LoggedSession,
    LogSource,
    ReasonCode,
    SessionStatus,
)
from iepbinder.domain.types import GroupSize, Setting
from iepbinder.services.rows import not_deleted

# The tables themselves, not the mapped classes: a query of plain columns needs none of the
# ORM's set-up (the mappers' configuration on a first query, each statement's ORM compilation),
# and gives the same typed values (dates, enums, booleans) through the columns' types.
_PLAN, _MANDATE, _LINK = Iep.__table__, ServiceMandate.__table__, MakeupLink.__table__


# The columns load_mandates reads (not the notes, provider or timestamps: fewer to compile
# and convert on the first report after opening).
_MANDATE_COLUMNS = (
    "id", "iep_id", "service_type", "start_date", "end_date", "esy", "period", "cycle_days",
    "sessions_per_period", "sessions_per_period_max", "minutes_per_session",
    "minutes_per_session_max", "total_minutes_per_period", "total_minutes_per_period_max",
    "delivery", "holiday_policy", "setting", "group_size",
)  # fmt: skip


@lru_cache(maxsize=4096)
def line_key(service_type: str) -> str:
    """The key of a service line: the service type, case and spacing ignored."""
    return " ".join(service_type.casefold().split())


@dataclass(frozen=True)
class MandateSet:
    """A child's date-effective mandates, and each line's display name and amount in words."""

    mandates: tuple[MandateTerms, ...]
    names: dict[str, str]
    amounts: dict[str, str]
    minutes: dict[str, int | None]

    def of_line(self, key: str) -> list[MandateTerms]:
        """The mandates of one service line, oldest first."""
        return [m for m in self.mandates if line_key(m.service) == key]

    def start(self) -> dt.date | None:
        """The earliest start of any mandate."""
        return min((m.start for m in self.mandates), default=None)


def load_mandates(session: Session, child_id: int, prorate_partial: bool = True) -> MandateSet:
    """Every service of every live plan of the child, cut where an amendment takes over."""
    plans = session.execute(
        select(_PLAN.c.id, _PLAN.c.amends_id, _PLAN.c.start_date, _PLAN.c.end_date,
               _PLAN.c.meeting_date).where(_PLAN.c.child_id == child_id, not_deleted(_PLAN.c))
    ).all()  # fmt: skip
    takeover: dict[int, dt.date] = {}
    for plan in plans:
        if plan.amends_id is not None and plan.start_date is not None:
            earlier = takeover.get(plan.amends_id)
            takeover[plan.amends_id] = min(plan.start_date, earlier or plan.start_date)
    by_plan = {plan.id: plan for plan in plans}
    rows = session.execute(
        select(*(_MANDATE.c[name] for name in _MANDATE_COLUMNS))
        .where(_MANDATE.c.iep_id.in_(by_plan), not_deleted(_MANDATE.c))
        .order_by(_MANDATE.c.position, _MANDATE.c.id)
    ).all()
    terms: list[MandateTerms] = []
    names: dict[str, str] = {}
    amounts: dict[str, str] = {}
    minutes: dict[str, int | None] = {}
    for row in rows:
        plan = by_plan[row.iep_id]
        start = row.start_date or plan.start_date or plan.meeting_date
        if start is None:
            continue
        end = row.end_date or plan.end_date or add_years(start, 1) - ONE_DAY
        cut = takeover.get(plan.id)
        if cut is not None and not row.esy:
            end = min(end, cut - ONE_DAY)
        if end < start:
            continue
        amount = Amount(
            row.period, row.cycle_days, row.sessions_per_period, row.sessions_per_period_max,
            row.minutes_per_session, row.minutes_per_session_max, row.total_minutes_per_period,
            row.total_minutes_per_period_max, row.delivery,
        )  # fmt: skip
        terms.append(
            MandateTerms(
                row.id,
                row.service_type,
                amount,
                start,
                end,
                row.holiday_policy,
                row.esy,
                row.setting,
                row.group_size,
                prorate_partial,
            )  # fmt: skip
        )
    effective = apply_amendments(terms)
    for mandate in sorted(effective, key=lambda m: (m.start, m.id)):  # IEP order
        key = line_key(mandate.service)
        names[key] = mandate.service
        amounts[key] = describe_amount(mandate.amount)
        minutes[key] = mandate.amount.minutes_per_session
    return MandateSet(tuple(effective), names, amounts, minutes)


_RAW_COLUMNS = (
    "id, service_type, session_date, status, scheduled_minutes, minutes_delivered, reason, "
    "attribution, actual_setting, actual_group, source, testing"
)
_STATUS = {member.value: member for member in SessionStatus}
_REASON = {member.value: member for member in ReasonCode}
_ATTRIBUTION = {member.value: member for member in Attribution}
_SETTING = {member.value: member for member in Setting}
_GROUP = {member.value: member for member in GroupSize}
_PARENT = LogSource.PARENT.value


def load_sessions(
    session: Session, child_id: int, start: dt.date, end: dt.date
) -> list[LoggedSession]:
    """Sessions from start to end in date order, the parent's marks first.

    Where the parent logged a service's day, the school's imported entries for that day give
    way (the reconciliation view shows both). Read with plain SQL and converted by hand: this
    is the hot path of the ledger over many years (benchmarks/bench_ledger.py).
    """
    where = (
        f"SELECT {_RAW_COLUMNS} FROM service_session WHERE child_id = {{child}} "
        "AND session_date >= {start} AND session_date <= {end} AND deleted_at IS NULL "
        "ORDER BY session_date, id"
    )
    connection = session.connection()
    if connection.dialect.name == "sqlite":  # the driver's own cursor: no Row objects
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.execute(where.format(child="?", start="?", end="?"),
                       (child_id, start.isoformat(), end.isoformat()))  # fmt: skip
        rows: Sequence[Any] = cursor.fetchall()
    else:
        rows = session.execute(
            text(where.format(child=":child", start=":start", end=":end")),
            {"child": child_id, "start": start, "end": end},
        ).all()
    return _with_links(session, _parent_first(rows))


# What the triggers of schema 0011 keep: min(plain), sum, count, min and max id. Most groups
# are plain days of one or two sessions, read with the five values they need (one session
# when the lowest id is the highest); the others with all seven.
_DAY_SUMS_WHERE = (
    f"FROM {DAY_SUM_TABLE} WHERE child_id = ? AND session_date >= ? AND session_date <= ? AND "
)
_PAIR = "coalesce(plain, 0) AND sessions <= 2"
_PLAIN_PAIRS = (  # minutes as a real number: SQLite makes the float, not a call per row
    f"SELECT session_date, service_type, minutes * 1.0, low_id, high_id {_DAY_SUMS_WHERE}{_PAIR}"
)
_DAY_SUMS = (  # minutes as a real number too: every entry's minutes are floats, as before
    "SELECT session_date, service_type, plain, minutes * 1.0, sessions, low_id, high_id "
    f"{_DAY_SUMS_WHERE}NOT ({_PAIR})"
)
_SAME_DAY = (
    "SELECT session_date, service_type, id FROM service_session WHERE child_id = ? "
    "AND deleted_at IS NULL AND session_date IN ({days}) ORDER BY id"
)
_AT_ONCE = 500  # ids or days bound in one query (well under SQLite's limit on parameters)


def load_ledger_sessions(
    session: Session, child_id: int, start: dt.date, end: dt.date
) -> list[LoggedSession]:
    """What load_sessions gives the ledger, with each plain day's delivered sessions summed.

    Where every session of a service on a day is delivered in full as the IEP says (no
    setting, group or testing note, logged by the parent), those sessions need no rule of
    their own: one entry whose ``same_day_ids`` are the sessions' ids stands for them, from
    the sums SQLite keeps per day and service (schema 0011: grouping 30,000 sessions again
    at each first report was a quarter of its time). The service's other days are read row
    by row.
    The ledger, its alerts and drill-downs come out the same as from load_sessions (a test
    compares them).
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return load_sessions(session, child_id, start, end)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    bounds = (child_id, start.isoformat(), end.isoformat())
    cursor.execute(_PLAIN_PAIRS, bounds)
    pairs = cursor.fetchall()
    cursor.execute(_DAY_SUMS, bounds)
    sums = cursor.fetchall()
    spellings = {row[1] for row in pairs}
    spellings.update(row[1] for row in sums)
    if len({line_key(name) for name in spellings}) < len(spellings):
        return load_sessions(session, child_id, start, end)  # one line under two spellings
    ids = _ids_of(cursor, child_id, [row for row in sums if row[4] > 2])  # beyond min and max
    rows: list[Any] = []
    wanted = [i for row in sums if not row[2] for i in _group_ids(row, ids)]
    for first in range(0, len(wanted), _AT_ONCE):  # the groups read row by row
        chunk = wanted[first : first + _AT_ONCE]
        cursor.execute(f"SELECT {_RAW_COLUMNS} FROM service_session WHERE id IN "
                       f"({', '.join('?' * len(chunk))})", chunk)  # fmt: skip
        rows.extend(cursor.fetchall())
    rows.sort(key=itemgetter(2, 0))  # date, id
    single = _with_links(session, _parent_first(rows))
    summed = _day_sums(sums, ids)
    summed.extend(_plain_pairs(pairs))
    return sorted((*single, *summed), key=itemgetter(2, 0))


def _ids_of(cursor: Any, child_id: int, groups: Sequence[Any]) -> dict[tuple[str, str], list[int]]:
    """Every id of the given (day, service) groups, lowest first."""
    days = sorted({row[0] for row in groups})
    wanted = {(row[0], row[1]) for row in groups}
    ids: dict[tuple[str, str], list[int]] = {}
    for first in range(0, len(days), _AT_ONCE):
        chunk = days[first : first + _AT_ONCE]
        cursor.execute(_SAME_DAY.format(days=", ".join("?" * len(chunk))), (child_id, *chunk))
        for day, service, session_id in cursor.fetchall():
            if (day, service) in wanted:
                ids.setdefault((day, service), []).append(session_id)
    return ids


def _day_sums(sums: Sequence[Any], ids: dict[tuple[str, str], list[int]]) -> list[LoggedSession]:
    """One entry per plain day and service: the total minutes and every session's id.

    Built with ``tuple.__new__`` (the named tuple's own constructor is a Python function, a
    third of this loop's time over 13 years), in LoggedSession's field order.
    """
    new, make, delivered = tuple.__new__, LoggedSession, SessionStatus.DELIVERED
    to_date = dt.date.fromisoformat
    dates: dict[str, dt.date] = {}
    summed: list[LoggedSession] = []
    append = summed.append
    for day, service, plain, minutes, count, low, high in sums:
        if not plain:
            continue
        date = dates.get(day)
        if date is None:
            date = dates[day] = to_date(day)
        same = (low,) if count == 1 else (low, high) if count == 2 else tuple(ids[day, service])
        append(new(make, (low, service, date, delivered, 0.0, minutes, None, None, (),
                          None, None, "", False, same)))  # fmt: skip
    return summed


def _plain_pairs(pairs: Sequence[Any]) -> list[LoggedSession]:
    """One entry per plain day and service of one or two sessions (as _day_sums makes them)."""
    new, make, delivered = tuple.__new__, LoggedSession, SessionStatus.DELIVERED
    to_date = dt.date.fromisoformat
    summed: list[LoggedSession] = []
    append = summed.append
    last, date = "", dt.date.min
    for day, service, minutes, low, high in pairs:
        if day != last:  # rows come day by day (the key order): one date made per day
            last, date = day, to_date(day)
        same = (low,) if low == high else (low, high)
        append(new(make, (low, service, date, delivered, 0.0, minutes, None, None, (),
                          None, None, "", False, same)))  # fmt: skip
    return summed


def _group_ids(row: Sequence[Any], ids: dict[tuple[str, str], list[int]]) -> Sequence[int]:
    """The ids of one (day, service) group of _DAY_SUMS."""
    count, low, high = row[4], row[5], row[6]
    return (low,) if count == 1 else (low, high) if count == 2 else ids[row[0], row[1]]


def load_sessions_by_id(session: Session, ids: Iterable[int]) -> list[LoggedSession]:
    """Sessions by id (misses that make-ups in range point to, wherever they are)."""
    wanted = list(ids)
    if not wanted:
        return []
    rows = session.execute(
        text(
            f"SELECT {_RAW_COLUMNS} FROM service_session WHERE deleted_at IS NULL AND id IN :ids"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": wanted},
    ).all()
    return _convert(rows)


def _convert(rows: Sequence[Any]) -> list[LoggedSession]:
    """Rows of plain SQL values as LoggedSession (dates come back as text from SQLite)."""
    make = LoggedSession
    status_of, reason_of, attribution_of = _STATUS.__getitem__, _REASON.get, _ATTRIBUTION.get
    setting_of, group_of = _SETTING.get, _GROUP.get
    dates: dict[Any, dt.date] = {}  # a school day holds many sessions: parse each date once

    def to_date(value: Any) -> dt.date:
        day = dates.get(value)
        if day is None:
            day = dates[value] = (
                value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
            )
        return day

    return [
        make(
            row[0],
            row[1],
            to_date(row[2]),
            status_of(row[3]),
            float(row[4]),
            float(row[5]),
            reason_of(row[6]),
            attribution_of(row[7]),
            (),
            setting_of(row[8]),
            group_of(row[9]),
            "",
            bool(row[11]),
        )  # fmt: skip
        for row in rows
    ]


def _parent_first(rows: Sequence[Any]) -> list[LoggedSession]:
    if all(row[10] == _PARENT for row in rows):
        return _convert(rows)
    parent_days = {(line_key(r[1]), r[2]) for r in rows if r[10] == _PARENT}
    kept = [r for r in rows if r[10] == _PARENT or (line_key(r[1]), r[2]) not in parent_days]
    return _convert(kept)


def _with_links(session: Session, logged: list[LoggedSession]) -> list[LoggedSession]:
    makeups = [index for index, s in enumerate(logged) if s.status is SessionStatus.MAKEUP]
    if not makeups:
        return logged
    links: dict[int, list[int]] = {}
    for makeup_id, missed_id in session.execute(
        select(_LINK.c.makeup_id, _LINK.c.missed_id).where(
            _LINK.c.makeup_id.in_([logged[i].id for i in makeups])
        )
    ):
        links.setdefault(makeup_id, []).append(missed_id)
    for index in makeups:
        found = links.get(logged[index].id)
        if found:
            logged[index] = logged[index]._replace(makeup_for=tuple(sorted(found)))
    return logged
