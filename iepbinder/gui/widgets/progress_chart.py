"""A goal's graph with QtCharts, drawn from the same ChartData as the printed page."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QMargins,
    QPointF,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import QToolTip, QWidget

from iepbinder.domain.progress_chart import ChartData, ChartKind, ChartLine, style_of
from iepbinder.domain.progress_words import number
from iepbinder.gui.appearance import is_dark, shown_colour
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP, date_text

_MARKERS = {
    "circle": QScatterSeries.MarkerShape.MarkerShapeCircle,
    "square": QScatterSeries.MarkerShape.MarkerShapeRectangle,
    "diamond": QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
    "triangle": QScatterSeries.MarkerShape.MarkerShapeTriangle,
}
_MARKER_SIZE = {"circle": 8.0, "square": 9.0, "diamond": 12.0, "triangle": 11.0}
REPORT_LEGEND = QT_TRANSLATE_NOOP("ProgressChartView", "Progress report dates")


def to_msecs(day: dt.date) -> float:
    """A date as chart x: milliseconds since the epoch at noon UTC (no DST surprises)."""
    moment = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0), QTimeZone.utc())
    return float(moment.toMSecsSinceEpoch())


def from_msecs(msecs: float) -> dt.date:
    """The date of a chart x value (inverse of ``to_msecs``)."""
    date = QDateTime.fromMSecsSinceEpoch(round(msecs), QTimeZone.utc()).date()
    return dt.date(date.year(), date.month(), date.day())


class ProgressChartView(QChartView):
    """Points, baseline, aimline, trend, projection, target and report dates of one goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(320)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers reach the description
        self.qt_series: dict[str, QXYSeries] = {}
        self._unit = ""
        self._waiting: QChart | None = None  # drawn while hidden, shown with the view
        self.setChart(QChart())

    def show_chart(self, chart: ChartData | None, title: str = "", summary: str = "") -> None:
        """Draw a goal's graph (None: an empty chart); ``summary`` is read by screen readers."""
        qchart = QChart()
        if is_dark():
            qchart.setTheme(QChart.ChartTheme.ChartThemeDark)
        qchart.legend().hide()  # the legend is a wrapping line of text under the chart
        qchart.setMargins(QMargins(4, 4, 4, 4))
        self.qt_series = {}
        self.setAccessibleName(self.tr("Progress graph: {title}").format(title=title))
        self.setAccessibleDescription(summary)
        if chart is not None:
            self._unit = chart.unit
            self._fill(qchart, chart)
        self._waiting = qchart
        if self.isVisible():
            self._put_waiting_chart()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._put_waiting_chart()
        super().showEvent(event)

    def _put_waiting_chart(self) -> None:
        """Show the chart drawn last; a view drawn while hidden does it once it is shown.

        Setting a chart lays it out at the view's size: a hidden view has no real size yet,
        and laying the axes out at it was a tenth of the Progress tab's first build.
        """
        qchart, self._waiting = self._waiting, None
        if qchart is None:
            return
        old = self.chart()
        self.setChart(qchart)
        if old is not None:
            old.deleteLater()

    def _fill(self, qchart: QChart, chart: ChartData) -> None:
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MMM yy")
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(round(to_msecs(chart.x_min)), QTimeZone.utc()),
            QDateTime.fromMSecsSinceEpoch(round(to_msecs(chart.x_max)), QTimeZone.utc()),
        )
        x_axis.setTickCount(min(max(len(chart.x_ticks), 2), 7))
        y_axis = QValueAxis()
        y_axis.setRange(chart.y_min, chart.y_max)
        y_axis.setTickCount(len(chart.y_ticks))
        y_axis.setLabelFormat("%g")
        y_axis.setTitleText(chart.unit)
        qchart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        qchart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for line in chart.lines:
            series = self._series(line)
            qchart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            self.qt_series[line.key] = series

    def _series(self, line: ChartLine) -> QXYSeries:
        style = style_of(line)
        colour = QColor(shown_colour(style.colour))
        series: QXYSeries
        if line.kind is ChartKind.POINTS:
            scatter = QScatterSeries()
            scatter.setMarkerShape(_MARKERS.get(style.marker, _MARKERS["circle"]))
            scatter.setMarkerSize(_MARKER_SIZE.get(style.marker, 8.0))
            scatter.setColor(
                self.palette().color(QPalette.ColorRole.Base)
                if style.marker == "triangle"
                else colour
            )
            scatter.setBorderColor(colour)
            scatter.hovered.connect(
                lambda point, state, label=line.label: self._on_point_hovered(point, state, label)
            )
            series = scatter
        else:
            series = QLineSeries()
            pen = QPen(colour)
            pen.setWidthF(style.width)
            if style.dash:
                pen.setDashPattern([part / style.width for part in style.dash])
            series.setPen(pen)
        series.setName(self.tr(line.label))
        series.append([QPointF(to_msecs(p.day), p.value) for p in line.points])
        return series

    def _on_point_hovered(self, point: QPointF, state: bool, label: str) -> None:
        if not state:
            QToolTip.hideText()
            return
        unit = f" {self._unit}" if self._unit else ""
        day = date_text(from_msecs(point.x()), "medium")
        text = f"{self.tr(label)}: {number(point.y(), 2)}{unit} ({day})"
        QToolTip.showText(QCursor.pos(), text, self)


_SYMBOLS = {"circle": "\u25cf", "square": "\u25a0", "diamond": "\u25c6", "triangle": "\u25b3"}


def legend_html(chart: ChartData) -> str:
    """The chart's legend as one wrapping line of rich text: a symbol in its colour and a name.

    The symbols (dot, square, diamond, triangle, solid, dashed, dotted) tell the lines apart
    without colour, as on the printed page.
    """
    parts: list[str] = []
    seen: set[str] = set()
    for line in chart.lines:
        vertical = line.kind is ChartKind.VERTICAL
        label = REPORT_LEGEND if vertical else line.label
        if label in seen:
            continue
        seen.add(label)
        style = style_of(line)
        if vertical:
            symbol = "\u2506"
        elif style.marker:
            symbol = _SYMBOLS.get(style.marker, "\u25cf")
        elif style.dash and style.dash[0] < 2:
            symbol = "\u2508\u2508"
        elif style.dash:
            symbol = "\u254d\u254d"
        else:
            symbol = "\u2501\u2501"
        name = html.escape(QCoreApplication.translate("ProgressChartView", label))
        colour = shown_colour(style.colour)
        parts.append(
            f"<span style='color:{colour}'>{symbol}</span>&nbsp;{name.replace(' ', '&nbsp;')}"
        )
    return " &nbsp; ".join(parts)
