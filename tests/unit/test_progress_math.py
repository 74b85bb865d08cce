"""Graph math and signals worked out by hand (DOMAIN.md 4.3 and 4.4) for ten data sets.

Every expected number below was computed on paper; the arithmetic is in the comments.
x is weeks since the baseline date; the aimline starts at the baseline at x = 0.
"""

from __future__ import annotations

import datetime as dt

import pytest

from iepbinder.domain.decision_rules import (
    PointRule,
    Signal,
    point_rule,
    sufficiency,
    trend_rule,
)
from iepbinder.domain.progress_analysis import GoalStatus, analyse_goal
from iepbinder.domain.progress_math import (
    BaselineRule,
    BaselineSource,
    Line,
    Point,
    TrendMethod,
    aimline,
    ols,
    resolve_baseline,
    split_middle,
    tukey,
    tukey_groups,
    weeks_since,
)
from iepbinder.domain.progress_records import ProgressSettings
from iepbinder.domain.records import GoalData
from iepbinder.domain.types import Direction

INC, DEC = Direction.INCREASE, Direction.DECREASE
MONDAY = dt.date(2026, 1, 5)


def points(values: list[float], start: int = 1) -> list[Point]:
    return [Point(float(x), float(y)) for x, y in enumerate(values, start=start)]


def close(line: Line | None, slope: float, intercept: float) -> None:
    assert line is not None
    assert line.slope == pytest.approx(slope, abs=1e-6)
    assert line.intercept == pytest.approx(intercept, abs=1e-6)


def goal(baseline: float, target: float, weeks: int, direction: Direction = INC) -> GoalData:
    return GoalData(
        text="goal",
        direction=direction,
        baseline_value=baseline,
        baseline_date=MONDAY,
        target_value=target,
        target_date=MONDAY + dt.timedelta(weeks=weeks),
    )


def weekly(values: list[float]) -> list[tuple[dt.date, float]]:
    return [(MONDAY + dt.timedelta(weeks=i), v) for i, v in enumerate(values, start=1)]


# Data set 1: reading fluency, 6 weekly points, baseline 50, target 70 at week 20.
SET1 = [51, 53, 52, 55, 56, 57]


def test_set1_ols_tukey_split_middle() -> None:
    # x̄ = 3.5, ȳ = 324/6 = 54; dx = -2.5..2.5, dy = -3,-1,-2,1,2,3
    # Σdxdy = 7.5+1.5+1+0.5+3+7.5 = 21; Σdx² = 17.5; slope = 1.2; intercept = 54 - 4.2 = 49.8
    close(ols(points(SET1)), 1.2, 49.8)
    # Tukey groups of 2: (1,51),(2,53) → (1.5, 52); (5,56),(6,57) → (5.5, 56.5)
    # slope = 4.5/4 = 1.125; intercept = 52 - 1.125·1.5 = 50.3125
    close(tukey(points(SET1)), 1.125, 50.3125)
    # halves of 3: (2, median 51,53,52 = 52); (5, median 55,56,57 = 56)
    # slope = 4/3; intercept = 52 - 2·4/3 = 49.3333...
    close(split_middle(points(SET1)), 4 / 3, 52 - 8 / 3)


def test_set1_signals_are_mixed_and_the_data_too_short() -> None:
    # aim = 50 + 1·x (r_needed = 20/20); last 4 points x=3..6: 52<53 below; 55>54, 56>55,
    # 57>56 above → mixed → continue
    outcome = point_rule(points(SET1), Line(1.0, 50.0), INC)
    assert outcome.signal is Signal.CONTINUE and outcome.early_warning
    # 6 points, but x spans 1..6 = 5 weeks < 6 weeks → too few for a decision
    analysis = analyse_goal(goal(50, 70, 20), weekly(SET1))
    assert not analysis.sufficiency.enough and analysis.sufficiency.weeks == 5
    assert analysis.status is GoalStatus.NOT_ENOUGH_DATA
    # projection = 49.8 + 1.2·20 = 73.8 ≥ 70
    assert analysis.projection == pytest.approx(73.8)
    assert analysis.projection_meets is True


# Data set 2: 8 weekly points far below a steep aimline (baseline 20, target 60 at week 20).
SET2 = [21, 22, 22, 24, 23, 25, 26, 25]


def test_set2_lines() -> None:
    # ȳ = 188/8 = 23.5; dx = -3.5..3.5; dy = -2.5,-1.5,-1.5,0.5,-0.5,1.5,2.5,1.5
    # Σdxdy = 8.75+3.75+2.25-0.25-0.25+2.25+6.25+5.25 = 28; Σdx² = 42
    # slope = 28/42 = 2/3; intercept = 23.5 - (2/3)·4.5 = 20.5
    close(ols(points(SET2)), 2 / 3, 20.5)
    # 8 = 3·2 + 2 leftovers → groups 3, 2, 3
    # first (1,21),(2,22),(3,22) → (2, 22); last (6,25),(7,26),(8,25) → (7, 25)
    # slope = 3/5 = 0.6; intercept = 22 - 1.2 = 20.8
    close(tukey(points(SET2)), 0.6, 20.8)
    # halves: x median 2.5, y median of 21,22,22,24 = 22; x 6.5, y median of 23,25,25,26 = 25
    # slope = 3/4; intercept = 22 - 0.75·2.5 = 20.125
    close(split_middle(points(SET2)), 0.75, 20.125)


def test_set2_says_change_instruction_and_not_on_track() -> None:
    # r_needed = (60-20)/20 = 2; trend 2/3 < 2·0.9 = 1.8 → change instruction (n = 8 ≥ 8)
    outcome = trend_rule(Line(2 / 3, 20.5), 2.0, 8, INC)
    assert outcome.active and outcome.signal is Signal.CHANGE_INSTRUCTION
    # aim at x=5..8: 30, 32, 34, 36; values 23, 25, 26, 25 all below → change (early warning)
    assert point_rule(points(SET2), Line(2.0, 20.0), INC).signal is Signal.CHANGE_INSTRUCTION
    analysis = analyse_goal(goal(20, 60, 20), weekly(SET2))
    # projection = 20.5 + (2/3)·20 = 33.83 < 60; trend rule leads and says change
    assert analysis.projection == pytest.approx(20.5 + 40 / 3)
    assert analysis.lead.rule == "trend rule"
    assert analysis.status is GoalStatus.NOT_ON_TRACK


# Data set 3: a DECREASING behaviour goal: leaving class 4 → 1 a week over 30 weeks.
SET3 = [4, 3, 4, 3, 2, 3, 2, 2]


def test_set3_decreasing_goal_lines() -> None:
    # ȳ = 23/8 = 2.875; dy = 1.125,0.125,1.125,0.125,-0.875,0.125,-0.875,-0.875
    # Σdxdy = -3.9375-0.3125-1.6875-0.0625-0.4375+0.1875-2.1875-3.0625 = -11.5
    # slope = -11.5/42 = -0.273810; intercept = 2.875 + 0.273810·4.5 = 4.107143
    close(ols(points(SET3)), -11.5 / 42, 2.875 + 11.5 / 42 * 4.5)
    # groups 3,2,3: first (1,4),(2,3),(3,4) → (2, 4); last (6,3),(7,2),(8,2) → (7, 2)
    # slope = -2/5 = -0.4; intercept = 4 + 0.8 = 4.8
    close(tukey(points(SET3)), -0.4, 4.8)
    # three-median: middle (4,3),(5,2) → (4.5, 2.5)
    # intercept = mean(4+0.4·2, 2.5+0.4·4.5, 2+0.4·7) = (4.8 + 4.3 + 4.8)/3 = 4.63333
    close(tukey(points(SET3), three_median=True), -0.4, 13.9 / 3)


def test_set3_falling_faster_than_needed_suggests_raising_the_goal() -> None:
    # r_needed = (1-4)/30 = -0.1; as decreases: trend 0.2738 > 0.1·1.1 = 0.11 → raise
    outcome = trend_rule(Line(-11.5 / 42, 4.107), -0.1, 8, DEC)
    assert outcome.signal is Signal.RAISE_GOAL
    assert "falls 0.27 a week" in outcome.explanation
    # aim = 4 - 0.1x: at x=5..8 → 3.5, 3.4, 3.3, 3.2; values 2,3,2,2 all under = better
    assert point_rule(points(SET3), Line(-0.1, 4.0), DEC).signal is Signal.RAISE_GOAL
    analysis = analyse_goal(goal(4, 1, 30, DEC), weekly(SET3))
    # projection = 4.107143 - 0.273810·30 = -4.107 ≤ 1 → meets; signal is not "change"
    assert analysis.projection == pytest.approx(4.107142857 - 0.273809524 * 30)
    assert analysis.projection_meets is True
    assert analysis.status is GoalStatus.ON_TRACK


def test_set3_rising_behaviour_is_the_wrong_side() -> None:
    # The same goal with counts going up: aim 3.5..3.2 at x=5..8, values 4,4,5,5 all above
    # the line, which is the wrong side for a goal that decreases → change instruction.
    rising = points([4, 4, 4, 4, 4, 4, 5, 5])
    assert point_rule(rising, Line(-0.1, 4.0), DEC).signal is Signal.CHANGE_INSTRUCTION


# Data set 4: too few points (2).
def test_set4_too_few_points() -> None:
    two = points([11, 13])
    # OLS, Tukey and split-middle need at least 3 points
    assert ols(two) is None and tukey(two) is None and split_middle(two) is None
    analysis = analyse_goal(goal(10, 20, 10), weekly([11, 13]))
    assert analysis.trend is None and analysis.projection is None
    assert not analysis.point.active  # the point rule needs 4 points
    assert not analysis.trend_outcome.active
    # 2 points over 1 week: both below 6
    assert analysis.sufficiency.explanation.startswith("Too few data points for a reliable")
    assert analysis.status is GoalStatus.NOT_ENOUGH_DATA


# Data set 5: a flat line at the baseline.
def test_set5_flat_line() -> None:
    flat = [30.0] * 8
    # every dy = 0 → Σdxdy = 0 → slope 0, intercept = ȳ = 30
    close(ols(points(flat)), 0.0, 30.0)
    close(tukey(points(flat)), 0.0, 30.0)
    close(split_middle(points(flat)), 0.0, 30.0)
    analysis = analyse_goal(goal(30, 50, 20), weekly(flat))
    # r_needed = 20/20 = 1; slope 0 < 0.9 → change; projection 30 < 50
    assert analysis.trend_outcome.signal is Signal.CHANGE_INSTRUCTION
    assert "is flat" in analysis.trend_outcome.explanation
    # aim = 30 + x lies above every point after x = 0
    assert analysis.point.signal is Signal.CHANGE_INSTRUCTION
    assert analysis.status is GoalStatus.NOT_ON_TRACK


# Data set 6: seven points, so Tukey has ONE leftover, which goes to the middle group.
SET6 = [10, 14, 11, 20, 13, 16, 18]


def test_set6_one_leftover_goes_to_the_middle() -> None:
    first, middle, last = tukey_groups(points(SET6))
    assert [p.x for p in first] == [1, 2] and [p.x for p in last] == [6, 7]
    assert [p.x for p in middle] == [3, 4, 5]
    # (1.5, median 10,14 = 12) and (6.5, median 16,18 = 17): slope 5/5 = 1; b = 12 - 1.5
    close(tukey(points(SET6)), 1.0, 10.5)
    # OLS: x̄ = 4, Σdx² = 9+4+1+0+1+4+9 = 28; Σdx·y = -30-28-11+0+13+32+54 = 30
    # slope = 30/28 = 1.071429; ȳ = 102/7; intercept = 102/7 - (30/28)·4 = 10.285714
    close(ols(points(SET6)), 30 / 28, 102 / 7 - 120 / 28)
    # split-middle leaves the middle point (x=4) out: (2, median 10,14,11 = 11) and
    # (6, median 13,16,18 = 16): slope 5/4 = 1.25; intercept = 11 - 2.5 = 8.5
    close(split_middle(points(SET6)), 1.25, 8.5)


# Data set 7: five points, so Tukey has TWO leftovers, one for each outer group.
def test_set7_two_leftovers_go_one_to_each_end() -> None:
    five = points([5, 9, 7, 8, 12])
    first, middle, last = tukey_groups(five)
    assert (len(first), len(middle), len(last)) == (2, 1, 2)
    # (1.5, median 5,9 = 7) and (4.5, median 8,12 = 10): slope 3/3 = 1; b = 7 - 1.5 = 5.5
    close(tukey(five), 1.0, 5.5)
    # three points: groups of one each; line through (1,5) and (3,7): slope 1, b 4
    close(tukey(points([5, 9, 7])), 1.0, 4.0)


# Data set 8: growing much faster than needed → raise the goal, on track.
SET8 = [42, 44, 47, 48, 51, 52, 55, 57]


def test_set8_faster_than_needed() -> None:
    # ȳ = 396/8 = 49.5; Σdx·y = -147-110-70.5-24+25.5+78+137.5+199.5 = 89
    # slope = 89/42 = 2.119048; intercept = 49.5 - 2.119048·4.5 = 39.964286
    close(ols(points(SET8)), 89 / 42, 49.5 - 89 / 42 * 4.5)
    analysis = analyse_goal(goal(40, 60, 20), weekly(SET8))
    # r_needed = 1; 2.119 > 1.1 → raise; projection 39.964 + 42.381 = 82.345 ≥ 60
    assert analysis.trend_outcome.signal is Signal.RAISE_GOAL
    assert analysis.projection == pytest.approx(39.964286 + 2.119048 * 20, abs=1e-4)
    assert analysis.status is GoalStatus.ON_TRACK


# Data set 9: exactly on the aimline → mixed point rule, trend within the band.
def test_set9_on_the_line() -> None:
    on_line = [1, 2, 3, 4, 5, 6, 7, 8]
    close(ols(points(on_line)), 1.0, 0.0)  # y = x exactly
    analysis = analyse_goal(goal(0, 20, 20), weekly(on_line))
    # points on the line count for neither side → continue
    assert analysis.point.signal is Signal.CONTINUE
    # slope 1 within [0.9, 1.1] → continue; projection 0 + 1·20 = 20 = target → meets
    assert analysis.trend_outcome.signal is Signal.CONTINUE
    assert analysis.status is GoalStatus.ON_TRACK


# Data set 10: the projection reaches the target but the last points fell behind → watch.
def test_set10_disagreeing_signals_mean_watch() -> None:
    # baseline 10, target 40 at week 20 (r_needed 1.5); points weeks 1..6:
    values = [20, 22, 24, 17, 18, 19]
    # ȳ = 120/6 = 20; Σdx·y = -2.5·20-1.5·22-0.5·24+0.5·17+1.5·18+2.5·19
    #   = -50-33-12+8.5+27+47.5 = -12; slope = -12/17.5 = -0.685714; b = 20 + 0.685714·3.5 = 22.4
    # projection = 22.4 - 0.685714·20 = 8.69 < 40 → misses
    # aim at x=3..6: 14.5, 16, 17.5, 19; values 24, 17, 18, 19 → 3 above, 1 on → mixed
    settings = ProgressSettings(min_weeks=5)
    analysis = analyse_goal(goal(10, 40, 20), weekly(values), settings)
    close(analysis.trend, -12 / 17.5, 20 + 12 / 17.5 * 3.5)
    assert analysis.projection_meets is False
    assert analysis.point.signal is Signal.CONTINUE  # n = 6 < 8: the point rule leads
    assert analysis.status is GoalStatus.WATCH


def test_aimline_of_the_demo_reading_goal() -> None:
    # 2026-03-03 → 2027-03-09 is 371 days = 53 weeks; r_needed = (90-52)/53 = 0.716981
    x_target = weeks_since(dt.date(2026, 3, 3), dt.date(2027, 3, 9))
    assert x_target == 53
    close(aimline(52, 90, x_target), 38 / 53, 52)
    assert aimline(52, 90, 0) is None


def test_baseline_rules() -> None:
    # median of the first 3 probes: 48, 52, 55 → 52 (a 4th probe is ignored)
    found = resolve_baseline(50, (48, 52, 55, 80))
    assert found is not None and found.value == 52
    assert found.source is BaselineSource.MEDIAN_OF_PROBES
    # fewer than 3 probes: the IEP's value wins
    iep = resolve_baseline(45, (60, 40))
    assert iep is not None and (iep.value, iep.source) == (45, BaselineSource.IEP_VALUE)
    # the IEP-value rule prefers the stated value even with 3 probes
    stated = resolve_baseline(50, (48, 52, 55), BaselineRule.IEP_VALUE)
    assert stated is not None and stated.value == 50
    # nothing stated, 2 probes: median of 40 and 50 = 45
    two = resolve_baseline(None, (40, 50))
    assert two is not None and two.value == 45
    # nothing at all but data: median of the first three points 10, 12, 11 = 11
    data = resolve_baseline(None, (), first_values=(10, 12, 11, 15))
    assert data is not None and (data.value, data.source) == (11, BaselineSource.FIRST_DATA_POINTS)
    assert resolve_baseline(None, ()) is None


def test_sufficiency_boundaries() -> None:
    assert sufficiency(6, 6.0).enough  # exactly 6 points over exactly 6 weeks is enough
    assert not sufficiency(5, 10.0).enough
    assert not sufficiency(10, 5.9).enough


def test_point_rule_variants() -> None:
    # aim y = 10; last six values: 9, 11, 9, 9, 11, 9 → 4 of the last 6 below
    values = points([10, 10, 9, 11, 9, 9, 11, 9])
    aim = Line(0.0, 10.0)
    assert point_rule(values, aim, INC).signal is Signal.CONTINUE  # last 4: 9,9,11,9 mixed
    four_of_six = PointRule(4, 6, 4, 6)
    assert point_rule(values, aim, INC, four_of_six).signal is Signal.CHANGE_INSTRUCTION
    # three consecutive: the last 3 are 9, 11, 9 → mixed
    assert point_rule(values, aim, INC, PointRule(3, 3, 3, 3)).signal is Signal.CONTINUE


def test_trend_methods_are_chosen_by_setting() -> None:
    settings = ProgressSettings(trend_method=TrendMethod.SPLIT_MIDDLE)
    analysis = analyse_goal(goal(50, 70, 20), weekly(SET1), settings)
    close(analysis.trend, 4 / 3, 52 - 8 / 3)  # the split-middle line of data set 1


def test_points_before_the_baseline_date_are_shown_but_not_used() -> None:
    early = [(MONDAY - dt.timedelta(days=7), 5.0)] + weekly(SET1)
    analysis = analyse_goal(goal(50, 70, 20), early)
    assert analysis.ignored_before_baseline == 1
    close(analysis.trend, 1.2, 49.8)  # the same as data set 1
