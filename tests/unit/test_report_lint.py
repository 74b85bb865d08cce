"""Progress-report red flags PR-1..PR-10: each raised, and not raised, by real-sounding text."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from iepbinder.domain.progress_records import ReportEntryData, ReportStatus
from iepbinder.domain.report_lint import (
    ExpectedReport,
    GoalInReport,
    LintSettings,
    ReportFinding,
    lint_closing_status,
    lint_missing_reports,
    lint_report,
)
from iepbinder.domain.report_text import similarity
from iepbinder.domain.types import Direction, Severity

READING = GoalInReport(
    goal_id=1,
    name="Reading fluency",
    numeric=True,
    measurement="Given a 3rd-grade passage, Maya will read aloud at 90 words correct per minute "
    "with 95% accuracy. 90 WCPM on 3 consecutive weekly probes. Weekly CBM probes.",
    baseline_value=52,
)
MATH = GoalInReport(
    goal_id=2,
    name="Math problem solving",
    numeric=True,
    measurement="Given two-step word problems read aloud, Maya will choose the operations and "
    "solve them with 80% accuracy in 4 of 5 trials. Biweekly curriculum-based math probes.",
    baseline_value=35,
    aim_at_report=55.0,
    planned_change=45.0,
)
SOCIAL = GoalInReport(
    goal_id=3,
    name="Peer conversation",
    numeric=False,
    measurement="Maya will take turns in a conversation with a peer during lunch.",
)


def entry(goal: GoalInReport, narrative: str = "", **fields: object) -> GoalInReport:
    data = ReportEntryData(goal.goal_id, narrative=narrative, **fields)  # type: ignore[arg-type]
    return replace(goal, entry=data)


def rules(findings: list[ReportFinding], rule: str) -> list[ReportFinding]:
    return [finding for finding in findings if finding.rule_id == rule]


GOOD_READING = (
    "On the October 14 probe Maya read 68 words correct per minute with 96% accuracy, up from "
    "61 in June. The graph of her 9 weekly probes is attached."
)


def test_pr1_missing_entry() -> None:
    findings = lint_report([READING, entry(MATH, "Maya solved 3 of 5 problems (60%).")])
    missing = rules(findings, "PR-1")
    assert [(f.goal_id, f.goal_name) for f in missing] == [(1, "Reading fluency")]
    # an entry with only a status box is an entry
    status_only = entry(READING, status=ReportStatus.NOT_ADDRESSED)
    assert rules(lint_report([status_only]), "PR-1") == []


def test_pr2_no_number_for_a_numeric_goal() -> None:
    vague = "Maya is making progress toward her reading goal. She reads with more expression now."
    found = rules(lint_report([entry(READING, vague, status=ReportStatus.SUFFICIENT)]), "PR-2")
    assert len(found) == 1
    assert found[0].passage == "Maya is making progress toward her reading goal."
    # a number, a date alone does not count; the 68 does
    assert rules(lint_report([entry(READING, GOOD_READING)]), "PR-2") == []
    dated = "As of 10/16/2026, Maya continues to practise fluency in her 3rd-grade group."
    assert len(rules(lint_report([entry(READING, dated)]), "PR-2")) == 1
    # a work sample counts as data; a goal that is not numeric is not checked
    sample = "See the attached work sample from her reading journal."
    assert rules(lint_report([entry(READING, sample)]), "PR-2") == []
    assert rules(lint_report([entry(SOCIAL, "She is friendly at lunch.")]), "PR-2") == []


def test_pr3_vague_phrases_without_data() -> None:
    text = "Reading skills are emerging. Maya enjoys the books in our classroom library."
    found = rules(lint_report([entry(READING, text)]), "PR-3")
    assert len(found) == 1 and found[0].passage == "Reading skills are emerging."
    assert "\u201cemerging\u201d" in found[0].message
    behaviour = "Behavior has been inconsistent this quarter."
    assert rules(lint_report([entry(SOCIAL, behaviour)]), "PR-3")[0].passage == behaviour
    # the same words backed by data are not flagged
    backed = "Maya is making progress: she read 68 words correct per minute, up from 61."
    assert rules(lint_report([entry(READING, backed)]), "PR-3") == []
    # the dictionary is a setting
    custom = LintSettings(vague_phrases=("doing great",))
    assert rules(lint_report([entry(READING, text)], settings=custom), "PR-3") == []


def test_pr4_measurement_differs_from_the_goal() -> None:
    text = (
        "Maya solved two-step word problems correctly in 3 of 4 trials with verbal prompts. "
        "She is using the bar model."
    )
    found = rules(lint_report([entry(MATH, text)]), "PR-4")
    assert len(found) == 1
    assert "trial count: the goal says out of 5, the report out of 4" in found[0].message
    assert "prompt level: the goal says no prompts, the report \u201cwith verbal prompts\u201d" in (
        found[0].message
    )
    assert found[0].passage.startswith("Maya solved two-step word problems correctly in 3 of 4")
    same = "Maya solved two-step problems with 70% accuracy in 3 of 5 trials on October 9."
    assert rules(lint_report([entry(MATH, same)]), "PR-4") == []
    # a different unit: the goal counts words per minute, the report gives only a percentage
    rate_goal = replace(READING, measurement="Maya will read 90 words correct per minute.")
    percent = "Maya read grade-level passages with 85% accuracy."
    unit = rules(lint_report([entry(rate_goal, percent)]), "PR-4")
    assert "unit: the goal says words per minute, the report percent" in unit[0].message


def test_pr5_sufficient_status_below_the_aimline() -> None:
    # aim 55 at the report date; planned change 80 - 35 = 45 → tolerance 10% = 4.5
    # reported 40 → 15 below the aimline > 4.5 → contradiction
    low = entry(MATH, "Maya solved 2 of 5 problems.", status=ReportStatus.SUFFICIENT,
                reported_value=40.0)  # fmt: skip
    found = rules(lint_report([low]), "PR-5")
    assert len(found) == 1
    assert "15.0 worse than the aimline (55.0)" in found[0].message
    assert found[0].passage == "Status box: Sufficient progress to meet the goal; reported value 40"
    # 52 is 3 below: within 4.5 → no flag
    near = entry(MATH, "Maya solved 13 of 25 problems.", status=ReportStatus.SUFFICIENT,
                 reported_value=52.0)  # fmt: skip
    assert rules(lint_report([near]), "PR-5") == []
    # the projection missing the target is enough on its own
    missing_target = replace(near, projection_meets_target=False)
    assert (
        "trend of the data misses the target"
        in rules(lint_report([missing_target]), "PR-5")[0].message
    )
    # another status box is not checked by PR-5
    honest = replace(low, entry=replace(low.entry, status=ReportStatus.INSUFFICIENT))  # type: ignore[arg-type]
    assert rules(lint_report([honest]), "PR-5") == []


SPRING_WRITING = (
    "Maya has been working on writing paragraphs with a topic sentence. She is able to write "
    "three sentences with teacher support and continues to need reminders for end punctuation."
)


def test_pr6_copy_forward_across_periods() -> None:
    writing = GoalInReport(4, "Written expression", False, "writing paragraph",
                           history=(ReportEntryData(4, narrative=SPRING_WRITING),))  # fmt: skip
    fall = SPRING_WRITING.replace("has been working", "is working")
    found = rules(lint_report([entry(writing, fall)]), "PR-6")
    assert len(found) == 1 and found[0].message.startswith("Possible copy-forward")
    # a new report written afresh is not flagged
    fresh = (
        "In October Maya wrote a five-sentence paragraph about her dog with a topic sentence; "
        "she put end punctuation on four of the five sentences without a reminder."
    )
    assert rules(lint_report([entry(writing, fresh)]), "PR-6") == []


def test_pr6_template_text_across_siblings() -> None:
    sibling = SPRING_WRITING.replace("Maya", "Leo").replace("She", "He")
    # names and pronouns are masked, so the two texts are the same words
    assert similarity(SPRING_WRITING, sibling, ("Maya", "Leo")) == 1.0
    settings = LintSettings(names=("Maya", "Leo"))
    writing = GoalInReport(4, "Written expression", False, "writing")
    found = rules(lint_report([entry(writing, SPRING_WRITING)], [sibling], settings), "PR-6")
    assert len(found) == 1 and found[0].message.startswith("Possible template text: 100%")
    other = "Leo wrote a letter to his grandmother and used capital letters at every new line."
    assert rules(lint_report([entry(writing, SPRING_WRITING)], [other], settings), "PR-6") == []
    # short texts such as 'Goal met.' are alike by nature and never compared
    assert rules(lint_report([entry(writing, "Goal met.")], ["Goal met."]), "PR-6") == []


def test_pr7_report_overdue() -> None:
    today = dt.date(2026, 11, 29)
    reports = [
        ExpectedReport("Quarter 1", dt.date(2026, 11, 6), None),  # 23 days > 14
        ExpectedReport("Trimester", dt.date(2026, 11, 20), None),  # 9 days: still in grace
        ExpectedReport("Spring", dt.date(2026, 6, 12), dt.date(2026, 6, 12)),  # received
    ]
    found = lint_missing_reports(reports, today)
    assert [f.passage for f in found] == ["Quarter 1"]
    assert found[0].message == (
        "The progress report for Quarter 1 was expected on 2026-11-06; 23 days have passed and "
        "none is filed."
    )
    assert lint_missing_reports(reports, today, grace_days=30) == []


def test_pr8_no_progress_once_and_twice() -> None:
    spring = ReportEntryData(2, narrative="Maya solved 41% of problems.", reported_value=41.0)
    math = replace(MATH, history=(spring,))
    # 38 after 41: no progress in one period → a teacher meeting
    once = rules(lint_report([entry(math, "Maya solved 38% of problems.", reported_value=38.0)]),
                 "PR-8")  # fmt: skip
    assert len(once) == 1 and once[0].severity is Severity.WARNING
    assert once[0].passage == "Status box: No status box marked; reported value 38 (before: 41)"
    assert "teacher" in once[0].next_step
    # 45 after 41 is progress
    assert rules(lint_report([entry(math, "45% correct.", reported_value=45.0)]), "PR-8") == []
    # spring 35 = baseline 35 (no progress), then regression: two periods → an IEP meeting
    flat = ReportEntryData(2, status=ReportStatus.NO_PROGRESS, reported_value=35.0)
    twice = replace(MATH, history=(flat,))
    found = rules(lint_report([entry(twice, "Lower this time.", status=ReportStatus.REGRESSION)]),
                  "PR-8")  # fmt: skip
    assert len(found) == 1 and found[0].severity is Severity.STRONG
    assert "IEP meeting" in found[0].next_step
    # for a goal that decreases, fewer is progress
    behaviour = GoalInReport(5, "Self-regulation", True, "times a week", Direction.DECREASE,
                             baseline_value=4)  # fmt: skip
    assert rules(lint_report([entry(behaviour, "Left 2 times a week.", reported_value=2.0)]),
                 "PR-8") == []  # fmt: skip
    assert len(rules(lint_report([entry(behaviour, "5 a week.", reported_value=5.0)]), "PR-8")) == 1


def test_pr9_blames_the_child_with_no_plan_change() -> None:
    blame = (
        "Maya can solve these problems when she puts in the effort. Her progress this quarter "
        "was limited by a lack of effort during independent work."
    )
    found = rules(lint_report([entry(MATH, blame)]), "PR-9")
    assert len(found) == 1
    assert found[0].passage == "Maya can solve these problems when she puts in the effort."
    with_plan = blame + " The team will add a visual checklist and check in every 10 minutes."
    assert rules(lint_report([entry(MATH, with_plan)]), "PR-9") == []
    neutral = "Maya worked steadily and solved 3 of 5 problems, up from 2 of 5."
    assert rules(lint_report([entry(MATH, neutral)]), "PR-9") == []


def test_pr10_new_goals_without_closing_status() -> None:
    old = [(1, "Reading fluency"), (2, "Math problem solving")]
    found = lint_closing_status(old, frozenset({1}), "Annual IEP, 2027-03-09")
    assert [(f.rule_id, f.goal_id) for f in found] == [("PR-10", 2)]
    assert found[0].message.startswith("Annual IEP, 2027-03-09 sets new goals")
    assert lint_closing_status(old, frozenset({1, 2}), "Annual IEP") == []


def test_a_good_report_raises_nothing() -> None:
    spring = ReportEntryData(1, narrative="Maya read 61 WCPM on June 5.", reported_value=61.0)
    reading = replace(READING, history=(spring,), aim_at_report=67.0, planned_change=38.0,
                      projection_meets_target=True)  # fmt: skip
    good = entry(reading, GOOD_READING, status=ReportStatus.SUFFICIENT, reported_value=68.0)
    assert lint_report([good]) == []
