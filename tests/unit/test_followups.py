"""Overdue follow-ups and 'no reply yet', with dates set by hand (the issue's rule 6)."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.commlog import Channel, EntryStatus, Initiator
from iepbinder.domain.followups import (
    Attention,
    EntryFacts,
    attention_count,
    describe_follow_up,
    follow_ups,
    is_overdue,
    state_of,
)
from iepbinder.domain.school_days import weekdays_except

D = dt.date
KAREN, JAMES = "contact:1", "contact:2"


def sent_email(entry_id: int, day: dt.date, *people: str, **extra: object) -> EntryFacts:
    values: dict[str, object] = {
        "id": entry_id,
        "event_date": day,
        "channel": Channel.EMAIL,
        "initiated_by": Initiator.PARENT,
        "status": EntryStatus.WAITING,
        "follow_up_needed": False,
        "follow_up_due": None,
        "person_keys": people or (KAREN,),
        "reply_to_id": None,
    }
    values.update(extra)
    return EntryFacts(**values)  # type: ignore[arg-type]


def school_email(entry_id: int, day: dt.date, *people: str, **extra: object) -> EntryFacts:
    return sent_email(
        entry_id, day, *people, initiated_by=Initiator.SCHOOL, status=EntryStatus.DONE, **extra
    )


def with_due(entry_id: int, due: dt.date, status: EntryStatus = EntryStatus.OPEN) -> EntryFacts:
    return sent_email(
        entry_id, D(2026, 11, 2), channel=Channel.MEETING, follow_up_needed=True,
        follow_up_due=due, status=status,
    )  # fmt: skip


def test_a_follow_up_is_overdue_only_after_its_date_and_while_not_done() -> None:
    today = D(2026, 11, 23)
    assert is_overdue(with_due(1, D(2026, 11, 20)), today)
    assert not is_overdue(with_due(1, D(2026, 11, 23)), today)  # due today is not late yet
    assert not is_overdue(with_due(1, D(2026, 11, 20), EntryStatus.DONE), today)
    states = follow_ups(
        [with_due(1, D(2026, 11, 20)), with_due(2, today), with_due(3, D(2026, 12, 1))], today
    )
    assert [states[i].attention for i in (1, 2, 3)] == [
        Attention.OVERDUE,
        Attention.DUE_TODAY,
        Attention.OPEN,
    ]
    assert states[1].expected_by == D(2026, 11, 20)


def test_no_reply_after_five_school_days() -> None:
    # Sent Monday Nov 16. Five school days later (weekdays): Tue 17, Wed 18, Thu 19, Fri 20,
    # Mon 23 -> a reply was expected by Monday Nov 23.
    sent = sent_email(1, D(2026, 11, 16))
    on_the_day = state_of(follow_ups([sent], D(2026, 11, 23)), 1)
    assert on_the_day.attention is Attention.NONE
    day_after = state_of(follow_ups([sent], D(2026, 11, 24)), 1)
    assert day_after == (1, Attention.NO_REPLY, D(2026, 11, 23))
    assert attention_count([day_after]) == 1


def test_school_holidays_push_the_no_reply_date() -> None:
    # Sent Friday Nov 20; Thanksgiving Thu 26 and Fri 27 are not school days.
    # School days: Mon 23 (1), Tue 24 (2), Wed 25 (3), Mon 30 (4), Tue Dec 1 (5).
    thanksgiving = weekdays_except([D(2026, 11, 26), D(2026, 11, 27)])
    sent = sent_email(1, D(2026, 11, 20))
    state = state_of(follow_ups([sent], D(2026, 12, 2), is_school_day=thanksgiving), 1)
    assert state.expected_by == D(2026, 12, 1)
    # Counting weekdays only: Mon 23, Tue 24, Wed 25, Thu 26, Fri 27.
    assert state_of(follow_ups([sent], D(2026, 12, 2)), 1).expected_by == D(2026, 11, 27)
    # The setting changes N: with 3 school days the reply was due Wed Nov 25.
    assert state_of(follow_ups([sent], D(2026, 12, 2), no_reply_days=3), 1).expected_by == D(
        2026, 11, 25
    )


def test_a_reply_from_the_same_person_clears_no_reply() -> None:
    today = D(2026, 11, 30)
    sent = sent_email(1, D(2026, 11, 16), KAREN)
    assert state_of(
        follow_ups([sent, school_email(2, D(2026, 11, 18), KAREN)], today), 1
    ).attention is (Attention.NONE)
    # Someone else writing back is not a reply to this email.
    assert state_of(
        follow_ups([sent, school_email(2, D(2026, 11, 18), JAMES)], today), 1
    ).attention is (Attention.NO_REPLY)
    # A message from Karen before the email was sent is not a reply either.
    assert state_of(
        follow_ups([sent, school_email(2, D(2026, 11, 13), KAREN)], today), 1
    ).attention is (Attention.NO_REPLY)
    # An entry marked as the reply clears it, whoever it is from.
    marked = school_email(2, D(2026, 11, 19), JAMES, reply_to_id=1)
    assert state_of(follow_ups([sent, marked], today), 1).attention is Attention.NONE


def test_emails_marked_done_or_with_their_own_date_are_not_no_reply() -> None:
    today = D(2026, 11, 30)
    done = sent_email(1, D(2026, 11, 2), status=EntryStatus.DONE)
    dated = sent_email(2, D(2026, 11, 2), follow_up_needed=True, follow_up_due=D(2026, 11, 6))
    call = sent_email(3, D(2026, 11, 2), channel=Channel.PHONE)
    states = follow_ups([done, dated, call], today)
    assert state_of(states, 1).attention is Attention.NONE
    assert states[2].attention is Attention.OVERDUE  # its own date rules instead
    assert state_of(states, 3).attention is Attention.NONE
    assert set(states) == {2}  # entries with nothing to follow up are left out


def test_follow_up_words_carry_a_symbol_not_only_colour() -> None:
    assert describe_follow_up(Attention.OVERDUE, D(2026, 10, 29)) == (
        "\u26a0 Overdue: was due Oct 29, 2026"
    )
    assert describe_follow_up(Attention.NO_REPLY, D(2026, 11, 23)) == (
        "\u26a0 No reply yet (expected by Nov 23, 2026)"
    )
    assert describe_follow_up(Attention.DONE, None, D(2026, 11, 20)) == "\u2713 Done Nov 20, 2026"
    assert describe_follow_up(Attention.NONE, None) == "\u2014"
