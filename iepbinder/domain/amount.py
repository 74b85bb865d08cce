"""The normalized amount of a service mandate (DOMAIN.md 2.2 and 2.3)."""

from __future__ import annotations

from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import Delivery, Period


@dataclass(frozen=True)
class Amount:
    """How much service a mandate promises per period.

    A value with a ``_max`` twin is a range: the plain field holds the low end and
    ``_max`` the high end; ``_max`` is None when the IEP states a single number.
    ``total_minutes_per_period`` is derived as sessions x minutes when both exist, and
    stands alone for total-only mandates such as "60 min/month" (session count
    unconstrained, DOMAIN.md 2.3).
    """

    period: Period | None = None
    cycle_days: int | None = None
    sessions_per_period: int | None = None
    sessions_per_period_max: int | None = None
    minutes_per_session: int | None = None
    minutes_per_session_max: int | None = None
    total_minutes_per_period: int | None = None
    total_minutes_per_period_max: int | None = None
    delivery: Delivery | None = None

    @property
    def has_range(self) -> bool:
        """True when any part of the amount is written as a range."""
        return any(
            value is not None
            for value in (
                self.sessions_per_period_max,
                self.minutes_per_session_max,
                self.total_minutes_per_period_max,
            )
        )

    @property
    def range_width_minutes(self) -> int | None:
        """Width of a minutes range (per session if given per session, else per period)."""
        if self.minutes_per_session_max is not None and self.minutes_per_session is not None:
            return self.minutes_per_session_max - self.minutes_per_session
        if (
            self.total_minutes_per_period_max is not None
            and self.total_minutes_per_period is not None
        ):
            return self.total_minutes_per_period_max - self.total_minutes_per_period
        return None

    @property
    def is_empty(self) -> bool:
        """True when no number at all was found."""
        return (
            self.sessions_per_period is None
            and self.minutes_per_session is None
            and self.total_minutes_per_period is None
        )


PERIOD_WORDS: dict[Period, tuple[str, str]] = {
    Period.DAY: ("day", "daily"),
    Period.WEEK: ("week", "weekly"),
    Period.CYCLE: ("cycle", "per cycle"),
    Period.MONTH: ("month", "monthly"),
    Period.QUARTER: ("quarter", "quarterly"),
    Period.TRIMESTER: ("trimester", "per trimester"),
    Period.SEMESTER: ("semester", "per semester"),
    Period.SCHOOL_YEAR: ("school year", "per school year"),
    Period.IEP_YEAR: ("IEP year", "per IEP year"),
}


def _span(low: int | None, high: int | None) -> str:
    if low is None:
        return "?"
    return f"{low}\u2013{high}" if high is not None else str(low)


def period_label(period: Period | None, cycle_days: int | None = None) -> str:
    """'week', '6-day cycle', ... for use after 'per'."""
    if period is None:
        return "?"
    if period is Period.CYCLE:
        return f"{cycle_days or '?'}-day cycle"
    return PERIOD_WORDS[period][0]


def describe_amount(amount: Amount) -> str:
    """A short, plain-English rendering such as '2 x 30 min per week (60 min)'."""
    if amount.is_empty:
        return t("no amount stated")
    per = _per(amount.period, amount.cycle_days)
    total = _span(amount.total_minutes_per_period, amount.total_minutes_per_period_max)
    if amount.sessions_per_period is not None and amount.minutes_per_session is not None:
        sessions = _span(amount.sessions_per_period, amount.sessions_per_period_max)
        minutes = _span(amount.minutes_per_session, amount.minutes_per_session_max)
        return f"{sessions} x {minutes} min {per} ({total} min)"
    if amount.sessions_per_period is not None:
        sessions = _span(amount.sessions_per_period, amount.sessions_per_period_max)
        if sessions == "1":
            return t("1 session {per}, minutes not stated", per=per)
        return t("{count} sessions {per}, minutes not stated", count=sessions, per=per)
    if amount.minutes_per_session is not None:
        minutes = _span(amount.minutes_per_session, amount.minutes_per_session_max)
        return t(
            "{minutes} min a session {per}, number of sessions not stated",
            minutes=minutes,
            per=per,
        )
    return f"{total} min {per}"


_PER = {
    Period.DAY: N_("per day"),
    Period.WEEK: N_("per week"),
    Period.CYCLE: N_("per {days}-day cycle"),
    Period.MONTH: N_("per month"),
    Period.QUARTER: N_("per quarter"),
    Period.TRIMESTER: N_("per trimester"),
    Period.SEMESTER: N_("per semester"),
    Period.SCHOOL_YEAR: N_("per school year"),
    Period.IEP_YEAR: N_("per IEP year"),
}


def _per(period: Period | None, cycle_days: int | None) -> str:
    """'per week', 'per 6-day cycle' (in the current language)."""
    if period is None:
        return t("per ?")
    return t(_PER[period], days=cycle_days or "?")
