"""SVC-LINT-1..4 and GOAL-LINT-1..3: each rule triggered and not triggered (DOMAIN.md 2.1, 4.2)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from iepbinder.domain.amount import Amount
from iepbinder.domain.lint import Finding, GoalFacts, ServiceFacts, lint_goal, lint_service
from iepbinder.domain.types import Period, Setting, Severity

TWICE_WEEKLY = Amount(
    period=Period.WEEK, sessions_per_period=2, minutes_per_session=30, total_minutes_per_period=60
)

# A service that breaks no rule; each test changes one thing.
GOOD_SERVICE = ServiceFacts(
    raw_text="30 min 2x/week",
    amount=TWICE_WEEKLY,
    start_date=dt.date(2025, 9, 2),
    end_date=dt.date(2026, 6, 19),
    setting=Setting.SEPARATE_PULL_OUT,
    location_text="Speech room",
)

# A goal that breaks no rule; each test changes one thing.
GOOD_GOAL = GoalFacts(
    text="Given a 3rd-grade passage, Sam will read aloud 90 words correct per minute.",
    baseline_value=42.0,
    baseline_text="42 WCPM (median of 3 probes)",
    target_value=90.0,
    criterion_text="90 WCPM on 3 consecutive probes",
    measurement_method="CBM probes",
)


def _service(**changes: Any) -> list[Finding]:
    return lint_service(dataclasses.replace(GOOD_SERVICE, **changes))


def _goal(**changes: Any) -> list[Finding]:
    return lint_goal(dataclasses.replace(GOOD_GOAL, **changes))


def _rules(findings: list[Finding]) -> list[str]:
    return [finding.rule_id for finding in findings]


def _only(findings: list[Finding], rule_id: str) -> Finding:
    assert _rules(findings) == [rule_id]
    return findings[0]


def test_clean_service_and_goal_have_no_findings() -> None:
    assert lint_service(GOOD_SERVICE) == []
    assert lint_goal(GOOD_GOAL) == []


def test_messages_are_short() -> None:
    findings = lint_service(
        ServiceFacts("as needed", Amount(), None, None, Setting.UNSPECIFIED, "")
    ) + lint_goal(GoalFacts("", None, "", None, "", ""))
    assert len(findings) == 6
    assert all(len(finding.message) <= 160 for finding in findings)


# SVC-LINT-1: ranges.


def test_svc_lint_1_narrow_minutes_range_is_a_warning() -> None:
    amount = Amount(
        period=Period.WEEK,
        sessions_per_period=2,
        minutes_per_session=30,
        minutes_per_session_max=45,
        total_minutes_per_period=60,
        total_minutes_per_period_max=90,
    )
    finding = _only(
        _service(raw_text="30-45 minutes 2 times per week", amount=amount), "SVC-LINT-1"
    )
    assert finding.severity is Severity.WARNING
    assert "rare and narrow" in finding.message


def test_svc_lint_1_wide_range_is_strong() -> None:
    amount = Amount(
        period=Period.WEEK, total_minutes_per_period=480, total_minutes_per_period_max=600
    )
    finding = _only(_service(raw_text="8-10 hours weekly", amount=amount), "SVC-LINT-1")
    assert finding.severity is Severity.STRONG
    assert "120 minutes" in finding.message


def test_svc_lint_1_session_count_range_alone_is_a_warning() -> None:
    amount = Amount(
        period=Period.WEEK,
        sessions_per_period=2,
        sessions_per_period_max=3,
        minutes_per_session=30,
        total_minutes_per_period=60,
        total_minutes_per_period_max=90,
    )
    finding = _only(_service(raw_text="2-3 sessions per week, 30 min", amount=amount), "SVC-LINT-1")
    assert finding.severity is Severity.WARNING
    assert "number of sessions" in finding.message


def test_svc_lint_1_single_numbers_are_fine() -> None:
    assert "SVC-LINT-1" not in _rules(_service())


# SVC-LINT-2: commitment unclear.


@pytest.mark.parametrize(
    ("raw_text", "amount"),
    [
        pytest.param("at least 15 minutes", Amount(total_minutes_per_period=15), id="at-least"),
        pytest.param(
            "a minimum of 30 min/week",
            Amount(period=Period.WEEK, total_minutes_per_period=30),
            id="a-minimum-of",
        ),
        pytest.param(
            "up to 60 min/month",
            Amount(period=Period.MONTH, total_minutes_per_period=60),
            id="up-to",
        ),
        pytest.param("As Needed", Amount(), id="as-needed-any-case"),
        pytest.param("prn", Amount(), id="prn"),
        pytest.param("as deemed necessary", Amount(), id="as-deemed-necessary"),
        pytest.param("when appropriate", Amount(), id="when-appropriate"),
        pytest.param("Available daily", Amount(period=Period.DAY), id="available"),
        pytest.param("see schedule", Amount(), id="no-number"),
    ],
)
def test_svc_lint_2_commitment_unclear(raw_text: str, amount: Amount) -> None:
    finding = _only(_service(raw_text=raw_text, amount=amount), "SVC-LINT-2")
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("Commitment unclear")


def test_svc_lint_2_firm_amount_is_fine() -> None:
    assert "SVC-LINT-2" not in _rules(_service())


def test_svc_lint_2_minutes_abbreviation_is_not_minimum() -> None:
    assert "SVC-LINT-2" not in _rules(_service(raw_text="30 min. 2x/wk"))


# SVC-LINT-3: dates.


@pytest.mark.parametrize(
    ("start", "end", "wording"),
    [
        pytest.param(None, dt.date(2026, 6, 19), "No start date", id="no-start"),
        pytest.param(dt.date(2025, 9, 2), None, "No end date", id="no-end"),
        pytest.param(None, None, "No start or end date", id="neither"),
    ],
)
def test_svc_lint_3_missing_dates(start: dt.date | None, end: dt.date | None, wording: str) -> None:
    finding = _only(_service(start_date=start, end_date=end), "SVC-LINT-3")
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith(wording)


def test_svc_lint_3_both_dates_are_fine() -> None:
    assert "SVC-LINT-3" not in _rules(_service())


# SVC-LINT-4: location or setting.


def test_svc_lint_4_no_setting_and_no_location() -> None:
    finding = _only(_service(setting=Setting.UNSPECIFIED, location_text="  "), "SVC-LINT-4")
    assert finding.severity is Severity.WARNING


def test_svc_lint_4_location_text_alone_is_enough() -> None:
    assert _service(setting=Setting.UNSPECIFIED, location_text="Resource room") == []


def test_svc_lint_4_setting_alone_is_enough() -> None:
    assert _service(setting=Setting.GEN_ED_PUSH_IN, location_text="") == []


# GOAL-LINT-1: baseline.


def test_goal_lint_1_no_baseline() -> None:
    finding = _only(_goal(baseline_value=None, baseline_text=""), "GOAL-LINT-1")
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("No baseline")


def test_goal_lint_1_baseline_without_a_number() -> None:
    baseline = "writes several sentences with a lot of help"
    finding = _only(_goal(baseline_value=None, baseline_text=baseline), "GOAL-LINT-1")
    assert "no number" in finding.message


def test_goal_lint_1_number_in_baseline_text_is_enough() -> None:
    assert _goal(baseline_value=None, baseline_text="reads 42 WCPM") == []


def test_goal_lint_1_baseline_value_is_enough() -> None:
    assert _goal(baseline_value=42.0, baseline_text="") == []


# GOAL-LINT-2: criterion or target.


def test_goal_lint_2_no_target_and_no_number_in_criterion() -> None:
    finding = _only(
        _goal(target_value=None, criterion_text="with mastery, as judged by teacher"),
        "GOAL-LINT-2",
    )
    assert finding.severity is Severity.WARNING


def test_goal_lint_2_number_in_criterion_is_enough() -> None:
    assert _goal(target_value=None, criterion_text="80% accuracy in 4 of 5 trials") == []


def test_goal_lint_2_target_value_is_enough() -> None:
    assert _goal(target_value=90.0, criterion_text="") == []


# GOAL-LINT-3: measurement method.


@pytest.mark.parametrize(
    "method",
    [
        "informal",
        "Teacher observation",
        "observation",
        "informal observation.",
        "teacher report",
        "Teacher observation, teacher report",
        "informal assessment",
    ],
)
def test_goal_lint_3_only_informal_methods(method: str) -> None:
    finding = _only(_goal(measurement_method=method), "GOAL-LINT-3")
    assert finding.severity is Severity.WARNING
    assert "objective data" in finding.message


def test_goal_lint_3_long_method_is_shortened_in_the_message() -> None:
    method = "informal observation, teacher report, teacher observation, informal observation"
    finding = _only(_goal(measurement_method=method), "GOAL-LINT-3")
    assert len(finding.message) <= 160


@pytest.mark.parametrize("method", ["", "   ", "N/A"])
def test_goal_lint_3_blank_method(method: str) -> None:
    finding = _only(_goal(measurement_method=method), "GOAL-LINT-3")
    assert finding.message.startswith("No measurement method stated")


@pytest.mark.parametrize(
    "method", ["CBM probes", "data sheets", "teacher observation and data sheets", "work samples"]
)
def test_goal_lint_3_objective_methods_are_fine(method: str) -> None:
    assert _goal(measurement_method=method) == []
