"""All tables of a binder; importing this package registers every model on ``Base.metadata``."""

from __future__ import annotations

from iepbinder.db.models import progress  # noqa: F401 - registers the goal-progress tables
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
    "BinderSetting",
    "Child",
    "Contact",
    "Goal",
    "Iep",
    "ServiceMandate",
    "TeamMember",
]
