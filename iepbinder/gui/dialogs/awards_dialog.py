"""A child's compensatory awards: add, edit, trash, and log the sessions delivered under them."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.awards import AWARD_SOURCE_LABELS, AwardData, award_summary
from iepbinder.domain.ledger_text import minutes_text
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.award_dialog import AwardDeliveryDialog, AwardDialog
from iepbinder.gui.dialogs.conflict import VersionedSave
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.section import TableSection
from iepbinder.services.changes import Area, Changes
from iepbinder.services.session_dto import AwardRow
from iepbinder.services.trash import ItemKind


def award_model(parent: Any = None) -> RowTableModel[AwardRow]:
    """Service | Decided by | Agreed | Delivered | Still to deliver | Deliver by."""
    return RowTableModel(
        [
            Column(tr("Service"), lambda r: r.data.service_type, tooltip=_summary),
            Column(tr("Decided by"), lambda r: tr(AWARD_SOURCE_LABELS[r.data.source])),
            Column(tr("Agreed"), lambda r: minutes_text(r.data.minutes), lambda r: r.data.minutes),
            Column(
                tr("Delivered"),
                lambda r: minutes_text(r.delivered_minutes),
                lambda r: r.delivered_minutes,
                _delivered_tip,
            ),
            Column(
                tr("Still to deliver"),
                lambda r: minutes_text(r.remaining_minutes),
                lambda r: r.remaining_minutes,
                _delivered_tip,
            ),
            Column(
                tr("Deliver by"),
                lambda r: r.data.deadline.isoformat() if r.data.deadline else "\u2014",
                lambda r: r.data.deadline.isoformat() if r.data.deadline else "",
            ),
        ],
        parent,
    )


def _summary(row: AwardRow) -> str:
    return award_summary(row.data, row.delivered_minutes)


def tr(text: str) -> str:
    """Translate a text of the awards list."""
    return QCoreApplication.translate("AwardsDialog", text)


def _delivered_tip(row: AwardRow) -> str:
    return tr(
        "Delivered = the minutes of the make-up sessions logged under this award; "
        "still to deliver = agreed - delivered ({agreed} - {delivered})."
    ).format(agreed=row.data.minutes, delivered=f"{row.delivered_minutes:g}")


class AwardsDialog(QDialog):
    """Calendar tab > School calendar and log > Compensatory awards."""

    def __init__(
        self, context: AppContext, child_id: int, undo: TrashUndo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.child_id, self.undo = context, child_id, undo
        self.services: list[str] = []
        self.open_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Compensatory awards (make-up time agreed or ordered)"))
        intro = QLabel(
            self.tr(
                "Record what the IEP team, a settlement, a complaint decision, a hearing or a "
                "court agreed or ordered. Sessions delivered under an award go in the same "
                "service log as make-up sessions, and count in the ledger."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.section: TableSection[AwardRow] = TableSection(
            self.tr("Awards"),
            award_model(self),
            noun=self.tr("an award"),
            empty_text=self.tr("No compensatory award recorded yet."),
            stretch={0: 3},
            parent=self,
        )
        self.log_button = QPushButton(self.tr("&Log a session delivered under it..."), self)
        section_layout = cast(QBoxLayout, self.section.layout())
        buttons_item = section_layout.itemAt(2)  # the Add, Edit and Trash row
        assert buttons_item is not None
        cast(QBoxLayout, buttons_item.layout()).insertWidget(3, self.log_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.section)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.section.set_editable(not context.read_only)
        self.log_button.setVisible(not context.read_only)
        self.section.add_requested.connect(self.add_award)
        self.section.edit_requested.connect(self.edit_award)
        self.section.trash_requested.connect(self._trash)
        self.log_button.clicked.connect(self._log_selected)
        self.section.table.selectionModel().selectionChanged.connect(self._update_log_button)
        self.section.model.modelReset.connect(self._update_log_button)
        context.bus.data_changed.connect(self._on_data_changed)
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        """Read the awards and the child's service names."""
        services, child_id = self.context.services, self.child_id

        def read() -> tuple[list[AwardRow], list[str]]:
            lines = services.sessions.service_lines(child_id, self.context.today())
            return services.awards.list_awards(child_id), [line.service for line in lines]

        self.context.runner.read(read, self._show, self._failed)

    def _show(self, found: tuple[list[AwardRow], list[str]]) -> None:
        awards, self.services = found
        self.section.set_rows(awards)
        self._update_log_button()

    def _update_log_button(self, *_args: object) -> None:
        self.log_button.setEnabled(self.section.selected() is not None)

    def add_award(self) -> None:
        """Open the form for a new award."""
        awards, child_id = self.context.services.awards, self.child_id
        self._open(AwardDialog(self, self.tr("Add a compensatory award"),
                               runner=self.context.runner,
                               save=lambda data: awards.add_award(child_id, data),
                               today=self.context.today, services=self.services))  # fmt: skip

    def edit_award(self, row: AwardRow) -> None:
        """Open the form on an award."""
        update = self.context.services.awards.update_award
        save: VersionedSave[AwardData] = VersionedSave(
            lambda version, data: update(row.id, version, data), row.version
        )
        self._open(AwardDialog(self, self.tr("Edit compensatory award"),
                               runner=self.context.runner, save=save, today=self.context.today,
                               data=row.data, services=self.services))  # fmt: skip

    def log_delivery(self, row: AwardRow) -> None:
        """Open the form for a session delivered under the award."""
        log = self.context.services.awards.log_delivery
        title = self.tr("Session delivered under the award: {service}").format(
            service=row.data.service_type
        )
        usual = int(min(30, row.remaining_minutes)) or 30
        self._open(AwardDeliveryDialog(self, title, runner=self.context.runner,
                                       save=lambda data: log(row.id, data),
                                       today=self.context.today, usual_minutes=usual))  # fmt: skip

    def _log_selected(self) -> None:
        row = self.section.selected()
        if row is not None:
            self.log_delivery(row)

    def _open(self, dialog: QDialog) -> None:
        if self.context.read_only:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_accepted() -> None:
            saved = dialog.result_value  # type: ignore[attr-defined]
            self.context.bus.publish(saved.changes, self)
            self.refresh()

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: setattr(self, "open_dialog", None))
        self.open_dialog = dialog
        dialog.open()

    def _trash(self, row: AwardRow) -> None:
        if not self.context.read_only:
            self.undo.move_to_trash(ItemKind.AWARD, row.id)

    def _on_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(Area.AWARDS, Area.SESSIONS, Area.TRASH):
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self.message.setText("\u26a0 " + describe_error(error))
