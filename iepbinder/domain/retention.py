"""Which automatic backups to keep: the newest per day, per week and per month, up to set counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Retention:
    """How many backups to keep at each grain (defaults: 7 daily, 4 weekly, 12 monthly)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _newest_per_bucket(
    moments: list[dt.datetime], bucket: Callable[[dt.datetime], Hashable], count: int
) -> set[dt.datetime]:
    """The newest moment in each of the ``count`` most recent buckets."""
    kept: dict[Hashable, dt.datetime] = {}
    for moment in sorted(moments, reverse=True):
        key = bucket(moment)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = moment
    return set(kept.values())


def backups_to_keep(moments: Iterable[dt.datetime], retention: Retention) -> set[dt.datetime]:
    """The backup times to keep; every other automatic backup may be removed.

    A backup is kept when it is the newest of its day among the last ``daily`` days that
    have backups, or the newest of its ISO week among the last ``weekly`` such weeks, or
    the newest of its month among the last ``monthly`` such months.
    """
    moments = list(moments)
    return (
        _newest_per_bucket(moments, lambda m: m.date(), retention.daily)
        | _newest_per_bucket(moments, lambda m: m.isocalendar()[:2], retention.weekly)
        | _newest_per_bucket(moments, lambda m: (m.year, m.month), retention.monthly)
    )


def backup_is_due(last: dt.datetime | None, now: dt.datetime) -> bool:
    """An automatic backup is made at most once a calendar day."""
    return last is None or last.date() != now.date()
