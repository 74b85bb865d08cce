"""The contacts directory: everyone the family deals with, their role and email address."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from iepbinder.domain.validation import FieldError, validate_contact
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.team_member_dialog import TeamMemberDialog, TeamMemberInput
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.gui.tasks import Runner
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.section import TableSection
from iepbinder.services.changes import Area, Changes
from iepbinder.services.dto import ContactRow
from iepbinder.services.trash import ItemKind


def tr(text: str) -> str:
    """Translate a string of the contacts directory."""
    return QCoreApplication.translate("ContactsDialog", text)


def contact_model(parent: Any = None) -> RowTableModel[ContactRow]:
    """Name, role, email, phone and organization of each contact."""
    return RowTableModel(
        [
            Column(tr("Name"), lambda r: r.data.name, lambda r: r.data.name.casefold()),
            Column(tr("Role"), lambda r: r.data.role),
            Column(tr("Email"), lambda r: r.data.email),
            Column(tr("Phone"), lambda r: r.data.phone),
            Column(tr("Organization"), lambda r: r.data.organization),
        ],
        parent,
    )


class ContactDialog(TeamMemberDialog):
    """Add or edit a contact (the team-member form without the child's team role)."""

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
        super().__init__(parent, title, runner=runner, save=save, today=today, data=data)
        holder = self.rows.pop("team_role").widget.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, False)  # a contact has no role on a child's team

    def validate(self, data: TeamMemberInput) -> list[FieldError]:
        """A name, and an email address that looks like one."""
        return validate_contact(data.contact)


class ContactsDialog(QDialog):
    """Lists the directory with Add, Edit and Move to trash; emails are matched in any case."""

    def __init__(self, parent: QWidget | None, context: AppContext, undo: TrashUndo) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.open_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Contacts"))
        intro = QLabel(
            self.tr(
                "Everyone you deal with at school and beyond. Email addresses let the binder "
                "recognise who sent a message (upper or lower case does not matter)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.section = TableSection(
            self.tr("Directory"),
            contact_model(self),
            noun=self.tr("contact"),
            empty_text=self.tr("No contacts yet. Add the people you write to and hear from."),
            stretch={0: 2, 1: 2, 2: 3, 4: 2},
        )
        self.message = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.section, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.section.set_editable(not context.read_only)
        self.section.add_requested.connect(lambda: self._edit(None))
        self.section.edit_requested.connect(self._edit)
        self.section.trash_requested.connect(self._trash)
        context.bus.data_changed.connect(self._on_bus_data_changed)
        self.resize(820, 460)
        self.refresh()

    def refresh(self) -> None:
        """Reload the directory."""
        self.context.runner.read(
            self.context.services.team.list_contacts, self.section.set_rows, self._failed
        )

    def _edit(self, row: ContactRow | None) -> None:
        team = self.context.services.team
        if row is None:
            title, data = self.tr("Add a contact"), None

            def save(value: TeamMemberInput) -> Any:
                return team.add_contact(value.contact)
        else:
            title, data = self.tr("Edit contact"), TeamMemberInput(row.data)

            def save(value: TeamMemberInput) -> Any:
                return team.update_contact(row.id, row.version, value.contact)

        dialog = ContactDialog(
            self, title, runner=self.context.runner, save=save, today=self.context.today, data=data
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value.changes))
        self.open_dialog = dialog
        dialog.open()

    def _saved(self, changes: Changes) -> None:
        self.context.bus.publish(changes, None)
        self.message.setText(self.tr("Saved."))

    def _trash(self, row: ContactRow) -> None:
        self.undo.move_to_trash(ItemKind.CONTACT, row.id)

    def _on_bus_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.CONTACTS, Area.TEAM):
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self.message.setText(describe_error(error))
