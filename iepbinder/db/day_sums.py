"""The sessions' sums per child, day and service that SQLite keeps by triggers (schema 0011).

Not a model (nothing writes it but the triggers, and a binder file does not carry it), so
schema comparisons skip it. Binders on a server have no such table.
"""

from __future__ import annotations

DAY_SUM_TABLE = "session_day_sum"


def is_day_sums(name: str | None, type_: str) -> bool:
    """True for the kept sums' table (the triggers are not compared by Alembic)."""
    return type_ == "table" and name == DAY_SUM_TABLE
