"""Progress outputs: the PDF pages (read back with pypdf), the drawn graph, and the commands."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from iepbinder.domain.progress_chart import ChartKind
from iepbinder.export.progress_chart import chart_drawing
from iepbinder.services.binder_services import BinderServices, open_services
from tests.conftest import TODAY
from tests.unit.test_cli import iepbinder


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("progress") / "demo"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
    return folder


def _text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_pdf_has_a_summary_and_a_page_per_goal(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    rendered = demo_services.progress.progress_pdf(child.id)
    pages = _text(rendered.content)
    assert rendered.page_count == len(pages) == 7  # summary (2 pages) and 5 goals
    summary = pages[0] + pages[1]
    assert "Goal progress" in summary and "Progress reports" in summary
    assert "Possible copy-forward: the text is 97% the same" in summary
    assert "doi.org/10.1177/0734282917729263" in summary
    names = ["Reading fluency", "Written expression", "Math problem solving", "Articulation",
             "Self-regulation"]  # fmt: skip
    for page, name in zip(pages[2:], names, strict=True):
        assert name in page and "Data points (" in page and "Aimline (goal line)" in page
    math = pages[4]
    assert "Consider an instructional change (trend rule)" in math
    assert "Data points (13)" in math and "Nov 10, 2026 40 School report" in math
    assert "Maya Rodríguez · Page 5 of 7" in math


def test_the_drawn_graph_holds_the_series_points(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    series = demo_services.progress.overview(child.id).series[0]
    drawing = chart_drawing(series.chart, 500, 220)
    for line in series.chart.lines:
        group = getattr(drawing, line.key)
        if line.kind is ChartKind.POINTS:
            centres = [(shape.cx, shape.cy) for shape in group.contents if hasattr(shape, "cx")]
            centres += [_centre(shape) for shape in group.contents if hasattr(shape, "points")]
            centres += [
                (shape.x + shape.width / 2, shape.y + shape.height / 2)
                for shape in group.contents
                if hasattr(shape, "width")
            ]
        else:
            flat = group.contents[0].points
            centres = list(zip(flat[::2], flat[1::2], strict=True))
        back = [drawing.scale.from_px(x, y) for x, y in centres]
        assert [day for day, _ in back] == [p.day for p in line.points], line.key
        assert [value for _, value in back] == pytest.approx([p.value for p in line.points])


def _centre(shape: object) -> tuple[float, float]:
    flat = shape.points  # type: ignore[attr-defined]
    xs, ys = flat[::2], flat[1::2]
    if len(xs) == 3:  # the triangle: base 0.8·size below the centre, apex 1.1·size above
        return (sum(xs) / 3, min(ys) + 0.8 * (max(ys) - min(ys)) / 1.9)
    return (sum(xs) / len(xs), sum(ys) / len(ys))


def test_report_progress_prints_signals_and_red_flags(demo_folder: Path) -> None:
    result = iepbinder("report", "progress", "--binder", str(demo_folder))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Goal progress for Maya Rodríguez")
    assert "Math problem solving: \u26a0 Not on track" in out
    assert "Fall 2026, quarter 1 (received Oct 30, 2026): 13 red flag(s)" in out
    assert "PR-9 [Math problem solving]: The report puts the lack of progress on the child" in out
    data = json.loads(
        iepbinder("report", "progress", "--json", "--binder", str(demo_folder)).stdout
    )
    assert data["ok"] is True and data["child"] == "Maya Rodríguez"
    assert [goal["status"] for goal in data["goals"]] == [
        "ON_TRACK", "WATCH", "NOT_ON_TRACK", "ON_TRACK", "ON_TRACK",
    ]  # fmt: skip
    math = data["goals"][2]
    assert math["signal"] == "CHANGE_INSTRUCTION" and math["signal_rule"] == "trend rule"
    assert math["r_needed_per_week"] == pytest.approx(45 / 53)
    fall = data["reports"][1]
    assert {finding["rule"] for finding in fall["findings"]} == {
        "PR-1", "PR-2", "PR-3", "PR-4", "PR-5", "PR-6", "PR-8", "PR-9",
    }  # fmt: skip
    unknown = iepbinder("report", "progress", "--child", "Zed", "--binder", str(demo_folder))
    assert unknown.returncode == 1 and "No single child matches 'Zed'" in unknown.stderr


def test_export_progress_writes_the_pdf(demo_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "progress.pdf"
    result = iepbinder("export", "progress", "--out", str(target), "--binder", str(demo_folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Wrote the goal progress pages for Maya Rodríguez to {target} (7 pages)."
    )
    assert len(PdfReader(target).pages) == 7
