"""Expected sessions and minutes of a mandate over a date range (DOMAIN.md 2.3 and 2.4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from iepbinder.domain.amount import Amount
from iepbinder.domain.school_calendar import ONE_DAY, SchoolCalendar, business_days_between
from iepbinder.domain.types import GroupSize, HolidayPolicy, Period, Setting

TERM_PARTS = {Period.QUARTER: 4, Period.TRIMESTER: 3, Period.SEMESTER: 2, Period.SCHOOL_YEAR: 1}
TERM_PERIODS = frozenset({*TERM_PARTS, Period.IEP_YEAR})
WEEK_NOMINAL_DAYS = 5
_SIX_DAYS, _ONE_WEEK = dt.timedelta(days=6), dt.timedelta(days=7)


@dataclass(frozen=True)
class MandateTerms:
    """A mandate as the ledger needs it: what it promises, from when to when, under which policy.

    ``service`` names the service line: the same service type across amendments and new IEPs.
    """

    id: int
    service: str
    amount: Amount
    start: dt.date
    end: dt.date
    holiday_policy: HolidayPolicy = HolidayPolicy.FULL_IF_IN_SESSION
    esy: bool = False
    setting: Setting = Setting.UNSPECIFIED
    group_size: GroupSize = GroupSize.INDIVIDUAL
    prorate_partial: bool = True  # services.partial_period [CONFIG]

    @property
    def total_per_period(self) -> float:
        """Minutes owed per period: sessions x minutes, or the stated total (low end of ranges)."""
        amount = self.amount
        if amount.sessions_per_period is not None and amount.minutes_per_session is not None:
            return float(amount.sessions_per_period * amount.minutes_per_session)
        return float(amount.total_minutes_per_period or 0)

    @property
    def minutes_per_session(self) -> float | None:
        """Minutes of one session, when the IEP states it (or it follows from total / count)."""
        amount = self.amount
        if amount.minutes_per_session is not None:
            return float(amount.minutes_per_session)
        if amount.total_minutes_per_period and amount.sessions_per_period:
            return amount.total_minutes_per_period / amount.sessions_per_period
        return None

    @property
    def is_term(self) -> bool:
        """True for year and term mandates, which use the pacing line (DOMAIN.md 2.4)."""
        return self.amount.period in TERM_PERIODS


class PeriodInstance(NamedTuple):
    """One period of a mandate (a week, a month, a cycle...) and what it owes inside a range.

    ``window_*`` is the whole period; ``start``/``end`` the part inside the mandate and the
    range. ``partial`` marks a period cut by the mandate's dates or the range, prorated by
    in-session days. ``shortfall_minutes`` is the CALENDAR_SHORTFALL of policy A.
    A named tuple: a 13-year ledger makes thousands of them (benchmarks/run.py).
    """

    mandate_id: int
    window_start: dt.date
    window_end: dt.date
    start: dt.date
    end: dt.date
    school_days: int
    window_school_days: int
    nominal_days: int
    expected_minutes: float
    expected_sessions: float | None
    shortfall_minutes: float
    partial: bool


def apply_amendments(mandates: Sequence[MandateTerms]) -> list[MandateTerms]:
    """Date-effective mandates: a later mandate of the same service takes over from its start.

    The earlier one is cut at the day before (it is never rewritten); ESY mandates are separate.
    """
    result: list[MandateTerms] = []
    lines: dict[tuple[str, bool], list[MandateTerms]] = {}
    for mandate in mandates:
        lines.setdefault((mandate.service.casefold(), mandate.esy), []).append(mandate)
    for line in lines.values():
        ordered = sorted(line, key=lambda m: (m.start, m.id))
        for index, mandate in enumerate(ordered):
            later = [m.start for m in ordered[index + 1 :] if m.start > mandate.start]
            if later and later[0] <= mandate.end:
                mandate = replace(mandate, end=later[0] - ONE_DAY)
            result.append(mandate)
    return sorted(result, key=lambda m: (m.service, m.start, m.id))


def mandate_calendar(mandate: MandateTerms, calendar: SchoolCalendar) -> SchoolCalendar:
    """The calendar a mandate runs on: the school year, or its own summer dates for ESY."""
    return calendar.with_summer_session(mandate.start, mandate.end) if mandate.esy else calendar


def expected_instances(
    mandate: MandateTerms, calendar: SchoolCalendar, start: dt.date, end: dt.date
) -> list[PeriodInstance]:
    """Every period instance of the mandate that overlaps ``start..end``, with what it owes."""
    if mandate.amount.period is None:
        return []
    first, last = max(start, mandate.start), min(end, mandate.end)
    if first > last:
        return []
    key = (id(calendar), mandate, first, last)
    known = _KNOWN_INSTANCES.get(key)
    if known is not None and known[0] is calendar:
        return list(known[1])
    found = _instances(mandate, mandate_calendar(mandate, calendar), first, last)
    if len(_KNOWN_INSTANCES) >= _KNOWN_LIMIT:
        _KNOWN_INSTANCES.clear()
    _KNOWN_INSTANCES[key] = (calendar, tuple(found))
    return found


# The instances of a mandate depend only on the mandate, the calendar and the clamped dates,
# so the same periods asked again (a ledger redrawn, the alerts' windows) are not recomputed.
# Keyed by the calendar's identity (the services rebuild the calendar when it changes) and
# checked with ``is``, so a new calendar never reads another calendar's periods.
_KNOWN_INSTANCES: dict[tuple[int, MandateTerms, dt.date, dt.date], tuple[Any, tuple[Any, ...]]] = {}
_KNOWN_LIMIT = 20_000


def _instances(
    mandate: MandateTerms, cal: SchoolCalendar, first: dt.date, last: dt.date
) -> list[PeriodInstance]:
    """Each period of the mandate overlapping first..last, with what it owes inside them.

    One loop with the mandate's terms looked up once (3,400 periods over 13 years); the
    periods' dates and day counts come from _spans, shared by the plan's other services.
    """
    total = mandate.total_per_period
    sessions = mandate.amount.sessions_per_period
    policy = mandate.holiday_policy
    is_term = mandate.is_term
    prorate_partial = mandate.prorate_partial
    by_session_days = policy is HolidayPolicy.PRORATE_BY_SESSION_DAYS
    short_weeks = policy is HolidayPolicy.FULL_IF_IN_SESSION and not is_term
    mandate_id = mandate.id
    found: list[PeriodInstance] = []
    add, new = found.append, tuple.__new__
    for (
        window_start, window_end, nominal, part_start, part_end, window_days, days,
        mandate_days, whole,
    ) in _spans(mandate, cal, first, last):  # fmt: skip
        if is_term:
            owed_share = 1.0  # pacing: the term's total spread evenly over its school days
        elif by_session_days:
            owed_share = window_days / nominal if nominal else 0.0
        else:  # FULL_IF_IN_SESSION and ZERO_WHEN_CLOSED owe the full amount when school meets
            owed_share = 1.0 if window_days else 0.0
        # Cut by the range: prorated by school days. Cut by the mandate's own first or last
        # date: prorated too, unless services.partial_period says the full amount is owed.
        part_share = days / mandate_days if mandate_days else 0.0
        if prorate_partial:
            part_share *= mandate_days / window_days if window_days else 0.0
        expected = total * owed_share * part_share
        expected_sessions = None if sessions is None else sessions * owed_share * part_share
        shortfall = 0.0
        if (
            short_weeks
            and expected_sessions is not None
            and window_days < nominal
            and expected_sessions > days
        ):
            per_session = mandate.minutes_per_session or 0.0
            shortfall = (expected_sessions - days) * per_session
        # in the fields' order (mandate_id ... partial), without the named tuple's __new__
        add(new(PeriodInstance, (
            mandate_id, window_start, window_end, part_start, part_end, days, window_days,
            nominal, expected, expected_sessions, shortfall, not whole,
        )))  # fmt: skip
    return found


# A period's dates and day counts: see _spans.
Span = tuple[dt.date, dt.date, int, dt.date, dt.date, int, int, int, bool]


def _spans(mandate: MandateTerms, cal: SchoolCalendar, first: dt.date, last: dt.date) -> list[Span]:
    """Each period's dates and school days, in the order of Span's fields.

    (Window start and end, nominal days, the part's start and end inside the range, the
    window's school days, the part's, those inside the mandate, whether the part is whole.)
    They depend on the period and the dates only, not on what the service owes: the services
    of one plan (same dates, same kind of period) share them instead of counting each again.
    Kept like _KNOWN_INSTANCES, by the calendar's identity checked with ``is``; not for ESY,
    whose summer calendar is made anew for each call (nothing to share, and kept it would
    hold every one of them).
    """
    if mandate.esy:
        return _count_spans(mandate, cal, first, last)
    amount = mandate.amount
    key = (id(cal), amount.period, amount.cycle_days, mandate.start, mandate.end, first, last)
    known = _KNOWN_SPANS.get(key)
    if known is not None and known[0] is cal:
        return known[1]
    spans = _count_spans(mandate, cal, first, last)
    if len(_KNOWN_SPANS) >= _KNOWN_LIMIT:
        _KNOWN_SPANS.clear()
    _KNOWN_SPANS[key] = (cal, spans)
    return spans


def _count_spans(
    mandate: MandateTerms, cal: SchoolCalendar, first: dt.date, last: dt.date
) -> list[Span]:
    """The periods' dates and day counts of _spans, counted."""
    count = cal.school_days_between
    mandate_first, mandate_last = mandate.start, mandate.end
    spans: list[Span] = []
    for window_start, window_end, nominal in _windows(mandate, cal, first, last):
        part_start, part_end = max(window_start, first), min(window_end, last)
        mandate_start = max(window_start, mandate_first)
        mandate_end = min(window_end, mandate_last)
        # Most periods lie whole inside the range and the mandate: one count serves all three.
        window_days = count(window_start, window_end)
        whole = part_start == window_start and part_end == window_end
        days = window_days if whole else count(part_start, part_end)
        if mandate_start == window_start and mandate_end == window_end:
            mandate_days = window_days
        elif mandate_start == part_start and mandate_end == part_end:
            mandate_days = days
        else:
            mandate_days = count(mandate_start, mandate_end)
        spans.append((window_start, window_end, nominal, part_start, part_end, window_days, days,
                      mandate_days, whole))  # fmt: skip
    return spans


_KNOWN_SPANS: dict[tuple[Any, ...], tuple[SchoolCalendar, list[Span]]] = {}


def _windows(
    mandate: MandateTerms, cal: SchoolCalendar, first: dt.date, last: dt.date
) -> Iterator[tuple[dt.date, dt.date, int]]:
    """(window start, window end, nominal days) of each period overlapping first..last.

    Windows are whole periods; a period cut by the mandate's own dates is a window the
    instance then prorates (DOMAIN.md 2.4: first and last periods prorated by in-session days).
    """
    period = mandate.amount.period
    if period is Period.DAY:
        for day in cal.school_days(first, last):
            yield day, day, 1
    elif period is Period.WEEK:
        monday = first - dt.timedelta(days=first.weekday())
        while monday <= last:
            yield monday, monday + _SIX_DAYS, WEEK_NOMINAL_DAYS
            monday += _ONE_WEEK
    elif period is Period.MONTH:
        month = first.replace(day=1)
        while month <= last:
            following = (month + dt.timedelta(days=32)).replace(day=1)
            month_end = following - ONE_DAY
            yield month, month_end, business_days_between(month, month_end)
            month = following
    elif period is Period.CYCLE:
        yield from _cycle_windows(mandate, cal, first, last)
    elif period is Period.IEP_YEAR:
        yield mandate.start, mandate.end, 0
    elif period is not None:
        yield from _term_windows(TERM_PARTS[period], cal, first, last)


def _cycle_windows(
    mandate: MandateTerms, cal: SchoolCalendar, first: dt.date, last: dt.date
) -> Iterator[tuple[dt.date, dt.date, int]]:
    # Cycles are numbered from each school year's first day (Day 1 .. Day N, then again).
    size = max(1, mandate.amount.cycle_days or 1)
    for year in cal.years:
        if year.last_day < first or year.first_day > last:
            continue
        days = cal.school_days(year.first_day, year.last_day)
        for index in range(0, len(days), size):
            chunk = days[index : index + size]
            if chunk[-1] >= first and chunk[0] <= last:
                # A cycle cut short by the year's end is a partial period: nominal = its days.
                yield chunk[0], chunk[-1], size if len(chunk) == size else len(chunk)


def _term_windows(
    parts: int, cal: SchoolCalendar, first: dt.date, last: dt.date
) -> Iterator[tuple[dt.date, dt.date, int]]:
    # A school year split into equal runs of school days: quarters, trimesters, semesters.
    for year in cal.years:
        if year.last_day < first or year.first_day > last:
            continue
        days = cal.school_days(year.first_day, year.last_day)
        if not days:
            continue
        bounds = [round(len(days) * part / parts) for part in range(parts + 1)]
        for low, high in zip(bounds, bounds[1:], strict=False):
            if high <= low:
                continue
            window_start = year.first_day if low == 0 else days[low]
            window_end = year.last_day if high == len(days) else days[high] - ONE_DAY
            if window_end >= first and window_start <= last:
                yield window_start, window_end, high - low


def session_slots(
    mandate: MandateTerms, calendar: SchoolCalendar, start: dt.date, end: dt.date
) -> dict[dt.date, int]:
    """Days a counted session is expected, spread evenly over each period's school days.

    The IEP rarely names the weekdays, so this is a suggestion for the month view, never
    a figure of the ledger. Total-only and year/term mandates have no slots (minutes only).
    """
    sessions = mandate.amount.sessions_per_period
    if sessions is None or mandate.is_term or mandate.amount.period is None:
        return {}
    cal = mandate_calendar(mandate, calendar)
    slots: dict[dt.date, int] = {}
    # Whole periods around the range (no period is longer than a month or a 10-day cycle);
    # year and term periods have no slots.
    margin = dt.timedelta(days=45)
    around = expected_instances(mandate, calendar, start - margin, end + margin)
    for instance in around:
        if instance.end < start or instance.start > end:
            continue
        days = cal.school_days(instance.start, instance.end)
        wanted = round(instance.expected_sessions or 0.0)
        if mandate.holiday_policy is HolidayPolicy.FULL_IF_IN_SESSION:
            wanted = min(wanted, len(days))  # the rest is the short-week bucket
        for index in range(wanted):
            day = days[(index * len(days)) // wanted % len(days)] if days else None
            if day is not None and start <= day <= end:
                slots[day] = slots.get(day, 0) + 1
    return slots
