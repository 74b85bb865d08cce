"""Report red flags checked for the plan shown first, the rest after, and kept until a change."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.progress_records import (
    ProgressReportData,
    ReportEntryData,
    ReportInput,
    ReportStatus,
)
from iepbinder.domain.records import ChildData, GoalData, IepData
from iepbinder.domain.types import IepKind, Metric
from iepbinder.services.binder_services import BinderServices

VAGUE = "Sam is making progress."
WITH_DATA = "Sam reads 52 words correct per minute, up from 40 in September."


def two_years_of_reports(services: BinderServices) -> tuple[int, int]:
    """A child with last year's plan and this year's, one received report about each.

    Neither report has data for its goal. Returns the child's id and this year's report id.
    """
    child = services.children.add_child(ChildData("Sam", "Lee")).row
    report_ids = []
    for year in (2025, 2026):
        plan = services.plans.add_plan(
            child.id,
            IepData(
                IepKind.ANNUAL, meeting_date=dt.date(year, 8, 20), start_date=dt.date(year, 9, 1)
            ),
        ).row
        goal = services.plans.add_goal(
            plan.id,
            GoalData(
                f"Sam will read {year - 1945} words correct per minute.",
                area="Reading",
                metric=Metric.WCPM,
                baseline_value=40,
                baseline_date=dt.date(year, 9, 1),
                target_value=80,
                target_date=dt.date(year + 1, 6, 1),
            ),
        ).row
        report = ProgressReportData(
            f"Quarter 1 {year}", dt.date(year, 10, 16), received_date=dt.date(year, 10, 30)
        )
        entry = ReportEntryData(goal.id, ReportStatus.SUFFICIENT, VAGUE)
        saved = services.progress_reports.save_report(
            child.id, None, None, plan.id, ReportInput(report, (entry,))
        )
        report_ids.append(saved.row.id)
    return child.id, report_ids[1]


def test_the_plan_shown_is_checked_first_and_every_report_after(
    services: BinderServices,
) -> None:
    child_id, _this_year = two_years_of_reports(services)
    first = services.progress.overview(child_id, plan_reports_only=True)
    last_year, this_year = first.reports
    assert (last_year.checked, last_year.findings) == (False, ())
    assert this_year.checked and "PR-2" in {f.rule_id for f in this_year.findings}
    checked = services.progress.report_findings(child_id)
    everything = services.progress.overview(child_id)
    assert checked.reports == everything.reports  # the same findings as one full check
    assert checked.child_findings == everything.child_findings == first.child_findings
    assert all(item.checked for item in checked.reports)
    assert "PR-2" in {f.rule_id for f in checked.reports[0].findings}
    # what was checked stays known: the plan-only read now lists last year's findings too
    again = services.progress.overview(child_id, plan_reports_only=True)
    assert again.reports == everything.reports


def test_kept_findings_follow_an_edited_entry(services: BinderServices) -> None:
    child_id, report_id = two_years_of_reports(services)
    before = services.progress.overview(child_id)
    assert "PR-2" in {f.rule_id for f in before.reports[1].findings}
    report = before.reports[1].report
    goal_id = services.progress_reports.report_detail(report_id).entries[0].data.goal_id
    entry = ReportEntryData(goal_id, ReportStatus.SUFFICIENT, WITH_DATA, 52)
    services.progress_reports.save_report(
        child_id, report_id, report.version, report.iep_id, ReportInput(report.data, (entry,))
    )
    after = services.progress.overview(child_id, plan_reports_only=True)
    assert "PR-2" not in {f.rule_id for f in after.reports[1].findings}
    assert not after.reports[0].checked  # any change: every report is checked again
    rechecked = services.progress.report_findings(child_id).reports
    assert rechecked[0] == before.reports[0] and rechecked[1] == after.reports[1]


def test_kept_findings_follow_a_renamed_child(services: BinderServices) -> None:
    child_id, _report_id = two_years_of_reports(services)
    services.progress.report_findings(child_id)
    services.children.update_child(child_id, None, ChildData("Samuel", "Lee"))
    fresh = services.progress.overview(child_id, plan_reports_only=True)
    assert [item.checked for item in fresh.reports] == [False, True]


def test_points_read_together_are_those_read_goal_by_goal(services: BinderServices) -> None:
    from sqlalchemy import select

    from iepbinder.db.models import Goal
    from iepbinder.domain.progress_records import DataPointData, ProgressSettings
    from iepbinder.services.progress_load import goal_lineage, points_of
    from iepbinder.services.progress_series import ProgressSnapshot

    child_id, _report_id = two_years_of_reports(services)
    plans = services.plans.list_plans(child_id)
    goal_id = services.plans.list_goals(plans[-1].id)[0].id
    services.progress_points.add_points(
        goal_id, [DataPointData(dt.date(2026, 9, 8), 44), DataPointData(dt.date(2026, 9, 1), 41)]
    )
    amendment = services.plans.amend_plan(plans[-1].id, dt.date(2026, 11, 2), dt.date(2026, 10, 28))
    copy_id = services.plans.list_goals(amendment.row.id)[0].id
    services.progress_points.add_point(copy_id, DataPointData(dt.date(2026, 11, 9), 50))
    with services.context.session_factory() as session:
        goals = list(session.scalars(select(Goal).order_by(Goal.id)))
        snap = ProgressSnapshot(session, ProgressSettings(), [], {})
        snap.prefetch(goals)
        for goal in goals:  # the copy's lineage holds the goal it continues: 41, 44, then 50
            assert snap.lineage(goal) == goal_lineage(session, goal)
            assert snap.points(goal) == points_of(session, goal_lineage(session, goal))
        assert [p.data.value for p in snap.points(goals[-1])] == [41, 44, 50]


def test_an_overview_is_kept_until_what_it_shows_changes(services: BinderServices) -> None:
    """Today and Progress read the overview again after other changes: it is kept till then."""
    from iepbinder.domain.progress_records import DataPointData
    from iepbinder.services.progress_cache import findings_cache

    child_id, _report_id = two_years_of_reports(services)
    first = services.progress.overview(child_id, latest_report_only=True)
    assert services.progress.overview(child_id, latest_report_only=True) is first
    goal_id = first.series[0].goal.id
    assert first.series[0].points == ()
    services.progress_points.add_point(goal_id, DataPointData(dt.date(2026, 9, 8), 44))
    after = services.progress.overview(child_id, latest_report_only=True)
    assert [point.data.value for point in after.series[0].points] == [44]
    services.progress.report_findings(child_id)  # the older report checked: shown checked now
    checked = services.progress.overview(child_id, latest_report_only=True)
    assert [item.checked for item in checked.reports] == [True, True]
    findings_cache(services.context)._overviews.clear()  # nothing kept: made afresh, the same
    assert services.progress.overview(child_id, latest_report_only=True) == checked
    services.children.update_child(child_id, None, ChildData("Samuel", "Lee"))
    assert services.progress.overview(child_id, latest_report_only=True).child.display_name == (
        "Samuel Lee"
    )
