"""Log one school day: for each service, delivered, missed with a reason, minutes, a make-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.service_log import (
    ATTRIBUTION_LABELS,
    MISS_STATUSES,
    REASON_LABELS,
    STATUS_SYMBOLS,
    Attribution,
    ReasonCode,
    SessionData,
    SessionStatus,
    default_attribution,
)
from iepbinder.gui.dialogs.history_dialog import HistoryDialog, record_history_text
from iepbinder.gui.dialogs.session_details import SessionDetails, SessionDetailsDialog
from iepbinder.gui.errors import describe_error
from iepbinder.gui.i18n import date_text
from iepbinder.gui.tasks import Runner
from iepbinder.gui.widgets.inputs import EnumCombo
from iepbinder.services.document_dto import DocumentRef
from iepbinder.services.history import HistoryRow
from iepbinder.services.session_dto import ServiceLine, SessionRow

Mark = tuple[str, SessionData | None, tuple[int, ...]]
SHORTFALL = ReasonCode.CALENDAR_SHORTFALL  # computed by the ledger, never logged


@dataclass
class _Row:
    line: ServiceLine
    delivered: QToolButton
    status: EnumCombo[SessionStatus]
    minutes: QSpinBox
    reason: EnumCombo[ReasonCode]
    attribution: EnumCombo[Attribution]
    cures: QComboBox
    note: QLineEdit
    more: QToolButton
    details: SessionDetails = SessionDetails()
    session_id: int | None = None  # the session already logged for the day, if any


class LogDayDialog(QDialog):
    """One row per service in effect that day; Save writes the day's marks in one go."""

    def __init__(
        self,
        parent: QWidget | None,
        day: dt.date,
        lines: Sequence[ServiceLine],
        existing: Sequence[SessionRow],
        misses: dict[str, list[SessionRow]],
        *,
        runner: Runner,
        save: Callable[[list[Mark]], Any],
        documents: Sequence[DocumentRef] = (),
        history: Callable[[int], Sequence[HistoryRow]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.day, self.runner, self._save = day, runner, save
        self.documents = documents
        self._history = history
        self.history_dialog: HistoryDialog | None = None
        self.open_dialog: SessionDetailsDialog | None = None
        self.result_value: Any = None
        self.setWindowTitle(self.tr("Log sessions for {day}").format(day=date_text(day, "weekday")))
        self.setModal(True)
        self.rows: list[_Row] = []
        grid = QGridLayout()
        headers = (
            self.tr("Service"),
            self.tr("What happened"),
            self.tr("Minutes"),
            self.tr("Reason (if missed)"),
            self.tr("Counted as"),
            self.tr("Makes up for"),
            self.tr("Note"),
            self.tr("Evidence"),
        )
        for column, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        by_service = {s.service_type.casefold(): s for s in existing}
        for number, line in enumerate(lines, start=1):
            row = self._build_row(line, misses.get(line.service, []))
            self.rows.append(row)
            widgets = (
                QLabel(line.service),
                row.status,
                row.minutes,
                row.reason,
                row.attribution,
                row.cures,
                row.note,
                row.more,
            )
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, number, column)
            current = by_service.get(line.service.casefold())
            if current is not None:
                self._fill(row, current)
            self._update_row(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        if not lines:
            grid.addWidget(QLabel(self.tr("No service of the IEP is in effect on this day.")), 1, 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Choose what happened for each service; leave 'Not logged' for "
                "sessions you don't know about yet."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if self.rows:
            self.rows[0].status.setFocus()

    def _build_row(self, line: ServiceLine, misses: list[SessionRow]) -> _Row:
        statuses: list[tuple[str, SessionStatus | None]] = [(self.tr("Not logged"), None)]
        words = {
            SessionStatus.DELIVERED: self.tr("Delivered"),
            SessionStatus.PARTIAL: self.tr("Partly delivered"),
            SessionStatus.MISSED: self.tr("Missed"),
            SessionStatus.CANCELLED: self.tr("Cancelled"),
            SessionStatus.MAKEUP: self.tr("Make-up session"),
        }
        statuses += [(f"{words[s]} {STATUS_SYMBOLS[s]}", s) for s in words]
        status = EnumCombo[SessionStatus](statuses)
        minutes = QSpinBox()
        minutes.setRange(0, 600)
        minutes.setSuffix(self.tr(" min"))
        reason = EnumCombo[ReasonCode](
            [(self.tr("\u2014 reason \u2014"), None)]
            + [(self.tr(REASON_LABELS[r]), r) for r in ReasonCode if r is not SHORTFALL]
        )
        attribution = EnumCombo[Attribution](
            [(self.tr("Default for the reason"), None)]
            + [(self.tr(ATTRIBUTION_LABELS[a]), a) for a in Attribution]
        )
        cures = QComboBox()
        cures.addItem(self.tr("\u2014 none \u2014"), None)
        for miss in misses:
            cures.addItem(
                f"{miss.data.date.isoformat()} ({miss.data.scheduled_minutes} min)", miss.id
            )
        note = QLineEdit()
        note.setMinimumWidth(140)
        reason.setMinimumContentsLength(20)  # long reasons elide, so the note keeps its room
        reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        delivered = QToolButton()
        delivered.setText(f"{STATUS_SYMBOLS[SessionStatus.DELIVERED]} " + self.tr("Delivered"))
        delivered.setToolTip(self.tr("One click: delivered, the usual minutes"))
        delivered.setAccessibleName(f"{line.service}: " + self.tr("mark delivered"))
        more = QToolButton()
        more.setAccessibleName(f"{line.service}: " + self.tr("evidence and details"))
        row = _Row(line, delivered, status, minutes, reason, attribution, cures, note, more)
        more.clicked.connect(lambda: self.edit_details(row))
        delivered.clicked.connect(lambda: status.set_value(SessionStatus.DELIVERED))
        for widget, what in (
            (status, self.tr("what happened")),
            (minutes, self.tr("minutes")),
            (reason, self.tr("reason")),
            (attribution, self.tr("counted as")),
            (cures, self.tr("makes up for")),
            (note, self.tr("note")),
        ):
            widget.setAccessibleName(f"{line.service}: {what}")
        status.changed.connect(lambda: self._on_status_changed(row))
        reason.changed.connect(lambda: self._update_row(row))
        return row

    def _fill(self, row: _Row, session: SessionRow) -> None:
        data = session.data
        row.status.set_value(data.status)
        row.minutes.setValue(
            data.minutes_delivered
            if data.status not in MISS_STATUSES or data.minutes_delivered
            else data.scheduled_minutes
        )
        row.reason.set_value(data.reason)
        row.attribution.set_value(data.attribution)
        row.note.setText(data.notes)
        row.details = SessionDetails.of(data)
        row.session_id = session.id

    def _on_status_changed(self, row: _Row) -> None:
        status = row.status.value()
        usual = row.line.minutes_per_session or 0
        if (
            status
            in (
                SessionStatus.DELIVERED,
                SessionStatus.MAKEUP,
                SessionStatus.MISSED,
                SessionStatus.CANCELLED,
            )
            and not row.minutes.value()
        ):
            row.minutes.setValue(usual)
        self._update_row(row)

    def _update_row(self, row: _Row) -> None:
        status = row.status.value()
        missed = status in MISS_STATUSES
        row.minutes.setEnabled(status is not None)
        row.reason.setEnabled(missed)
        row.attribution.setEnabled(missed)
        row.cures.setEnabled(status is SessionStatus.MAKEUP)
        row.more.setEnabled(status is not None)
        row.more.setText(
            self.tr("Details \u2713...") if row.details.is_set() else self.tr("Details...")
        )
        row.more.setToolTip(
            self.tr("How you know (a note, your child's words, a linked document), provider, "
                    "setting, group, and whether it was testing")
        )  # fmt: skip
        default = default_attribution(row.reason.value())
        row.attribution.setItemText(
            0, self.tr("Default ({who})").format(who=ATTRIBUTION_LABELS[default])
        )

    def edit_details(self, row: _Row) -> None:
        """Open the evidence and details of one service's session."""
        on_history = None
        if self._history is not None and row.session_id is not None:
            on_history = lambda: self._show_history(row)  # noqa: E731
        dialog = SessionDetailsDialog(
            self, row.line.service, row.details, self.documents, on_history
        )

        def keep() -> None:
            row.details = dialog.details()
            self._update_row(row)

        dialog.accepted.connect(keep)
        dialog.finished.connect(lambda _result: setattr(self, "open_dialog", None))
        self.open_dialog = dialog
        dialog.open()

    def _show_history(self, row: _Row) -> None:
        """Every saved version of this session (read in the background, shown over the form)."""
        history, session_id = self._history, row.session_id
        if history is None or session_id is None:
            return

        def show(steps: Sequence[HistoryRow]) -> None:
            subject = f"{row.line.service}, {self.day:%b} {self.day.day}"
            parent = self.open_dialog or self  # over the details form that asked for it
            self.history_dialog = HistoryDialog(parent, subject, record_history_text(list(steps)))
            self.history_dialog.open()

        self.runner.read(lambda: history(session_id), show, self._on_failed)

    def marks(self) -> list[Mark]:
        """What the form says, one mark per service."""
        marks: list[Mark] = []
        for row in self.rows:
            status = row.status.value()
            if status is None:
                marks.append((row.line.service, None, ()))
                continue
            usual = row.line.minutes_per_session or 0
            minutes = row.minutes.value()
            if status in (SessionStatus.MISSED, SessionStatus.CANCELLED):
                scheduled, delivered = minutes or usual, 0
            elif status is SessionStatus.PARTIAL:
                scheduled, delivered = max(usual, minutes), minutes
            else:
                scheduled, delivered = max(usual, minutes), minutes
            data = SessionData(
                self.day,
                status,
                scheduled,
                delivered,
                row.reason.value() if status in MISS_STATUSES else None,
                row.attribution.value() if status in MISS_STATUSES else None,
                notes=row.note.text().strip(),
            )
            data = row.details.applied_to(data)
            cured = row.cures.currentData()
            marks.append((row.line.service, data, (int(cured),) if cured is not None else ()))
        return marks

    def _on_save(self) -> None:
        marks = self.marks()
        self.buttons.setEnabled(False)
        self.runner.write(lambda: self._save(marks), self._on_saved, self._on_failed)

    def _on_saved(self, value: Any) -> None:
        self.result_value = value
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText("\u26a0 " + describe_error(error))
        self.message.show()
