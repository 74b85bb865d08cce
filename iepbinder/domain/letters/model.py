"""What a letter template is, what fills it, and what a filled letter holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from iepbinder.domain.language import t
from iepbinder.domain.school_days import CountUnit, DayCount
from iepbinder.domain.types import StrEnum


class Picks(StrEnum):
    """What the parent chooses for a template besides the child: a goal, a log entry, ..."""

    GOAL = "goal"
    ACCOMMODATION = "accommodation"
    SERVICE = "service"
    ENTRY = "entry"
    MEETING = "meeting"
    DATE_RANGE = "date_range"


@dataclass(frozen=True)
class FollowUpRule:
    """When a reply is due; records requests are also capped at the day before the next meeting."""

    span: DayCount
    cap_before_next_meeting: bool = False
    note: str = ""

    @property
    def words(self) -> str:
        """'10 school days', plus the cap when there is one."""
        cap = t(", and before the next meeting") if self.cap_before_next_meeting else ""
        return f"{self.span.words}{cap}"


def school_days(count: int, note: str = "") -> FollowUpRule:
    """A reply due ``count`` school days after sending."""
    return FollowUpRule(DayCount(count, CountUnit.SCHOOL), note=note)


def calendar_days(count: int, note: str = "") -> FollowUpRule:
    """A reply due ``count`` calendar days after sending."""
    return FollowUpRule(DayCount(count, CountUnit.CALENDAR), note=note)


@dataclass(frozen=True)
class LetterTemplate:
    """One template: its text with {placeholders}, the fields it needs, and its follow-up."""

    key: str
    title: str
    purpose: str
    subject: str
    body: str
    required_fields: tuple[str, ...]
    follow_up: FollowUpRule
    optional_fields: tuple[str, ...] = ()
    picks: tuple[Picks, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class LedgerLine:
    """One service in the ledger table of a letter: required, delivered, and the dates missed."""

    service: str
    required_minutes: int
    delivered_minutes: int
    dates_missed: tuple[dt.date, ...] = ()
    dates_partial: tuple[dt.date, ...] = ()
    owed_minutes_district_view: int | None = None
    owed_minutes_advocate_view: int | None = None

    @property
    def missed_minutes(self) -> int:
        """Required minus delivered, never below zero."""
        return max(0, self.required_minutes - self.delivered_minutes)


@dataclass(frozen=True)
class LetterFacts:
    """Everything the binder knows for one letter: field values, and ledger rows if any.

    ``ledger`` is None when the binder has no service ledger yet; the letter then names the
    figures to fill in instead of breaking.
    """

    values: Mapping[str, str] = field(default_factory=dict)
    ledger: tuple[LedgerLine, ...] | None = None


@dataclass(frozen=True)
class MissingField:
    """A field the binder could not fill: which one, and what to write in its place."""

    field: str
    label: str
    message: str


@dataclass(frozen=True)
class RenderedLetter:
    """A filled letter, ready to edit; ``missing`` names every gap left for the parent."""

    template_key: str
    subject: str
    body: str
    response_due: dt.date
    missing: tuple[MissingField, ...] = ()

    @property
    def complete(self) -> bool:
        """True when every field was filled from the binder."""
        return not self.missing


class LetterStatus(StrEnum):
    """A draft being written, or a letter the parent has used (sent, printed, copied)."""

    DRAFT = "draft"
    SENT = "sent"


class SentVia(StrEnum):
    """How a letter left: by email (mail program, .eml or copied), or on paper (PDF)."""

    EMAIL = "email"
    PAPER = "paper"


@dataclass(frozen=True)
class LetterData:
    """A letter as stored: where it goes, its words, and what happened to it."""

    template_key: str
    subject: str = ""
    body: str = ""
    recipient_name: str = ""
    recipient_email: str = ""
    recipient_role: str = ""
    cc_names: str = ""
    cc_emails: str = ""
    response_due: dt.date | None = None
    status: LetterStatus = LetterStatus.DRAFT
    sent_on: dt.date | None = None
    sent_via: str = ""
    concern_id: int | None = None
