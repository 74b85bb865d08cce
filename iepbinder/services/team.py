"""Use cases for contacts and each child's IEP team."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from iepbinder.db.models import Child, Contact, TeamMember
from iepbinder.domain.email_address import email_key
from iepbinder.domain.records import ContactData
from iepbinder.domain.validation import validate_contact
from iepbinder.services.changes import Area, Changes
from iepbinder.services.contacts import find_contact_by_email
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.dto import ContactRow, TeamMemberRow
from iepbinder.services.errors import ValidationError
from iepbinder.services.mapping import contact_row, read_data, team_member_row, write_data
from iepbinder.services.rows import check_version, live, next_position, not_deleted


def _validated(data: ContactData) -> ContactData:
    errors = validate_contact(data)
    if errors:
        raise ValidationError(errors)
    return replace(data, email=email_key(data.email))  # stored lower case: indexed lookups


class TeamService:
    """The contacts directory and the people on each child's team."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_contacts(self) -> list[ContactRow]:
        """Every contact, by name."""
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(Contact).where(not_deleted(Contact)).order_by(Contact.name, Contact.id)
            )
            return [contact_row(row) for row in rows]

    def list_team(self, child_id: int) -> list[TeamMemberRow]:
        """A child's team in the order the parent arranged it."""
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(TeamMember)
                .join(Contact)
                .where(
                    TeamMember.child_id == child_id,
                    not_deleted(TeamMember),
                    not_deleted(Contact),
                )
                .order_by(TeamMember.position, TeamMember.id)
            )
            return [team_member_row(row) for row in rows]

    def add_team_member(
        self, child_id: int, data: ContactData, team_role: str = ""
    ) -> Saved[TeamMemberRow]:
        """Put a person on a child's team, reusing the contact with the same email address."""
        data = _validated(data)
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            contact = find_contact_by_email(session, data.email)
            if contact is None:
                contact = Contact()
                session.add(contact)
            write_data(contact, data)
            member = TeamMember(
                child_id=child_id,
                contact=contact,
                team_role=team_role.strip(),
                position=next_position(session, TeamMember, child_id=child_id),
            )
            session.add(member)
            session.flush()
            saved = team_member_row(member)
        return Saved(saved, Changes.of(Area.TEAM, Area.CONTACTS))

    def update_team_member(
        self, member_id: int, version: int | None, data: ContactData, team_role: str
    ) -> Saved[TeamMemberRow]:
        """Edit a team member's details (shared with the contacts directory) and role."""
        data = _validated(data)
        with self._context.session_factory.begin() as session:
            member = live(session, TeamMember, member_id, "team member")
            check_version(
                member, version, "team member", lambda m: read_data(m.contact, ContactData)
            )
            write_data(member.contact, data)
            member.team_role = team_role.strip()
            session.flush()
            saved = team_member_row(member)
        return Saved(saved, Changes.of(Area.TEAM, Area.CONTACTS))

    def add_contact(self, data: ContactData) -> Saved[ContactRow]:
        """Add a person to the contacts directory."""
        data = _validated(data)
        with self._context.session_factory.begin() as session:
            contact = Contact()
            write_data(contact, data)
            session.add(contact)
            session.flush()
            saved = contact_row(contact)
        return Saved(saved, Changes.of(Area.CONTACTS))

    def update_contact(
        self, contact_id: int, version: int | None, data: ContactData
    ) -> Saved[ContactRow]:
        """Edit a contact."""
        data = _validated(data)
        with self._context.session_factory.begin() as session:
            contact = live(session, Contact, contact_id, "contact")
            check_version(contact, version, "contact", lambda c: read_data(c, ContactData))
            write_data(contact, data)
            session.flush()
            saved = contact_row(contact)
        return Saved(saved, Changes.of(Area.CONTACTS, Area.TEAM))
