"""The Calendar tab: a month of sessions per service, logging a day, and the service ledger."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.dateparse import DateInputError
from iepbinder.domain.service_log import (
    EXPECTED_SYMBOL,
    STATUS_SYMBOLS,
    LogSource,
    SessionStatus,
)
from iepbinder.domain.types import PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.log_day_dialog import LogDayDialog, Mark
from iepbinder.gui.errors import describe_error
from iepbinder.gui.i18n import date_text
from iepbinder.gui.models.month_model import MonthModel
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.buddy import buddy_label
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.gui.widgets.kept_label import KeptLabel
from iepbinder.gui.widgets.ledger_panel import LedgerPanel
from iepbinder.gui.widgets.month_grid import MonthGrid
from iepbinder.gui.widgets.share_splitter import ShareSplitter
from iepbinder.services.changes import Area, Changes
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.session_dto import LedgerReport, MonthView

CALENDAR_AREAS = (
    Area.SESSIONS,
    Area.SCHOOL_CALENDAR,
    Area.SERVICES,
    Area.PLANS,
    Area.AWARDS,
    Area.SETTINGS,
    Area.CHILDREN,
)


def shift_month(year: int, month: int, step: int) -> tuple[int, int]:
    """The month ``step`` months away."""
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


class CalendarTab(QWidget):
    """Month view on the left, ledger panel on the right; the toolbar filters and acts."""

    status_message = Signal(str)
    loaded = Signal()
    month_shown = Signal()

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        today = context.today()
        self.year, self.month = today.year, today.month
        self.report: LedgerReport | None = None
        self.view: MonthView | None = None
        self.open_dialog: QDialog | None = None
        self._build()
        context.bus.data_changed.connect(self._on_bus_data_changed)

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.previous_button = QToolButton(self)
        self.previous_button.setText("\u25c0")
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.next_button = QToolButton(self)
        self.next_button.setText("\u25b6")
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.month_label = QLabel(self)
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.month_label.setFont(font)
        self.service_filter = QComboBox(self)
        self.service_filter.setAccessibleName(self.tr("Show services"))
        self.service_filter.setMinimumContentsLength(18)
        self.from_field = DateField(self.context.today, self)
        self.to_field = DateField(self.context.today, self)
        self.from_field.setAccessibleName(self.tr("Ledger from"))
        self.to_field.setAccessibleName(self.tr("Ledger to"))
        self.log_button = QPushButton(self.tr("&Log day..."), self)
        self.week_button = QPushButton(self.tr("Mark &week delivered"), self)
        self.week_menu = QMenu(self.week_button)
        self.week_button.setMenu(self.week_menu)
        self.more_button = QPushButton(self.tr("School &calendar and log"), self)
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self.calendar_action = self.more_menu.addAction(self.tr("Edit the school calendar..."))
        self.import_action = self.more_menu.addAction(
            self.tr("Import the school's service log (CSV)...")
        )
        self.compare_action = self.more_menu.addAction(self.tr("Compare with the school's log..."))
        self.awards_action = self.more_menu.addAction(self.tr("Compensatory &awards..."))
        top = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.month_label, 1)
        top.addWidget(buddy_label(self.tr("&Show:"), self.service_filter, self))
        top.addWidget(self.service_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.log_button)
        actions.addWidget(self.week_button)
        actions.addWidget(self.more_button)
        actions.addStretch(1)
        actions.addWidget(buddy_label(self.tr("Ledger &from"), self.from_field, self))
        actions.addWidget(self.from_field)
        actions.addWidget(buddy_label(self.tr("t&o"), self.to_field, self))
        actions.addWidget(self.to_field)
        self.month_model = MonthModel(self)
        self.grid = MonthGrid(self.month_model, self)
        legend = " \u00a0 ".join(
            [
                f"{STATUS_SYMBOLS[SessionStatus.DELIVERED]} " + self.tr("delivered"),
                f"{STATUS_SYMBOLS[SessionStatus.PARTIAL]} " + self.tr("partly"),
                f"{STATUS_SYMBOLS[SessionStatus.MISSED]} " + self.tr("missed"),
                f"{STATUS_SYMBOLS[SessionStatus.MAKEUP]} " + self.tr("make-up"),
                f"{STATUS_SYMBOLS[SessionStatus.CANCELLED]} " + self.tr("cancelled"),
                f"{EXPECTED_SYMBOL} " + self.tr("expected, not logged"),
            ]
        )
        self.legend = KeptLabel(legend, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.legend)
        self.ledger_panel = LedgerPanel(self)
        self.ledger_panel.setMinimumWidth(380)
        self.grid.setMinimumWidth(560)
        splitter = ShareSplitter((0.62, 0.38), self)  # the ledger gets 38% of the width
        splitter.addWidget(left)
        splitter.addWidget(self.ledger_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self._connect()

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.go_month(-1))
        self.next_button.clicked.connect(lambda: self.go_month(1))
        self.today_button.clicked.connect(self.go_today)
        self.grid.page_requested.connect(self.go_month)
        self.grid.day_activated.connect(self.log_day)
        self.log_button.clicked.connect(self._log_current_day)
        self.service_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.from_field.edit.editingFinished.connect(self.refresh_ledger)
        self.to_field.edit.editingFinished.connect(self.refresh_ledger)
        self.week_menu.aboutToShow.connect(self._fill_week_menu)
        self.calendar_action.triggered.connect(self._edit_school_calendar)
        self.import_action.triggered.connect(lambda: self.import_school_log())
        self.compare_action.triggered.connect(self._compare_logs)
        self.awards_action.triggered.connect(self.show_awards)

    # Showing --------------------------------------------------------------------------
    def set_child(self, child_id: int | None) -> None:
        """Show a child's month and ledger."""
        if child_id != self.child_id:
            self.from_field.set_value(None)
            self.to_field.set_value(None)
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the month and the ledger."""
        self.refresh_month()
        self.refresh_ledger()

    def refresh_month(self) -> None:
        """Reload the month shown, in the background."""
        if self.child_id is None:
            return
        child_id, year, month = self.child_id, self.year, self.month
        self.month_label.setText(date_text(dt.date(year, month, 1), "month_year"))
        self.context.runner.read(
            lambda: self.context.services.ledger.month_view(child_id, year, month),
            self._show_month,
            self._on_failed,
        )

    def refresh_ledger(self) -> None:
        """Reload the ledger for the range in the date boxes (default: plan start to today)."""
        if self.child_id is None:
            return
        try:
            start, end = self.from_field.value(), self.to_field.value()
        except DateInputError as exc:
            self.status_message.emit(str(exc))
            return
        child_id = self.child_id
        self.context.runner.read(
            lambda: self.context.services.ledger.report(child_id, start, end),
            self._show_report,
            self._on_failed,
        )

    def _show_month(self, view: MonthView) -> None:
        if view.child_id != self.child_id:
            return
        keep = self.grid.current_day()
        self.view = view
        self.month_model.set_view(view)
        self._fill_filter(view.services)
        self.month_model.set_hidden_services(self._hidden())
        wanted = keep if keep and (keep.year, keep.month) == (view.year, view.month) else None
        today = self.context.today()
        if wanted is None:
            in_month = (today.year, today.month) == (view.year, view.month)
            wanted = today if in_month else dt.date(view.year, view.month, 1)
        self.grid.select_day(wanted)
        self.month_shown.emit()

    def _show_report(self, report: LedgerReport) -> None:
        if report.child_id != self.child_id:
            return
        self.report = report
        self.from_field.set_value(report.start)
        self.to_field.set_value(report.end)
        self.ledger_panel.show_report(report, self._hidden())
        self.loaded.emit()

    def _fill_filter(self, services: tuple[str, ...]) -> None:
        current = self.service_filter.currentData()
        self.service_filter.blockSignals(True)
        self.service_filter.clear()
        self.service_filter.addItem(self.tr("All services"), None)
        for name in services:
            self.service_filter.addItem(name, name)
        index = self.service_filter.findData(current) if current else 0
        self.service_filter.setCurrentIndex(max(0, index))
        self.service_filter.blockSignals(False)

    def _hidden(self) -> set[str]:
        chosen = self.service_filter.currentData()
        if not chosen or self.view is None:
            return set()
        return {name for name in self.view.services if name != chosen}

    def _on_filter_changed(self, _index: int) -> None:
        hidden = self._hidden()
        self.month_model.set_hidden_services(hidden)
        if self.report is not None:
            self.ledger_panel.show_report(self.report, hidden)

    def go_month(self, step: int) -> None:
        """Show the month ``step`` months away."""
        self.year, self.month = shift_month(self.year, self.month, step)
        self.refresh_month()

    def go_today(self) -> None:
        """Show this month with today chosen."""
        today = self.context.today()
        self.year, self.month = today.year, today.month
        self.refresh_month()

    def _on_bus_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*CALENDAR_AREAS):
            self.refresh()

    def _on_failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))

    # Acting ---------------------------------------------------------------------------
    def _log_current_day(self) -> None:
        day = self.grid.current_day()
        if day is not None:
            self.log_day(day)

    def log_day(self, day: dt.date) -> None:
        """Open the form to log a day's sessions (one row per service in effect)."""
        if self.child_id is None or self.context.read_only:
            return
        services = self.context.services
        child_id = self.child_id

        def gather() -> tuple[Any, Any, Any, Any]:
            lines = services.sessions.service_lines(child_id, day)
            existing = services.sessions.list_sessions(child_id, day, day, source=LogSource.PARENT)
            existing = [s for s in existing if s.data.status is not SessionStatus.MAKEUP]
            recent = services.sessions.list_sessions(child_id, day - dt.timedelta(days=365), day)
            misses: dict[str, list[Any]] = {}
            for row in recent:
                if row.data.status in (SessionStatus.MISSED, SessionStatus.CANCELLED):
                    misses.setdefault(row.service_type, []).append(row)
            return lines, existing, misses, services.documents.choices(child_id)

        self.context.runner.read(gather, lambda found: self._open_log(day, *found), self._on_failed)

    def _open_log(
        self, day: dt.date, lines: Any, existing: Any, misses: Any, documents: Any
    ) -> None:
        sessions, child_id = self.context.services.sessions, self.child_id
        assert child_id is not None

        def save(marks: list[Mark]) -> Changes:
            plain = [
                (s, d) for s, d, _ in marks if d is None or d.status is not SessionStatus.MAKEUP
            ]
            changes = sessions.log_day(child_id, day, plain)
            for service, data, cures in marks:
                if data is not None and data.status is SessionStatus.MAKEUP:
                    changes = changes | sessions.log_session(child_id, service, data, cures).changes
            return changes

        dialog = LogDayDialog(
            self, day, lines, existing, misses, runner=self.context.runner, save=save,
            documents=documents,
            history=lambda session_id: self.context.services.history.history("session", session_id),
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_write(dialog.result_value, self.tr("Saved.")))
        dialog.finished.connect(self._on_dialog_finished)
        self.open_dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.open_dialog = None

    def _after_write(self, changes: Changes, message: str) -> None:
        self.context.bus.publish(changes, self)
        self.refresh()
        self.status_message.emit(message)

    def _fill_week_menu(self) -> None:
        self.week_menu.clear()
        for name in self.view.services if self.view else ():
            action = self.week_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, n=name: self.mark_week(n))

    def mark_week(self, service: str) -> None:
        """Log the chosen day's week of ``service`` as delivered (expected sessions only)."""
        day = self.grid.current_day()
        if self.child_id is None or day is None or self.context.read_only:
            return
        child_id, sessions = self.child_id, self.context.services.sessions

        def done(result: tuple[int, Changes]) -> None:
            count, changes = result
            self._after_write(
                changes,
                self.tr("Marked {n} session(s) of {service} delivered.").format(
                    n=count, service=service
                ),
            )

        self.context.runner.write(
            lambda: sessions.mark_week_delivered(child_id, service, day), done, self._on_failed
        )

    def _edit_school_calendar(self) -> None:
        from iepbinder.gui.dialogs.school_calendar_dialog import SchoolCalendarDialog

        dialog = SchoolCalendarDialog(self, self.context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def show_awards(self) -> None:
        """Open the child's compensatory awards (what was agreed and what was delivered)."""
        from iepbinder.gui.dialogs.awards_dialog import AwardsDialog

        if self.child_id is None:
            return
        dialog = AwardsDialog(self.context, self.child_id, self.undo, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def import_school_log(self, data: bytes | None = None, name: str = "") -> None:
        """Open the CSV import (with the file's bytes, or a file chooser first)."""
        from iepbinder.gui.dialogs.school_log_dialog import SchoolLogDialog

        if self.child_id is None:
            return
        dialog = SchoolLogDialog(self, self.context, self.child_id, data, name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _compare_logs(self) -> None:
        from iepbinder.gui.dialogs.school_log_dialog import ReconciliationDialog

        if self.child_id is None or self.report is None:
            return
        dialog = ReconciliationDialog(
            self, self.context, self.child_id, self.report.start, self.report.end
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def show_item(self, item: str) -> None:
        """Show one service ('service:Speech-language therapy'), as the Today tab asks."""
        kind, _sep, name = item.partition(":")
        index = self.service_filter.findData(name) if kind == "service" else -1
        if index >= 0:
            self.service_filter.setCurrentIndex(index)
            self.ledger_panel.setFocus()

    # Printing -------------------------------------------------------------------------
    def render_pdf(self, paper: PaperSize) -> RenderedPdf | None:
        """The service-delivery report for the range shown."""
        if self.child_id is None:
            return None
        start = self.report.start if self.report else None
        end = self.report.end if self.report else None
        return self.context.services.ledger.report_pdf(self.child_id, start, end, paper)

    def page_title(self) -> str:
        """'Service delivery – Maya Rodríguez'."""
        name = self.report.child_name if self.report else ""
        return self.tr("Service delivery \u2013 {name}").format(name=name)
