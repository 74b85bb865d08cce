"""Alembic environment: runs migrations on the connection the program hands in."""

from __future__ import annotations

from alembic import context

from iepbinder.db import models  # noqa: F401 - registers every table on Base.metadata
from iepbinder.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
