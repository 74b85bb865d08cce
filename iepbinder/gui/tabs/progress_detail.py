"""One goal in the Progress tab: its graph, the signal in words with its caveat, its data."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from iepbinder.domain.progress_analysis import GOAL_STATUS_WORDS
from iepbinder.gui.models.progress_models import points_model
from iepbinder.gui.widgets.kept_label import KeptLabel
from iepbinder.gui.widgets.progress_chart import ProgressChartView, legend_html
from iepbinder.gui.widgets.section import TableSection
from iepbinder.services.progress_dto import DataPointRow, GoalSeries


def _small(label: QLabel, italic: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.92)
    font.setItalic(italic)
    label.setFont(font)
    return label


class GoalDetailPanel(QWidget):
    """The graph, signals and data points of the goal chosen in the overview."""

    paste_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: GoalSeries | None = None
        self.title = KeptLabel("", self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.goal_text = _small(KeptLabel("", self))
        self.chart = ProgressChartView(self)
        self.legend = _small(KeptLabel("", self))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.no_data = KeptLabel("", self)
        self.signal = KeptLabel("", self)
        self.signal.setTextFormat(Qt.TextFormat.RichText)
        self.signal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = KeptLabel("", self)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caveat = _small(KeptLabel("", self), italic=True)
        self.points = TableSection[DataPointRow](
            self.tr("Data points"),
            points_model(self),
            noun=self.tr("point"),
            empty_text=self.tr(
                "No data yet. Add each measurement from a progress report, a work sample or "
                "your own observation, or paste a column of values."
            ),
            stretch={3: 1},
        )
        self.paste_button = QPushButton(self.tr("Paste a colu&mn..."), self.points)
        # Beside the section's own Add button: its button row is the third item of its layout.
        self.points.layout().itemAt(2).layout().insertWidget(1, self.paste_button)  # type: ignore[union-attr]
        self.paste_button.clicked.connect(self.paste_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        parts = (
            self.title,
            self.goal_text,
            self.chart,
            self.legend,
            self.no_data,
            self.signal,
            self.details,
            self.caveat,
            self.points,
        )
        for widget in parts:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_series(None)

    def show_series(self, series: GoalSeries | None) -> None:
        """Show a goal (None: ask the parent to choose one)."""
        self.series = series
        has_goal = series is not None
        for widget in (
            self.chart,
            self.legend,
            self.signal,
            self.details,
            self.caveat,
            self.points,
        ):
            widget.setVisible(has_goal)
        if series is None:
            self.title.setText(self.tr("Choose a goal"))
            self.goal_text.setText(self.tr("Choose a goal in the list to see its graph."))
            self.no_data.hide()
            return
        status = self.tr(GOAL_STATUS_WORDS[series.status])
        self.title.setText(f"{series.name}\u2003{status}")
        self.goal_text.setText(series.goal.data.text)
        lines = series.signal_lines
        self.chart.show_chart(series.chart, series.name, "\n".join(lines))
        self.chart.setVisible(bool(series.chart.lines))
        self.legend.setVisible(bool(series.chart.lines))
        self.legend.setText(legend_html(series.chart))
        self.no_data.setVisible(not series.points)
        self.no_data.setText(
            self.tr(
                "No data points yet, so there is no trend. Add the baseline, the target and the "
                "measurements to see the graph an expert would draw."
            )
        )
        self.signal.setText(f"<b>{html.escape(lines[0])}</b>")
        self.signal.setToolTip(series.status_line)
        self.details.setText("\n".join(lines[1:]))
        self.caveat.setText(series.caveat)
        self.points.set_rows(list(series.points))

    def set_editable(self, editable: bool) -> None:
        """Read-only binders hide the buttons that change data."""
        self.points.set_editable(editable)
        self.paste_button.setVisible(editable)
