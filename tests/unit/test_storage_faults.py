"""A full disk in the middle of a write: a clear message, and the binder exactly as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from iepbinder.domain.service_log import ReasonCode, SessionData, SessionStatus
from iepbinder.services.binder_services import BinderServices, BinderStorageError, open_services
from tests.conftest import TODAY


def _fill_the_disk(services: BinderServices, spare_pages: int) -> None:
    """Let the database grow by only a few pages, as a nearly full disk would."""
    engine = services.binder.engine
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_importing_onto_a_full_disk_changes_nothing(
    local_demo_services: BinderServices, tmp_path: Path
) -> None:
    raw = local_demo_services.binder_file.export_bytes()
    with open_services(tmp_path / "target", create=True, today=lambda: TODAY) as target:
        _fill_the_disk(target, spare_pages=2)
        with pytest.raises(BinderStorageError) as caught:
            target.binder_file.import_bytes(raw, "demo.json")
        message = str(caught.value)
        assert "the disk is full" in message and "Nothing was half-written" in message
        assert target.children.list_children() == []
        assert target.checks.check().sound


def test_logging_sessions_onto_a_full_disk_keeps_what_was_there(
    local_demo_services: BinderServices,
) -> None:
    services = local_demo_services
    child = services.children.choose_child(None)
    before = services.binder_file.export_bytes()
    _fill_the_disk(services, spare_pages=1)
    entries = [
        ("Speech-language therapy", SessionData(dt.date(2026, 9, 1) + dt.timedelta(days=n),
                                               SessionStatus.MISSED, 30, 0,
                                               ReasonCode.PROVIDER_ABSENT, notes="x" * 500))
        for n in range(400)
    ]  # fmt: skip
    with pytest.raises(BinderStorageError):
        services.sessions.log_sessions(child.id, entries)
    assert services.binder_file.export_bytes() == before
