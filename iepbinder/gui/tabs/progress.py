"""The Progress tab: every goal's status, one goal's graph and data, and the progress reports."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.progress_analysis import GOAL_STATUS_WORDS, GoalStatus
from iepbinder.domain.types import PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.letter_dialog import LetterDialog, LetterStart
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.progress_models import overview_model
from iepbinder.gui.tabs.progress_actions import ProgressActions
from iepbinder.gui.tabs.progress_detail import GoalDetailPanel
from iepbinder.gui.tabs.progress_reports import ReportsPanel
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.fit_table import FitTableView
from iepbinder.gui.widgets.kept_label import KeptLabel
from iepbinder.gui.widgets.two_columns import two_columns
from iepbinder.services.changes import Area, Changes
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.progress_dto import DataRequest, ProgressOverview, ReportsChecked

PROGRESS_AREAS = (Area.CHILDREN, Area.PLANS, Area.GOALS, Area.PROGRESS, Area.REPORTS)


class ProgressTab(QWidget):
    """Goal progress for one child and one IEP: overview, graph, data and reports."""

    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.plan_id: int | None = None
        self.goal_id: int | None = None
        self.overview: ProgressOverview | None = None
        self._reads = 0  # the latest read asked for; older answers are dropped
        self._selecting = False  # True while _show selects the goal it then shows
        self.open_message: QDialog | None = None
        self._build()
        self.handlers = ProgressActions(self)
        context.bus.data_changed.connect(self._on_bus_data_changed)

    @property
    def open_dialog(self) -> QDialog | None:
        """The form open now (for tests and for closing the window)."""
        return self.handlers.open_dialog

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.plan_combo = QComboBox(self)
        self.plan_combo.setAccessibleName(self.tr("IEP shown"))
        plan_label = QLabel(self.tr("&IEP:"), self)
        plan_label.setBuddy(self.plan_combo)
        self.counts = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(plan_label)
        top.addWidget(self.plan_combo, 1)
        top.addSpacing(16)
        top.addWidget(self.counts, 2)
        self.goals_box = QGroupBox(self.tr("Goals"), self)
        self.goals_model = overview_model(self)
        self.goals = FitTableView(self.goals_box)
        self.goals.setModel(self.goals_model)
        self.goals.set_stretch_columns({0: 2, 2: 3})
        self.goals.setAccessibleName(self.tr("Goals and their status"))
        self.goals_empty = KeptLabel("", self.goals_box)
        goals_column = QVBoxLayout(self.goals_box)
        goals_column.addWidget(self.goals_empty)
        goals_column.addWidget(self.goals)
        self.reports = ReportsPanel(self)
        self.detail = GoalDetailPanel(self)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(self.goals_box)
        left_column.addWidget(self.reports)
        left_column.addStretch(1)
        right = QWidget()
        QVBoxLayout(right).addWidget(self.detail)
        self.splitter = two_columns(left, right, self, shares=(4, 5))
        self.splitter.setSizes([4000, 5000])  # the graph gets the larger share
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.plan_combo.activated.connect(self._on_plan_combo_activated)
        self.goals.selectionModel().selectionChanged.connect(self._on_goal_chosen)

    # Showing --------------------------------------------------------------------------
    def set_child(self, child_id: int | None) -> None:
        """Show a child's current IEP (or nothing)."""
        if child_id != self.child_id:
            self.plan_id = self.goal_id = None
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reload in the background."""
        if self.child_id is None:
            return
        child_id, plan_id = self.child_id, self.plan_id
        self._reads += 1
        read = self._reads
        self.context.runner.read(
            lambda: self.context.services.progress.overview(
                child_id, plan_id, plan_reports_only=True
            ),
            lambda overview: self._show(overview, read),
            self._on_failed,
        )

    def _show(self, overview: ProgressOverview, read: int) -> None:
        """The plan shown, with its reports checked; then the other reports are checked."""
        if overview.child.id != self.child_id or read != self._reads:
            return
        self.overview = overview
        self.plan_id = overview.plan.id if overview.plan else None
        self.plan_combo.clear()
        for plan in overview.plans:
            self.plan_combo.addItem(plan.label, plan.id)
        self.plan_combo.setCurrentIndex(self.plan_combo.findData(self.plan_id))
        self.counts.setText(self._counts_text(overview))
        self.goals_model.set_rows(list(overview.series))
        self.goals.setVisible(bool(overview.series))
        self.goals_empty.setVisible(not overview.series)
        self.goals_empty.setText(self._empty_text(overview))
        ids = [s.goal.id for s in overview.series]
        row = ids.index(self.goal_id) if self.goal_id in ids else (0 if ids else -1)
        self._selecting = True  # the goal's graph is drawn once, just below
        try:
            if row >= 0:
                self.goals.selectRow(row)
        finally:
            self._selecting = False
        self._on_goal_chosen()
        self.reports.set_reports(list(overview.reports), overview.child_findings)
        editable = not self.context.read_only
        self.detail.set_editable(editable)
        self.reports.reports.set_editable(editable)
        self.loaded.emit()
        if not all(item.checked for item in overview.reports):
            child_id = overview.child.id
            self.context.runner.read(
                lambda: self.context.services.progress.report_findings(child_id),
                lambda checked: self._show_checked(checked, read),
                self._on_failed,
            )

    def _show_checked(self, checked: ReportsChecked, read: int) -> None:
        """Every report's red flags, once the older reports are checked too."""
        if self.overview is None or read != self._reads:
            return
        self.overview = replace(
            self.overview, reports=checked.reports, child_findings=checked.child_findings
        )
        self.reports.set_reports(list(checked.reports), checked.child_findings)

    def _counts_text(self, overview: ProgressOverview) -> str:
        if not overview.series:
            return ""
        parts = [
            f"{overview.count(status)} {self.tr(GOAL_STATUS_WORDS[status])}"
            for status in GoalStatus
        ]
        return " \u00b7 ".join(parts)

    def _empty_text(self, overview: ProgressOverview) -> str:
        if overview.plan is None:
            return self.tr(
                "No IEP entered yet for {name}. Add the IEP and its goals on the At a glance "
                "tab; their progress is followed here."
            ).format(name=overview.child.display_name)
        return self.tr(
            "This IEP has no goals yet. Add each goal with its baseline and target on the At a "
            "glance tab; then enter the data here and see its graph."
        )

    def _on_goal_chosen(self, *_args: object) -> None:
        if self._selecting:
            return
        index = self.goals.currentIndex()
        series = (
            self.goals_model.row_at(index.row())
            if index.isValid() and self.goals_model.rowCount()
            else None
        )
        self.goal_id = series.goal.id if series else None
        self.detail.show_series(series)

    def _on_plan_combo_activated(self, _index: int) -> None:
        self.plan_id = self.plan_combo.currentData()
        self.goal_id = None
        self.refresh()

    def _on_bus_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*PROGRESS_AREAS):
            self.refresh()

    def _on_failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))

    def show_item(self, item: str) -> None:
        """Select a goal ('goal:3') or a report ('report:2'), as the Today tab asks."""
        kind, _sep, ident = item.partition(":")
        if not ident.isdigit():
            return
        if kind == "goal":
            ids = [s.goal.id for s in self.goals_model.rows()]
            if int(ident) in ids:
                self.goals.selectRow(ids.index(int(ident)))
                self.goals.setFocus()
        elif kind == "report":
            ids = [r.report.id for r in self.reports.reports.model.rows()]
            if int(ident) in ids:
                self.reports.reports.table.selectRow(ids.index(int(ident)))
                self.reports.reports.table.setFocus()

    # Printing -------------------------------------------------------------------------
    def render_pdf(self, paper: PaperSize) -> RenderedPdf | None:
        """The progress summary and a page per goal, for the child and IEP shown."""
        if self.child_id is None:
            return None
        return self.context.services.progress.progress_pdf(self.child_id, self.plan_id, paper)

    def page_title(self) -> str:
        """'Goal progress – Maya Rodríguez'."""
        name = self.overview.child.display_name if self.overview else ""
        return self.tr("Goal progress \u2013 {name}").format(name=name)

    # The data-request letter ------------------------------------------------------------
    def show_data_request(self, request: DataRequest) -> None:
        """Open the data-request letter for the goals a flagged report did not back with data."""
        if self.child_id is None:
            return
        single = request.goal_ids[0] if len(request.goal_ids) == 1 else None
        start = LetterStart("goal_data" if single else "request_data", goal_id=single)
        dialog = LetterDialog(self, self.context, self.child_id, start=start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.used.connect(lambda _saved: self.status_message.emit(dialog.status.text()))
        dialog.finished.connect(self._on_message_finished)
        self.open_message = dialog
        dialog.open()

    def _on_message_finished(self, _result: int) -> None:
        self.open_message = None
