"""The ledger keeps a child's sessions between reports, and sees every change made since."""

from __future__ import annotations

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
