"""The service-delivery ledger of a child: every service's figures, alerts and the month view."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from iepbinder.db.models import BinderSetting
from iepbinder.domain.alerts import Alert, AlertConfig, LineFacts, line_alerts
from iepbinder.domain.expected import session_slots
from iepbinder.domain.ledger import LedgerConfig, compute_ledger
from iepbinder.domain.ledger_text import explain
from iepbinder.domain.school_calendar import SchoolCalendar
from iepbinder.domain.service_log import (
    MISS_STATUSES,
    Attribution,
    LoggedSession,
    ReasonCode,
    SessionStatus,
)
from iepbinder.domain.types import PaperSize
from iepbinder.export.collector import paused_collector
from iepbinder.services.awards import AwardService
from iepbinder.services.children import ChildService
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import ChildRow
from iepbinder.services.ledger_cache import SessionCache
from iepbinder.services.ledger_inputs import (
    MandateSet,
    line_key,
    load_ledger_sessions,
    load_mandates,
    load_sessions,
    load_sessions_by_id,
)
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.school_calendar import CalendarService
from iepbinder.services.session_dto import (
    AwardRow,
    DayCell,
    DayEntry,
    LedgerReport,
    MonthView,
    ServiceLedgerDto,
    SessionDates,
)
from iepbinder.services.settings import DEFAULTS

# Plain tables, as in ledger_inputs: no ORM set-up or compilation for these reads.
_SETTING = BinderSetting.__table__
# How many plans and services there are and their newest edit, in one plain statement (two
# built statements took twice as long to compile on the first report after opening).
_MANDATES_STAMP = text(
    "SELECT (SELECT count(id) FROM iep), (SELECT max(updated_at) FROM iep), "
    "(SELECT count(id) FROM service_mandate), (SELECT max(updated_at) FROM service_mandate)"
)
_DATE = itemgetter(2)  # a LoggedSession's date
LOOKBACK_DAYS = 200  # alerts look back 4 weeks from up to 6 weekly checks and 120 school days


class LedgerService:
    """Ledger figures, alerts, the month view and the printed report, all from one computation."""

    def __init__(self, context: ServiceContext, sum_plain_days: bool = True) -> None:
        """``sum_plain_days=False`` reads every session row by row (tests compare the two)."""
        self._context = context
        self._calendar = CalendarService(context)
        self._mandate_cache: dict[tuple[int, bool], tuple[tuple[Any, ...], MandateSet]] = {}
        self._sessions = SessionCache(load_ledger_sessions if sum_plain_days else load_sessions)

    def _mandates(self, session: Session, child_id: int, prorate: bool = True) -> MandateSet:
        """A child's mandates, read again only when a plan or a service was edited."""
        stamp = tuple(session.execute(_MANDATES_STAMP).one())
        cached = self._mandate_cache.get((child_id, prorate))
        if cached is not None and cached[0] == stamp:
            return cached[1]
        mandates = load_mandates(session, child_id, prorate)
        self._mandate_cache[(child_id, prorate)] = (stamp, mandates)
        return mandates

    # Settings -------------------------------------------------------------------------
    def configs(self) -> tuple[LedgerConfig, AlertConfig, bool]:
        """The ledger and alert settings of the binder (DOMAIN.md 8 defaults where unset)."""
        with self._context.session_factory() as session:
            stored: dict[str, Any] = dict(
                session.execute(
                    select(_SETTING.c.key, _SETTING.c.value).where(
                        _SETTING.c.key.in_(list(DEFAULTS))
                    )
                ).all()
            )
        values = {**DEFAULTS, **stored}
        get = values.__getitem__
        overrides = {
            ReasonCode.SCHOOL_SCHEDULE_CHANGE: Attribution(
                get("services.schedule_change_attribution")
            ),
            ReasonCode.CALENDAR_SHORTFALL: Attribution(
                get("services.calendar_shortfall_attribution")
            ),
        }
        ledger = LedgerConfig(
            include_disputed=bool(get("comp.include_disputed")),
            unaccounted_as_school=bool(get("comp.unaccounted_as_school")),
            comp_ratio=float(get("comp.ratio")),
            same_service_only=bool(get("comp.same_service_only")),
            conforming_counts=bool(get("services.conforming_counts_as_delivered")),
            pacing_threshold=float(get("services.pacing_threshold")),
            calendar_shortfall_attribution=overrides[ReasonCode.CALENDAR_SHORTFALL],
            attribution_overrides=overrides,
        )
        alerts = AlertConfig(
            watch_net_rate=float(get("alerts.watch_net_rate")),
            action_net_rate=float(get("alerts.action_net_rate")),
            trailing_days=7 * int(get("alerts.trailing_weeks")),
            watch_consecutive=int(get("alerts.watch_consecutive_misses")),
            action_consecutive=int(get("alerts.action_consecutive_misses")),
            action_days_without_service=int(get("alerts.action_school_days_without_service")),
            escalate_weeks=int(get("alerts.escalate_weeks")),
            student_absence_share=float(get("alerts.student_absence_pct")),
            start_alert_school_days=int(get("services.start_alert_school_days")),
        )
        prorate = get("services.partial_period") == "PRORATE_BY_SESSION_DAYS"
        return ledger, alerts, prorate

    # The ledger -----------------------------------------------------------------------
    def default_range(self, child_id: int) -> tuple[dt.date, dt.date]:
        """From the start of the current plan's services to today."""
        with self._context.session_factory() as session:
            mandates = self._mandates(session, child_id)
        return self._default_range(mandates)

    def _default_range(self, mandates: MandateSet) -> tuple[dt.date, dt.date]:
        today = self._context.today()
        current = [m for m in mandates.mandates if m.start <= today <= m.end]
        start = min((m.start for m in current), default=None) or mandates.start() or today
        return start, today

    def report(
        self,
        child_id: int,
        start: dt.date | None = None,
        end: dt.date | None = None,
        services: Sequence[str] | None = None,
        with_alerts: bool = True,
    ) -> LedgerReport:
        """Every service's ledger from start to end (default: current plan to today)."""
        return self.reports(child_id, [(start, end, with_alerts)], services)[0]

    def reports(
        self,
        child_id: int,
        ranges: Sequence[tuple[dt.date | None, dt.date | None, bool]],
        services: Sequence[str] | None = None,
    ) -> list[LedgerReport]:
        """The reports of several ranges, each as report(start, end, with_alerts) gives it.

        The child, settings, calendar, plans, sessions and awards are read once for them all
        (Today shows the current plan's ledger and last month's).
        """
        child = ChildService(self._context).get_child(child_id)
        config, alert_config, prorate = self.configs()
        calendar = self._calendar.calendar()
        with paused_collector():  # thousands of tuples, no cycles: no collections on the way
            with self._context.session_factory() as session:
                mandates = self._mandates(session, child.id, prorate)
                wanted = [self._resolved(mandates, start, end) for start, end, _ in ranges]
                reads = self._read_sessions(session, child.id, mandates, wanted)
            awards = tuple(AwardService(self._context).list_awards(child.id))
            reports = [
                self._report(child, start, end, services, alerts, config, alert_config,
                             calendar, mandates, read, awards)
                for (start, end), (_, _, alerts), read in zip(wanted, ranges, reads, strict=True)
            ]  # fmt: skip
            # Let go of the windows' session lists and maps before the collector resumes: it
            # would walk them (tens of thousands of references) only to see them freed after.
            del reads
        return reports

    def _resolved(
        self, mandates: MandateSet, start: dt.date | None, end: dt.date | None
    ) -> tuple[dt.date, dt.date]:
        """The range asked, its open ends from the current plan to today."""
        if start is None or end is None:
            default_start, default_end = self._default_range(mandates)
            start, end = start or default_start, end or default_end
        return start, end

    def _read_sessions(
        self,
        session: Session,
        child_id: int,
        mandates: MandateSet,
        ranges: Sequence[tuple[dt.date, dt.date]],
    ) -> list[tuple[list[LoggedSession], dict[int, LoggedSession]]]:
        """For each range: the sessions its ledger and alerts look at, and those by id.

        From the start of the current plan (or LOOKBACK_DAYS before the end, if earlier):
        the alerts look back from the range's end. One read for every range.
        """
        windows = []
        for start, end in ranges:
            load_from = min(start, end - dt.timedelta(days=LOOKBACK_DAYS))
            current = [m.start for m in mandates.mandates if m.start <= end]
            windows.append((min([load_from, *current[-1:]]) if current else load_from, end))
        low, high = min(w[0] for w in windows), max(w[1] for w in windows)
        everything = self._sessions.sessions(session, child_id, low, high)
        reads = []
        for load_from, end in windows:
            first = bisect_left(everything, load_from, key=_DATE)
            logged = everything[first : bisect_right(everything, end, lo=first, key=_DATE)]
            by_id = {s.id: s for s in logged}
            linked = {i for s in logged if s.makeup_for for i in s.makeup_for} - by_id.keys()
            by_id.update((s.id, s) for s in load_sessions_by_id(session, linked))
            reads.append((logged, by_id))
        return reads

    def _report(
        self,
        child: ChildRow,
        start: dt.date,
        end: dt.date,
        services: Sequence[str] | None,
        with_alerts: bool,
        config: LedgerConfig,
        alert_config: AlertConfig,
        calendar: SchoolCalendar,
        mandates: MandateSet,
        read: tuple[list[LoggedSession], dict[int, LoggedSession]],
        awards: tuple[AwardRow, ...],
    ) -> LedgerReport:
        logged, by_id = read
        by_line, singles, spellings = _by_line(logged)
        wanted = {line_key(s) for s in services} if services else None
        absent = frozenset(
            s.date for s in singles
            if s.status in MISS_STATUSES and config.attribution_of(s) is Attribution.STUDENT
        )  # fmt: skip
        dtos = [
            self._line(key, mandates, by_line.get(key, []), by_id, absent, calendar, start, end,
                       config, alert_config if with_alerts else None)
            for key in mandates.names
            if wanted is None or key in wanted
        ]  # fmt: skip
        missed = tuple(
            s for s in singles
            if start <= s.date <= end and s.status in MISS_STATUSES
            and (wanted is None or line_key(s.service) in wanted)
        )  # fmt: skip
        known = set(mandates.names)
        orphans = sorted(name for name in spellings if line_key(name) not in known)
        warnings = tuple(
            f"Sessions logged for '{name}' match no service of any plan and are not counted."
            for name in orphans
        )
        return LedgerReport(
            child.id, child.display_name, start, end, tuple(dtos), missed,
            self._context.today(), warnings, SessionDates(logged, by_id), awards,
        )  # fmt: skip

    def _line(
        self,
        key: str,
        mandates: MandateSet,
        sessions: Sequence[LoggedSession],
        by_id: dict[int, LoggedSession],
        absent: frozenset[dt.date],
        calendar: SchoolCalendar,
        start: dt.date,
        end: dt.date,
        config: LedgerConfig,
        alert_config: AlertConfig | None,
    ) -> ServiceLedgerDto:
        name = mandates.names[key]
        line = mandates.of_line(key)
        ledger = compute_ledger(name, line, sessions, calendar, start, end, config, by_id)
        alerts: tuple[Alert, ...] = ()
        if alert_config is not None:
            facts = LineFacts(name, line, sessions, calendar, config, by_id, absent)
            alerts = tuple(line_alerts(facts, end, alert_config, since=start))
        return ServiceLedgerDto(name, mandates.amounts[key], ledger, explain(ledger), alerts)

    # The month view -------------------------------------------------------------------
    def month_view(self, child_id: int, year: int, month: int) -> MonthView:
        """Six weeks from the Monday on or before the 1st: expected and logged sessions a day."""
        first = dt.date(year, month, 1)
        grid_start = first - dt.timedelta(days=first.weekday())
        grid_end = grid_start + dt.timedelta(days=41)
        calendar = self._calendar.calendar()
        with self._context.session_factory() as session:
            mandates = self._mandates(session, child_id)
            logged = load_sessions(session, child_id, grid_start, grid_end)
        by_day: dict[dt.date, list[DayEntry]] = {}
        logged_count: dict[tuple[str, dt.date], int] = {}
        for s in sorted(logged, key=lambda s: (s.date, s.id)):
            key = line_key(s.service)
            name = mandates.names.get(key, s.service)
            minutes = int(s.minutes_delivered or s.scheduled_minutes)
            text = s.reason.value if s.reason else ""
            by_day.setdefault(s.date, []).append(DayEntry(name, s.status, minutes, s.id, text))
            if s.status is not SessionStatus.MAKEUP:
                logged_count[(key, s.date)] = logged_count.get((key, s.date), 0) + 1
        for mandate in mandates.mandates:
            if mandate.end < grid_start or mandate.start > grid_end:
                continue  # no slot of another year (13 years: 78 mandates, 6 in view)
            key = line_key(mandate.service)
            minutes = int(mandate.minutes_per_session or 0)
            for day, count in session_slots(mandate, calendar, grid_start, grid_end).items():
                open_slots = count - logged_count.get((key, day), 0)
                for _ in range(max(0, open_slots)):
                    entry = DayEntry(mandates.names[key], None, minutes)
                    by_day.setdefault(day, []).append(entry)
        order = {name: index for index, name in enumerate(mandates.names.values())}
        days = tuple(
            DayCell(
                day,
                calendar.day_kind(day),
                calendar.day_name(day),
                day.month == month,
                tuple(sorted(by_day.get(day, ()), key=lambda e: order.get(e.service, 99))),
            )  # fmt: skip
            for day in (grid_start + dt.timedelta(days=i) for i in range(42))
        )
        return MonthView(child_id, year, month, tuple(mandates.names.values()), days)

    # The printed report ---------------------------------------------------------------
    def report_pdf(
        self,
        child_id: int,
        start: dt.date | None = None,
        end: dt.date | None = None,
        paper: PaperSize = PaperSize.LETTER,
    ) -> RenderedPdf:
        """The service-delivery report: ledger table, missed sessions, compensatory estimate."""
        from iepbinder.export.ledger_pdf import render_services_report

        rendered = render_services_report(self.report(child_id, start, end), paper)
        return RenderedPdf(rendered.data, rendered.page_count)


def _by_line(
    logged: Sequence[LoggedSession],
) -> tuple[dict[str, list[LoggedSession]], list[LoggedSession], list[str]]:
    """Each line's entries in date order, the entries read on their own, every spelling."""
    by_line: dict[str, list[LoggedSession]] = {}
    singles: list[LoggedSession] = []
    lists: dict[str, list[LoggedSession]] = {}  # by spelling: a line_key call per spelling
    for logged_session in logged:  # in date order from load_sessions
        entries = lists.get(logged_session.service)
        if entries is None:
            key = line_key(logged_session.service)
            entries = lists[logged_session.service] = by_line.setdefault(key, [])
        entries.append(logged_session)
        if not logged_session.same_day_ids:
            singles.append(logged_session)
    return by_line, singles, list(lists)
