"""Schema revision 0011: each day's session sums per child and service, kept by SQLite itself

The ledger's first report after opening grouped 30,000 index entries (13 years) into 15,000
(day, service) sums: about a quarter of its time. On SQLite a table now holds those sums and
triggers keep it current on every insert, change and deletion of a session, so the ledger
reads them as they are (services/ledger_inputs.py). Binders on a server read their sessions
row by row and have no such table.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 18:45:00
"""

from __future__ import annotations

from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# The same test as the ledger's: delivered in full as the IEP says, logged by the parent.
_PLAIN = (
    "status = 'DELIVERED' AND minutes_delivered > 0 AND source = 'PARENT' AND testing = 0 "
    "AND actual_setting IS NULL AND actual_group IS NULL"
)
_SUMS = (
    f"SELECT child_id, session_date, service_type, min({_PLAIN}), sum(minutes_delivered), "
    "count(*), min(id), max(id) FROM service_session WHERE deleted_at IS NULL{where} "
    "GROUP BY child_id, session_date, service_type"
)
_KEY = (
    "child_id = {row}.child_id AND session_date = {row}.session_date AND "
    "service_type = {row}.service_type"
)


def _refresh(row: str) -> str:
    """The statements that sum one (child, day, service) again: the old or the new row's."""
    key = _KEY.format(row=row)
    return (
        f"DELETE FROM session_day_sum WHERE {key}; "
        f"INSERT INTO session_day_sum {_SUMS.format(where=' AND ' + key)}; "
    )


_WATCHED = (
    "child_id, session_date, service_type, status, minutes_delivered, source, testing, "
    "actual_setting, actual_group, deleted_at"
)
# The sum and the flag have no type: kept exactly as SQLite computes them (no conversion).
_SQLITE = (
    "CREATE TABLE session_day_sum (child_id INTEGER NOT NULL, session_date TEXT NOT NULL, "
    "service_type TEXT NOT NULL, plain, minutes, sessions INTEGER NOT NULL, "
    "low_id INTEGER NOT NULL, high_id INTEGER NOT NULL, "
    "PRIMARY KEY (child_id, session_date, service_type)) WITHOUT ROWID",
    f"INSERT INTO session_day_sum {_SUMS.format(where='')}",
    "CREATE TRIGGER session_day_sum_added AFTER INSERT ON service_session BEGIN "
    f"{_refresh('new')}END",
    "CREATE TRIGGER session_day_sum_removed AFTER DELETE ON service_session BEGIN "
    f"{_refresh('old')}END",
    f"CREATE TRIGGER session_day_sum_changed AFTER UPDATE OF {_WATCHED} ON service_session "
    f"BEGIN {_refresh('old')}{_refresh('new')}END",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for statement in _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for name in ('added', 'removed', 'changed'):
        op.execute(f'DROP TRIGGER session_day_sum_{name}')
    op.execute('DROP TABLE session_day_sum')
