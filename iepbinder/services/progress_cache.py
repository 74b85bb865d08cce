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
    """Each child's report findings, from memory while nothing they depend on changed."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[tuple[Any, ...], Findings]] = {}

    def findings(self, session: Session, child_id: int, settings: ProgressSettings) -> Findings:
        """The findings kept for the child's reports, to read and to add to.

        Empty when anything they depend on changed since they were kept. The fingerprint is
        read before the reports are, so findings kept under it are never older than it says.
        """
        fingerprint = (
            current_language(),
            repr(settings),
            *session.execute(_FINGERPRINT).one(),
        )
        kept = self._kept.get(child_id)
        if kept is None or kept[0] != fingerprint:
            kept = (fingerprint, {})
            self._kept[child_id] = kept
        return kept[1]


def findings_cache(context: ServiceContext) -> FindingsCache:
    """The cache of one open binder, shared by every service made with its context."""
    return one_per_binder(context, FindingsCache)
