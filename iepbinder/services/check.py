"""Check a binder's integrity: SQLite's own checks, foreign keys, the schema, the originals."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from iepbinder.db.schema import HEAD_REVISION
from iepbinder.domain.language import t
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
                checks.append(t("SQLite integrity check"))
                if result != ["ok"]:
                    problems.extend(t("Database damage: {detail}", detail=line) for line in result)
                orphans = session.execute(text("PRAGMA foreign_key_check")).all()
                checks.append(t("links between records (foreign keys)"))
                problems.extend(
                    t(
                        "Record {record} in {table} points to a missing {target} record.",
                        record=row[1],
                        table=row[0],
                        target=row[2],
                    )
                    for row in orphans
                )
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            checks.append(t("schema revision"))
            if revision != HEAD_REVISION:
                problems.append(
                    t(
                        "Schema revision is {revision}, expected {expected}.",
                        revision=revision,
                        expected=HEAD_REVISION,
                    )
                )
        verdict = HistoryService(self._context).verify()
        checks.append(t("history chain"))
        if not verdict.intact:
            problems.append(
                t(
                    "The history was altered: record {record} does not match its hash "
                    "({reason}). Restore a backup made before the change.",
                    record=verdict.broken_record,
                    reason=verdict.reason,
                )
            )
        if self._context.folder is not None:
            checks.append(t("binder folders"))
            for name in ("files", "backups"):
                if not (self._context.folder / name).is_dir():
                    problems.append(t("The binder's {name} folder is missing.", name=name))
        checks.append(t("original documents (present, fingerprints match)"))
        found = check_originals(self._context)
        problems.extend(found.problems)
        return CheckReport(tuple(checks), tuple(problems), found.unused)

    def remove_unused_originals(self) -> int:
        """Delete stored originals no document names (ask the person first); how many went."""
        return remove_unused_originals(self._context)
