"""What a mutation touched, so each tab refreshes only what changed."""

from __future__ import annotations

from dataclasses import dataclass

from iepbinder.domain.types import StrEnum


class Area(StrEnum):
    """A part of the binder a tab shows."""

    CHILDREN = "children"
    PLANS = "plans"
    SERVICES = "services"
    ACCOMMODATIONS = "accommodations"
    GOALS = "goals"
    TEAM = "team"
    CONTACTS = "contacts"
    TRASH = "trash"
    SETTINGS = "settings"
    SCHOOL_CALENDAR = "school_calendar"
    SESSIONS = "sessions"
    AWARDS = "awards"
    COMMLOG = "commlog"
    JOURNAL = "journal"
    CONCERNS = "concerns"
    LETTERS = "letters"
    DOCUMENTS = "documents"
    PROGRESS = "progress"
    REPORTS = "reports"
    REMINDERS = "reminders"


@dataclass(frozen=True)
class Changes:
    """The areas one operation changed; ``Changes.of(Area.GOALS)``."""

    areas: frozenset[Area] = frozenset()

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        """Changes touching the given areas."""
        return cls(frozenset(areas))

    @classmethod
    def everything(cls) -> Changes:
        """Changes touching every area (after an import or a restore)."""
        return cls(frozenset(Area))

    def touches(self, *areas: Area) -> bool:
        """True when any of the areas changed."""
        return not self.areas.isdisjoint(areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)

    def __bool__(self) -> bool:
        return bool(self.areas)
