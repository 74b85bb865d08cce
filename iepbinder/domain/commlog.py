"""The communication log as plain data: entries, people, commitments (DOMAIN.md 5.4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import StrEnum

CONTEMPORANEOUS_HOURS = 48  # log.contemporaneous_hours [CONFIG] (DOMAIN.md 8)


class Channel(StrEnum):
    """How the contact happened (DOMAIN.md 5.4, plus letters sent on paper)."""

    EMAIL = "email"
    PHONE = "phone"
    MEETING = "meeting"
    IN_PERSON = "in_person"
    TEXT = "text"
    PORTAL = "portal"
    NOTE_HOME = "note_home"
    LETTER = "letter"


class Initiator(StrEnum):
    """Who started the contact: the parent, or the school."""

    PARENT = "parent"
    SCHOOL = "school"


class EntryStatus(StrEnum):
    """Where an entry stands: something still to do, waiting for the school, or done."""

    OPEN = "open"
    WAITING = "waiting"
    DONE = "done"


class CommitmentStatus(StrEnum):
    """Whether a promise made in a meeting or call was kept."""

    OPEN = "open"
    DONE = "done"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Participant:
    """A person in the contact: a contact of the directory (``contact_id``) or a typed name."""

    name: str
    role: str = ""
    contact_id: int | None = None

    @property
    def key(self) -> str:
        """What identifies the person when matching replies: the contact, else the name."""
        if self.contact_id is not None:
            return f"contact:{self.contact_id}"
        return "name:" + " ".join(self.name.casefold().split())


@dataclass(frozen=True)
class Commitment:
    """Who promised what, by when, and whether it happened (DOMAIN.md 5.4)."""

    who: str
    what: str
    by_when: dt.date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN


@dataclass(frozen=True)
class LogEntryData:
    """One call, meeting, email, note or letter, with what came of it (DOMAIN.md 5.4)."""

    event_date: dt.date
    channel: Channel = Channel.EMAIL
    event_time: dt.time | None = None
    initiated_by: Initiator = Initiator.PARENT
    participants: tuple[Participant, ...] = ()
    topic: str = ""
    planned_purpose: str = ""
    summary: str = ""
    requests_made: tuple[str, ...] = ()
    disagreements: tuple[str, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    follow_up_needed: bool = False
    follow_up_due: dt.date | None = None
    status: EntryStatus = EntryStatus.DONE
    delivery_proof: str = ""
    reply_to_id: int | None = None

    @property
    def people_text(self) -> str:
        """'Karen Liu, Rosa Jiménez' for tables."""
        return ", ".join(person.name for person in self.participants)


def event_moment(day: dt.date, time: dt.time | None, zone: dt.tzinfo) -> dt.datetime:
    """When the event happened; without a time, the end of that day (the benefit of the doubt)."""
    return dt.datetime.combine(day, time or dt.time(23, 59, 59), tzinfo=zone)


def hours_after_event(
    day: dt.date, time: dt.time | None, logged_at: dt.datetime, zone: dt.tzinfo
) -> float:
    """How many hours after the event the entry was written (negative: written before)."""
    return (logged_at - event_moment(day, time, zone)).total_seconds() / 3600


def late_logging_note(
    day: dt.date,
    time: dt.time | None,
    logged_at: dt.datetime,
    zone: dt.tzinfo,
    limit_hours: int = CONTEMPORANEOUS_HOURS,
) -> str:
    """A calm note when an entry was written more than ``limit_hours`` after the event, else ''.

    Contemporaneous notes carry more weight (DOMAIN.md 5.4: warn when logged_at minus
    event_datetime is over 48 hours).
    """
    hours = hours_after_event(day, time, logged_at, zone)
    if hours <= limit_hours:
        return ""
    days = int(hours // 24)
    if days >= 2:
        return t(
            "Written down {days} days after it happened (more than {limit} hours later), so it "
            "is not a same-time record. Note anything that helped you remember.",
            days=days,
            limit=limit_hours,
        )
    return t(
        "Written down {hours} hours after it happened (more than {limit} hours later), so it "
        "is not a same-time record. Note anything that helped you remember.",
        hours=int(hours),
        limit=limit_hours,
    )


CHANNEL_WORDS = {
    Channel.EMAIL: N_("Email"),
    Channel.PHONE: N_("Phone call"),
    Channel.MEETING: N_("Meeting"),
    Channel.IN_PERSON: N_("In person"),
    Channel.TEXT: N_("Text message"),
    Channel.PORTAL: N_("School portal"),
    Channel.NOTE_HOME: N_("Note home"),
    Channel.LETTER: N_("Letter"),
}
INITIATOR_WORDS = {Initiator.PARENT: N_("Parent"), Initiator.SCHOOL: N_("School")}
STATUS_WORDS = {
    EntryStatus.OPEN: N_("Open"),
    EntryStatus.WAITING: N_("Waiting for a reply"),
    EntryStatus.DONE: N_("Done"),
}
