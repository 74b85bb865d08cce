"""Goal progress services on a real binder: points, reports, overview, findings, lineage, demo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from iepbinder.domain.progress_analysis import GoalStatus
from iepbinder.domain.progress_records import (
    DataPointData,
    DataSource,
    PassageData,
    ProgressReportData,
    ReportEntryData,
    ReportInput,
    ReportStatus,
)
from iepbinder.domain.records import ChildData, GoalData, IepData
from iepbinder.domain.types import IepKind, Metric
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.changes import Area
from iepbinder.services.errors import ConflictError, ValidationError
from iepbinder.services.progress_reports import ReportTextError
from iepbinder.services.trash import ItemKind

BASE = dt.date(2026, 9, 1)


def _child_with_goal(services: BinderServices) -> tuple[int, int, int]:
    child = services.children.add_child(ChildData("Sam", "Lee")).row
    plan = services.plans.add_plan(
        child.id, IepData(meeting_date=dt.date(2026, 8, 20), start_date=BASE)
    ).row
    goal = services.plans.add_goal(
        plan.id,
        GoalData(
            "Sam will read 80 words correct per minute.",
            area="Reading",
            metric=Metric.WCPM,
            baseline_value=40,
            baseline_date=BASE,
            target_value=80,
            target_date=BASE + dt.timedelta(weeks=40),
        ),
    ).row
    return child.id, plan.id, goal.id


def test_points_are_added_pasted_corrected_and_trashed(services: BinderServices) -> None:
    child_id, _plan_id, goal_id = _child_with_goal(services)
    points = services.progress_points
    one = points.add_point(goal_id, DataPointData(BASE + dt.timedelta(days=7), 42))
    assert one.changes.touches(Area.PROGRESS)
    pasted = points.paste_points(
        goal_id, "44\n45\n47", DataSource.WORK_SAMPLE, start=BASE + dt.timedelta(days=14)
    )
    assert [p.data.observed_on.day for p in pasted.row] == [15, 22, 29]
    fixed = points.update_point(
        one.row.id, one.row.version, DataPointData(one.row.data.observed_on, 43)
    )
    assert fixed.row.data.value == 43
    with pytest.raises(ConflictError):
        points.update_point(one.row.id, one.row.version, DataPointData(BASE, 41))
    assert [p.data.value for p in points.list_points(goal_id)] == [43, 44, 45, 47]
    services.trash.move_to_trash(ItemKind.DATA_POINT, one.row.id)
    assert [p.data.value for p in points.list_points(goal_id)] == [44, 45, 47]
    trashed = services.trash.list_trash()[0]
    assert trashed.label == f"43 on {one.row.data.observed_on.isoformat()}"
    services.trash.restore(ItemKind.DATA_POINT, one.row.id)
    assert len(points.list_points(goal_id)) == 4
    assert child_id


def test_bad_points_save_nothing(services: BinderServices, today: dt.date) -> None:
    _child_id, _plan_id, goal_id = _child_with_goal(services)
    points = services.progress_points
    with pytest.raises(ValidationError) as future:
        points.add_point(goal_id, DataPointData(today + dt.timedelta(days=1), 50))
    assert future.value.for_field("observed_on") == "The date is in the future."
    with pytest.raises(ValidationError) as bad_line:
        points.paste_points(goal_id, "9/8/2026 44\nforty-five\n", DataSource.SCHOOL_REPORT)
    assert (
        str(bad_line.value)
        == "Line 2 (\u201cforty-five\u201d): \u201cforty-five\u201d is not a number."
    )
    assert points.list_points(goal_id) == []  # the good first line was not saved either


def test_a_report_is_saved_with_entries_and_passages(services: BinderServices) -> None:
    child_id, plan_id, goal_id = _child_with_goal(services)
    reports = services.progress_reports
    text = "Quarter 1\nReading: Sam read 52 WCPM on October 14."
    start = text.index("Sam")
    data = ReportInput(
        ProgressReportData(
            "Quarter 1",
            dt.date(2026, 10, 16),
            dt.date(2026, 10, 30),
            dt.date(2026, 10, 30),
            source_text=text,
        ),  # fmt: skip
        (ReportEntryData(goal_id, ReportStatus.SUFFICIENT, text[start:], 52),),
        (PassageData(goal_id, start, len(text), text[start:]),),
    )
    saved = reports.save_report(child_id, None, None, plan_id, data)
    assert saved.changes.touches(Area.REPORTS)
    detail = reports.report_detail(saved.row.id)
    assert [g.id for g in detail.goals] == [goal_id]
    entry = detail.entry_for(goal_id)
    assert entry is not None and entry.data.reported_value == 52
    assert [p.data.text for p in detail.passages] == ["Sam read 52 WCPM on October 14."]
    # editing: the passage is unassigned, the status changes; an old version is refused
    edited = ReportInput(data.report, (ReportEntryData(goal_id, ReportStatus.INSUFFICIENT),), ())
    again = reports.save_report(child_id, saved.row.id, saved.row.version, plan_id, edited)
    detail = reports.report_detail(again.row.id)
    assert (
        detail.passages == () and detail.entry_for(goal_id).data.status is ReportStatus.INSUFFICIENT
    )  # type: ignore[union-attr]
    with pytest.raises(ConflictError):
        reports.save_report(child_id, saved.row.id, saved.row.version, plan_id, edited)
    with pytest.raises(ValidationError) as blank:
        reports.save_report(child_id, None, None, plan_id, ReportInput(ProgressReportData(" ")))
    assert blank.value.for_field("period") is not None
    services.trash.move_to_trash(ItemKind.PROGRESS_REPORT, saved.row.id)
    assert reports.list_reports(child_id) == []


def test_the_demo_has_a_year_of_data_and_two_reports(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    overview = demo_services.progress.overview(child.id)
    statuses = {s.name: s.status for s in overview.series}
    assert statuses == {
        "Reading fluency": GoalStatus.ON_TRACK,
        "Written expression": GoalStatus.WATCH,
        "Math problem solving": GoalStatus.NOT_ON_TRACK,
        "Articulation": GoalStatus.ON_TRACK,
        "Self-regulation": GoalStatus.ON_TRACK,
    }
    reading = overview.series[0]
    # weekly probes from March to late November, without the school breaks
    assert len(reading.points) == 26
    days = [p.data.observed_on for p in reading.points]
    assert days[0] == dt.date(2026, 3, 10) and days[-1] < dt.date(2026, 11, 29)
    assert not any(dt.date(2026, 6, 13) <= day <= dt.date(2026, 8, 18) for day in days)
    spring, fall, winter = overview.reports
    assert spring.findings == ()
    assert winter.report.received is False and winter.findings == ()
    found = sorted({(f.rule_id, f.goal_name) for f in fall.findings})
    assert found == [
        ("PR-1", "Articulation"),
        ("PR-2", "Reading fluency"),
        ("PR-2", "Self-regulation"),
        ("PR-3", "Reading fluency"),
        ("PR-3", "Self-regulation"),
        ("PR-4", "Math problem solving"),
        ("PR-4", "Self-regulation"),
        ("PR-5", "Math problem solving"),
        ("PR-5", "Reading fluency"),
        ("PR-6", "Written expression"),
        ("PR-8", "Math problem solving"),
        ("PR-8", "Written expression"),
        ("PR-9", "Math problem solving"),
    ]
    request = demo_services.progress.data_request(child.id, fall.report.id)
    assert request.goal_names == (
        "Reading fluency", "Written expression", "Math problem solving", "Articulation",
        "Self-regulation",
    )  # fmt: skip
    assert overview.child_findings == ()


def test_the_chart_shows_reports_with_their_values(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    series = demo_services.progress.overview(child.id).series[0]
    marks = [(m.day, m.value) for m in series.reports]
    assert marks == [(dt.date(2026, 6, 5), 63.0), (dt.date(2026, 10, 16), None)]
    chart = series.chart
    assert [line.key for line in chart.lines] == [
        "points", "baseline", "aimline", "target", "trend", "projection", "reported",
        "report1", "report2",
    ]  # fmt: skip
    assert chart.line("aimline").points[1].value == 90  # type: ignore[union-attr]
    assert chart.y_ticks == (0, 20, 40, 60, 80, 100)


def test_an_amendment_keeps_the_goal_data(services: BinderServices) -> None:
    child_id, plan_id, goal_id = _child_with_goal(services)
    services.progress_points.add_point(goal_id, DataPointData(BASE + dt.timedelta(days=7), 42))
    amendment = services.plans.amend_plan(plan_id, dt.date(2026, 11, 1), dt.date(2026, 10, 28)).row
    copy = services.plans.list_goals(amendment.id)[0]
    services.progress_points.add_point(copy.id, DataPointData(dt.date(2026, 11, 10), 50))
    series = services.progress.series(copy.id)
    assert [p.data.value for p in series.points] == [42, 50]
    overview = services.progress.overview(child_id)
    assert overview.plan is not None and overview.plan.id == amendment.id


def test_overdue_reports_and_sibling_templates(services: BinderServices) -> None:
    child_id, plan_id, goal_id = _child_with_goal(services)
    template = (
        "Sam has been working hard on reading fluency and is reading with more expression. "
        "He reads 52 words correct per minute and will keep practising at home."
    )
    reports = services.progress_reports
    entry = (ReportEntryData(goal_id, ReportStatus.SUFFICIENT, template, 52),)
    received = ProgressReportData(
        "Quarter 1", dt.date(2026, 10, 16), received_date=dt.date(2026, 10, 30)
    )
    reports.save_report(child_id, None, None, plan_id, ReportInput(received, entry))
    overdue = ProgressReportData("Trimester", expected_date=dt.date(2026, 11, 6))
    reports.save_report(child_id, None, None, plan_id, ReportInput(overdue))
    sister_id, sister_plan, sister_goal = _child_with_goal(services)
    services.children.update_child(sister_id, None, ChildData("Ava", "Lee"))
    copied = template.replace("Sam", "Ava").replace("He ", "She ")
    sister_entry = (ReportEntryData(sister_goal, ReportStatus.SUFFICIENT, copied, 52),)
    reports.save_report(sister_id, None, None, sister_plan, ReportInput(received, sister_entry))
    overview = services.progress.overview(child_id)
    assert [f.rule_id for f in overview.child_findings] == ["PR-7"]
    assert "23 days have passed" in overview.child_findings[0].message
    first = overview.reports[0]
    assert [f.message[:31] for f in first.findings if f.rule_id == "PR-6"] == [
        "Possible template text: 100% th"
    ]


def test_new_annual_goals_without_closing_status(services: BinderServices) -> None:
    child_id, plan_id, goal_id = _child_with_goal(services)
    new_plan = services.plans.add_plan(
        child_id,
        IepData(
            IepKind.ANNUAL, meeting_date=dt.date(2026, 11, 10), start_date=dt.date(2026, 11, 20)
        ),  # fmt: skip
    ).row
    services.plans.add_goal(new_plan.id, GoalData("Sam will read 100 WCPM.", area="Reading"))
    found = services.progress.overview(child_id).child_findings
    assert [(f.rule_id, f.goal_id) for f in found] == [("PR-10", goal_id)]
    closing = (ReportEntryData(goal_id, ReportStatus.NOT_MET, "Sam read 70 WCPM.", 70),)
    final = ProgressReportData("Annual review", dt.date(2026, 11, 10),
                               received_date=dt.date(2026, 11, 10))  # fmt: skip
    services.progress_reports.save_report(
        child_id, None, None, plan_id, ReportInput(final, closing)
    )
    assert services.progress.overview(child_id).child_findings == ()


def test_settings_choose_the_trend_method(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    ols = demo_services.progress.overview(child.id).series[2].analysis
    demo_services.settings.put("pm.trend_method", "TUKEY")
    tukey = demo_services.progress.overview(child.id).series[2].analysis
    assert tukey.method.value == "TUKEY" and tukey.trend != ols.trend
    demo_services.settings.put("pm.trend_method", "NOT-A-METHOD")  # a bad value keeps OLS
    assert demo_services.progress.overview(child.id).series[2].analysis.trend == ols.trend


def test_pdf_text_for_the_report_editor(services: BinderServices, corpus: Path) -> None:
    reader = services.progress_reports
    raw = (corpus / "pdf" / "pdfsamples__google-doc-document.pdf").read_bytes()
    text = reader.read_pdf_text(raw, "google-doc-document.pdf")
    assert text.text.startswith("Example document\nBeautiful is better than ugly.")
    for name, words in (
        ("pdfsamples__grayscale-image.pdf", "has no text layer (it is probably a scan)"),
        ("pypdf__r4-user-password.pdf", "is protected by a password"),
    ):
        with pytest.raises(ReportTextError) as failure:
            reader.read_pdf_text((corpus / "pdf" / name).read_bytes(), name)
        assert words in str(failure.value) and name in str(failure.value)
    with pytest.raises(ReportTextError, match="is not a PDF file"):
        reader.read_pdf_text(b"hello", "notes.txt")
