"""Red flags of progress reports kept between reads, found again only after a change.

Checking thirteen years of a child's reports (every goal's entry against its data, its earlier
entries and the siblings' texts) takes seconds on a large binder (benchmarks/run.py), yet the
answer only changes when a report, an entry, a goal, a data point, a plan, a child or a
setting does. The cache keeps each child's findings by report under a fingerprint of those
tables (how many rows, the highest id, the sum of row versions, the newest edit), the
progress settings and the language the messages are written in.
"""

from __future__ import annotations

import threading
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iepbinder.db.models import Child, Goal, Iep
from iepbinder.db.models.progress import GoalDataPoint, ProgressReport, ProgressReportEntry
from iepbinder.domain.language import current_language
from iepbinder.domain.progress_records import ProgressSettings
from iepbinder.domain.report_lint import ReportFinding
from iepbinder.services.context import ServiceContext

_TABLES = (ProgressReport, ProgressReportEntry, Goal, GoalDataPoint, Iep, Child)
_FINGERPRINT = select(
    *(
        part
        for table in _TABLES
        for part in (
            select(func.count(table.id)).scalar_subquery(),
            select(func.max(table.id)).scalar_subquery(),
            select(func.coalesce(func.sum(table.version), 0)).scalar_subquery(),
            select(func.max(table.updated_at)).scalar_subquery(),
        )
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


_CACHES: WeakKeyDictionary[ServiceContext, FindingsCache] = WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def findings_cache(context: ServiceContext) -> FindingsCache:
    """The cache of one open binder, shared by every service made with its context."""
    with _CACHES_LOCK:
        cache = _CACHES.get(context)
        if cache is None:
            cache = _CACHES[context] = FindingsCache()
        return cache
