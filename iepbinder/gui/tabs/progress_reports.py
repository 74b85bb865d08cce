"""The Progress tab's reports: the list, the red flags of the chosen one, the next step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from iepbinder.domain.report_lint import ReportFinding
from iepbinder.gui.models.progress_models import findings_model, reports_model
from iepbinder.gui.widgets.fit_table import FitTableView
from iepbinder.gui.widgets.kept_label import KeptLabel
from iepbinder.gui.widgets.section import TableSection
from iepbinder.services.progress_dto import ReportFindings


class ReportsPanel(QWidget):
    """Progress reports with Add / Edit / Move to trash, and the red flags of the one chosen."""

    letter_requested = Signal(object)  # the ReportFindings whose goals the letter should name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = TableSection[ReportFindings](
            self.tr("Progress reports"),
            reports_model(self),
            noun=self.tr("report"),
            empty_text=self.tr(
                "No progress reports yet. Add each report the school sends (type or paste its "
                "words, or drop its PDF), and the ones you expect, so a late one is noticed."
            ),
            stretch={0: 2},
        )
        self.findings_box = QGroupBox(self.tr("Red flags in the chosen report"), self)
        self.findings_model = findings_model(self)
        self.findings = FitTableView(self.findings_box)
        self.findings.setModel(self.findings_model)
        self.findings.set_stretch_columns({1: 1, 2: 3, 3: 2})
        self.findings.setAccessibleName(self.tr("Red flags"))
        self.findings_note = KeptLabel("", self.findings_box)
        self.letter_button = QPushButton(self.tr("Ask for the &data (letter)..."), self)
        self.letter_button.setToolTip(
            self.tr("A data-request letter naming the goals this report left without data.")
        )
        self.letter_button.clicked.connect(self._on_letter_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.letter_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self.findings_box)
        column.addWidget(self.findings_note)
        column.addWidget(self.findings)
        column.addLayout(buttons)
        self.about = KeptLabel("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reports)
        layout.addWidget(self.findings_box)
        layout.addWidget(self.about)
        self.reports.table.selectionModel().selectionChanged.connect(self._show_findings)
        self.reports.model.modelReset.connect(self._show_findings)
        self._show_findings()

    def set_reports(
        self, reports: list[ReportFindings], about_child: tuple[ReportFinding, ...]
    ) -> None:
        """Show the reports (the flagged one chosen first) and the findings about all of them."""
        self.reports.set_rows(reports)
        checked = all(item.checked for item in reports)  # else the flagged one may be older
        if checked and self.reports.table.current_row() < 0:
            flagged = next((i for i, r in enumerate(reports) if r.findings), None)
            if flagged is not None:
                self.reports.table.selectRow(flagged)
        self._show_findings()
        lines = [f"\u26a0 {f.rule_id}: {f.message} {f.next_step}" for f in about_child]
        self.about.setText("\n".join(lines))
        self.about.setVisible(bool(lines))

    def chosen(self) -> ReportFindings | None:
        """The report chosen in the list."""
        chosen = self.reports.selected()
        return chosen if isinstance(chosen, ReportFindings) else None

    def _show_findings(self, *_args: object) -> None:
        chosen = self.chosen()
        findings = list(chosen.findings) if chosen else []
        self.findings_model.set_rows(findings)
        self.findings.setVisible(bool(findings))
        self.letter_button.setVisible(bool(chosen and chosen.flagged_goal_names))
        if chosen is None:
            note = self.tr("Choose a report to see what it leaves out.")
        elif not chosen.report.received:
            note = self.tr("This report has not been received yet.")
        elif not chosen.checked:
            note = self.tr("Checking this report for red flags...")
        elif not findings:
            note = self.tr("No red flags found in this report.")
        else:
            note = self.tr(
                "{n} thing(s) to ask about in {period}. These are checks to raise calmly with "
                "the team, not accusations."
            ).format(n=len(findings), period=chosen.report.data.period)
        self.findings_note.setText(note)

    def _on_letter_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.letter_requested.emit(chosen)
