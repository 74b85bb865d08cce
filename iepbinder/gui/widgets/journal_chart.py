"""A line chart of mood, stress and school refusal over time (QtCharts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from iepbinder.domain.journal import SCALES, Scale
from iepbinder.gui.appearance import is_dark
from iepbinder.services.commlog_dto import JournalRow

# Each line has its own dash pattern too, so the chart reads in black and white.
_STYLE = {
    Scale.MOOD: Qt.PenStyle.SolidLine,
    Scale.STRESS: Qt.PenStyle.DashLine,
    Scale.SCHOOL_REFUSAL: Qt.PenStyle.DotLine,
}


def _moment(day: dt.date) -> QDateTime:
    return QDateTime(day.year, day.month, day.day, 12, 0, 0)


class JournalChart(QChartView):
    """Shows the scales of the journal entries; an empty chart says how to fill it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        if is_dark():
            self.chart_.setTheme(QChart.ChartTheme.ChartThemeDark)
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.series: dict[Scale, QLineSeries] = {}
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MMM d")
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 5)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        self.chart_.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for scale, spec in SCALES.items():
            series = QLineSeries()
            series.setName(self.tr(spec.title))
            series.setPointsVisible(True)
            self.chart_.addSeries(series)  # the theme gives each line its colour here
            pen = QPen(series.pen())
            pen.setWidthF(2.0)
            pen.setStyle(_STYLE[scale])
            series.setPen(pen)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
            self.series[scale] = series
        self.show_entries([])

    def show_entries(self, entries: Sequence[JournalRow]) -> None:
        """Plot each scale's values by date (entries without a value leave a gap)."""
        days = [entry.data.day for entry in entries]
        for scale, series in self.series.items():
            series.clear()
            for entry in entries:
                value = entry.data.value(scale)
                if value is not None:
                    series.append(_moment(entry.data.day).toMSecsSinceEpoch(), value)
        if days:
            first, last = min(days), max(days)
            if first == last:
                first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
            self.x_axis.setRange(_moment(first), _moment(last))
            self.chart_.setTitle(self.tr("Mood, stress and school refusal over time"))
        else:
            self.chart_.setTitle(
                self.tr("No journal entries yet: the chart fills in as you add them")
            )
        self.setAccessibleDescription(self.summary(entries))

    def summary(self, entries: Sequence[JournalRow]) -> str:
        """The chart in words, for screen readers."""
        if not entries:
            return self.tr("No journal entries yet.")
        parts = []
        for scale, spec in SCALES.items():
            values = [v for e in entries if (v := e.data.value(scale)) is not None]
            if values:
                parts.append(
                    self.tr("{title}: latest {last}, range {low} to {high}").format(
                        title=self.tr(spec.title),
                        last=values[-1],
                        low=min(values),
                        high=max(values),
                    )
                )
        return "; ".join(parts)
