"""SQLite's kept day sums (schema 0011) always equal the sessions grouped afresh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import text

from iepbinder.db.migrate import alembic_config
from iepbinder.domain.records import ChildData
from iepbinder.domain.service_log import LogSource, ReasonCode, SessionData, SessionStatus
from iepbinder.domain.types import GroupSize
from iepbinder.services.binder_services import BinderServices, open_services
from iepbinder.services.trash import ItemKind
from tests.conftest import TODAY

D = dt.date
S = SessionStatus
SPEECH, OT = "Speech-language therapy", "Occupational therapy"
PLAIN = (
    "status = 'DELIVERED' AND minutes_delivered > 0 AND source = 'PARENT' AND testing = 0 "
    "AND actual_setting IS NULL AND actual_group IS NULL"
)
KEPT = (
    "SELECT child_id, session_date, service_type, plain, minutes, sessions, low_id, high_id "
    "FROM session_day_sum ORDER BY 1, 2, 3"
)
AFRESH = (
    f"SELECT child_id, session_date, service_type, min({PLAIN}), sum(minutes_delivered), "
    "count(*), min(id), max(id) FROM service_session WHERE deleted_at IS NULL "
    "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
)


def _check(services: BinderServices) -> int:
    """The kept sums equal a fresh grouping (values and their SQLite types); their count."""
    with services.context.session_factory() as session:
        kept = session.execute(text(KEPT)).all()
        afresh = session.execute(text(AFRESH)).all()
        types = "SELECT typeof(minutes), typeof(plain) FROM session_day_sum ORDER BY 1, 2"
        kept_types = session.execute(text(types)).all()
        fresh_types = session.execute(
            text(f"SELECT typeof(m), typeof(p) FROM (SELECT sum(minutes_delivered) AS m, "
                 f"min({PLAIN}) AS p FROM service_session WHERE deleted_at IS NULL "
                 "GROUP BY child_id, session_date, service_type) ORDER BY 1, 2")
        ).all()  # fmt: skip
    assert kept == afresh
    assert kept_types == fresh_types
    return len(kept)


def _sql(services: BinderServices, statement: str, **values: object) -> None:
    with services.context.session_factory.begin() as session:
        session.execute(text(statement), values)


def test_every_change_to_a_session_keeps_the_day_sums_true(
    local_services: BinderServices,
) -> None:
    services = local_services
    ada = services.children.add_child(ChildData("Ada", "Park")).row.id
    ben = services.children.add_child(ChildData("Ben", "Park")).row.id
    log = services.sessions.log_session
    assert _check(services) == 0

    def speech(child: int, day: D, status: S = S.DELIVERED, delivered: int = 30, **kw: object):
        return log(child, SPEECH, SessionData(day, status, 30, delivered, **kw)).row  # type: ignore[arg-type]

    first = speech(ada, D(2025, 9, 15))
    second = speech(ada, D(2025, 9, 15))
    speech(ben, D(2025, 9, 15))  # the same day and service for another child
    log(ada, OT, SessionData(D(2025, 9, 15), S.DELIVERED, 45, 45))
    assert _check(services) == 3
    # one session of the day no longer plain: the day is not plain
    services.sessions.update_session(
        second.id, second.version,
        SessionData(D(2025, 9, 15), S.MISSED, 30, 0, ReasonCode.PROVIDER_ABSENT),
    )  # fmt: skip
    assert _check(services) == 3
    # moved to another day: both days summed again
    moved = services.sessions.update_session(
        first.id, first.version, SessionData(D(2025, 9, 16), S.PARTIAL, 30, 20)
    ).row
    assert _check(services) == 4
    third = speech(ada, D(2025, 9, 16), actual_group=GroupSize.GROUP)
    speech(ada, D(2025, 9, 17), testing=True)
    log(ada, SPEECH, SessionData(D(2025, 9, 18), S.DELIVERED, 30, 30), source=LogSource.SCHOOL)
    assert _check(services) == 6
    services.trash.move_to_trash(ItemKind.SESSION, moved.id)
    assert _check(services) == 6
    services.trash.move_to_trash(ItemKind.SESSION, third.id)  # the day's last live session
    assert _check(services) == 5
    services.trash.restore(ItemKind.SESSION, third.id)
    assert _check(services) == 6
    # changes made outside the services, and a deletion for good
    _sql(services, "UPDATE service_session SET service_type = 'Speech' WHERE id = :id", id=third.id)
    assert _check(services) == 6  # the day's one session under another name
    _sql(services, "UPDATE service_session SET child_id = :ben WHERE id = :id", ben=ben,
         id=third.id)  # fmt: skip
    assert _check(services) == 6  # now the other child's
    _sql(services, "DELETE FROM service_session WHERE id = :id", id=third.id)
    assert _check(services) == 5
    # a child removed: its sessions go with it (ON DELETE CASCADE), and so do their sums
    _sql(services, "DELETE FROM child WHERE id = :id", id=ben)
    assert _check(services) == 4


def test_upgrading_sums_the_sessions_already_logged(binder_folder: Path) -> None:
    """A binder at 0010 with the demo's sessions: the upgrade to 0011 sums them all."""
    with open_services(binder_folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
        summed = _check(services)
        with services.context.session_factory.begin() as session:
            command.downgrade(alembic_config(session.connection()), "0010")
            tables = "SELECT count(*) FROM sqlite_master WHERE name LIKE 'session_day_sum%'"
            assert session.execute(text(tables)).scalar_one() == 0  # table and triggers gone
    with open_services(binder_folder, today=lambda: TODAY) as services:
        assert services.binder.upgraded_from == "0010"
        assert _check(services) == summed > 100
