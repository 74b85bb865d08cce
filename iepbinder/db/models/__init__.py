"""All tables of a binder; importing this package registers every model on ``Base.metadata``."""

from __future__ import annotations

from iepbinder.db.models import history, progress  # noqa: F401 - registers their tables
from iepbinder.db.models.commlog import (
    LogCommitment,
    LogEntry,
    LogParticipant,
)
from iepbinder.db.models.concerns import Concern, ConcernEntryLink, ConcernStepRow
from iepbinder.db.models.core import (
    Accommodation,
    BinderSetting,
    Child,
    Contact,
    Goal,
    Iep,
    ServiceMandate,
    TeamMember,
)
from iepbinder.db.models.documents import (
    Document,
    DocumentBlob,
    DocumentLogLink,
    DocumentText,
)
from iepbinder.db.models.journal import AccommodationCheck, JournalEntry
from iepbinder.db.models.letters import Letter
from iepbinder.db.models.sessions import (  # noqa: F401 - registers the session-log tables
    CalendarDay,
    CompensatoryAward,
    MakeupLink,
    SchoolYear,
    ServiceSession,
)
from iepbinder.db.models.today import ClockEvent, Meeting, ReminderMark  # noqa: F401 - Today tables

__all__ = [
    "Accommodation",
    "AccommodationCheck",
    "BinderSetting",
    "Child",
    "Concern",
    "ConcernEntryLink",
    "ConcernStepRow",
    "Contact",
    "Document",
    "DocumentBlob",
    "DocumentLogLink",
    "DocumentText",
    "Goal",
    "Iep",
    "JournalEntry",
    "Letter",
    "LogCommitment",
    "LogEntry",
    "LogParticipant",
    "ServiceMandate",
    "TeamMember",
]
