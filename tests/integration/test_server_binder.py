"""A binder on a real PostgreSQL server: opening, migrations, and clear messages when it fails."""

from __future__ import annotations

import socket

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from iepbinder.db import (
    models,  # noqa: F401 - registers every table
    server,
)
from iepbinder.db.base import Base
from iepbinder.db.binder import OpenMode
from iepbinder.db.errors import BinderServerError, BinderTooNewError, NotABinderError
from iepbinder.db.schema import HEAD_REVISION
from iepbinder.db.search_index import include_in_comparison
from iepbinder.db.server import open_server, redacted
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY


def test_migrated_server_schema_matches_the_models(postgres_url: str) -> None:
    with open_server(postgres_url) as binder, binder.engine.connect() as connection:
        opts = {"compare_type": True, "include_name": include_in_comparison}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, Base.metadata) == []
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == HEAD_REVISION


def test_two_programs_share_a_server_binder(postgres_url: str) -> None:
    with (
        open_services(url=postgres_url, today=lambda: TODAY) as first,
        open_services(url=postgres_url, today=lambda: TODAY) as second,
    ):
        first.demo.ensure_demo()
        names = [child.display_name for child in second.children.list_children()]
        assert names == ["Maya Rodríguez"]
        assert first.on_server
        assert first.location == redacted(postgres_url)


def test_password_is_never_shown(postgres_server: str) -> None:
    url = postgres_server.replace("iepbinder@", "iepbinder:s3cret@")
    assert "s3cret" not in redacted(url)
    assert "***" in redacted(url)


def test_a_server_that_never_answers_is_reported_not_waited_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A port that takes the connection and then says nothing (a stuck server, a firewall)."""
    monkeypatch.setattr(server, "CONNECT_TIMEOUT_S", 2)  # the program's 15 s, shortened
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(BinderServerError) as raised:
            open_server(f"postgresql+psycopg://nobody:pw@127.0.0.1:{port}/family")
    message = str(raised.value)
    assert "Could not connect to the binder server" in message and "timeout" in message
    assert "pw@" not in message and "connect_timeout" not in message


def test_unreachable_server_says_so(postgres_server: str) -> None:
    url = "postgresql+psycopg://nobody:pw@127.0.0.1:1/nothing"
    try:
        open_server(url)
    except BinderServerError as exc:
        message = str(exc)
    else:
        raise AssertionError("opening an unreachable server must fail")
    assert (
        "Could not connect to the binder server postgresql+psycopg://nobody:***@127.0.0.1:1"
        in message
    )
    assert "pw@" not in message


def test_database_of_another_program_is_refused(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    try:
        open_server(postgres_url, create=True)
    except NotABinderError as exc:
        assert "holds other tables" in str(exc)
    else:
        raise AssertionError("a database with other tables is not a binder")


def test_newer_schema_on_the_server_is_refused(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    for mode in (OpenMode.WRITE, OpenMode.READ):
        try:
            open_server(postgres_url, mode=mode)
        except BinderTooNewError as exc:
            assert "newer version of IEP Binder" in str(exc)
        else:
            raise AssertionError("a newer schema must be refused")
