"""Open a binder kept on a PostgreSQL server: the same schema and migrations, shared by several."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from iepbinder.db.binder import Binder, OpenMode
from iepbinder.db.engine import make_engine, make_session_factory
from iepbinder.db.errors import (
    BinderNeedsUpgradeError,
    BinderServerError,
    BinderTooNewError,
    NotABinderError,
)
from iepbinder.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from iepbinder.domain.language import t

# Any fixed number: every program migrating the same database waits on this lock in turn.
MIGRATION_LOCK_KEY = 472_911_305
# A server that does not answer is reported after this many seconds (an address may set its own
# connect_timeout), not after the system's own wait of about two minutes.
CONNECT_TIMEOUT_S = 15


def redacted(url: str) -> str:
    """The server address for people and messages, never with the password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(an address that could not be read)"


def _revision(connection: Connection) -> tuple[str | None, bool]:
    """The stored revision, and whether the database holds any table at all."""
    tables = inspect(connection).get_table_names()
    if "alembic_version" not in tables:
        return None, bool(tables)
    value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return (str(value) if value else None), True


def open_server(url: str, *, mode: OpenMode = OpenMode.WRITE, create: bool = False) -> Binder:
    """Open the binder in a server database; a writer sets up an empty database or upgrades it.

    Several programs may have the same server binder open at once: edits are guarded by the
    version counter of each row instead of a lock on the whole binder.
    """
    location = redacted(url)
    try:
        engine = make_engine(_with_timeout(url), location=location)
    except ArgumentError as exc:
        raise BinderServerError(location, t("the address is not a database address")) from exc
    try:
        with engine.connect() as connection:
            revision, has_tables = _revision(connection)
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else t("no answer")
        raise BinderServerError(location, reason) from exc
    try:
        _check(location, revision, has_tables, mode, create)
        upgraded_from = None
        if mode is OpenMode.WRITE and revision != HEAD_REVISION:
            upgraded_from = _migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    binder = Binder(
        None,
        engine,
        make_session_factory(engine),
        mode is OpenMode.READ,
        created=revision is None,
        server_location=location,
    )
    binder.upgraded_from = upgraded_from
    return binder


def _with_timeout(url: str) -> str:
    """``url`` with a connect timeout, unless it has one."""
    address = make_url(url)
    if "connect_timeout" in address.query:
        return url
    timed = address.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return timed.render_as_string(hide_password=False)


def _check(
    location: str, revision: str | None, has_tables: bool, mode: OpenMode, create: bool
) -> None:
    if revision is None:
        if has_tables:
            raise NotABinderError(location, t("its database holds other tables"))
        if mode is OpenMode.READ or not create:
            raise NotABinderError(
                location,
                t(
                    "its database is empty; connect with File > Connect to server to start a "
                    "binder there"
                ),
            )
        return
    if revision not in KNOWN_REVISIONS:
        raise BinderTooNewError(location, revision)
    if revision != HEAD_REVISION and mode is OpenMode.READ:
        raise BinderNeedsUpgradeError(location, revision)


def _migrate(engine: Engine) -> str | None:
    """Upgrade under an advisory lock so that two programs never migrate at the same time."""
    from iepbinder.db.migrate import upgrade_to_head

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        before, _tables = _revision(connection)
        if before != HEAD_REVISION:
            upgrade_to_head(connection)
    return before
