"""Open a binder and build every service on it: the one door gui/ and cli use to reach data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from iepbinder.db.binder import Binder, OpenMode, open_binder
from iepbinder.db.errors import (
    BinderError,
    BinderLockedError,
    BinderNeedsUpgradeError,
    BinderNotFoundError,
    BinderReadOnlyError,
    BinderTooNewError,
    BinderUnreadableError,
    NotABinderError,
)
from iepbinder.services.binder_file import BinderFileService
from iepbinder.services.check import CheckService
from iepbinder.services.children import ChildService
from iepbinder.services.commlog import CommLogService
from iepbinder.services.commlog_export import CommLogExportService
from iepbinder.services.concerns import ConcernService
from iepbinder.services.contacts import ContactService
from iepbinder.services.context import ServiceContext
from iepbinder.services.demo import DemoService
from iepbinder.services.glance import GlanceService
from iepbinder.services.journal import JournalService
from iepbinder.services.letters import LetterService
from iepbinder.services.pages import PageService
from iepbinder.services.plans import PlanService
from iepbinder.services.settings import SettingsService
from iepbinder.services.team import TeamService
from iepbinder.services.trash import TrashService

__all__ = [
    "BinderError",
    "BinderLockedError",
    "BinderNeedsUpgradeError",
    "BinderNotFoundError",
    "BinderReadOnlyError",
    "BinderServices",
    "BinderTooNewError",
    "BinderUnreadableError",
    "NotABinderError",
    "OpenMode",
    "open_services",
]


@dataclass
class BinderServices:
    """Every use case of one open binder; close it to release the database and the lock."""

    binder: Binder
    context: ServiceContext
    children: ChildService = field(init=False)
    plans: PlanService = field(init=False)
    team: TeamService = field(init=False)
    trash: TrashService = field(init=False)
    glance: GlanceService = field(init=False)
    binder_file: BinderFileService = field(init=False)
    checks: CheckService = field(init=False)
    pages: PageService = field(init=False)
    settings: SettingsService = field(init=False)
    demo: DemoService = field(init=False)
    commlog: CommLogService = field(init=False)
    commlog_export: CommLogExportService = field(init=False)
    journal: JournalService = field(init=False)
    concerns: ConcernService = field(init=False)
    letters: LetterService = field(init=False)
    contacts: ContactService = field(init=False)

    def __post_init__(self) -> None:
        self.children = ChildService(self.context)
        self.plans = PlanService(self.context)
        self.team = TeamService(self.context)
        self.trash = TrashService(self.context)
        self.glance = GlanceService(self.context)
        self.binder_file = BinderFileService(self.context)
        self.checks = CheckService(self.context)
        self.pages = PageService(self.context)
        self.settings = SettingsService(self.context)
        self.demo = DemoService(self.context)
        self.commlog = CommLogService(self.context)
        self.commlog_export = CommLogExportService(self.context)
        self.journal = JournalService(self.context)
        self.concerns = ConcernService(self.context)
        self.letters = LetterService(self.context)
        self.contacts = ContactService(self.context)

    @property
    def folder(self) -> Path:
        """The binder folder."""
        return self.binder.folder

    @property
    def read_only(self) -> bool:
        """True when opened only for reading."""
        return self.binder.read_only

    def close(self) -> None:
        """Release the database and the write lock."""
        self.binder.close()

    def __enter__(self) -> BinderServices:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_services(
    folder: Path | str,
    *,
    mode: OpenMode = OpenMode.WRITE,
    create: bool = False,
    today: Callable[[], dt.date] | None = None,
) -> BinderServices:
    """Open a binder folder and wire the services to it (raises BinderError subclasses)."""
    binder = open_binder(folder, mode=mode, create=create)
    context = ServiceContext(
        session_factory=binder.session_factory,
        folder=binder.folder,
        read_only=binder.read_only,
        **({"today": today} if today is not None else {}),
    )
    return BinderServices(binder, context)
