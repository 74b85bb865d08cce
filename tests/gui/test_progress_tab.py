"""The Progress tab with real widgets on the demo binder: graph, data entry, reports, drops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from iepbinder.domain.progress_records import ReportStatus
from iepbinder.domain.types import PaperSize
from iepbinder.export.progress_chart import chart_drawing
from iepbinder.gui.app import GuiApp
from iepbinder.gui.context import AppContext, ChangeBus
from iepbinder.gui.dialogs.data_point_dialog import DataPointDialog, PastePointsDialog
from iepbinder.gui.dialogs.letter_dialog import LetterDialog
from iepbinder.gui.dialogs.report_dialog import ReportDialog
from iepbinder.gui.models.progress_models import (
    findings_model,
    overview_model,
    points_model,
    reports_model,
)
from iepbinder.gui.tabs.progress import ProgressTab
from iepbinder.gui.tasks import SyncRunner
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.progress_chart import ProgressChartView, from_msecs
from iepbinder.services.binder_services import BinderServices, open_services
from tests.conftest import TODAY
from tests.unit.test_progress_findings_cache import two_years_of_reports


def progress_tab(gui: GuiApp) -> ProgressTab:
    tab = gui.window.binder_tabs["progress"]
    assert isinstance(tab, ProgressTab)
    gui.window.tabs.setCurrentWidget(tab)
    return tab


def save(qtbot: QtBot, dialog: object) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_goal(tab: ProgressTab, name: str) -> None:
    names = [tab.goals_model.row_at(r).name for r in range(tab.goals_model.rowCount())]
    tab.goals.selectRow(names.index(name))


def test_the_tab_shows_every_goal_and_the_chosen_graph(gui: GuiApp) -> None:
    tab = progress_tab(gui)
    assert tab.counts.text() == (
        "3 \u2713 On track \u00b7 1 \u25d1 Watch \u00b7 1 \u26a0 Not on track \u00b7 "
        "0 \u2026 Not enough data"
    )
    model = tab.goals_model
    assert [model.index(r, 1).data() for r in range(5)] == [
        "\u2713 On track", "\u25d1 Watch", "\u26a0 Not on track", "\u2713 On track",
        "\u2713 On track",
    ]  # fmt: skip
    choose_goal(tab, "Math problem solving")
    detail = tab.detail
    assert detail.title.text() == "Math problem solving\u2003\u26a0 Not on track"
    assert detail.signal.text().startswith("<b>Consider an instructional change (trend rule).")
    assert "doi.org/10.1177/0734282917729263" in detail.caveat.text()
    assert detail.points.model.rowCount() == 13
    assert set(detail.chart.qt_series) >= {"points", "baseline", "aimline", "trend", "target"}
    assert "\u25cf&nbsp;</span>" not in detail.legend.text()  # symbols and names, not colour alone
    assert "Data&nbsp;points" in detail.legend.text()


def test_the_gui_graph_and_the_pdf_graph_come_from_the_same_series(
    gui: GuiApp, qtbot: QtBot
) -> None:
    tab = progress_tab(gui)
    for row in range(tab.goals_model.rowCount()):
        tab.goals.selectRow(row)
        series = tab.detail.series
        assert series is not None
        view = tab.detail.chart
        drawing = chart_drawing(series.chart, 500, 220)  # what the PDF page draws
        for line in series.chart.lines:
            qt_points = [(from_msecs(p.x()), p.y()) for p in view.qt_series[line.key].points()]
            drawn = _drawn_points(drawing, line.key)
            assert [day for day, _ in qt_points] == [day for day, _ in drawn], line.key
            assert [v for _, v in qt_points] == pytest.approx([v for _, v in drawn]), line.key
            assert [p.day for p in line.points] == [day for day, _ in qt_points]
            assert [p.value for p in line.points] == pytest.approx([v for _, v in qt_points])


def _drawn_points(drawing: object, key: str) -> list[tuple[object, float]]:
    group = getattr(drawing, key)
    scale = drawing.scale  # type: ignore[attr-defined]
    found = []
    for shape in group.contents:
        if hasattr(shape, "cx"):
            found.append(scale.from_px(shape.cx, shape.cy))
        elif hasattr(shape, "width") and hasattr(shape, "height"):
            found.append(scale.from_px(shape.x + shape.width / 2, shape.y + shape.height / 2))
        elif hasattr(shape, "points") and type(shape).__name__ == "Polygon":
            xs, ys = shape.points[::2], shape.points[1::2]
            if len(xs) == 3:  # triangle: base 0.8·size below the centre, apex 1.1·size above
                found.append(scale.from_px(sum(xs) / 3, min(ys) + 0.8 * (max(ys) - min(ys)) / 1.9))
            else:
                found.append(scale.from_px(sum(xs) / len(xs), sum(ys) / len(ys)))
        elif type(shape).__name__ == "PolyLine":
            flat = shape.points
            found += [scale.from_px(x, y) for x, y in zip(flat[::2], flat[1::2], strict=True)]
    return found


def test_a_point_is_added_and_a_column_pasted(gui: GuiApp, qtbot: QtBot) -> None:
    tab = progress_tab(gui)
    choose_goal(tab, "Written expression")
    before = tab.detail.points.model.rowCount()
    qtbot.mouseClick(tab.detail.points.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    assert isinstance(dialog, DataPointDialog)
    dialog.observed_on.edit.setText("2026-11-24")
    qtbot.keyClicks(dialog.value, "4")
    save(qtbot, dialog)
    assert tab.detail.points.model.rowCount() == before + 1
    assert tab.detail.series is not None and tab.detail.series.name == "Written expression"
    qtbot.mouseClick(tab.detail.paste_button, Qt.MouseButton.LeftButton)
    paste = tab.open_dialog
    assert isinstance(paste, PastePointsDialog)
    paste.text.setPlainText("Score\n11/25/2026\t5\nfive")
    assert (
        paste.preview.text() == "1 value(s) read, from 2026-11-25 to 2026-11-25; 1 line(s) to fix."
    )
    save(qtbot, paste)
    assert paste.isVisible()
    assert paste.rows["text"].error_label.text() == (
        "\u26a0 Line 3 (\u201cfive\u201d): \u201cfive\u201d is not a number."
    )
    paste.text.setPlainText("11/25/2026\t5")
    save(qtbot, paste)
    assert tab.detail.points.model.rowCount() == before + 2


def test_a_point_goes_to_the_trash_and_comes_back(gui: GuiApp, qtbot: QtBot) -> None:
    tab = progress_tab(gui)
    choose_goal(tab, "Written expression")
    table = tab.detail.points.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert tab.detail.points.model.rowCount() == 6
    qtbot.mouseClick(gui.window.undo_button, Qt.MouseButton.LeftButton)
    assert tab.detail.points.model.rowCount() == 7


def _report_pdf(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=LETTER)
    lines = [
        "Lincoln Elementary School - IEP progress report, Winter 2026-27",
        "Goal 3: Math problem solving",
        "Maya solved two-step word problems with 52% accuracy on the January 12 probe.",
    ]
    for number, line in enumerate(lines):
        canvas.drawString(72, 700 - 18 * number, line)
    canvas.save()
    return path


def test_the_report_editor_takes_a_dropped_pdf_and_assigns_passages(
    gui: GuiApp, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = progress_tab(gui)
    qtbot.mouseClick(tab.reports.reports.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    assert isinstance(dialog, ReportDialog)
    assert [box.title() for box in dialog.boxes] == [
        "Reading fluency", "Written expression", "Math problem solving", "Articulation",
        "Self-regulation",
    ]  # fmt: skip
    pdf = _report_pdf(tmp_path / "winter report.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    target = dialog.text.viewport()
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(target, drop)
    text = dialog.text.toPlainText()
    assert text.startswith("Lincoln Elementary School - IEP progress report, Winter 2026-27")
    assert dialog.text_status.text().startswith("Took the text of winter report.pdf (1 page(s))")
    sentence = "Maya solved two-step word problems with 52% accuracy on the January 12 probe."
    cursor = dialog.text.textCursor()
    start = text.index(sentence)
    cursor.setPosition(start)
    cursor.setPosition(start + len(sentence), QTextCursor.MoveMode.KeepAnchor)
    dialog.text.setTextCursor(cursor)
    dialog.goal_choice.setCurrentIndex(2)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    math = dialog.boxes[2]
    assert math.narrative.toPlainText() == sentence
    assert len(dialog.text.extraSelections()) == 1  # the passage is marked in the text
    math.status.set_value(ReportStatus.INSUFFICIENT)
    qtbot.keyClicks(math.value, "52")
    qtbot.keyClicks(dialog.period, "Winter 2026-27, quarter 2 (early copy)")
    dialog.dates["received_date"].edit.setText("2026-11-28")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    services = gui.services
    assert services is not None
    child = services.children.choose_child(None)
    stored = [r for r in services.progress_reports.list_reports(child.id)
              if r.data.period.endswith("(early copy)")]  # fmt: skip
    detail = services.progress_reports.report_detail(stored[0].id)
    assert [p.data.text for p in detail.passages] == [sentence]
    assert detail.passages[0].data.start == start
    assert tab.reports.reports.model.rowCount() == 4


def test_a_scanned_pdf_dropped_on_the_editor_says_what_to_do(
    gui: GuiApp, qtbot: QtBot, corpus: Path
) -> None:
    tab = progress_tab(gui)
    qtbot.mouseClick(tab.reports.reports.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    assert isinstance(dialog, ReportDialog)
    dialog.take_pdf_text(corpus / "pdf" / "tika__testOCR.pdf")
    assert dialog.text.toPlainText() == ""
    assert "has no text layer (it is probably a scan)" in dialog.text_status.text()


def test_the_flagged_report_offers_the_data_request_letter(gui: GuiApp, qtbot: QtBot) -> None:
    tab = progress_tab(gui)
    panel = tab.reports
    chosen = panel.chosen()
    assert chosen is not None and chosen.report.data.period == "Fall 2026, quarter 1"
    assert panel.findings_model.rowCount() == 13
    assert panel.findings_model.index(0, 3).data() == (
        "\u201cMaya is making progress toward her reading goal.\u201d"
    )
    assert panel.letter_button.isVisible()
    qtbot.mouseClick(panel.letter_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_message
    assert isinstance(dialog, LetterDialog)
    assert dialog.template_key() == "request_data"
    body = dialog.body.toPlainText()
    assert "Reading fluency" in body and "Written expression" in body
    dialog.close()
    panel.reports.table.selectRow(0)  # the spring report has no red flags
    assert panel.findings_note.text() == "No red flags found in this report."
    assert not panel.letter_button.isVisible()


def test_print_gives_the_progress_pages(gui: GuiApp, tmp_path: Path) -> None:
    tab = progress_tab(gui)
    assert gui.window.current_tab() is tab
    rendered = tab.render_pdf(PaperSize.A4)
    assert rendered is not None and rendered.page_count == 7
    path = tmp_path / "p.pdf"
    path.write_bytes(rendered.content)
    assert round(float(PdfReader(path).pages[0].mediabox.width)) == 595
    assert tab.page_title() == "Goal progress \u2013 Maya Rodríguez"


def test_a_new_child_without_an_iep_is_told_what_to_do(gui: GuiApp) -> None:
    services = gui.services
    assert services is not None
    from iepbinder.domain.records import ChildData

    child = services.children.add_child(ChildData("Leo", "Rodríguez")).row
    gui.window.reload_children(select_id=child.id)
    tab = progress_tab(gui)
    assert tab.goals_empty.isVisible()
    assert tab.goals_empty.text().startswith("No IEP entered yet for Leo Rodríguez.")
    assert tab.detail.title.text() == "Choose a goal"


def test_every_table_model_passes_the_model_tester(qtmodeltester, demo_folder: Path) -> None:  # type: ignore[no-untyped-def]
    with open_services(demo_folder, today=lambda: TODAY) as services:
        overview = _overview(services)
    fall = overview.reports[1]
    for model, rows in (
        (overview_model(), list(overview.series)),
        (points_model(), list(overview.series[0].points)),
        (reports_model(), list(overview.reports)),
        (findings_model(), list(fall.findings)),
    ):
        model.set_rows(rows)  # type: ignore[attr-defined]
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows)


def _overview(services: BinderServices):  # type: ignore[no-untyped-def]
    return services.progress.overview(services.children.choose_child(None).id)


def test_an_empty_chart_view(qtbot: QtBot) -> None:
    view = ProgressChartView()
    qtbot.addWidget(view)
    view.show_chart(None, "Nothing yet")
    assert view.qt_series == {} and view.chart().series() == []


def test_a_chart_drawn_while_hidden_is_shown_with_the_view(qtbot: QtBot, demo_folder: Path) -> None:
    with open_services(demo_folder, today=lambda: TODAY) as services:
        series = next(s for s in _overview(services).series if s.chart.lines)
    view = ProgressChartView()
    qtbot.addWidget(view)
    view.show_chart(series.chart, series.name)  # hidden: laid out once it has its size
    view.resize(600, 340)
    view.show()
    qtbot.waitExposed(view)
    assert len(view.chart().series()) == len(series.chart.lines)
    assert view.chart().size().toSize() == view.viewport().size()
    view.show_chart(None, "Nothing yet")  # shown: at once
    assert view.chart().series() == []


def test_a_read_only_binder_shows_progress_without_editing(qtbot: QtBot, demo_folder: Path) -> None:
    with open_services(demo_folder) as _other_program:
        app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
        qtbot.addWidget(app.window)
        app.window.show()
        app.open_folder(demo_folder, create=False)
        tab = progress_tab(app)
        assert tab.goals_model.rowCount() == 5
        assert not tab.detail.points.add_button.isVisible()
        assert not tab.detail.paste_button.isVisible()
        assert not tab.reports.reports.add_button.isVisible()
        tab.handlers.add_point()  # a stray shortcut does nothing
        assert tab.open_dialog is None
        app.shutdown()


def test_the_tab_loads_with_the_real_background_runner(qtbot: QtBot, demo_folder: Path) -> None:
    from iepbinder.gui.tasks import ThreadRunner

    app = GuiApp(runner=ThreadRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.window.show()
    app.open_folder(demo_folder, create=False)
    tab = progress_tab(app)
    qtbot.waitUntil(lambda: tab.goals_model.rowCount() == 5, timeout=15000)
    assert tab.detail.series is not None and tab.detail.chart.qt_series
    app.shutdown()


class HeldReads(SyncRunner):
    """Keeps reads until ``answer_next``, as the background runner answers them later."""

    def __init__(self) -> None:
        self.waiting: list[tuple[Any, Any, Any]] = []

    def read(self, work: Any, on_done: Any, on_error: Any) -> None:
        """Keep the read for later."""
        self.waiting.append((work, on_done, on_error))

    def answer_next(self) -> None:
        """Run the oldest read kept and hand its answer back."""
        self._run(*self.waiting.pop(0))


def test_older_reports_are_checked_after_the_plan_shown(
    qtbot: QtBot,
    qtmodeltester,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    with open_services(tmp_path / "binder", create=True, today=lambda: TODAY) as services:
        child_id, _report_id = two_years_of_reports(services)
        runner = HeldReads()
        context = AppContext(services, runner, ChangeBus(), lambda: TODAY)
        tab = ProgressTab(context, TrashUndo(services.trash, runner, context.bus))
        qtbot.addWidget(tab)
        tab.set_child(child_id)
        runner.answer_next()  # this year's plan, its report checked
        model = tab.reports.reports.model
        flags = [model.index(row, 3).data() for row in range(2)]
        assert flags[0] == "Checking..." and flags[1].startswith("\u26a0")
        qtmodeltester.check(model)
        assert tab.reports.chosen() is None  # the first flagged report may be an older one
        tab.reports.reports.table.selectRow(0)
        assert tab.reports.findings_note.text() == "Checking this report for red flags..."
        tab.reports.reports.table.clearSelection()
        tab.reports.reports.table.setCurrentIndex(model.index(-1, -1))
        runner.answer_next()  # every report checked
        assert not runner.waiting
        assert all(model.index(row, 3).data().startswith("\u26a0") for row in range(2))
        qtmodeltester.check(model)
        chosen = tab.reports.chosen()
        assert chosen is not None and chosen.report.data.period == "Quarter 1 2025"
        assert tab.overview is not None and all(r.checked for r in tab.overview.reports)
