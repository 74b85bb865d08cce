"""Check a binder's integrity: SQLite's own checks, foreign keys, the schema, the originals."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from iepbinder.db.schema import HEAD_REVISION
from iepbinder.services.context import ServiceContext
from iepbinder.services.history import HistoryService
from iepbinder.services.originals_check import check_originals, remove_unused_originals


@dataclass(frozen=True)
class CheckReport:
    """What the check found; ``sound`` is True when there is nothing to fix.

    ``unused`` counts stored originals that no document names (an import stopped half-way
    leaves them); they harm nothing, and are removed only when the person agrees.
    """

    checks: tuple[str, ...]
    problems: tuple[str, ...]
    unused: int = 0

    @property
    def sound(self) -> bool:
        """No problem was found."""
        return not self.problems


class CheckService:
    """Integrity checks that only read."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def check(self) -> CheckReport:
        """Run every check and collect what failed, in words."""
        checks: list[str] = []
        problems: list[str] = []
        with self._context.session_factory() as session:
            if session.get_bind().dialect.name == "sqlite":
                result = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
                checks.append("SQLite integrity check")
                if result != ["ok"]:
                    problems.extend(f"Database damage: {line}" for line in result)
                orphans = session.execute(text("PRAGMA foreign_key_check")).all()
                checks.append("links between records (foreign keys)")
                problems.extend(
                    f"Record {row[1]} in {row[0]} points to a missing {row[2]} record."
                    for row in orphans
                )
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            checks.append("schema revision")
            if revision != HEAD_REVISION:
                problems.append(f"Schema revision is {revision}, expected {HEAD_REVISION}.")
        verdict = HistoryService(self._context).verify()
        checks.append("history chain")
        if not verdict.intact:
            problems.append(
                f"The history was altered: record {verdict.broken_record} does not match its "
                f"hash ({verdict.reason}). Restore a backup made before the change."
            )
        if self._context.folder is not None:
            checks.append("binder folders")
            for name in ("files", "backups"):
                if not (self._context.folder / name).is_dir():
                    problems.append(f"The binder's {name} folder is missing.")
        checks.append("original documents (present, fingerprints match)")
        found = check_originals(self._context)
        problems.extend(found.problems)
        return CheckReport(tuple(checks), tuple(problems), found.unused)

    def remove_unused_originals(self) -> int:
        """Delete stored originals no document names (ask the person first); how many went."""
        return remove_unused_originals(self._context)
