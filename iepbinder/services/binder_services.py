"""Open a binder and build every service on it: the one door gui/ and cli use to reach data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from iepbinder.db.binder import Binder, OpenMode, open_binder
from iepbinder.db.errors import (
    BinderError,
    BinderLockedError,
    BinderNeedsUpgradeError,
    BinderNotFoundError,
    BinderReadOnlyError,
    BinderServerError,
    BinderStorageError,
    BinderTooNewError,
    BinderUnreadableError,
    NotABinderError,
)
from iepbinder.services.context import ServiceContext
from iepbinder.services.lazy_service import LazyService

if TYPE_CHECKING:
    from iepbinder.services.awards import AwardService
    from iepbinder.services.backups import BackupService
    from iepbinder.services.binder_file import BinderFileService
    from iepbinder.services.binder_rules import BinderRulesService
    from iepbinder.services.check import CheckService
    from iepbinder.services.children import ChildService
    from iepbinder.services.commlog import CommLogService
    from iepbinder.services.commlog_export import CommLogExportService
    from iepbinder.services.concerns import ConcernService
    from iepbinder.services.contacts import ContactService
    from iepbinder.services.deadlines import DeadlineService
    from iepbinder.services.demo import DemoService
    from iepbinder.services.documents import DocumentService
    from iepbinder.services.glance import GlanceService
    from iepbinder.services.history import HistoryService
    from iepbinder.services.ics_export import CalendarFileService
    from iepbinder.services.journal import JournalService
    from iepbinder.services.ledger import LedgerService
    from iepbinder.services.letters import LetterService
    from iepbinder.services.meetings import MeetingService
    from iepbinder.services.open_items import OpenItemService
    from iepbinder.services.packet import PacketService
    from iepbinder.services.pages import PageService
    from iepbinder.services.plans import PlanService
    from iepbinder.services.progress import ProgressService
    from iepbinder.services.progress_points import ProgressPointService
    from iepbinder.services.progress_reports import ProgressReportService
    from iepbinder.services.school_calendar import CalendarService
    from iepbinder.services.school_log import SchoolLogService
    from iepbinder.services.session_log import SessionService
    from iepbinder.services.settings import SettingsService
    from iepbinder.services.sync import ChangeProbe
    from iepbinder.services.team import TeamService
    from iepbinder.services.today import TodayService
    from iepbinder.services.trash import TrashService

__all__ = [
    "BinderError",
    "BinderLockedError",
    "BinderNeedsUpgradeError",
    "BinderNotFoundError",
    "BinderReadOnlyError",
    "BinderServerError",
    "BinderStorageError",
    "BinderServices",
    "BinderTooNewError",
    "BinderUnreadableError",
    "NotABinderError",
    "OpenMode",
    "open_services",
]


class BinderServices:
    """Every use case of one open binder; close it to release the database and the lock.

    Each service is made, and its module imported, the first time it is used: opening the
    window imports only what its first tab needs (benchmarks/run.py, start to first tab).
    """

    children: LazyService[ChildService] = LazyService("iepbinder.services.children", "ChildService")
    plans: LazyService[PlanService] = LazyService("iepbinder.services.plans", "PlanService")
    team: LazyService[TeamService] = LazyService("iepbinder.services.team", "TeamService")
    trash: LazyService[TrashService] = LazyService("iepbinder.services.trash", "TrashService")
    glance: LazyService[GlanceService] = LazyService("iepbinder.services.glance", "GlanceService")
    binder_file: LazyService[BinderFileService] = LazyService(
        "iepbinder.services.binder_file", "BinderFileService"
    )
    checks: LazyService[CheckService] = LazyService("iepbinder.services.check", "CheckService")
    pages: LazyService[PageService] = LazyService("iepbinder.services.pages", "PageService")
    settings: LazyService[SettingsService] = LazyService(
        "iepbinder.services.settings", "SettingsService"
    )
    demo: LazyService[DemoService] = LazyService("iepbinder.services.demo", "DemoService")
    backups: LazyService[BackupService] = LazyService("iepbinder.services.backups", "BackupService")
    probe: LazyService[ChangeProbe] = LazyService("iepbinder.services.sync", "ChangeProbe")
    history: LazyService[HistoryService] = LazyService(
        "iepbinder.services.history", "HistoryService"
    )
    calendar: LazyService[CalendarService] = LazyService(
        "iepbinder.services.school_calendar", "CalendarService"
    )
    sessions: LazyService[SessionService] = LazyService(
        "iepbinder.services.session_log", "SessionService"
    )
    ledger: LazyService[LedgerService] = LazyService("iepbinder.services.ledger", "LedgerService")
    awards: LazyService[AwardService] = LazyService("iepbinder.services.awards", "AwardService")
    school_log: LazyService[SchoolLogService] = LazyService(
        "iepbinder.services.school_log", "SchoolLogService"
    )
    progress: LazyService[ProgressService] = LazyService(
        "iepbinder.services.progress", "ProgressService"
    )
    progress_points: LazyService[ProgressPointService] = LazyService(
        "iepbinder.services.progress_points", "ProgressPointService"
    )
    progress_reports: LazyService[ProgressReportService] = LazyService(
        "iepbinder.services.progress_reports", "ProgressReportService"
    )
    commlog: LazyService[CommLogService] = LazyService(
        "iepbinder.services.commlog", "CommLogService"
    )
    commlog_export: LazyService[CommLogExportService] = LazyService(
        "iepbinder.services.commlog_export", "CommLogExportService"
    )
    journal: LazyService[JournalService] = LazyService(
        "iepbinder.services.journal", "JournalService"
    )
    concerns: LazyService[ConcernService] = LazyService(
        "iepbinder.services.concerns", "ConcernService"
    )
    letters: LazyService[LetterService] = LazyService("iepbinder.services.letters", "LetterService")
    contacts: LazyService[ContactService] = LazyService(
        "iepbinder.services.contacts", "ContactService"
    )
    meetings: LazyService[MeetingService] = LazyService(
        "iepbinder.services.meetings", "MeetingService"
    )
    deadlines: LazyService[DeadlineService] = LazyService(
        "iepbinder.services.deadlines", "DeadlineService"
    )
    today: LazyService[TodayService] = LazyService("iepbinder.services.today", "TodayService")
    calendar_file: LazyService[CalendarFileService] = LazyService(
        "iepbinder.services.ics_export", "CalendarFileService"
    )
    packets: LazyService[PacketService] = LazyService("iepbinder.services.packet", "PacketService")
    open_items: LazyService[OpenItemService] = LazyService(
        "iepbinder.services.open_items", "OpenItemService"
    )
    documents: LazyService[DocumentService] = LazyService(
        "iepbinder.services.documents", "DocumentService"
    )
    rules: LazyService[BinderRulesService] = LazyService(
        "iepbinder.services.binder_rules", "BinderRulesService"
    )

    def __init__(self, binder: Binder, context: ServiceContext) -> None:
        self.binder = binder
        self.context = context

    @property
    def folder(self) -> Path:
        """The binder folder (a ValueError for a binder on a server)."""
        return self.binder.local_folder

    @property
    def location(self) -> str:
        """Where the binder is, for people: its folder or its server (never the password)."""
        return self.binder.location

    @property
    def on_server(self) -> bool:
        """True for a binder kept on a database server."""
        return self.binder.folder is None

    @property
    def read_only(self) -> bool:
        """True when opened only for reading."""
        return self.binder.read_only

    def announce_closing(self) -> None:
        """Say the program is closing this binder: a program opening it meanwhile waits."""
        self.binder.mark_closing()

    def close(self) -> None:
        """Release the database and the write lock."""
        self.binder.close()

    def __enter__(self) -> BinderServices:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_services(
    folder: Path | str | None = None,
    *,
    url: str | None = None,
    mode: OpenMode = OpenMode.WRITE,
    create: bool = False,
    today: Callable[[], dt.date] | None = None,
) -> BinderServices:
    """Open a binder folder (or, with ``url``, a server binder) and wire the services to it.

    Raises BinderError subclasses whose messages say what happened and what to do.
    """
    if url is not None:
        from iepbinder.db.server import open_server

        binder = open_server(url, mode=mode, create=create)
    elif folder is not None:
        binder = open_binder(folder, mode=mode, create=create)
    else:
        raise ValueError("open_services needs a folder or a server address")
    context = ServiceContext(
        session_factory=binder.session_factory,
        folder=binder.folder,
        read_only=binder.read_only,
        **({"today": today} if today is not None else {}),
    )
    return BinderServices(binder, context)
