"""Find contacts by email address or by name, for log entries and for matching email senders."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iepbinder.db.models import Contact
from iepbinder.domain.commlog import Participant
from iepbinder.domain.email_address import email_key
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import ContactRow
from iepbinder.services.mapping import contact_row
from iepbinder.services.rows import not_deleted


def find_contact_by_email(session: Session, email: str) -> Contact | None:
    """The contact with this address, ignoring case (addresses are stored in lower case)."""
    key = email_key(email)
    if not key:
        return None
    return session.scalars(
        select(Contact).where(Contact.email == key, not_deleted(Contact)).order_by(Contact.id)
    ).first()


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


class ContactDirectory:
    """The live contacts of one session, by name, for linking many typed names quickly."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_name: dict[str, Contact] = {}
        rows = session.scalars(select(Contact).where(not_deleted(Contact)).order_by(Contact.id))
        for row in rows:
            self._by_name.setdefault(_name_key(row.name), row)

    def resolve(self, people: tuple[Participant, ...]) -> tuple[Participant, ...]:
        """Link typed names (or addresses) to contacts of the directory where one matches."""
        resolved = []
        for person in people:
            contact = None
            if person.contact_id is None:
                contact = self._by_name.get(_name_key(person.name))
                if contact is None and "@" in person.name:
                    contact = find_contact_by_email(self._session, person.name)
            if contact is None:
                resolved.append(person)
            else:
                resolved.append(Participant(contact.name, person.role or contact.role, contact.id))
        return tuple(resolved)


def resolve_participants(
    session: Session, people: tuple[Participant, ...]
) -> tuple[Participant, ...]:
    """Link typed names (or addresses) to contacts of the directory where one matches."""
    if all(person.contact_id is not None for person in people):
        return people
    return ContactDirectory(session).resolve(people)


class ContactService:
    """Look-ups in the contacts directory (editing it is TeamService's job)."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def find_by_email(self, email: str) -> ContactRow | None:
        """The contact with this email address (any case), or None."""
        with self._context.session_factory() as session:
            row = find_contact_by_email(session, email)
            return contact_row(row) if row is not None else None
