"""A child's logged sessions kept between ledger reports, read again only after a change.

Reading and converting 30,000 sessions is most of a 13-year ledger's time; a parent looks at
the same years again and again (changing the range, the month, a setting). The cache keeps the
widest range read so far per child and answers any range inside it by slicing; a cheap
fingerprint of the child's sessions (how many, the newest edit, the highest id) and of the
make-up links decides whether it is still true.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from iepbinder.domain.service_log import LoggedSession
from iepbinder.services.ledger_inputs import load_ledger_sessions

_DATE = itemgetter(2)  # a LoggedSession's date
Loader = Callable[[Session, int, dt.date, dt.date], list[LoggedSession]]

_FINGERPRINT = text(
    "SELECT (SELECT count(*) FROM service_session WHERE child_id = :child), "
    "(SELECT max(updated_at) FROM service_session WHERE child_id = :child), "
    "(SELECT max(id) FROM service_session), (SELECT count(*) FROM makeup_link)"
)


@dataclass(frozen=True)
class _Read:
    fingerprint: tuple[Any, ...]
    start: dt.date
    end: dt.date
    sessions: list[LoggedSession]
    dates: list[dt.date]


class SessionCache:
    """Sessions of each child by date range, from memory while nothing changed."""

    def __init__(self, loader: Loader = load_ledger_sessions) -> None:
        self._reads: dict[int, _Read] = {}
        self._load = loader

    def sessions(
        self, session: Session, child_id: int, start: dt.date, end: dt.date
    ) -> list[LoggedSession]:
        """The child's sessions from ``start`` to ``end`` in date order (as the loader gives)."""
        fingerprint = tuple(session.execute(_FINGERPRINT, {"child": child_id}).one())
        read = self._reads.get(child_id)
        if read is None or read.fingerprint != fingerprint:
            read = self._read(session, child_id, fingerprint, start, end)
        elif start < read.start or read.end < end:  # grow the range kept
            read = self._read(
                session, child_id, fingerprint, min(start, read.start), max(end, read.end)
            )
        low = bisect_left(read.dates, start)
        high = bisect_right(read.dates, end)
        return read.sessions[low:high]

    def _read(
        self,
        session: Session,
        child_id: int,
        fingerprint: tuple[Any, ...],
        start: dt.date,
        end: dt.date,
    ) -> _Read:
        logged = self._load(session, child_id, start, end)
        read = _Read(fingerprint, start, end, logged, list(map(_DATE, logged)))
        self._reads[child_id] = read
        return read
