"""The At a glance tab: the child, the IEP's dates, services, accommodations, goals and team."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.records import IepData
from iepbinder.domain.types import HolidayPolicy, IepKind, PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.accommodation_dialog import AccommodationDialog
from iepbinder.gui.dialogs.amend_dialog import AmendDialog, AmendInput
from iepbinder.gui.dialogs.base import CONFLICT_TOOK_THEIRS
from iepbinder.gui.dialogs.child_dialog import ChildDialog
from iepbinder.gui.dialogs.conflict import VersionedSave
from iepbinder.gui.dialogs.goal_dialog import GoalDialog
from iepbinder.gui.dialogs.plan_dialog import PlanDialog
from iepbinder.gui.dialogs.service_dialog import ServiceDialog
from iepbinder.gui.dialogs.team_member_dialog import TeamMemberDialog, TeamMemberInput
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.glance_models import (
    accommodation_model,
    goal_model,
    service_model,
    team_model,
)
from iepbinder.gui.tabs.glance_header import ChildCard, PlanCard
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.section import TableSection
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved
from iepbinder.services.dto import GlanceDto, IepRow
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.trash import ItemKind

GLANCE_AREAS = (
    Area.CHILDREN,
    Area.PLANS,
    Area.SERVICES,
    Area.ACCOMMODATIONS,
    Area.GOALS,
    Area.TEAM,
    Area.CONTACTS,
)


class GlanceTab(QWidget):
    """Shows one child's current IEP on one scrolling page, with forms to change every part."""

    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.plan_id: int | None = None
        self.glance: GlanceDto | None = None
        self.open_dialog: QDialog | None = None
        self._build()
        context.bus.data_changed.connect(self._on_bus_data_changed)

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.child_card = ChildCard(self)
        self.plan_card = PlanCard(self)
        self.no_plan = QWidget(self)
        self.no_plan_label = QLabel(self.no_plan)
        self.no_plan_label.setWordWrap(True)
        self.add_plan_button = QPushButton(self.tr("&Add the IEP..."), self.no_plan)
        no_plan_layout = QVBoxLayout(self.no_plan)
        no_plan_layout.addWidget(self.no_plan_label)
        no_plan_layout.addWidget(self.add_plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.services = TableSection(
            self.tr("Services"),
            service_model(self),
            noun=self.tr("service"),
            empty_text=self.tr(
                "No services yet. Add each service from the IEP's service page, copying the "
                "words exactly as written."
            ),
            stretch={0: 3, 1: 3, 2: 3, 3: 2, 4: 2},
        )
        self.accommodations = TableSection(
            self.tr("Accommodations"),
            accommodation_model(self),
            noun=self.tr("accommodation"),
            empty_text=self.tr(
                "No accommodations yet. Add each one and the classes where it applies."
            ),
            stretch={0: 3, 1: 2},
        )
        self.goals = TableSection(
            self.tr("Goals"),
            goal_model(self),
            noun=self.tr("goal"),
            empty_text=self.tr("No goals yet. Add each annual goal with its baseline and target."),
            stretch={1: 4, 3: 2},
        )
        self.team = TableSection(
            self.tr("Team"),
            team_model(self),
            noun=self.tr("person"),
            empty_text=self.tr("No team members yet. Add the people who work with your child."),
            stretch={0: 2, 1: 2, 2: 2},
        )
        top = QHBoxLayout()
        top.addWidget(self.child_card, 2)
        top.addWidget(self.plan_card, 3)
        middle = QHBoxLayout()
        middle.addWidget(self.accommodations, 3)
        middle.addWidget(self.team, 2)
        middle.setAlignment(self.accommodations, Qt.AlignmentFlag.AlignTop)
        middle.setAlignment(self.team, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addWidget(self.no_plan)
        column.addWidget(self.services)
        column.addLayout(middle)
        column.addWidget(self.goals)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect()

    def _new_service_policy(self) -> HolidayPolicy:
        """The holiday policy a new service starts with (Edit > Binder rules)."""
        stored = self.context.services.settings.get("services.holiday_policy")
        return (
            HolidayPolicy(stored)
            if stored in set(HolidayPolicy)
            else HolidayPolicy.FULL_IF_IN_SESSION
        )

    def _connect(self) -> None:
        self.child_card.edit_requested.connect(self._edit_child)
        self.plan_card.plan_chosen.connect(self._on_plan_card_plan_chosen)
        self.plan_card.edit_requested.connect(self._edit_plan)
        self.plan_card.new_requested.connect(self._new_plan)
        self.plan_card.amend_requested.connect(self._amend_plan)
        self.plan_card.trash_requested.connect(self._trash_plan)
        self.add_plan_button.clicked.connect(self._new_plan)
        plans = self.context.services.plans
        team = self.context.services.team
        self._wire(
            self.services,
            lambda *args, **kwargs: ServiceDialog(
                *args, holiday_policy=self._new_service_policy(), **kwargs
            ),
            (self.tr("Add a service"), self.tr("Edit service")),
            lambda data: plans.add_service(self._plan(), data),
            plans.update_service,
            ItemKind.SERVICE,
        )
        self._wire(
            self.accommodations,
            AccommodationDialog,
            (self.tr("Add an accommodation"), self.tr("Edit accommodation")),
            lambda data: plans.add_accommodation(self._plan(), data),
            plans.update_accommodation,
            ItemKind.ACCOMMODATION,
        )
        self._wire(
            self.goals,
            GoalDialog,
            (self.tr("Add a goal"), self.tr("Edit goal")),
            lambda data: plans.add_goal(self._plan(), data),
            plans.update_goal,
            ItemKind.GOAL,
        )
        self._wire(
            self.team,
            TeamMemberDialog,
            (self.tr("Add a team member"), self.tr("Edit team member")),
            lambda data: team.add_team_member(self._child(), data.contact, data.team_role),
            lambda item_id, version, data: team.update_team_member(
                item_id, version, data.contact, data.team_role
            ),
            ItemKind.TEAM_MEMBER,
            lambda row: TeamMemberInput(row.contact, row.team_role),
        )

    def _wire(
        self,
        section: TableSection[Any],
        dialog_type: Callable[..., QDialog],
        titles: tuple[str, str],
        add: Callable[[Any], Saved[Any]],
        update: Callable[[int, int | None, Any], Saved[Any]],
        kind: ItemKind,
        form_data: Callable[[Any], Any] = lambda row: row.data,
    ) -> None:
        """Connect a section's Add, Edit and Move to trash to its form and services."""
        add_title, edit_title = titles
        section.add_requested.connect(lambda: self._open_item(dialog_type, add_title, None, add))
        section.edit_requested.connect(
            lambda row: self._open_item(
                dialog_type,
                edit_title,
                form_data(row),
                VersionedSave(lambda version, data: update(row.id, version, data), row.version),
            )
        )
        section.trash_requested.connect(lambda row: self.undo.move_to_trash(kind, row.id))

    # Showing --------------------------------------------------------------------------
    def set_child(self, child_id: int | None) -> None:
        """Show a child's current plan (or nothing)."""
        if child_id != self.child_id:
            self.plan_id = None
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the page in the background."""
        if self.child_id is None:
            return
        child_id, plan_id = self.child_id, self.plan_id
        self.context.runner.read(
            lambda: self.context.services.glance.glance(child_id, plan_id),
            self._show,
            self._on_failed,
        )

    def _show(self, glance: GlanceDto) -> None:
        if glance.child.id != self.child_id:
            return
        self.glance = glance
        self.plan_id = glance.plan.id if glance.plan else None
        today = self.context.today()
        self.child_card.show_child(glance.child, today)
        has_plan = glance.plan is not None
        self.plan_card.setVisible(has_plan)
        self.no_plan.setVisible(not has_plan)
        for section in (self.services, self.accommodations, self.goals):
            section.setVisible(has_plan)
        if glance.plan is not None:
            self.plan_card.show_plans(glance.plans, glance.plan, today)
        else:
            self.no_plan_label.setText(
                self.tr(
                    "No IEP entered yet for {name}. Start with the dates on the first page of the "
                    "IEP; then add its services, accommodations and goals."
                ).format(name=glance.child.display_name)
            )
        self.services.set_rows(list(glance.services))
        self.accommodations.set_rows(list(glance.accommodations))
        self.goals.set_rows(list(glance.goals))
        self.team.set_rows(list(glance.team))
        editable = not self.context.read_only
        self.services.set_editable(editable)
        self.accommodations.set_editable(editable)
        self.goals.set_editable(editable)
        self.team.set_editable(editable)
        self.plan_card.set_editable(editable)
        self.child_card.edit_button.setVisible(editable)
        self.add_plan_button.setVisible(editable)
        self.loaded.emit()

    def _on_bus_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*GLANCE_AREAS):
            self.refresh()

    def render_pdf(self, paper: PaperSize) -> RenderedPdf | None:
        """The one-page IEP at a glance of the child and plan shown."""
        if self.child_id is None:
            return None
        return self.context.services.pages.glance_pdf(self.child_id, self.plan_id, paper)

    def page_title(self) -> str:
        """'IEP at a glance – Maya Rodríguez'."""
        name = self.glance.child.display_name if self.glance else ""
        return self.tr("IEP at a glance \u2013 {name}").format(name=name)

    def _on_plan_card_plan_chosen(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.refresh()

    def _on_failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))

    # Acting ---------------------------------------------------------------------------
    def _child(self) -> int:
        assert self.child_id is not None
        return self.child_id

    def _plan(self) -> int:
        assert self.plan_id is not None
        return self.plan_id

    def _current_plan(self) -> IepRow | None:
        return self.glance.plan if self.glance else None

    def _open_item(
        self,
        dialog_type: Callable[..., QDialog],
        title: str,
        data: Any,
        save: Callable[[Any], Saved[Any]] | VersionedSave[Any],
        after: Callable[[Any], None] | None = None,
    ) -> None:
        if self.context.read_only:
            return
        dialog = dialog_type(
            self, title, runner=self.context.runner, save=save, today=self.context.today, data=data
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_accepted() -> None:
            saved = dialog.result_value  # type: ignore[attr-defined]
            if after is not None:
                after(saved)
            self.context.bus.publish(saved.changes, self)
            self.status_message.emit(self.tr("Saved."))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        self.open_dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        self.open_dialog = None
        if result == CONFLICT_TOOK_THEIRS:
            self.refresh()

    def _edit_child(self) -> None:
        if self.glance is None:
            return
        child = self.glance.child
        children = self.context.services.children
        self._open_item(
            ChildDialog,
            self.tr("Edit child"),
            child.data,
            VersionedSave(
                lambda version, data: children.update_child(child.id, version, data),
                child.version,
            ),
        )

    def _edit_plan(self) -> None:
        plan = self._current_plan()
        if plan is None:
            return
        plans = self.context.services.plans
        self._open_item(
            PlanDialog,
            self.tr("Edit IEP dates"),
            plan.data,
            VersionedSave(
                lambda version, data: plans.update_plan(plan.id, version, data), plan.version
            ),
        )

    def _new_plan(self) -> None:
        plans, child_id = self.context.services.plans, self._child()
        self._open_item(
            PlanDialog,
            self.tr("Add an IEP"),
            IepData(kind=IepKind.ANNUAL),
            lambda data: plans.add_plan(child_id, data),
            self._show_saved_plan,
        )

    def _amend_plan(self) -> None:
        plan = self._current_plan()
        if plan is None:
            return
        plans = self.context.services.plans

        def save(data: AmendInput) -> Saved[IepRow]:
            return plans.amend_plan(plan.id, data.effective_date, data.meeting_date, data.title)

        self._open_item(AmendDialog, self.tr("Amend this IEP"), None, save, self._show_saved_plan)

    def _show_saved_plan(self, saved: Saved[IepRow]) -> None:
        self.plan_id = saved.row.id

    def _trash_plan(self) -> None:
        plan = self._current_plan()
        if plan is not None:
            self.plan_id = None
            self.undo.move_to_trash(ItemKind.PLAN, plan.id)
