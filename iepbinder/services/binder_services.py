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
    BinderServerError,
    BinderStorageError,
    BinderTooNewError,
    BinderUnreadableError,
    NotABinderError,
)
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
from iepbinder.services.context import ServiceContext
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
    backups: BackupService = field(init=False)
    probe: ChangeProbe = field(init=False)
    history: HistoryService = field(init=False)
    calendar: CalendarService = field(init=False)
    sessions: SessionService = field(init=False)
    ledger: LedgerService = field(init=False)
    awards: AwardService = field(init=False)
    school_log: SchoolLogService = field(init=False)
    progress: ProgressService = field(init=False)
    progress_points: ProgressPointService = field(init=False)
    progress_reports: ProgressReportService = field(init=False)
    commlog: CommLogService = field(init=False)
    commlog_export: CommLogExportService = field(init=False)
    journal: JournalService = field(init=False)
    concerns: ConcernService = field(init=False)
    letters: LetterService = field(init=False)
    contacts: ContactService = field(init=False)
    meetings: MeetingService = field(init=False)
    deadlines: DeadlineService = field(init=False)
    today: TodayService = field(init=False)
    calendar_file: CalendarFileService = field(init=False)
    packets: PacketService = field(init=False)
    open_items: OpenItemService = field(init=False)
    documents: DocumentService = field(init=False)
    rules: BinderRulesService = field(init=False)

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
        self.rules = BinderRulesService(self.context)
        self.demo = DemoService(self.context)
        self.backups = BackupService(self.context)
        self.probe = ChangeProbe(self.context)
        self.history = HistoryService(self.context)
        self.calendar = CalendarService(self.context)
        self.sessions = SessionService(self.context)
        self.ledger = LedgerService(self.context)
        self.awards = AwardService(self.context)
        self.school_log = SchoolLogService(self.context)
        self.progress = ProgressService(self.context)
        self.progress_points = ProgressPointService(self.context)
        self.progress_reports = ProgressReportService(self.context)
        self.commlog = CommLogService(self.context)
        self.commlog_export = CommLogExportService(self.context)
        self.journal = JournalService(self.context)
        self.concerns = ConcernService(self.context)
        self.letters = LetterService(self.context)
        self.contacts = ContactService(self.context)
        self.meetings = MeetingService(self.context)
        self.deadlines = DeadlineService(self.context)
        self.today = TodayService(self.context)
        self.calendar_file = CalendarFileService(self.context)
        self.packets = PacketService(self.context)
        self.open_items = OpenItemService(self.context)
        self.documents = DocumentService(self.context)

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
