"""Notice changes made by another program (another computer on a server, or a folder's writer)."""

from __future__ import annotations

from sqlalchemy import String, func, literal, select, union_all

from iepbinder.db import models  # noqa: F401 - registers every table
from iepbinder.db.base import Base
from iepbinder.services.context import ServiceContext

Fingerprint = tuple[tuple[str, str, int], ...]


class ChangeProbe:
    """A cheap fingerprint of every editable table: its newest edit time and its row count."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def fingerprint(self) -> Fingerprint:
        """(table, newest updated_at, rows) for each table that records edit times.

        Every save sets ``updated_at`` (moving to the trash and restoring too) and every new
        row adds to the count, so any change made elsewhere changes the fingerprint.
        """
        queries = [
            select(
                literal(table.name, String()).label("name"),
                func.max(table.c.updated_at).label("newest"),
                func.count().label("rows"),
            ).select_from(table)
            for table in Base.metadata.sorted_tables
            if "updated_at" in table.c
        ]
        if not queries:
            return ()
        with self._context.session_factory() as session:
            rows = session.execute(union_all(*queries)).all()
        return tuple(sorted((str(name), str(newest), int(count)) for name, newest, count in rows))
