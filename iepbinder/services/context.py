"""What every service needs: a session factory, today's date and the binder folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from iepbinder.services.changes import Changes

RowT = TypeVar("RowT")


def _local_today() -> dt.date:
    return dt.date.today()


@dataclass(frozen=True)
class ServiceContext:
    """Shared by the services of one open binder; ``today`` is swappable for tests."""

    session_factory: sessionmaker[Session]
    folder: Path | None = None
    read_only: bool = False
    today: Callable[[], dt.date] = field(default=_local_today)


@dataclass(frozen=True)
class Saved(Generic[RowT]):
    """The row a mutation saved, and what it changed."""

    row: RowT
    changes: Changes
