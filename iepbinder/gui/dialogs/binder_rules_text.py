"""The plain words of the Binder rules dialog: each rule's label, explanation and choice names."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from iepbinder.services.binder_rules import BinderRule, RuleArea, RuleKind

_CONTEXT = "BinderRules"


def tr(text: str) -> str:
    """Translate a text of the Binder rules dialog."""
    return QCoreApplication.translate(_CONTEXT, text)


def area_titles() -> dict[RuleArea, str]:
    """The tab title of each area."""
    return {
        RuleArea.SERVICES: tr("Services and make-up time"),
        RuleArea.ALERTS: tr("Service alerts"),
        RuleArea.LOG: tr("Communication log"),
        RuleArea.DEADLINES: tr("Deadlines"),
        RuleArea.PROGRESS: tr("Goal progress"),
    }


def rule_words() -> dict[str, tuple[str, str]]:
    """Each rule's label (plain words, the official term beside them) and its explanation."""
    return {
        "services.holiday_policy": (
            tr("Holidays and short weeks, for a new service (holiday policy)"),
            tr(
                "A: a week with any school owes the full amount. B: in proportion to the school "
                "days. C: only weeks with no school at all are reduced. Each service can still "
                "choose its own in the service form."
            ),
        ),
        "services.partial_period": (
            tr("First and last part-weeks of a service (partial periods)"),
            tr(
                "When a service starts or ends mid-week, owe part of the week's amount in "
                "proportion to its school days, or the full amount."
            ),
        ),
        "services.pacing_threshold": (
            tr("Year or term services: behind pace below (pacing threshold)"),
            tr(
                "A yearly or term amount is flagged when the minutes delivered so far are below "
                "this share of the minutes expected so far."
            ),
        ),
        "services.start_alert_school_days": (
            tr("Service not started after (start alert, T-START)"),
            tr(
                "School days after the service's start date with nothing delivered before the "
                "start alert shows."
            ),
        ),
        "services.schedule_change_attribution": (
            tr("Late start, early release, closure: who owes it (schedule change)"),
            tr("Whom a session lost to a school schedule change is counted against."),
        ),
        "services.calendar_shortfall_attribution": (
            tr("Short weeks under policy A: who owes it (calendar shortfall)"),
            tr("Whom the sessions that did not fit in a short week are counted against."),
        ),
        "services.conforming_counts_as_delivered": (
            tr("Sessions in the wrong setting or group still count as delivered (conforming)"),
            tr(
                "Yes: they count and get a mismatch flag. No (strict): they count as missed by "
                "the school."
            ),
        ),
        "comp.include_disputed": (
            tr("Make-up estimate includes disputed misses (include disputed)"),
            tr("The advocate view always includes them; this changes the district view too."),
        ),
        "comp.unaccounted_as_school": (
            tr("Sessions nobody logged count as missed by the school (unaccounted)"),
            tr("Adds the expected minutes with no log at all to the make-up estimate."),
        ),
        "comp.same_service_only": (
            tr("A make-up only makes up for the same service (same service type)"),
            tr("So occupational therapy make-ups do not offset missed speech."),
        ),
        "comp.ratio": (
            tr("Make-up minutes per missed minute (compensatory ratio)"),
            tr(
                "The minute-for-minute estimate is multiplied by this. It is a starting point "
                "for discussion, not a rule."
            ),
        ),
        "alerts.trailing_weeks": (
            tr("Delivery rate measured over the last (trailing weeks)"),
            tr("The window of the WATCH and ACTION delivery-rate checks."),
        ),
        "alerts.watch_net_rate": (
            tr("WATCH when the net delivery rate is below"),
            tr("Net rate = (delivered + make-up) / (expected - student misses - holidays)."),
        ),
        "alerts.action_net_rate": (
            tr("ACTION when the net delivery rate is below"),
            tr("Net rate = (delivered + make-up) / (expected - student misses - holidays)."),
        ),
        "alerts.watch_consecutive_misses": (
            tr("WATCH after school-caused misses in a row"),
            tr("Consecutive sessions missed for a reason counted against the school."),
        ),
        "alerts.action_consecutive_misses": (
            tr("ACTION after school-caused misses in a row"),
            tr("Consecutive sessions missed for a reason counted against the school."),
        ),
        "alerts.action_school_days_without_service": (
            tr("ACTION after school days with no service at all"),
            tr(
                "School days in a row with the child present and nothing delivered "
                "(Illinois-style)."
            ),
        ),
        "alerts.escalate_weeks": (
            tr("ESCALATE when an ACTION alert lasts more than (weeks)"),
            tr("An ACTION condition lasting this long suggests a written request."),
        ),
        "alerts.student_absence_pct": (
            tr("Note when student absences in a month are over"),
            tr("Share of a month's sessions missed for reasons counted against the student."),
        ),
        "log.contemporaneous_hours": (
            tr("Note entries written later than (hours after the event)"),
            tr(
                "An entry logged this long after the event is noted as not written at the time "
                "(not contemporaneous)."
            ),
        ),
        "followup.no_reply_school_days": (
            tr("An email with no reply becomes a follow-up after (school days)"),
            tr("An email you sent with no logged reply in this many school days."),
        ),
        "deadlines.jurisdiction": (
            tr("State rules for deadlines (deadline profile)"),
            tr(
                "States may shorten federal deadlines. Every date is a possible deadline: "
                "verify it."
            ),
        ),
        "annual.reminders_days": (
            tr("Remind before the annual review (days before)"),
            tr("Numbers separated by commas, for example 60, 30, 14, 7."),
        ),
        "annual.amendment_resets_clock": (
            tr("An amendment restarts the annual review clock"),
            tr("Usually no: only a meeting that reviewed the whole IEP does."),
        ),
        "reeval.years": (
            tr("Reevaluation every (years)"),
            tr("Federal rule: at least every 3 years (some states: 2 for some disabilities)."),
        ),
        "state_complaint.years": (
            tr("State complaint window (years after the problem)"),
            tr("Shown as a possible deadline, verify."),
        ),
        "due_process.years": (
            tr("Due process window (years after you knew)"),
            tr("Shown as a possible deadline, verify."),
        ),
        "pm.trend_method": (
            tr("How the trend line is drawn (trend method)"),
            tr("Ordinary least squares by default; Tukey and split-middle resist odd points."),
        ),
        "pm.baseline": (
            tr("Starting point of the goal line (baseline)"),
            tr("The median of the first 3 probes, or the value the IEP states."),
        ),
        "pm.point_rule": (
            tr("Points on one side of the goal line before a signal (point rule)"),
            tr("Points below the goal line suggest changing instruction; above, raising the goal."),
        ),
        "pm.trend_min_points": (
            tr("Points needed before the trend is judged (trend rule)"),
            tr("DOMAIN.md allows 6 to 12; 8 by default."),
        ),
        "pm.trend_tolerance": (
            tr("Trend counts as on track within (tolerance)"),
            tr(
                "The trend's slope is compared with the goal line's slope plus or minus this share."
            ),
        ),
        "pr.copy_forward_similarity": (
            tr("Report text counts as copied forward at (similarity)"),
            tr("A goal's text this similar to the previous period's is flagged (PR-6)."),
        ),
        "pr.missing_report_grace_days": (
            tr("A progress report is missing after (days past the expected date)"),
            tr("PR-7: the expected report date plus this many days."),
        ),
        "pr.vague_phrases": (
            tr("Vague phrases flagged without data (PR-3 dictionary)"),
            tr("One phrase per line."),
        ),
    }


def choice_words() -> dict[Any, str]:
    """The plain words of every choice value (point rules by their JSON text)."""
    return {
        "FULL_IF_IN_SESSION": tr("A: full amount in any week with school"),
        "PRORATE_BY_SESSION_DAYS": tr("In proportion to school days"),
        "ZERO_WHEN_CLOSED": tr("C: only whole closures reduce it"),
        "FULL": tr("The full amount"),
        "SCHOOL": tr("The school (owed)"),
        "STUDENT": tr("The student (not owed)"),
        "DISPUTED": tr("Disputed (shown in the advocate view)"),
        "NEUTRAL": tr("Neither (holiday)"),
        "FEDERAL": tr("Federal rules only"),
        "CA": tr("California"),
        "TX": tr("Texas"),
        "OLS": tr("Ordinary least squares"),
        "TUKEY": tr("Tukey (three groups)"),
        "TUKEY_THREE_MEDIAN": tr("Three-median line"),
        "SPLIT_MIDDLE": tr("Split-middle"),
        "MEDIAN_OF_PROBES": tr("Median of the first 3 probes"),
        "IEP_VALUE": tr("The value stated in the IEP"),
        _key({"below_count": 4, "below_window": 4, "above_count": 4, "above_window": 4}): tr(
            "4 in a row"
        ),
        _key({"below_count": 3, "below_window": 3, "above_count": 3, "above_window": 3}): tr(
            "3 in a row"
        ),
        _key({"below_count": 4, "below_window": 6, "above_count": 4, "above_window": 6}): tr(
            "4 of the last 6"
        ),
        _key({"below_count": 3, "below_window": 3, "above_count": 6, "above_window": 6}): tr(
            "3 below in a row, 6 above to raise the goal"
        ),
    }


def _key(value: Any) -> Any:
    """A hashable key for a choice value (dicts by their sorted JSON)."""
    return json.dumps(value, sort_keys=True) if isinstance(value, dict) else value


def choice_label(rule: BinderRule, value: Any) -> str:
    """One choice of a rule in plain words."""
    if rule.key == "services.holiday_policy" and value == "PRORATE_BY_SESSION_DAYS":
        return tr("B: in proportion to school days")
    return choice_words().get(_key(value), str(value))


def value_words(rule: BinderRule, value: Any) -> str:
    """A value in plain words, as the 'default' column shows it."""
    if rule.kind is RuleKind.YES_NO:
        return tr("Yes") if value else tr("No")
    if rule.kind is RuleKind.SHARE:
        return f"{round(float(value) * 100)} %"
    if rule.kind is RuleKind.CHOICE:
        return choice_label(rule, value)
    if rule.kind is RuleKind.NUMBERS:
        return ", ".join(str(v) for v in value)
    if rule.kind is RuleKind.PHRASES:
        return tr("{count} phrases").format(count=len(value))
    return f"{value:g}" if isinstance(value, float) else str(value)
