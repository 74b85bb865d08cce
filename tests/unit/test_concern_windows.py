"""State-complaint and due-process windows (DOMAIN.md 1.1): "possible deadline, verify"."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.concern_windows import VERIFY, concern_windows
from iepbinder.domain.concerns import ConcernStep, LadderStep, next_step

D = dt.date


def test_state_complaint_is_one_year_from_the_problem() -> None:
    (window,) = concern_windows(D(2026, 11, 3), None)
    assert window.rule_id == "T-STATE-COMPLAINT"
    assert window.last_day == D(2027, 11, 3)  # Nov 3, 2026 + 1 year
    assert window.days_left(D(2026, 11, 29)) == 339  # Nov 29, 2026 -> Nov 3, 2027
    assert window.derivation == "date of the problem 2026-11-03 + 1 year = 2027-11-03"


def test_due_process_is_two_years_from_when_the_parent_knew() -> None:
    (window,) = concern_windows(None, D(2026, 11, 5))
    assert window.rule_id == "T-DUE-PROCESS"
    assert window.last_day == D(2028, 11, 5)
    assert "withheld required information" in window.note


def test_leap_day_and_state_values() -> None:
    complaint, hearing = concern_windows(
        D(2028, 2, 29), D(2028, 2, 29), complaint_years=2, due_process_years=3
    )
    assert complaint.last_day == D(2030, 2, 28)  # Feb 29 + 2 years: no Feb 29 in 2030
    assert hearing.last_day == D(2031, 2, 28)
    assert VERIFY == "possible deadline, verify"


def test_the_next_step_up_the_ladder() -> None:
    assert next_step(()) is LadderStep.TEACHER
    taken = (ConcernStep(LadderStep.TEACHER), ConcernStep(LadderStep.COORDINATOR))
    assert next_step(taken) is LadderStep.ADMINISTRATION
    assert next_step((ConcernStep(LadderStep.DUE_PROCESS),)) is None
