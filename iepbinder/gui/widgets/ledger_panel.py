"""The ledger panel: per service, both views of every figure, its formula on hover, and alerts."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.alerts import TIER_SYMBOLS
from iepbinder.domain.awards import award_summary
from iepbinder.domain.ledger_text import Figure, minutes_text, percent_text
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP
from iepbinder.gui.widgets.figure_table import FigureRow, FigureTable
from iepbinder.gui.widgets.kept_label import KeptLabel
from iepbinder.services.session_dto import LedgerReport, ServiceLedgerDto

SHOWN = (
    "mandated",
    "delivered",
    "makeup",
    "missed_school",
    "missed_disputed",
    "missed_student",
    "missed_neutral",
    "unaccounted",
    "rate_gross",
    "rate_net",
)
NOTE_GAP = 6  # pixels between alerts, as between the labels they were
TIER_WORDS = {
    "INFO": QT_TRANSLATE_NOOP("LedgerPanel", "Info"),
    "WATCH": QT_TRANSLATE_NOOP("LedgerPanel", "Watch"),
    "ACTION": QT_TRANSLATE_NOOP("LedgerPanel", "Action"),
    "ESCALATE": QT_TRANSLATE_NOOP("LedgerPanel", "Escalate"),
}


def figure_text(figure: Figure) -> str:
    """A figure's value as shown: '300 min' or '92%'."""
    if figure.unit == "%":
        return percent_text(figure.value)
    return minutes_text(figure.value or 0)


def figure_tooltip(figure: Figure, dates: Mapping[int, dt.date]) -> str:
    """The formula with the numbers, and the dates of the sessions behind the figure."""
    tip = figure.formula
    days = sorted(dates[i] for i in figure.session_ids if i in dates)
    if days:
        listed = ", ".join(day.isoformat() for day in days[:12])
        more = (
            QCoreApplication.translate("LedgerPanel", " and {n} more").format(n=len(days) - 12)
            if len(days) > 12
            else ""
        )
        tip += "\n\n" + QCoreApplication.translate(
            "LedgerPanel", "Sessions behind it ({n}): {listed}{more}."
        ).format(n=len(days), listed=listed, more=more)
    return tip


class ServiceLedgerBox(QGroupBox):
    """One service: the figures, the compensatory estimate in both views, alerts."""

    def __init__(
        self, item: ServiceLedgerDto, dates: Mapping[int, dt.date], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.item = item
        self._dates = dates
        title = KeptLabel(f"<b>{item.service}</b><br>{item.amount_text}", self)
        title.setAccessibleName(item.service)
        self.tables = [FigureTable([self._row(key) for key in SHOWN], self)]
        self.tables[0].setAccessibleName(item.service)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tables[0])
        comp = QGroupBox(self)
        comp_column = QVBoxLayout(comp)
        comp_title = KeptLabel(
            self.tr("Compensatory services (make-up time the school owes)"), comp
        )
        comp_column.addWidget(comp_title)
        keys = ("comp_district", "comp_advocate")
        self.tables.append(FigureTable([self._row(key, sessions=True) for key in keys], comp))
        comp_column.addWidget(self.tables[-1])
        note = KeptLabel(self.tr("A minute-for-minute estimate: a starting point for discussion."))
        note.setEnabled(False)
        comp_column.addWidget(note)
        layout.addWidget(comp)
        if "pacing" in {f.key for f in item.figures}:
            self.tables.append(FigureTable([self._row("pacing")], self))
            layout.addWidget(self.tables[-1])
        self.notes = self._notes(item)
        if self.notes is not None:
            layout.addWidget(self.notes)

    def _notes(self, item: ServiceLedgerDto) -> KeptLabel | None:
        """Alerts, warnings and the mismatch flag in one label, a paragraph each."""
        paragraphs: list[str] = []
        steps: dict[str, None] = {}
        for alert in item.alerts:
            tier = QCoreApplication.translate("LedgerPanel", TIER_WORDS[alert.tier.value])
            paragraphs.append(f"{TIER_SYMBOLS[alert.tier]} <b>{tier}</b>: {alert.message}")
            steps[f"{tier}: {alert.next_step}"] = None
        paragraphs.extend("\u26a0 " + html.escape(warning) for warning in item.ledger.warnings)
        if item.ledger.mismatches:
            paragraphs.append(
                html.escape(
                    self.tr(
                        "\u2691 {n} session(s) differ from the IEP's setting or group "
                        "(counted as delivered, flagged)."
                    ).format(n=len(item.ledger.mismatches))
                )
            )
        if not paragraphs:
            return None
        label = KeptLabel(
            "".join(f'<p style="margin: 0 0 {NOTE_GAP}px 0">{p}</p>' for p in paragraphs), self
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setToolTip("\n".join(steps))
        return label

    def value_text(self, key: str) -> str:
        """The text shown for one figure."""
        return next(row.value for table in self.tables for row in table.rows if row.key == key)

    def _row(self, key: str, sessions: bool = False) -> FigureRow:
        figure = self.item.figure(key)
        value_text = figure_text(figure)
        count = self.item.ledger.sessions_of(figure.value or 0) if sessions else None
        if count:
            value_text += self.tr(" ({n} sessions)").format(
                n=f"{count:.1f}".rstrip("0").rstrip(".")
            )
        dates = self._dates
        return FigureRow(
            key, figure.label, value_text, figure.formula, lambda: figure_tooltip(figure, dates)
        )


class LedgerPanel(QScrollArea):
    """A column of service boxes for the date range chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.boxes: dict[str, ServiceLedgerBox] = {}
        self.awards: QGroupBox | None = None
        self.heading = KeptLabel("", self)
        self._page = QWidget()
        self._column = QVBoxLayout(self._page)
        self._column.addWidget(self.heading)
        self._column.addStretch(1)
        self.setWidget(self._page)

    def show_report(self, report: LedgerReport, hidden: set[str]) -> None:
        """Show every service not hidden by the filter."""
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        self.heading.setText(
            self.tr(
                "<b>Service ledger</b>, {start} to {end}. Hover over a figure to see how it "
                "was computed."
            ).format(start=report.start.isoformat(), end=report.end.isoformat())
        )
        for item in report.services:
            if item.service in hidden:
                continue
            box = ServiceLedgerBox(item, report.session_dates, self._page)
            self._column.insertWidget(self._column.count() - 1, box)
            self.boxes[item.service] = box
        if self.awards is not None:
            self.awards.deleteLater()
            self.awards = None
        if report.awards:
            self.awards = QGroupBox(self.tr("Compensatory awards (agreed or ordered)"), self._page)
            column = QVBoxLayout(self.awards)
            for award in report.awards:
                label = KeptLabel(award_summary(award.data, award.delivered_minutes), self.awards)
                column.addWidget(label)
            self._column.insertWidget(self._column.count() - 1, self.awards)

    def value_text(self, service: str, key: str) -> str:
        """The text shown for one figure of one service."""
        return self.boxes[service].value_text(key)
