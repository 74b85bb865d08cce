"""A goal's graph drawn with reportlab graphics from the same ChartData the window draws."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.shapes import (
    AttrMap,
    AttrMapValue,
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from iepbinder.domain.progress_chart import ChartData, ChartKind, ChartLine, LineStyle, style_of
from iepbinder.export.fonts import FAMILY, register_fonts

_LEFT, _BOTTOM, _TOP, _RIGHT = 34.0, 16.0, 12.0, 6.0
_LEGEND_ROW = 10.0
_LEGEND_HEIGHT = 2 * _LEGEND_ROW + 4
_MARKER = 2.6
_GRID = colors.HexColor("#D5D9DE")
_MUTED = colors.HexColor("#555555")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ChartScale:
    """Maps (date, value) to drawing points and back."""

    x_min: dt.date
    y_min: float
    left: float
    bottom: float
    per_day: float
    per_unit: float

    def to_px(self, day: dt.date, value: float) -> tuple[float, float]:
        """The drawing coordinates of a date and value."""
        return (
            self.left + (day - self.x_min).days * self.per_day,
            self.bottom + (value - self.y_min) * self.per_unit,
        )

    def from_px(self, x: float, y: float) -> tuple[dt.date, float]:
        """The date and value at drawing coordinates (inverse of ``to_px``)."""
        days = round((x - self.left) / self.per_day)
        return self.x_min + dt.timedelta(days=days), self.y_min + (y - self.bottom) / self.per_unit


class ChartDrawing(Drawing):
    """A Drawing that keeps its scale, and its series as named groups (``drawing.points``)."""

    _attrMap = AttrMap(BASE=Drawing, scale=AttrMapValue(None, desc="the ChartScale"))


def chart_drawing(chart: ChartData, width: float, height: float) -> ChartDrawing:
    """The graph: grid and axes, then every line of ``chart`` in its style, then a legend."""
    register_fonts()
    drawing = ChartDrawing(width, height)
    plot_bottom = _BOTTOM + _LEGEND_HEIGHT
    plot_height = height - plot_bottom - _TOP
    plot_width = width - _LEFT - _RIGHT
    span_days = max((chart.x_max - chart.x_min).days, 1)
    span_values = (chart.y_max - chart.y_min) or 1.0
    scale = ChartScale(chart.x_min, chart.y_min, _LEFT, plot_bottom,
                       plot_width / span_days, plot_height / span_values)  # fmt: skip
    drawing.scale = scale
    drawing.add(_grid(chart, scale, plot_width), name="grid")
    for line in chart.lines:
        drawing.add(_series(line, scale), name=line.key)
    drawing.add(_legend(chart, width), name="legend")
    return drawing


def _grid(chart: ChartData, scale: ChartScale, plot_width: float) -> Group:
    group = Group()
    for value in chart.y_ticks:
        _x, y = scale.to_px(chart.x_min, value)
        group.add(Line(_LEFT, y, _LEFT + plot_width, y, strokeColor=_GRID, strokeWidth=0.5))
        group.add(String(_LEFT - 4, y - 3, f"{value:g}", fontName=FAMILY, fontSize=7,
                         fillColor=_MUTED, textAnchor="end"))  # fmt: skip
    bottom = scale.to_px(chart.x_min, chart.y_min)[1]
    for index, day in enumerate(chart.x_ticks):
        x, _y = scale.to_px(day, chart.y_min)
        group.add(Line(x, bottom, x, bottom - 3, strokeColor=_MUTED, strokeWidth=0.5))
        label = _MONTHS[day.month - 1]
        if index == 0 or day.month == 1:
            label += f" {day.year}"
        group.add(String(x, bottom - 11, label, fontName=FAMILY, fontSize=7, fillColor=_MUTED,
                         textAnchor="middle"))  # fmt: skip
    group.add(Line(_LEFT, bottom, _LEFT + plot_width, bottom, strokeColor=_MUTED,
                   strokeWidth=0.7))  # fmt: skip
    if chart.unit:
        top = scale.to_px(chart.x_min, chart.y_max)[1]
        group.add(String(_LEFT - 30, top + 4, chart.unit, fontName=FAMILY, fontSize=7,
                         fillColor=_MUTED))  # fmt: skip
    return group


def _series(line: ChartLine, scale: ChartScale) -> Group:
    style = style_of(line)
    colour = colors.HexColor(style.colour)
    group = Group()
    coords = [scale.to_px(p.day, p.value) for p in line.points]
    if line.kind is not ChartKind.POINTS and len(coords) >= 2:
        flat = [c for point in coords for c in point]
        group.add(PolyLine(flat, strokeColor=colour, strokeWidth=style.width,
                           strokeDashArray=list(style.dash) or None))  # fmt: skip
        if line.kind is ChartKind.VERTICAL:
            x, top = coords[-1]
            group.add(String(x + 2, top - 8, line.label, fontName=FAMILY, fontSize=6.5,
                             fillColor=_MUTED))  # fmt: skip
    if style.marker:
        for x, y in coords:
            group.add(marker(style, x, y))
    return group


def marker(style: LineStyle, x: float, y: float, size: float = _MARKER) -> Circle | Rect | Polygon:
    """A marker centred on (x, y): circle, square, diamond or triangle."""
    colour = colors.HexColor(style.colour)
    if style.marker == "square":
        return Rect(x - size, y - size, 2 * size, 2 * size, fillColor=colour, strokeColor=colour)
    if style.marker == "diamond":
        big = size * 1.5
        return Polygon([x, y + big, x + big, y, x, y - big, x - big, y], fillColor=colour,
                       strokeColor=colour)  # fmt: skip
    if style.marker == "triangle":
        big = size * 1.4
        return Polygon([x - big, y - big * 0.8, x + big, y - big * 0.8, x, y + big * 1.1],
                       fillColor=colors.white, strokeColor=colour, strokeWidth=1.2)  # fmt: skip
    return Circle(x, y, size, fillColor=colour, strokeColor=colour, strokeWidth=0.5)


def _legend(chart: ChartData, width: float) -> Group:
    """Symbol and name of each line, in rows that wrap (two rows fit under the axis labels)."""
    group = Group()
    x, y = _LEFT, _LEGEND_ROW + 3.0
    seen: set[str] = set()
    for line in chart.lines:
        label = "Progress report dates" if line.kind is ChartKind.VERTICAL else line.label
        if label in seen:
            continue
        seen.add(label)
        needed = 28 + stringWidth(label, FAMILY, 7)
        if x + needed > width and x > _LEFT:
            x, y = _LEFT, y - _LEGEND_ROW
        style = style_of(line)
        colour = colors.HexColor(style.colour)
        if style.marker:
            group.add(marker(style, x + 6, y + 3))
        else:
            group.add(Line(x, y + 3, x + 14, y + 3, strokeColor=colour, strokeWidth=style.width,
                           strokeDashArray=list(style.dash) or None))  # fmt: skip
        group.add(String(x + 18, y, label, fontName=FAMILY, fontSize=7, fillColor=_MUTED))
        x += needed
    return group
