"""Load what the ledger needs for a child: date-effective mandates and logged sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.models import Iep, MakeupLink, ServiceMandate, ServiceSession
from iepbinder.domain.amount import Amount, describe_amount
from iepbinder.domain.dates import add_years
from iepbinder.domain.expected import MandateTerms, apply_amendments
from iepbinder.domain.school_calendar import ONE_DAY
from iepbinder.domain.service_log import LoggedSession, LogSource, SessionStatus
from iepbinder.services.rows import not_deleted

_SESSION_COLUMNS = (
    ServiceSession.id,
    ServiceSession.service_type,
    ServiceSession.session_date,
    ServiceSession.status,
    ServiceSession.scheduled_minutes,
    ServiceSession.minutes_delivered,
    ServiceSession.reason,
    ServiceSession.attribution,
    ServiceSession.actual_setting,
    ServiceSession.actual_group,
    ServiceSession.source,
)


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
    plans = session.scalars(select(Iep).where(Iep.child_id == child_id, not_deleted(Iep))).all()
    takeover: dict[int, dt.date] = {}
    for plan in plans:
        if plan.amends_id is not None and plan.start_date is not None:
            earlier = takeover.get(plan.amends_id)
            takeover[plan.amends_id] = min(plan.start_date, earlier or plan.start_date)
    by_plan = {plan.id: plan for plan in plans}
    rows = session.scalars(
        select(ServiceMandate)
        .where(ServiceMandate.iep_id.in_(by_plan), not_deleted(ServiceMandate))
        .order_by(ServiceMandate.position, ServiceMandate.id)
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


def load_sessions(
    session: Session, child_id: int, start: dt.date, end: dt.date
) -> list[LoggedSession]:
    """Sessions from start to end, the parent's marks first.

    Where the parent logged a service's day, the school's imported entries for that day give
    way (the reconciliation view shows both).
    """
    rows = session.execute(
        select(*_SESSION_COLUMNS).where(
            ServiceSession.child_id == child_id,
            ServiceSession.session_date >= start,
            ServiceSession.session_date <= end,
            not_deleted(ServiceSession),
        )
    ).all()
    return _with_links(session, _parent_first(rows))


def load_sessions_by_id(session: Session, ids: Iterable[int]) -> list[LoggedSession]:
    """Sessions by id (misses that make-ups in range point to, wherever they are)."""
    wanted = list(ids)
    if not wanted:
        return []
    rows = session.execute(
        select(*_SESSION_COLUMNS).where(ServiceSession.id.in_(wanted), not_deleted(ServiceSession))
    ).all()
    return [_logged(row, ()) for row in rows]


def _parent_first(rows: Sequence[Any]) -> list[Any]:
    parent_days = {
        (line_key(r.service_type), r.session_date) for r in rows if r.source is LogSource.PARENT
    }
    return [
        r
        for r in rows
        if r.source is LogSource.PARENT
        or (line_key(r.service_type), r.session_date) not in parent_days
    ]


def _with_links(session: Session, rows: list[Any]) -> list[LoggedSession]:
    makeup_ids = [r.id for r in rows if r.status is SessionStatus.MAKEUP]
    links: dict[int, list[int]] = {}
    if makeup_ids:
        for makeup_id, missed_id in session.execute(
            select(MakeupLink.makeup_id, MakeupLink.missed_id).where(
                MakeupLink.makeup_id.in_(makeup_ids)
            )
        ):
            links.setdefault(makeup_id, []).append(missed_id)
    return [_logged(r, tuple(links.get(r.id, ()))) for r in rows]


def _logged(row: Any, makeup_for: tuple[int, ...]) -> LoggedSession:
    r = row
    return LoggedSession(
        id=r.id,
        service=r.service_type,
        date=r.session_date,
        status=r.status,
        scheduled_minutes=float(r.scheduled_minutes),
        minutes_delivered=float(r.minutes_delivered),
        reason=r.reason,
        attribution=r.attribution,
        makeup_for=makeup_for,
        actual_setting=r.actual_setting,
        actual_group=r.actual_group,
    )
