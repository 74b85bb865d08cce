"""Shared fixtures: a fixed 'today', real binder folders, the demo binder, the public corpus."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepbinder.gui.lasting_constants import keep_constants_alive
from iepbinder.services.binder_services import BinderServices, open_services
from tests import postgres

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
keep_constants_alive()  # before any test calls Qt: see gui/lasting_constants.py

TODAY = dt.date(2026, 11, 29)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "public"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Qt fixture as 'gui', so `-m "not gui"` is the fast loop."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & {"qtbot", "qapp", "qtmodeltester"}:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def today() -> dt.date:
    """The date every test treats as today."""
    return TODAY


@pytest.fixture
def binder_folder(tmp_path: Path) -> Path:
    """Where a test's binder lives (not created yet)."""
    return tmp_path / "binder"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for this test run, with a migrated template database."""
    try:
        servers = postgres.server_url()
        url = next(servers)
    except postgres.PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test against PostgreSQL, but {exc}")
        pytest.skip(f"no PostgreSQL server for the server-binder tests: {exc}")
    postgres.make_template(url)
    yield url
    servers.close()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """The address of a new database holding an empty binder."""
    yield from postgres.fresh_database(postgres_server)


@pytest.fixture
def local_services(binder_folder: Path) -> Iterator[BinderServices]:
    """A new, empty binder in a folder, opened for writing, with a fixed today."""
    opened = open_services(binder_folder, create=True, today=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def local_demo_services(local_services: BinderServices) -> BinderServices:
    """The demo binder in a folder (for tests of the folder itself: backups, files)."""
    local_services.demo.ensure_demo()
    return local_services


@pytest.fixture(params=["sqlite", "postgres"])
def services(request: pytest.FixtureRequest, binder_folder: Path) -> Iterator[BinderServices]:
    """A new, empty binder opened for writing: once in a SQLite folder, once on PostgreSQL."""
    if request.param == "sqlite":
        opened = open_services(binder_folder, create=True, today=lambda: TODAY)
    else:
        url = request.getfixturevalue("postgres_url")
        opened = open_services(url=url, today=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def demo_services(services: BinderServices) -> BinderServices:
    """The empty binder filled with the demo child (on each backend)."""
    services.demo.ensure_demo()
    return services


@pytest.fixture
def corpus() -> Path:
    """The public corpus of real emails and PDFs; tests skip with a reason when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"the public corpus is not at {CORPUS} (it sits beside the repository)")
    return CORPUS
