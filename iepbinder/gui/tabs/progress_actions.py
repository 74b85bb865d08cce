"""What the Progress tab's buttons do: the forms for points and reports, trash, the letter."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from iepbinder.domain.progress_records import DataPointData, ReportInput
from iepbinder.gui.dialogs.base import RecordDialog
from iepbinder.gui.dialogs.data_point_dialog import DataPointDialog, PastedColumn, PastePointsDialog
from iepbinder.gui.dialogs.report_dialog import ReportDialog
from iepbinder.gui.errors import describe_error
from iepbinder.services.document_dto import DocumentRef
from iepbinder.services.progress_dto import DataPointRow, ReportDetail, ReportFindings
from iepbinder.services.trash import ItemKind

if TYPE_CHECKING:
    from iepbinder.gui.tabs.progress import ProgressTab


class ProgressActions(QObject):
    """Opens the forms of the Progress tab and sends their saves through the writer."""

    def __init__(self, tab: ProgressTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.open_dialog: RecordDialog[Any] | None = None
        points, reports = tab.detail.points, tab.reports.reports
        points.add_requested.connect(self.add_point)
        points.edit_requested.connect(self.edit_point)
        points.trash_requested.connect(
            lambda row: tab.undo.move_to_trash(ItemKind.DATA_POINT, row.id)
        )
        tab.detail.paste_requested.connect(self.paste_points)
        reports.add_requested.connect(self.add_report)
        reports.edit_requested.connect(self.edit_report)
        reports.trash_requested.connect(
            lambda item: tab.undo.move_to_trash(ItemKind.PROGRESS_REPORT, item.report.id)
        )
        tab.reports.letter_requested.connect(self.request_letter)

    @property
    def _services(self) -> Any:
        return self.tab.context.services

    def _goal(self) -> tuple[int, str] | None:
        series = self.tab.detail.series
        if series is None or self.tab.context.read_only:
            return None
        return series.goal.id, series.chart.unit

    def _with_documents(self, then: Callable[[list[DocumentRef]], None]) -> None:
        """Fetch the child's documents (for a form's picker), then open the form."""
        child_id, documents = self.tab.child_id, self._services.documents
        if child_id is None:
            then([])
            return
        self.tab.context.runner.read(lambda: documents.choices(child_id), then, self._failed)

    # Data points ------------------------------------------------------------------------
    def add_point(self) -> None:
        """The form for one new measurement of the goal shown."""
        goal = self._goal()
        if goal is None:
            return
        goal_id, unit = goal
        points = self._services.progress_points
        self._with_documents(
            lambda documents: self._open(
                DataPointDialog(
                    self.tab,
                    self.tr("Add a data point"),
                    runner=self.tab.context.runner,
                    save=lambda data: points.add_point(goal_id, data),
                    today=self.tab.context.today,
                    unit=unit,
                    documents=documents,
                )
            )
        )

    def edit_point(self, row: DataPointRow) -> None:
        """The form to correct a measurement."""
        goal = self._goal()
        if goal is None:
            return
        points = self._services.progress_points

        def save(data: DataPointData) -> Any:
            return points.update_point(row.id, row.version, data)

        self._with_documents(
            lambda documents: self._open(
                DataPointDialog(
                    self.tab,
                    self.tr("Correct a data point"),
                    runner=self.tab.context.runner,
                    save=save,
                    today=self.tab.context.today,
                    data=row.data,
                    unit=goal[1],
                    documents=documents,
                )
            )
        )

    def paste_points(self) -> None:
        """The form to paste a column of values."""
        goal = self._goal()
        if goal is None:
            return
        goal_id = goal[0]
        points = self._services.progress_points

        def save(data: PastedColumn) -> Any:
            return points.paste_points(goal_id, data.text, data.source, data.start, data.step_days)

        self._open(
            PastePointsDialog(
                self.tab,
                self.tr("Paste a column of values"),
                runner=self.tab.context.runner,
                save=save,
                today=self.tab.context.today,
            )
        )

    # Reports ----------------------------------------------------------------------------
    def add_report(self) -> None:
        """The editor for a new report on the IEP shown."""
        child_id, plan_id = self.tab.child_id, self.tab.plan_id
        if child_id is None or self.tab.context.read_only:
            return
        reports = self._services.progress_reports
        self.tab.context.runner.read(
            lambda: reports.blank_detail(child_id, plan_id),
            lambda detail: self._open_report(detail, self.tr("Add a progress report")),
            self._failed,
        )

    def edit_report(self, item: ReportFindings) -> None:
        """The editor for a stored report."""
        if self.tab.context.read_only:
            return
        reports = self._services.progress_reports
        self.tab.context.runner.read(
            lambda: reports.report_detail(item.report.id),
            lambda detail: self._open_report(detail, self.tr("Edit progress report")),
            self._failed,
        )

    def _open_report(self, detail: ReportDetail, title: str) -> None:
        reports, child_id = self._services.progress_reports, self.tab.child_id
        report = detail.report
        report_id = report.id or None
        plan_id = detail.plan.id if detail.plan else None

        def save(data: ReportInput) -> Any:
            return reports.save_report(child_id, report_id, report.version or None, plan_id, data)

        self._with_documents(
            lambda documents: self._open(
                ReportDialog(
                    self.tab,
                    title,
                    runner=self.tab.context.runner,
                    save=save,
                    today=self.tab.context.today,
                    data=detail,
                    read_pdf=reports.read_pdf_text,
                    documents=documents,
                )
            )
        )

    def request_letter(self, item: ReportFindings) -> None:
        """Gather what the data-request letter needs, then hand it to the letter hook."""
        child_id = self.tab.child_id
        if child_id is None:
            return
        progress = self._services.progress
        self.tab.context.runner.read(
            lambda: progress.data_request(child_id, item.report.id),
            self.tab.show_data_request,
            self._failed,
        )

    # Helpers ----------------------------------------------------------------------------
    def _open(self, dialog: RecordDialog[Any]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_accepted() -> None:
            saved = dialog.result_value
            self.tab.context.bus.publish(saved.changes, self.tab)
            self.tab.status_message.emit(self.tr("Saved."))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        self.open_dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.open_dialog = None

    def _failed(self, error: Exception) -> None:
        self.tab.status_message.emit(describe_error(error))
