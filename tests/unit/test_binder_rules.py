"""Binder rules: DOMAIN.md defaults, saving and resetting, and each area's figures moving."""

from __future__ import annotations

import datetime as dt

import pytest

from iepbinder.domain.alerts import AlertTier
from iepbinder.domain.amount import Amount
from iepbinder.domain.commlog import Channel, LogEntryData
from iepbinder.domain.progress_records import ProgressReportData, ReportInput
from iepbinder.domain.records import ChildData, IepData, ServiceData
from iepbinder.domain.service_log import ReasonCode, SessionData, SessionStatus
from iepbinder.domain.types import Period
from iepbinder.services.binder_rules import RULES
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.errors import ValidationError
from iepbinder.services.session_dto import SchoolYearData
from tests.unit.test_progress_services import _child_with_goal

D = dt.date
SPEECH = "Speech-language therapy"

# Written from DOMAIN.md by hand (sections 1.1, 1.2, 2.4, 2.6, 3.1, 3.3, 3.4, 4.3-4.5, 5.4, 8).
DOMAIN_DEFAULTS = {
    "services.holiday_policy": "FULL_IF_IN_SESSION",  # 2.4: "the default is A"
    "services.partial_period": "PRORATE_BY_SESSION_DAYS",  # 2.4: "always prorated"
    "services.pacing_threshold": 0.85,  # 2.4
    "services.start_alert_school_days": 10,  # 1.2 T-START
    "services.schedule_change_attribution": "SCHOOL",  # 2.6
    "services.calendar_shortfall_attribution": "DISPUTED",  # 2.4 / 2.6
    "services.conforming_counts_as_delivered": True,  # 3.1
    "comp.include_disputed": False,  # 3.1
    "comp.unaccounted_as_school": False,  # 3.1
    "comp.same_service_only": True,  # 3.1
    "comp.ratio": 1.0,  # 3.3
    "alerts.trailing_weeks": 4,  # 3.4
    "alerts.watch_net_rate": 0.90,
    "alerts.action_net_rate": 0.80,
    "alerts.watch_consecutive_misses": 2,
    "alerts.action_consecutive_misses": 3,
    "alerts.action_school_days_without_service": 10,
    "alerts.escalate_weeks": 6,
    "alerts.student_absence_pct": 0.20,
    "log.contemporaneous_hours": 48,  # 5.4
    "followup.no_reply_school_days": 5,  # issue 4: "default 5"
    "deadlines.jurisdiction": "FEDERAL",
    "annual.reminders_days": [60, 30, 14, 7],  # 1.2
    "annual.amendment_resets_clock": False,  # 1.2 T-ANNUAL
    "reeval.years": 3,  # 1.2 T-REEVAL
    "state_complaint.years": 1,  # 1.1
    "due_process.years": 2,  # 1.1
    "pm.trend_method": "OLS",  # 4.3
    "pm.baseline": "MEDIAN_OF_PROBES",  # 4.3
    "pm.point_rule": {"below_count": 4, "below_window": 4, "above_count": 4, "above_window": 4},
    "pm.trend_min_points": 8,  # 4.4
    "pm.trend_tolerance": 0.10,  # 4.4
    "pr.copy_forward_similarity": 0.90,  # 4.5 PR-6
    "pr.missing_report_grace_days": 14,  # 4.5 PR-7
}


@pytest.fixture
def child(local_services: BinderServices) -> int:
    """A child with speech 2 x 30 minutes a week from Sep 1 2025, school from Aug 25."""
    services = local_services
    child_id = services.children.add_child(ChildData("Sam", "Lee")).row.id
    plan = services.plans.add_plan(
        child_id, IepData(start_date=D(2025, 9, 1), end_date=D(2026, 6, 12))
    ).row
    weekly = Amount(Period.WEEK, None, 2, None, 30, None, 60, None)
    services.plans.add_service(plan.id, ServiceData(SPEECH, amount=weekly))
    services.calendar.add_year(SchoolYearData("2025-2026", D(2025, 8, 25), D(2026, 6, 12)))
    return child_id


def test_every_rule_starts_at_domain_md_default(local_services: BinderServices) -> None:
    values = local_services.rules.values()
    assert {k: values[k] for k in DOMAIN_DEFAULTS} == DOMAIN_DEFAULTS
    assert "making progress" in values["pr.vague_phrases"]  # PR-3's first phrase
    assert all(rule.source.startswith(("DOMAIN.md", "Issue")) for rule in RULES)


def test_saving_checks_everything_first_and_reset_removes_the_change(
    local_services: BinderServices,
) -> None:
    rules = local_services.rules
    with pytest.raises(ValidationError) as caught:
        rules.save({"comp.ratio": 2.0, "alerts.trailing_weeks": 0, "reeval.years": 2.5})
    assert caught.value.for_field("alerts.trailing_weeks") == "Enter a number from 1 to 26."
    assert caught.value.for_field("reeval.years") == "Enter a whole number."
    assert rules.values()["comp.ratio"] == 1.0  # nothing was stored
    rules.save({"comp.ratio": 2.0, "annual.reminders_days": [7, 30, 30]})
    assert local_services.settings.get("annual.reminders_days") == [30, 7]
    rules.reset_all()
    assert local_services.settings.get("comp.ratio") == 1.0
    assert local_services.settings.get("annual.reminders_days", "unset") == "unset"


def test_the_ratio_changes_the_make_up_estimate(local_services: BinderServices, child: int) -> None:
    # Two provider absences of 30 minutes in the week of Sep 8 2025: 60 minutes owed; at a
    # ratio of 1.5 the minute-for-minute estimate becomes 60 x 1.5 = 90.
    services = local_services
    for day in (D(2025, 9, 8), D(2025, 9, 10)):
        missed = SessionData(day, SessionStatus.MISSED, 30, 0, ReasonCode.PROVIDER_ABSENT)
        services.sessions.log_session(child, SPEECH, missed)
    before = services.ledger.report(child, D(2025, 9, 8), D(2025, 9, 12)).service(SPEECH)
    services.rules.save({"comp.ratio": 1.5})
    after = services.ledger.report(child, D(2025, 9, 8), D(2025, 9, 12)).service(SPEECH)
    assert (before.ledger.comp_district, after.ledger.comp_district) == (60, 90)


def test_the_watch_rate_changes_the_alerts(local_services: BinderServices, child: int) -> None:
    # Four weeks of 2 x 30 minutes delivered (Sep 8 - Oct 3 2025), then one provider absence on
    # Mon Sep 29: the trailing 4 weeks have 210 of 240 minutes, a net rate of 87.5%.
    # Below the default WATCH line (90%); above a WATCH line of 85%.
    services = local_services
    for monday in (D(2025, 9, 8), D(2025, 9, 15), D(2025, 9, 22), D(2025, 9, 29)):
        services.sessions.mark_week_delivered(child, SPEECH, monday)
    missed = SessionData(D(2025, 9, 29), SessionStatus.MISSED, 30, 0, ReasonCode.PROVIDER_ABSENT)
    services.sessions.log_day(child, D(2025, 9, 29), [(SPEECH, missed)])

    def rate_alerts() -> list[str]:
        line = services.ledger.report(child, D(2025, 9, 8), D(2025, 10, 3)).service(SPEECH)
        return [a.message for a in line.alerts if a.tier is AlertTier.WATCH]

    assert any("88%" in message or "87.5%" in message for message in rate_alerts())
    services.rules.save({"alerts.watch_net_rate": 0.85})
    assert rate_alerts() == []


def test_the_note_limit_changes_the_late_logging_note(local_services: BinderServices) -> None:
    # A call on Thu Nov 26 2026 at 09:00 written down 36 hours later: within 48 hours (no note),
    # beyond a 24-hour limit (a note saying so).
    services = local_services
    child_id = services.children.add_child(ChildData("Mia", "Lopez")).row.id
    event = dt.datetime(2026, 11, 26, 9, 0).astimezone()
    data = LogEntryData(D(2026, 11, 26), Channel.PHONE, dt.time(9, 0), topic="Speech schedule")
    entry = services.commlog.add_entry(child_id, data, event + dt.timedelta(hours=36)).row
    assert services.commlog.get_entry(entry.id).late_note == ""
    services.rules.save({"log.contemporaneous_hours": 24})
    assert "more than 24 hours later" in services.commlog.get_entry(entry.id).late_note


def test_the_grace_days_change_the_missing_report_flag(local_services: BinderServices) -> None:
    # A report expected on Nov 6 2026; today is Nov 29: 23 days late. PR-7 fires after the
    # default 14 days of grace, not after 30.
    services = local_services
    child_id, plan_id, _goal = _child_with_goal(services)
    overdue = ProgressReportData("Trimester", expected_date=D(2026, 11, 6))
    services.progress_reports.save_report(child_id, None, None, plan_id, ReportInput(overdue))
    assert [f.rule_id for f in services.progress.overview(child_id).child_findings] == ["PR-7"]
    services.rules.save({"pr.missing_report_grace_days": 30})
    assert services.progress.overview(child_id).child_findings == ()
