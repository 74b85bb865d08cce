"""The service-delivery ledger of one service over a date range (DOMAIN.md 3.1 and 3.2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from iepbinder.domain.expected import MandateTerms, PeriodInstance, expected_instances
from iepbinder.domain.school_calendar import SchoolCalendar
from iepbinder.domain.service_log import (
    MISS_STATUSES,
    Attribution,
    LoggedSession,
    ReasonCode,
    SessionStatus,
    default_attribution,
)
from iepbinder.domain.types import GroupSize, Setting

DELIVERED_STATUSES = frozenset({SessionStatus.DELIVERED, SessionStatus.PARTIAL})
SEVERAL_ON_ONE_DAY = "several sessions logged on one day"  # the mismatch of a one-a-day plan


@dataclass(frozen=True)
class LedgerConfig:
    """The [CONFIG] choices of DOMAIN.md 3.1, 3.3 and 2.4 (section 8 gives the defaults)."""

    include_disputed: bool = False  # comp.include_disputed: which view is the headline
    unaccounted_as_school: bool = False  # comp.unaccounted_as_school
    comp_ratio: float = 1.0  # comp.ratio
    same_service_only: bool = True  # comp.same_service_only
    conforming_counts: bool = True  # sessions breaking setting/group terms still count
    pacing_threshold: float = 0.85  # services.pacing_threshold
    calendar_shortfall_attribution: Attribution = Attribution.DISPUTED
    attribution_overrides: Mapping[ReasonCode, Attribution] = field(default_factory=dict)

    def attribution_of(self, session: LoggedSession) -> Attribution:
        """The parent's attribution of the session, else the reason's default."""
        if session.attribution is not None:
            return session.attribution
        return default_attribution(session.reason, dict(self.attribution_overrides))


@dataclass(frozen=True)
class Pacing:
    """The pacing line of a year or term mandate (DOMAIN.md 2.4)."""

    expected_to_date: float
    delivered_to_date: float
    threshold: float
    term_total: float

    @property
    def behind(self) -> bool:
        """True when delivered < expected x threshold."""
        return self.delivered_to_date < self.expected_to_date * self.threshold


@dataclass(frozen=True)
class ServiceLedger:
    """Every figure of DOMAIN.md 3.1/3.2 for one service and range, with the sessions behind it.

    ``session_ids`` maps a figure's key to the sessions it adds up; ``mismatches`` lists
    sessions whose setting or group differs from the IEP; ``warnings`` are sentences.
    """

    service: str
    start: dt.date
    end: dt.date
    config: LedgerConfig
    mandated: float
    delivered: float
    makeup_delivered: float
    missed: Mapping[Attribution, float]
    calendar_shortfall: float
    makeup_applied_district: float
    makeup_applied_advocate: float
    minutes_per_session: float | None
    period_minutes: float
    periods: int
    policies: tuple[str, ...]
    pacing: Pacing | None
    session_ids: Mapping[str, tuple[int, ...]]
    mismatches: tuple[tuple[int, str], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def missed_school(self) -> float:
        """Missed minutes attributed to the school."""
        return self.missed.get(Attribution.SCHOOL, 0.0)

    @property
    def missed_student(self) -> float:
        """Missed minutes attributed to the child or family."""
        return self.missed.get(Attribution.STUDENT, 0.0)

    @property
    def missed_disputed(self) -> float:
        """Missed minutes whose attribution is disputed (short weeks included under policy A)."""
        return self.missed.get(Attribution.DISPUTED, 0.0)

    @property
    def missed_neutral(self) -> float:
        """Missed minutes of holidays and breaks (neutral)."""
        return self.missed.get(Attribution.NEUTRAL, 0.0)

    @property
    def accounted(self) -> float:
        """Delivered plus every missed bucket."""
        return self.delivered + sum(self.missed.values())

    @property
    def unaccounted(self) -> float:
        """Mandated minus what is accounted for (never below 0)."""
        return max(0.0, self.mandated - self.accounted)

    def compensatory(self, advocate: bool) -> float:
        """Minute-for-minute estimate in the district view or the advocate view, times the ratio."""
        owed = self.missed_school
        if advocate:
            owed += self.missed_disputed
        if self.config.unaccounted_as_school:
            owed += self.unaccounted
        applied = self.makeup_applied_advocate if advocate else self.makeup_applied_district
        return max(0.0, owed - applied) * self.config.comp_ratio

    @property
    def comp_district(self) -> float:
        """Compensatory minutes owed, district view (disputed excluded)."""
        return self.compensatory(advocate=False)

    @property
    def comp_advocate(self) -> float:
        """Compensatory minutes owed, advocate view (disputed included)."""
        return self.compensatory(advocate=True)

    @property
    def comp_headline(self) -> float:
        """The view comp.include_disputed chooses as the estimate (both are always shown)."""
        return self.compensatory(advocate=self.config.include_disputed)

    def sessions_of(self, minutes: float) -> float | None:
        """Minutes expressed as sessions of the IEP's length, when it states one."""
        if not self.minutes_per_session:
            return None
        return minutes / self.minutes_per_session

    @property
    def rate_gross(self) -> float | None:
        """(delivered + make-up) / mandated."""
        if self.mandated <= 0:
            return None
        return (self.delivered + self.makeup_delivered) / self.mandated

    @property
    def rate_net(self) -> float | None:
        """(delivered + make-up) / (mandated - missed_student - missed_neutral)."""
        base = self.mandated - self.missed_student - self.missed_neutral
        if base <= 0:
            return None
        return (self.delivered + self.makeup_delivered) / base


def _mismatch(session: LoggedSession, mandate: MandateTerms | None) -> str:
    if mandate is None:
        return ""
    if session.testing:
        return "testing or evaluation time logged as a session"
    specified = {Setting.GEN_ED_PUSH_IN, Setting.SEPARATE_PULL_OUT}
    if (
        session.actual_setting in specified
        and mandate.setting in specified
        and session.actual_setting != mandate.setting
    ):
        return "setting differs from the IEP"
    if session.actual_group is GroupSize.GROUP and mandate.group_size is GroupSize.INDIVIDUAL:
        return "group session where the IEP says individual"
    return ""


def _one_a_day(mandate: MandateTerms) -> bool:
    """True when the IEP's sessions fit one a day (so two on one day is a catch-up pattern)."""
    sessions = mandate.amount.sessions_per_period
    period = mandate.amount.period
    if sessions is None or period is None or period.value == "DAY":
        return False
    nominal = {"WEEK": 5, "CYCLE": mandate.amount.cycle_days or 0}.get(period.value)
    return nominal is None or sessions <= nominal


def mandate_on(mandates: Sequence[MandateTerms], day: dt.date) -> MandateTerms | None:
    """The mandate of a line in effect on a day (None outside every mandate)."""
    return next((m for m in mandates if m.start <= day <= m.end), None)


def compute_ledger(
    service: str,
    mandates: Sequence[MandateTerms],
    sessions: Sequence[LoggedSession],
    calendar: SchoolCalendar,
    start: dt.date,
    end: dt.date,
    config: LedgerConfig | None = None,
    sessions_by_id: Mapping[int, LoggedSession] | None = None,
) -> ServiceLedger:
    """The ledger of one service line from ``start`` to ``end`` inclusive.

    ``mandates`` are the line's date-effective mandates (see expected.apply_amendments);
    ``sessions`` are the line's logged sessions; ``sessions_by_id`` holds every session of
    the child, so make-ups linked to another service's miss can be recognised.
    """
    config = config or LedgerConfig()
    by_id = sessions_by_id if sessions_by_id is not None else {s.id: s for s in sessions}
    instances: list[PeriodInstance] = []
    for mandate in mandates:
        instances.extend(expected_instances(mandate, calendar, start, end))
    mandated = sum(i.expected_minutes for i in instances)
    shortfall = sum(i.shortfall_minutes for i in instances)
    ids: dict[str, list[int]] = {}
    missed: dict[Attribution, float] = {attribution: 0.0 for attribution in Attribution}
    missed[config.calendar_shortfall_attribution] += shortfall
    delivered = makeup = applied_district = applied_advocate = 0.0
    mismatches: list[tuple[int, str]] = []
    warnings: list[str] = []
    outside = 0
    ordered_mandates = sorted(mandates, key=lambda m: m.start)
    delivered_days: dict[dt.date, int] = {}
    current: MandateTerms | None = None
    catch_up_pattern = False
    delivered_ids: list[int] = []
    makeup_status = SessionStatus.MAKEUP
    current_start = current_end = start  # the dates of ``current`` (unused while it is None)
    for session in sessions:
        day = session.date
        if not start <= day <= end:
            continue
        same = session.same_day_ids
        if current is not None and same and current_start <= day <= current_end:
            # a day's plain delivered sessions under the mandate already found: the common
            # case, so _add_day is written out here (no call for each of thousands of days)
            if catch_up_pattern:
                before = delivered_days.get(day, 0)
                delivered_days[day] = after = before + len(same)
                if before < 2 <= after:
                    mismatches.append((same[1 - before], SEVERAL_ON_ONE_DAY))
            delivered_ids.extend(same)
            delivered += session.minutes_delivered
            continue
        if session.status is makeup_status:
            makeup += session.minutes_delivered
            ids.setdefault("makeup", []).append(session.id)
            district, advocate, warning = _applied(session, service, by_id, config)
            applied_district += district
            applied_advocate += advocate
            if warning:
                warnings.append(warning)
            continue
        if current is None or not current.start <= session.date <= current.end:
            current = mandate_on(ordered_mandates, session.date)
            catch_up_pattern = current is not None and _one_a_day(current)
            if current is not None:
                current_start, current_end = current.start, current.end
        in_effect = current
        if in_effect is None:
            outside += session.session_count
            continue
        if session.same_day_ids:  # a day's plain delivered sessions: no rule of their own
            _add_day(session, catch_up_pattern, delivered_days, mismatches, delivered_ids)
            delivered += session.minutes_delivered
            continue
        problem = (
            _mismatch(session, in_effect)
            if session.actual_setting is not None
            or session.actual_group is not None
            or session.testing
            else ""
        )
        if problem:
            mismatches.append((session.id, problem))
        status = session.status
        if status in DELIVERED_STATUSES and session.minutes_delivered > 0:
            if catch_up_pattern:  # only a one-a-day mandate asks about a second session
                same_day = delivered_days.get(session.date, 0) + 1
                delivered_days[session.date] = same_day
                if same_day == 2:
                    mismatches.append((session.id, SEVERAL_ON_ONE_DAY))
            if problem and not config.conforming_counts:
                missed[Attribution.SCHOOL] += session.minutes_delivered
                ids.setdefault("missed_SCHOOL", []).append(session.id)
            else:
                delivered += session.minutes_delivered
                delivered_ids.append(session.id)
        if status not in MISS_STATUSES:
            continue  # nothing missed (the same test as LoggedSession.missed_minutes)
        lost = session.missed_minutes
        if lost > 0:
            attribution = config.attribution_of(session)
            missed[attribution] += lost
            ids.setdefault(f"missed_{attribution.value}", []).append(session.id)
    if delivered_ids:
        ids.setdefault("delivered", []).extend(delivered_ids)
    if outside:
        warnings.append(
            f"{outside} logged session(s) fall outside the dates of every plan for this "
            "service and are not counted."
        )
    last = mandate_on(mandates, end)
    if last is None and mandates:
        last = max(mandates, key=lambda m: m.end)
    pacing = None
    if last is not None and last.is_term:
        windows = {i.window_start for i in instances if i.mandate_id == last.id}
        term_total = last.total_per_period * len(windows)
        pacing = Pacing(mandated, delivered + makeup, config.pacing_threshold, term_total)
    return ServiceLedger(
        service=service,
        start=start,
        end=end,
        config=config,
        mandated=mandated,
        delivered=delivered,
        makeup_delivered=makeup,
        missed=missed,
        calendar_shortfall=shortfall,
        makeup_applied_district=applied_district,
        makeup_applied_advocate=applied_advocate,
        minutes_per_session=last.minutes_per_session if last else None,
        period_minutes=last.total_per_period if last else 0.0,
        periods=len(instances),
        policies=tuple(dict.fromkeys(m.holiday_policy.value for m in mandates)),
        pacing=pacing,
        session_ids={key: tuple(value) for key, value in ids.items()},
        mismatches=tuple(mismatches),
        warnings=tuple(warnings),
    )


def _add_day(
    day: LoggedSession,
    catch_up_pattern: bool,
    delivered_days: dict[dt.date, int],
    mismatches: list[tuple[int, str]],
    delivered_ids: list[int],
) -> None:
    """Count a day's plain delivered sessions as the loop counts them one by one."""
    ids = day.same_day_ids
    if catch_up_pattern:
        before = delivered_days.get(day.date, 0)
        delivered_days[day.date] = before + len(ids)
        if before < 2 <= before + len(ids):
            mismatches.append((ids[1 - before], SEVERAL_ON_ONE_DAY))
    delivered_ids.extend(ids)


def _applied(
    makeup: LoggedSession,
    service: str,
    by_id: Mapping[int, LoggedSession],
    config: LedgerConfig,
) -> tuple[float, float, str]:
    """How much of a make-up offsets this service's estimate: (district, advocate, warning)."""
    minutes = makeup.minutes_delivered
    if not makeup.makeup_for:
        return minutes, minutes, ""
    linked = [by_id[i] for i in makeup.makeup_for if i in by_id]
    foreign = [s for s in linked if s.service.casefold() != service.casefold()]
    if foreign and config.same_service_only:
        return (
            0.0,
            0.0,
            f"The make-up of {makeup.date.isoformat()} is linked to a missed "
            f"{foreign[0].service} session; make-ups offset only the same service, "
            "so it was not applied.",
        )
    school = sum(s.missed_minutes for s in linked if config.attribution_of(s) is Attribution.SCHOOL)
    disputed = sum(
        s.missed_minutes for s in linked if config.attribution_of(s) is Attribution.DISPUTED
    )
    return min(minutes, school), min(minutes, school + disputed), ""
