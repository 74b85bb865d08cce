"""Follow-ups that must not slip: overdue ones, and emails sent with no reply logged yet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol

from iepbinder.domain.commlog import Channel, EntryStatus, Initiator
from iepbinder.domain.language import short_date, t
from iepbinder.domain.school_days import SchoolDayRule, add_school_days, is_weekday
from iepbinder.domain.types import StrEnum

NO_REPLY_SCHOOL_DAYS = 5  # followup.no_reply_school_days [CONFIG], the default


class Attention(StrEnum):
    """What a log entry's follow-up needs now; the order is the order of urgency."""

    OVERDUE = "overdue"
    NO_REPLY = "no_reply"
    DUE_TODAY = "due_today"
    OPEN = "open"
    DONE = "done"
    NONE = "none"


NEEDS_ATTENTION = frozenset({Attention.OVERDUE, Attention.NO_REPLY})


class Facts(Protocol):
    """What the follow-up rules read from an entry (EntryFacts, or any row with these fields)."""

    @property
    def id(self) -> int: ...
    @property
    def event_date(self) -> dt.date: ...
    @property
    def channel(self) -> Channel: ...
    @property
    def initiated_by(self) -> Initiator: ...
    @property
    def status(self) -> EntryStatus: ...
    @property
    def follow_up_needed(self) -> bool: ...
    @property
    def follow_up_due(self) -> dt.date | None: ...
    @property
    def person_keys(self) -> tuple[str, ...]: ...
    @property
    def reply_to_id(self) -> int | None: ...


class EntryFacts(NamedTuple):
    """What the follow-up rules look at in one entry (a tuple: thousands are made at once)."""

    id: int
    event_date: dt.date
    channel: Channel
    initiated_by: Initiator
    status: EntryStatus
    follow_up_needed: bool
    follow_up_due: dt.date | None
    person_keys: tuple[str, ...]  # Participant.key of everyone in it
    reply_to_id: int | None = None


class FollowUp(NamedTuple):
    """An entry's follow-up state; ``expected_by`` is the date a reply or action was due."""

    entry_id: int
    attention: Attention
    expected_by: dt.date | None = None


def is_overdue(entry: Facts, today: dt.date) -> bool:
    """A follow-up that is needed, not done, and whose due date has passed."""
    return (
        entry.follow_up_needed
        and entry.status is not EntryStatus.DONE
        and entry.follow_up_due is not None
        and entry.follow_up_due < today
    )


def _own_state(entry: Facts, today: dt.date) -> FollowUp:
    if not entry.follow_up_needed:
        return FollowUp(entry.id, Attention.NONE)
    if entry.status is EntryStatus.DONE:
        return FollowUp(entry.id, Attention.DONE, entry.follow_up_due)
    due = entry.follow_up_due
    if due is not None and due < today:
        return FollowUp(entry.id, Attention.OVERDUE, due)
    if due == today:
        return FollowUp(entry.id, Attention.DUE_TODAY, due)
    return FollowUp(entry.id, Attention.OPEN, due)


def awaits_reply(entry: Facts) -> bool:
    """An email the parent sent with no follow-up date of its own and not marked done."""
    return (
        entry.channel is Channel.EMAIL
        and entry.initiated_by is Initiator.PARENT
        and entry.status is not EntryStatus.DONE
        and entry.follow_up_due is None
        and bool(entry.person_keys)
    )


class _Replies:
    """Which sent emails got a reply.

    A reply is an entry marked as the reply, or a later school contact with one of the same
    people.
    """

    def __init__(self, entries: Iterable[Facts]) -> None:
        self.replied_ids: set[int] = set()
        self.latest_from: dict[str, dt.date] = {}
        for entry in entries:
            if entry.reply_to_id is not None:
                self.replied_ids.add(entry.reply_to_id)
            if entry.initiated_by is Initiator.SCHOOL:
                for person in entry.person_keys:
                    known = self.latest_from.get(person)
                    if known is None or entry.event_date > known:
                        self.latest_from[person] = entry.event_date

    def has_reply(self, sent: Facts) -> bool:
        if sent.id in self.replied_ids:
            return True
        latest, sent_on = self.latest_from, sent.event_date
        return any(latest.get(person, dt.date.min) >= sent_on for person in sent.person_keys)


def follow_ups(
    entries: Sequence[Facts],
    today: dt.date,
    *,
    no_reply_days: int = NO_REPLY_SCHOOL_DAYS,
    is_school_day: SchoolDayRule = is_weekday,
) -> dict[int, FollowUp]:
    """The follow-up state of each entry that has one, by entry id (``state_of`` reads it).

    An email the parent sent becomes a 'no reply yet' follow-up when more than
    ``no_reply_days`` school days have passed with no reply logged (the issue's rule 6).
    Entries with nothing to follow up are left out, so a long log stays quick.
    """
    replies = _Replies(entries)
    expected_for: dict[dt.date, dt.date] = {}
    states: dict[int, FollowUp] = {}
    for entry in entries:
        if entry.follow_up_needed:
            states[entry.id] = _own_state(entry, today)
        if awaits_reply(entry) and not replies.has_reply(entry):
            sent = entry.event_date
            expected = expected_for.get(sent)
            if expected is None:
                expected = expected_for[sent] = add_school_days(sent, no_reply_days, is_school_day)
            if expected < today:
                states[entry.id] = FollowUp(entry.id, Attention.NO_REPLY, expected)
    return states


def state_of(states: dict[int, FollowUp], entry_id: int) -> FollowUp:
    """An entry's state from ``follow_ups``: nothing to follow up when it is not there."""
    return states.get(entry_id) or FollowUp(entry_id, Attention.NONE)


def attention_count(states: Iterable[FollowUp]) -> int:
    """How many follow-ups need the parent now (overdue or no reply yet)."""
    return sum(1 for state in states if state.attention in NEEDS_ATTENTION)


def _day(day: dt.date) -> str:
    return short_date(day)


def describe_follow_up(
    attention: Attention, expected_by: dt.date | None, done_on: dt.date | None = None
) -> str:
    """The follow-up in words, with a symbol for the ones that need the parent (never colour)."""
    if attention is Attention.OVERDUE and expected_by is not None:
        return t("\u26a0 Overdue: was due {date}", date=_day(expected_by))
    if attention is Attention.NO_REPLY and expected_by is not None:
        return t("\u26a0 No reply yet (expected by {date})", date=_day(expected_by))
    if attention is Attention.DUE_TODAY:
        return t("Due today")
    if attention is Attention.OPEN:
        if expected_by:
            return t("Due {date}", date=_day(expected_by))
        return t("Follow-up needed (no date)")
    if attention is Attention.DONE:
        return t("\u2713 Done {date}", date=_day(done_on)) if done_on else t("\u2713 Done")
    return "\u2014"
