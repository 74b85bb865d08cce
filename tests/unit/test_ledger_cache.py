"""The ledger keeps a child's sessions between reports, and sees every change made since."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.service_log import ReasonCode, SessionData, SessionStatus
from iepbinder.services.binder_services import BinderServices


def _figures(services: BinderServices, child: int) -> tuple[float, float]:
    line = services.ledger.report(child).services[0]
    return line.ledger.delivered, line.ledger.missed_school


def test_a_new_or_corrected_session_shows_in_the_next_report(
    demo_services: BinderServices,
) -> None:
    services = demo_services
    child = services.children.list_children()[0].id
    report = services.ledger.report(child)
    line = report.services[0]
    day = report.end
    delivered, missed = _figures(services, child)
    assert _figures(services, child) == (delivered, missed)  # the kept sessions: same figures

    # A 30-minute session delivered today adds 30 delivered minutes.
    saved = services.sessions.log_session(
        child, line.service, SessionData(day, SessionStatus.DELIVERED, 30, 30)
    ).row
    assert _figures(services, child) == (delivered + 30, missed)

    # Corrected to missed because the provider was absent: 30 minutes move to the school's misses.
    services.sessions.update_session(
        saved.id,
        saved.version,
        SessionData(day, SessionStatus.MISSED, 30, 0, ReasonCode.PROVIDER_ABSENT),
    )
    assert _figures(services, child) == (delivered, missed + 30)


def test_several_ranges_read_at_once_give_each_range_s_own_report(
    demo_services: BinderServices,
) -> None:
    """Today reads the current plan's ledger and last month's together: the same reports."""
    services = demo_services
    child = services.children.list_children()[0].id
    start, end = services.ledger.default_range(child)
    month_end = end.replace(day=1) - dt.timedelta(days=1)
    month = (month_end.replace(day=1), month_end, False)
    asked = [(None, None, True), month, (start - dt.timedelta(days=400), end, True)]
    together = services.ledger.reports(child, asked)
    for (first, last, alerts), report in zip(asked, together, strict=True):
        alone = services.ledger.report(child, first, last, None, alerts)
        assert report == alone
        assert report.session_dates == alone.session_dates  # not part of ==
        assert repr(report) == repr(alone)
    assert together[0].start == start and together[1].end == month_end
    assert together[0].services and all(not s.alerts for s in together[1].services)
