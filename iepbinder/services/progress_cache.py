"""Red flags of progress reports kept between reads, found again only after a change.

Checking thirteen years of a child's reports (every goal's entry against its data, its earlier
entries and the siblings' texts) takes seconds on a large binder (benchmarks/run.py), yet the
answer only changes when a report, an entry, a goal, a data point, a plan, a child or a
setting does. The cache keeps each child's findings by report under a fingerprint of those
tables (how many rows, the highest id, the sum of row versions, the newest edit), the
progress settings and the language the messages are written in.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from iepbinder.domain.language import current_language
from iepbinder.domain.progress_records import ProgressSettings
from iepbinder.domain.report_lint import ReportFinding
from iepbinder.services.context import ServiceContext
from iepbinder.services.per_binder import one_per_binder

_TABLES = ("progress_report", "progress_report_entry", "goal", "goal_data_point", "iep", "child")
_FINGERPRINT = text(  # plain SQL of both backends: a select of 24 parts takes long to compile
    "SELECT "
    + ", ".join(
        f"(SELECT count(*) FROM {table}), (SELECT max(id) FROM {table}), "
        f"(SELECT coalesce(sum(version), 0) FROM {table}), (SELECT max(updated_at) FROM {table})"
        for table in _TABLES
    )
)

Findings = dict[int, tuple[ReportFinding, ...]]  # report id -> its red flags


class FindingsCache:
    """Each child's report findings, from memory while nothing they depend on changed.

    A whole overview (every goal's series and the reports) is kept the same way, with the
    findings it was made from: the Today and Progress tabs read it again after changes that
    do not touch progress, and each time they are built.
    """

    def __init__(self) -> None:
        self._kept: dict[int, tuple[tuple[Any, ...], Findings]] = {}
        self._overviews: dict[tuple[Any, ...], tuple[tuple[Any, ...], int, Any]] = {}

    def fingerprint(self, session: Session, settings: ProgressSettings) -> tuple[Any, ...]:
        """What the findings and overviews depend on, as it is now (one read)."""
        return (current_language(), repr(settings), *session.execute(_FINGERPRINT).one())

    def findings(
        self,
        session: Session,
        child_id: int,
        settings: ProgressSettings,
        fingerprint: tuple[Any, ...] | None = None,
    ) -> Findings:
        """The findings kept for the child's reports, to read and to add to.

        Empty when anything they depend on changed since they were kept. The fingerprint is
        read before the reports are (or given, read before), so findings kept under it are
        never older than it says.
        """
        fingerprint = fingerprint or self.fingerprint(session, settings)
        kept = self._kept.get(child_id)
        if kept is None or kept[0] != fingerprint:
            kept = (fingerprint, {})
            self._kept[child_id] = kept
        return kept[1]

    def overview(self, key: tuple[Any, ...], fingerprint: tuple[Any, ...]) -> Any:
        """The overview kept for ``key`` (child first) under this fingerprint, or None.

        None too when more of the child's reports were checked since (their findings are
        kept, so an overview made now shows them checked).
        """
        kept = self._overviews.get(key)
        findings = self._kept.get(key[0])
        if kept is None or findings is None or kept[0] != fingerprint:
            return None
        if findings[0] != fingerprint or len(findings[1]) != kept[1]:
            return None
        return kept[2]

    def keep_overview(self, key: tuple[Any, ...], fingerprint: tuple[Any, ...], made: Any) -> None:
        """Keep an overview made from what ``fingerprint`` (read before it) describes."""
        findings = self._kept.get(key[0])
        if findings is not None and findings[0] == fingerprint:
            self._overviews = {k: v for k, v in self._overviews.items() if v[0] == fingerprint}
            self._overviews[key] = (fingerprint, len(findings[1]), made)


def findings_cache(context: ServiceContext) -> FindingsCache:
    """The cache of one open binder, shared by every service made with its context."""
    return one_per_binder(context, FindingsCache)
