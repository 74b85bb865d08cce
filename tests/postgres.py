"""A throwaway PostgreSQL server for the tests, and a fresh database for each test."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

URL_ENV = "IEPBINDER_TEST_DATABASE_URL"
START_SCRIPT = Path(__file__).resolve().parent / "scripts" / "start_postgres.sh"
# One template per test worker (pytest-xdist runs the suite in parallel processes).
TEMPLATE = "iepbinder_template_" + os.environ.get("PYTEST_XDIST_WORKER", "main")


class PostgresUnavailable(Exception):
    """No server was given and none could be started here."""


def _admin_url(url: str) -> str:
    return make_url(url).set(database="postgres").render_as_string(hide_password=False)


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def server_url() -> Iterator[str]:
    """The URL of a server: $IEPBINDER_TEST_DATABASE_URL, else one started for this run."""
    given = os.environ.get(URL_ENV, "").strip()
    if given:
        yield given
        return
    if not START_SCRIPT.exists() or not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        raise PostgresUnavailable("PostgreSQL server binaries are not installed")
    folder = Path(tempfile.mkdtemp(prefix="iepbinder-pg-"))
    folder.chmod(0o755)
    port = str(55000 + os.getpid() % 1000)
    started = subprocess.run(
        [str(START_SCRIPT), str(folder / "cluster"), port],
        capture_output=True,
        text=True,
        check=False,
    )
    if started.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise PostgresUnavailable(f"could not start a server: {started.stderr.strip()[:300]}")
    try:
        yield started.stdout.strip()
    finally:
        stop = ["pg_ctl", "-D", str(folder / "cluster" / "data"), "-m", "immediate", "stop"]
        binary = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
        stop[0] = str(binary)
        if os.geteuid() == 0:
            stop = ["runuser", "-u", "postgres", "--", *stop]
        subprocess.run(stop, capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def make_template(url: str) -> None:
    """A database migrated to the newest schema, copied for every test."""
    from iepbinder.services.binder_services import open_services

    admin = create_engine(_admin_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))
    admin.dispose()
    open_services(url=_with_database(url, TEMPLATE), create=True).close()


def fresh_database(url: str) -> Iterator[str]:
    """A new database holding an empty, migrated binder; dropped afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_admin_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
    try:
        yield _with_database(url, name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
