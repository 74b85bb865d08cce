"""The form for a person on the child's team: their contact details and their part on the team."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from iepbinder.domain.records import ContactData
from iepbinder.domain.validation import FieldError, validate_contact
from iepbinder.gui.dialogs.base import RecordDialog
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import TextBox


@dataclass(frozen=True)
class TeamMemberInput:
    """What the team member form gives: the contact and their role on this child's team."""

    contact: ContactData
    team_role: str = ""


class TeamMemberDialog(RecordDialog[TeamMemberInput]):
    """Add or edit a team member; ``collect()`` returns a ``TeamMemberInput``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        runner: Runner,
        save: Callable[[TeamMemberInput], Any],
        today: Callable[[], dt.date],
        data: TeamMemberInput | None = None,
    ) -> None:
        super().__init__(parent, title, runner=runner, save=save, today=today)
        self.name = self._line("name", self.tr("&Name"))
        self.role = self._line(
            "role", self.tr("&Job or role"), self.tr("e.g. Speech-language pathologist")
        )
        self.team_role = self._line(
            "team_role", self.tr("&Role on this child's team"), self.tr("e.g. Case manager")
        )
        self.email = self._line("email", self.tr("&Email"), self.tr("e.g. name@school.org"))
        self.phone = self._line("phone", self.tr("&Phone"))
        self.organization = self._line(
            "organization", self.tr("&Organization"), self.tr("e.g. Lincoln Elementary")
        )
        self.notes = TextBox(3)
        self.add_field("notes", self.tr("No&tes"), self.notes)
        if data is not None:
            contact = data.contact
            self.name.setText(contact.name)
            self.role.setText(contact.role)
            self.team_role.setText(data.team_role)
            self.email.setText(contact.email)
            self.phone.setText(contact.phone)
            self.organization.setText(contact.organization)
            self.notes.set_text(contact.notes)
        self._dirty = False  # filling in the stored values is not an edit
        self.resize(500, 380)
        self.name.setFocus()

    def _line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit)
        return edit

    def collect(self) -> TeamMemberInput:
        """The person's contact details and team role as typed."""
        contact = ContactData(
            name=self.name.text().strip(),
            role=self.role.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            organization=self.organization.text().strip(),
            notes=self.notes.text(),
        )
        return TeamMemberInput(contact=contact, team_role=self.team_role.text().strip())

    def validate(self, data: TeamMemberInput) -> list[FieldError]:
        """A name, and an email address that looks like one."""
        return validate_contact(data.contact)
