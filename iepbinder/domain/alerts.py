"""When a shortfall matters: the app's alert tiers, T-START and student absences (DOMAIN.md 3.4)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter, le

from iepbinder.domain.expected import MandateTerms
from iepbinder.domain.language import N_, month_year, t
from iepbinder.domain.ledger import LedgerConfig, ServiceLedger, compute_ledger
from iepbinder.domain.school_calendar import ONE_DAY, SchoolCalendar
from iepbinder.domain.service_log import Attribution, LoggedSession, SessionStatus
from iepbinder.domain.types import Period, StrEnum

_DATE = itemgetter(2)  # a LoggedSession's date


class AlertTier(StrEnum):
    """App heuristics, not legal thresholds; ordered from calm to urgent."""

    INFO = "INFO"
    WATCH = "WATCH"
    ACTION = "ACTION"
    ESCALATE = "ESCALATE"


TIER_RANK = {AlertTier.INFO: 0, AlertTier.WATCH: 1, AlertTier.ACTION: 2, AlertTier.ESCALATE: 3}
TIER_SYMBOLS = {
    AlertTier.INFO: "\u2139",  # information source
    AlertTier.WATCH: "\u25d4",  # circle with a quarter filled
    AlertTier.ACTION: "\u26a0",  # warning sign
    AlertTier.ESCALATE: "\u203c",  # double exclamation
}
NEXT_STEPS = {
    AlertTier.INFO: N_("A short note to the provider or case manager may be enough."),
    AlertTier.WATCH: N_("Keep logging; consider a short note asking how the time will be made up."),
    AlertTier.ACTION: N_("Consider a written implementation-concern letter."),
    AlertTier.ESCALATE: N_(
        "Consider a written request for compensatory services or an IEP meeting."
    ),
}


@dataclass(frozen=True)
class AlertConfig:
    """The [CONFIG] thresholds of DOMAIN.md 3.4 and 8, with their defaults."""

    watch_net_rate: float = 0.90
    action_net_rate: float = 0.80
    trailing_days: int = 28
    watch_consecutive: int = 2
    action_consecutive: int = 3
    action_days_without_service: int = 10
    escalate_weeks: int = 6
    student_absence_share: float = 0.20
    start_alert_school_days: int = 10


@dataclass(frozen=True)
class Alert:
    """One alert on one service: a calm statement of fact and the next step to consider."""

    service: str
    tier: AlertTier
    code: str
    message: str
    next_step: str
    session_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class LineFacts:
    """What the alerts of one service line look at."""

    service: str
    mandates: Sequence[MandateTerms]
    sessions: Sequence[LoggedSession]
    calendar: SchoolCalendar
    ledger_config: LedgerConfig
    sessions_by_id: Mapping[int, LoggedSession]
    absent_days: frozenset[dt.date]  # days the child was absent (any service, STUDENT)
    _ordered: list[LoggedSession] = field(init=False, repr=False, compare=False)
    _dates: list[dt.date] = field(init=False, repr=False, compare=False)
    _ledgers: dict[tuple[dt.date, dt.date], ServiceLedger] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )  # each range computed once: several alerts look at the same four weeks and plan year

    def __post_init__(self) -> None:
        ordered = list(self.sessions)
        dates = list(map(_DATE, ordered))  # in C, as the check below
        if not all(map(le, dates, dates[1:])):  # in C: no Python call per pair
            ordered.sort(key=itemgetter(2, 0))  # (date, id) of the named tuple
            dates = list(map(_DATE, ordered))
        object.__setattr__(self, "_ordered", ordered)
        object.__setattr__(self, "_dates", dates)

    def between(self, start: dt.date, end: dt.date) -> list[LoggedSession]:
        """The line's sessions from ``start`` to ``end`` inclusive, in date order."""
        low = bisect_left(self._dates, start)
        high = bisect_right(self._dates, end)
        return self._ordered[low:high]

    @property
    def is_term(self) -> bool:
        """True when every mandate of the line is a year or term mandate (pacing, not rates)."""
        return all(m.is_term for m in self.mandates)

    def current_start(self, as_of: dt.date) -> dt.date:
        """The start of the mandate in effect on ``as_of`` (else of the latest one before it)."""
        started = [m for m in self.mandates if m.start <= as_of]
        return max(started, key=lambda m: m.start).start if started else as_of

    def ledger(self, start: dt.date, end: dt.date) -> ServiceLedger:
        """The line's ledger over a range."""
        found = self._ledgers.get((start, end))
        if found is None:
            found = self._ledgers[(start, end)] = compute_ledger(
                self.service, self.mandates, self.between(start, end), self.calendar, start, end,
                self.ledger_config, self.sessions_by_id,
            )  # fmt: skip
        return found


def _school_miss_run(facts: LineFacts, start: dt.date, end: dt.date) -> tuple[int, ...]:
    """The longest run of consecutive school-attributed misses in the range (session ids)."""
    best: list[int] = []
    run: list[int] = []
    for session in facts.between(start, end):
        if session.status is SessionStatus.MAKEUP:
            continue
        missed = session.status in (SessionStatus.MISSED, SessionStatus.CANCELLED)
        if missed and facts.ledger_config.attribution_of(session) is Attribution.SCHOOL:
            run.append(session.id)
            best = max(best, run, key=len)
        else:
            run = []
    return tuple(best)


def _days_without_service(facts: LineFacts, end: dt.date, config: AlertConfig) -> int:
    """The longest run of school days, child present, with no minutes delivered."""
    weekly = {Period.DAY, Period.WEEK}
    active = [
        m for m in facts.mandates
        if m.amount.period in weekly
        or (m.amount.period is Period.CYCLE and (m.amount.cycle_days or 99) <= 5)
    ]  # fmt: skip
    if not active:
        return 0
    start = max(min(m.start for m in active), end - dt.timedelta(days=120))
    served = {s.date for s in facts.between(start, end) if s.minutes_delivered > 0}
    longest = run = 0
    for day in facts.calendar.school_days(start, end):
        if not any(m.start <= day <= m.end for m in active) or day in facts.absent_days:
            continue
        run = 0 if day in served else run + 1
        longest = max(longest, run)
    return longest


def action_reasons(facts: LineFacts, as_of: dt.date, config: AlertConfig) -> list[str]:
    """Sentences for each ACTION condition that holds on ``as_of`` (empty when none)."""
    reasons: list[str] = []
    window_start = as_of - dt.timedelta(days=config.trailing_days - 1)
    trailing = facts.ledger(window_start, as_of)
    net = None if facts.is_term else trailing.rate_net  # year/term mandates: the pacing line
    if net is not None and trailing.mandated > 0 and net < config.action_net_rate:
        reasons.append(t("net delivery over the last 4 weeks was {rate}", rate=f"{net:.0%}"))
    run = _school_miss_run(facts, window_start, as_of)
    if len(run) >= config.action_consecutive:
        reasons.append(
            t("{count} sessions in a row were missed for school reasons", count=len(run))
        )
    days = _days_without_service(facts, as_of, config)
    if days >= config.action_days_without_service:
        reasons.append(
            t("{days} school days in a row passed with the child present and no minutes", days=days)
        )
    whole = facts.ledger(facts.current_start(as_of), as_of)
    if whole.period_minutes > 0 and whole.comp_district >= whole.period_minutes:
        reasons.append(
            t(
                "the compensatory estimate ({estimate} min) is at least one period's worth of "
                "the mandate ({period} min)",
                estimate=f"{whole.comp_district:g}",
                period=f"{whole.period_minutes:g}",
            )
        )
    return reasons


def line_alerts(
    facts: LineFacts,
    as_of: dt.date,
    config: AlertConfig | None = None,
    concerns_sent: Sequence[dt.date] = (),
    since: dt.date | None = None,
) -> list[Alert]:
    """Every alert of one service line on ``as_of``, most urgent first.

    Student-absence months are looked at from ``since``, at most a year back.
    """
    config = config or AlertConfig()
    alerts: list[Alert] = []
    service = facts.service
    window_start = as_of - dt.timedelta(days=config.trailing_days - 1)
    trailing = facts.ledger(window_start, as_of)
    run = _school_miss_run(facts, window_start, as_of)
    school_ids = trailing.session_ids.get("missed_SCHOOL", ())

    def add(tier: AlertTier, code: str, message: str, ids: tuple[int, ...] = ()) -> None:
        alerts.append(Alert(service, tier, code, message, t(NEXT_STEPS[tier]), ids))

    reasons = action_reasons(facts, as_of, config)
    if reasons:
        lasting = all(
            action_reasons(facts, as_of - dt.timedelta(weeks=week), config)
            for week in range(1, config.escalate_weeks + 1)
        )
        earlier = [d for d in concerns_sent if d < as_of]
        repeated = bool(earlier) and bool(action_reasons(facts, max(earlier) - ONE_DAY, config))
        if lasting or repeated:
            why = (
                t("for more than {weeks} weeks", weeks=config.escalate_weeks)
                if lasting
                else t("again after a written concern was sent")
            )
            message = t("{service}: the concern below holds {why}.", service=service, why=why)
            add(AlertTier.ESCALATE, "ESCALATE", message)
        add(AlertTier.ACTION, "ACTION", f"{service}: " + "; ".join(reasons) + ".", run)
    net = None if facts.is_term else trailing.rate_net
    if net is not None and trailing.mandated > 0 and net < config.watch_net_rate and not reasons:
        add(AlertTier.WATCH, "WATCH_RATE", t("{service}: net delivery over the last 4 weeks "
            "was {rate}.", service=service, rate=f"{net:.0%}"))  # fmt: skip
    if len(run) >= config.watch_consecutive and len(run) < config.action_consecutive:
        message = t(
            "{service}: {count} sessions in a row were missed for school reasons.",
            service=service,
            count=len(run),
        )
        add(AlertTier.WATCH, "WATCH_CONSECUTIVE", message, run)
    if school_ids:
        add(AlertTier.INFO, "INFO_MISS", t("{service}: {count} session(s) in the last 4 "
            "weeks were missed for school reasons.", service=service, count=len(school_ids)),
            school_ids)  # fmt: skip
    alerts.extend(_start_alert(facts, as_of, config))
    alerts.extend(_pacing_alert(facts, as_of))
    year_back = as_of - dt.timedelta(days=365)  # absence patterns of the last 12 months
    since = year_back if since is None else max(since, year_back)
    alerts.extend(_student_absence_alerts(facts, since, as_of, config))
    return sorted(alerts, key=lambda a: -TIER_RANK[a.tier])


def _start_alert(facts: LineFacts, as_of: dt.date, config: AlertConfig) -> list[Alert]:
    """T-START: no minutes delivered within N school days of the service's projected start."""
    regular = [m for m in facts.mandates if not m.esy]
    if not regular:
        return []
    start = min(m.start for m in regular)
    deadline = facts.calendar.add_school_days(start - ONE_DAY, config.start_alert_school_days)
    if deadline is None or deadline > as_of:
        return []
    if any(s.minutes_delivered for s in facts.between(start, deadline)):
        return []
    first = next((s.date for s in facts.between(start, as_of) if s.minutes_delivered), None)
    later = t(" The first minutes were logged on {date}.", date=first.isoformat()) if first else (
        t(" No minutes have been logged since."))  # fmt: skip
    message = t(
        "{service}: no minutes were logged in the first {days} school days after the projected "
        "start date {date} (T-START; possible concern, verify).{later}",
        service=facts.service,
        days=config.start_alert_school_days,
        date=start.isoformat(),
        later=later,
    )
    tier = AlertTier.WATCH if first else AlertTier.ACTION  # late start vs. still nothing
    return [Alert(facts.service, tier, "T-START", message, t(NEXT_STEPS[tier]))]


def _pacing_alert(facts: LineFacts, as_of: dt.date) -> list[Alert]:
    ledger = facts.ledger(facts.current_start(as_of), as_of)
    pacing = ledger.pacing
    if pacing is None or not pacing.behind:
        return []
    message = t(
        "{service}: {delivered} of {expected} minutes expected by now were delivered (below "
        "{threshold} of the pacing line).",
        service=facts.service,
        delivered=f"{pacing.delivered_to_date:g}",
        expected=f"{pacing.expected_to_date:.0f}",
        threshold=f"{pacing.threshold:.0%}",
    )
    step = t(NEXT_STEPS[AlertTier.WATCH])
    return [Alert(facts.service, AlertTier.WATCH, "PACING", message, step)]


def _student_absence_alerts(
    facts: LineFacts, since: dt.date, as_of: dt.date, config: AlertConfig
) -> list[Alert]:
    """Months in which child-attributed misses passed the share of that month's mandate."""
    absences = [s for s in facts.between(since, as_of) if s.missed_minutes > 0
                and facts.ledger_config.attribution_of(s) is Attribution.STUDENT]  # fmt: skip
    months = sorted({s.date.replace(day=1) for s in absences})
    alerts: list[Alert] = []
    for month in months:
        month_end = min(as_of, (month + dt.timedelta(days=32)).replace(day=1) - ONE_DAY)
        ledger = facts.ledger(month, month_end)
        if ledger.mandated <= 0:
            continue
        share = ledger.missed_student / ledger.mandated
        if share > config.student_absence_share:
            alerts.append(Alert(
                facts.service, AlertTier.WATCH, "STUDENT_ABSENCE",
                t("{service}: in {month}, {share} of the minutes were missed because the child "
                  "was absent. Frequent absences are worth raising at the IEP meeting.",
                  service=facts.service, month=month_year(month), share=f"{share:.0%}"),
                t(NEXT_STEPS[AlertTier.WATCH]),
                ledger.session_ids.get("missed_STUDENT", ()),
            ))  # fmt: skip
    return alerts


def highest_tier(alerts: Sequence[Alert]) -> AlertTier | None:
    """The most urgent tier among alerts, or None."""
    return max((a.tier for a in alerts), key=lambda t: TIER_RANK[t], default=None)
