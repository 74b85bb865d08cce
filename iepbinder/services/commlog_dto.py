"""Frozen rows of the communication log, journal, concerns and letters, for every caller."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from iepbinder.domain.commlog import Channel, EntryStatus, Initiator, LogEntryData
from iepbinder.domain.concern_windows import PossibleDeadline
from iepbinder.domain.concerns import ConcernData, LadderStep
from iepbinder.domain.followups import NEEDS_ATTENTION, Attention
from iepbinder.domain.journal import AccommodationCheckData, JournalData
from iepbinder.domain.letters.model import LetterData, MissingField


class LogListRow(NamedTuple):
    """One entry as the log's table shows it: light (a tuple), with what the filters need."""

    id: int
    version: int
    event_date: dt.date
    event_time: dt.time | None
    channel: Channel
    initiated_by: Initiator
    people: str
    person_keys: tuple[str, ...]  # Participant.key of each person, for the person filter
    topic: str
    summary: str
    status: EntryStatus
    follow_up_needed: bool
    follow_up_due: dt.date | None
    reply_to_id: int | None
    attention: Attention
    expected_by: dt.date | None
    haystack: str  # topic, people and summary in lower case, for the text search

    @property
    def needs_attention(self) -> bool:
        """Overdue, or an email with no reply yet."""
        return self.attention in NEEDS_ATTENTION


@dataclass(frozen=True)
class LogList:
    """A child's whole log, and how many follow-ups need the parent now."""

    rows: tuple[LogListRow, ...]
    attention_count: int
    school_days_note: str
    no_reply_days: int = 5


@dataclass(frozen=True)
class LinkRef:
    """A linked item shown by name: a letter, a concern or a log entry."""

    id: int
    label: str


@dataclass(frozen=True)
class LogEntryRow:
    """One entry with everything about it: its data, when it was logged, links and follow-up."""

    id: int
    child_id: int
    version: int
    data: LogEntryData
    logged_at: dt.datetime
    follow_up_done_on: dt.date | None
    late_note: str
    attention: Attention
    expected_by: dt.date | None
    letters: tuple[LinkRef, ...] = ()
    concerns: tuple[LinkRef, ...] = ()
    revision_count: int = 0
    documents: tuple[LinkRef, ...] = ()  # '#12 Speech sessions this week' (the email filed)


@dataclass(frozen=True)
class RevisionRow:
    """One step of an entry's history: what it was before, after, and when it changed."""

    number: int
    changed_at: dt.datetime
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any]
    changed: tuple[str, ...]


@dataclass(frozen=True)
class JournalRow:
    """A journal entry as stored."""

    id: int
    version: int
    data: JournalData


@dataclass(frozen=True)
class CheckRow:
    """An accommodation check as stored."""

    id: int
    version: int
    data: AccommodationCheckData


@dataclass(frozen=True)
class AccommodationChoice:
    """An accommodation of the current IEP and the classes it applies to, for check forms."""

    id: int
    text: str
    classes: tuple[str, ...]
    page_ref: str


@dataclass(frozen=True)
class ConcernRow:
    """A concern with its possible deadlines, the next step up the ladder, and its links."""

    id: int
    version: int
    data: ConcernData
    windows: tuple[PossibleDeadline, ...]
    next_step: LadderStep | None
    entries: tuple[LinkRef, ...] = ()
    letters: tuple[LinkRef, ...] = ()


@dataclass(frozen=True)
class LetterRow:
    """A letter as stored, with the log entry it made when used."""

    id: int
    child_id: int
    version: int
    data: LetterData
    log_entry_id: int | None
    created_at: dt.datetime


@dataclass(frozen=True)
class LetterDraft:
    """A template filled from the binder, ready to edit, with every gap named."""

    template_key: str
    data: LetterData
    missing: tuple[MissingField, ...]
    follow_up_words: str


@dataclass(frozen=True)
class Choice:
    """One thing the letter form offers to pick: its id and how it reads."""

    id: int
    label: str
    extra: tuple[str, ...] = ()  # e.g. the classes of an accommodation


@dataclass(frozen=True)
class LetterChoices:
    """What the letter form can offer for a child: goals, services, entries, people..."""

    goals: tuple[Choice, ...] = ()
    accommodations: tuple[Choice, ...] = ()
    services: tuple[Choice, ...] = ()
    entries: tuple[Choice, ...] = ()
    meetings: tuple[Choice, ...] = ()
    concerns: tuple[Choice, ...] = ()
    recipients: tuple[Choice, ...] = ()  # contact id; extra = (name, email, role)
