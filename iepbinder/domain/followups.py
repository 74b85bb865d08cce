"""Follow-ups that must not slip: overdue ones, and emails sent with no reply logged yet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from iepbinder.domain.commlog import Channel, EntryStatus, Initiator
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


class EntryFacts(NamedTuple):
    """What the follow-up rules look at in one entry (a tuple: thousands are made at once)."""

    entry_id: int
    event_date: dt.date
    channel: Channel
    initiated_by: Initiator
    status: EntryStatus
    follow_up_needed: bool
    follow_up_due: dt.date | None
    people: tuple[str, ...]  # Participant.key of everyone in it
    reply_to_id: int | None = None


class FollowUp(NamedTuple):
    """An entry's follow-up state; ``expected_by`` is the date a reply or action was due."""

    entry_id: int
    attention: Attention
    expected_by: dt.date | None = None


def is_overdue(entry: EntryFacts, today: dt.date) -> bool:
    """A follow-up that is needed, not done, and whose due date has passed."""
    return (
        entry.follow_up_needed
        and entry.status is not EntryStatus.DONE
        and entry.follow_up_due is not None
        and entry.follow_up_due < today
    )


def _own_state(entry: EntryFacts, today: dt.date) -> FollowUp:
    if not entry.follow_up_needed:
        return FollowUp(entry.entry_id, Attention.NONE)
    if entry.status is EntryStatus.DONE:
        return FollowUp(entry.entry_id, Attention.DONE, entry.follow_up_due)
    due = entry.follow_up_due
    if due is not None and due < today:
        return FollowUp(entry.entry_id, Attention.OVERDUE, due)
    if due == today:
        return FollowUp(entry.entry_id, Attention.DUE_TODAY, due)
    return FollowUp(entry.entry_id, Attention.OPEN, due)


def awaits_reply(entry: EntryFacts) -> bool:
    """An email the parent sent with no follow-up date of its own and not marked done."""
    return (
        entry.channel is Channel.EMAIL
        and entry.initiated_by is Initiator.PARENT
        and entry.status is not EntryStatus.DONE
        and entry.follow_up_due is None
        and bool(entry.people)
    )


class _Replies:
    """Which sent emails got a reply.

    A reply is an entry marked as the reply, or a later school contact with one of the same
    people.
    """

    def __init__(self, entries: Iterable[EntryFacts]) -> None:
        self.replied_ids: set[int] = set()
        self.latest_from: dict[str, dt.date] = {}
        for entry in entries:
            if entry.reply_to_id is not None:
                self.replied_ids.add(entry.reply_to_id)
            if entry.initiated_by is Initiator.SCHOOL:
                for person in entry.people:
                    known = self.latest_from.get(person)
                    if known is None or entry.event_date > known:
                        self.latest_from[person] = entry.event_date

    def has_reply(self, sent: EntryFacts) -> bool:
        if sent.entry_id in self.replied_ids:
            return True
        return any(
            self.latest_from.get(person, dt.date.min) >= sent.event_date for person in sent.people
        )


def follow_ups(
    entries: Sequence[EntryFacts],
    today: dt.date,
    *,
    no_reply_days: int = NO_REPLY_SCHOOL_DAYS,
    is_school_day: SchoolDayRule = is_weekday,
) -> dict[int, FollowUp]:
    """The follow-up state of every entry, by entry id.

    An email the parent sent becomes a 'no reply yet' follow-up when more than
    ``no_reply_days`` school days have passed with no reply logged (the issue's rule 6).
    """
    replies = _Replies(entries)
    states: dict[int, FollowUp] = {}
    for entry in entries:
        state = _own_state(entry, today)
        if awaits_reply(entry) and not replies.has_reply(entry):
            expected = add_school_days(entry.event_date, no_reply_days, is_school_day)
            if expected < today:
                state = FollowUp(entry.entry_id, Attention.NO_REPLY, expected)
        states[entry.entry_id] = state
    return states


def attention_count(states: Iterable[FollowUp]) -> int:
    """How many follow-ups need the parent now (overdue or no reply yet)."""
    return sum(1 for state in states if state.attention in NEEDS_ATTENTION)


def _day(day: dt.date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def describe_follow_up(
    attention: Attention, expected_by: dt.date | None, done_on: dt.date | None = None
) -> str:
    """The follow-up in words, with a symbol for the ones that need the parent (never colour)."""
    if attention is Attention.OVERDUE and expected_by is not None:
        return f"\u26a0 Overdue: was due {_day(expected_by)}"
    if attention is Attention.NO_REPLY and expected_by is not None:
        return f"\u26a0 No reply yet (expected by {_day(expected_by)})"
    if attention is Attention.DUE_TODAY:
        return "Due today"
    if attention is Attention.OPEN:
        return f"Due {_day(expected_by)}" if expected_by else "Follow-up needed (no date)"
    if attention is Attention.DONE:
        return f"\u2713 Done {_day(done_on)}" if done_on else "\u2713 Done"
    return "\u2014"
