"""Turn an imported email into its communication-log entry: who, what about, and what next."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from iepbinder.db.models import Child, Contact, Document, DocumentLogLink, LogEntry
from iepbinder.domain.commlog import (
    Channel,
    EntryStatus,
    Initiator,
    LogEntryData,
    Participant,
)
from iepbinder.domain.email_followup import own_words, suggest_follow_up, topic_of_subject
from iepbinder.importers.email_records import Address, ParsedEmail
from iepbinder.services.contacts import find_contact_by_email
from iepbinder.services.rows import not_deleted

SUMMARY_LIMIT = 1200
MAX_RECIPIENTS = 6
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CONTACTS_KEY = "iepbinder.email_contacts"
# Built once: each imported email asks it twice (is it logged? what does it answer?).
_ENTRY_OF_EMAIL = (
    select(DocumentLogLink.entry_id)
    .join(Document, Document.id == DocumentLogLink.document_id)
    .join(LogEntry, LogEntry.id == DocumentLogLink.entry_id)
    .where(Document.child_id == bindparam("child"), Document.message_id == bindparam("message_id"))
    .where(not_deleted(LogEntry))
    .limit(1)
)


@dataclass(frozen=True)
class EmailEntry:
    """The log entry an email makes, and when it was written (the email's own time)."""

    data: LogEntryData
    logged_at: dt.datetime | None


def _contact(session: Session, address: str) -> Contact | None:
    """The contact with this address, kept for the session.

    An import files many emails from the same few people, and nothing edits the contacts
    while it runs.
    """
    known = session.info.setdefault(_CONTACTS_KEY, {})
    if address not in known:
        known[address] = find_contact_by_email(session, address)
    return known[address]


def _participant(session: Session, address: Address) -> tuple[Participant, Contact | None]:
    contact = _contact(session, address.address) if address.address else None
    if contact is not None:
        return Participant(contact.name, contact.role, contact.id), contact
    return Participant(address.label or address.address), None


def _plain_letters(text: str) -> str:
    """'Rodríguez' -> 'rodriguez': mail programs often drop accents from names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _is_parent(session: Session, child_id: int, sender: Address | None) -> bool:
    """The parent wrote it when every word of the sender's name is in the child's parents."""
    if sender is None or not sender.name.strip():
        return False
    child = session.get(Child, child_id)
    names = _plain_letters(child.parent_names if child is not None else "").split()
    words = _plain_letters(sender.name.replace(",", " ")).split()
    return bool(words) and all(word in names for word in words)


def _summary(email: ParsedEmail) -> str:
    words = _BLANK_LINES.sub("\n\n", own_words(email.readable_text)).strip()
    if email.invite is not None:
        words = f"{email.invite.describe()}\n\n{words}".strip()
    if len(words) > SUMMARY_LIMIT:
        words = words[: SUMMARY_LIMIT - 1].rstrip() + "\u2026"
    return words


def reply_entry_id(session: Session, child_id: int, in_reply_to: str) -> int | None:
    """The log entry of the email this one answers, when that email is in the binder."""
    if not in_reply_to:
        return None
    found = session.connection().execute(
        _ENTRY_OF_EMAIL, {"child": child_id, "message_id": in_reply_to.strip()}
    )
    return found.scalar()


def logged_entry_id(session: Session, child_id: int, message_id: str) -> int | None:
    """The live log entry already made for this email (Message-ID), if there is one."""
    return reply_entry_id(session, child_id, message_id)


def email_entry(session: Session, child_id: int, email: ParsedEmail, today: dt.date) -> EmailEntry:
    """The entry for an email: the other side as people, the subject as topic, a follow-up.

    A follow-up is suggested when the email asks a question, names a coming date or
    invites to a meeting.
    """
    sender = email.sender
    sender_person, sender_contact = (
        _participant(session, sender) if sender is not None else (None, None)
    )
    recipients = [_participant(session, a) for a in (email.to + email.cc)[:MAX_RECIPIENTS]]
    from_parent = sender_contact is None and _is_parent(session, child_id, sender)
    if from_parent:
        people = tuple(person for person, _contact in recipients if person.name.strip())
    else:
        people = (sender_person,) if sender_person is not None else ()
    moment = email.sent_at
    day = moment.date() if moment is not None else today
    suggestion = suggest_follow_up(email.readable_text, day)
    due = suggestion.due
    invite_day = email.invite.start_day if email.invite is not None else None
    if invite_day is not None and invite_day >= day and (due is None or invite_day < due):
        due = invite_day
    needs = suggestion.needed or invite_day is not None
    if from_parent:
        status = EntryStatus.WAITING
    else:
        status = EntryStatus.OPEN if needs else EntryStatus.DONE
    proof = ""
    if from_parent and email.message_id:
        proof = f"Email Message-ID {email.message_id}"
    data = LogEntryData(
        event_date=day,
        channel=Channel.EMAIL,
        event_time=moment.time().replace(second=0, microsecond=0, tzinfo=None) if moment else None,
        initiated_by=Initiator.PARENT if from_parent else Initiator.SCHOOL,
        participants=tuple(dict.fromkeys(p for p in people if p.name.strip())),
        topic=(topic_of_subject(email.subject) or "(no subject)")[:300],
        summary=_summary(email),
        follow_up_needed=needs and not from_parent,
        follow_up_due=due if not from_parent else None,
        status=status,
        delivery_proof=proof[:500],
        reply_to_id=reply_entry_id(session, child_id, email.in_reply_to),
    )
    now = dt.datetime.now(dt.UTC)
    written = moment.astimezone(dt.UTC) if moment is not None and moment <= now else None
    return EmailEntry(data, written)
