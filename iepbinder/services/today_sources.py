"""Where Today items come from: one function per source, listed in TODAY_SOURCES.

Each source reads the facts gathered once in ``TodayFacts`` and returns ``TodayItem`` values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from iepbinder.domain.alerts import AlertTier
from iepbinder.domain.followups import Attention
from iepbinder.domain.language import long_date, month_year, t
from iepbinder.domain.progress_analysis import GoalStatus
from iepbinder.domain.reminders import (
    ItemKind,
    Level,
    Place,
    TodayItem,
    check_in_item,
    deadline_item,
)
from iepbinder.domain.types import Severity
from iepbinder.services.deadlines import DeadlineList
from iepbinder.services.meetings import MeetingRow
from iepbinder.services.open_items import OpenItem
from iepbinder.services.progress_dto import ProgressOverview
from iepbinder.services.session_dto import LedgerReport

MEETING_SOON_DAYS = 21
_TIER_LEVELS = {
    AlertTier.INFO: Level.INFO,
    AlertTier.WATCH: Level.WATCH,
    AlertTier.ACTION: Level.ACTION,
    AlertTier.ESCALATE: Level.ACTION,
}
_TIER_LETTERS = {
    AlertTier.WATCH: "implementation_concern",
    AlertTier.ACTION: "implementation_concern",
    AlertTier.ESCALATE: "compensatory",
}
_SEVERITY_LEVELS = {Severity.INFO: Level.INFO, Severity.WARNING: Level.WATCH,
                    Severity.STRONG: Level.ACTION}  # fmt: skip


@dataclass(frozen=True)
class TodayFacts:
    """Everything the sources read, gathered once per refresh."""

    today: dt.date
    deadlines: DeadlineList
    ledger: LedgerReport
    last_month: LedgerReport
    progress: ProgressOverview
    meetings: tuple[MeetingRow, ...]
    stable: bool
    check_in_done: dt.date | None
    open_items: tuple[OpenItem, ...] = ()


TodaySource = Callable[[TodayFacts], Iterable[TodayItem]]


def deadline_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """Deadlines whose reminders are due (DOMAIN.md 1.2 offsets)."""
    for row in facts.deadlines.deadlines:
        item = deadline_item(row.deadline, facts.today, row.place, row.letter, row.reminder_days)
        if item is not None:
            yield item
        deadline = row.deadline
        if deadline.rule_id == "T-ANNUAL" and deadline.due_date is not None:
            yield from _schedule_review(deadline.due_date, facts.today, row.place)


def _schedule_review(due: dt.date, today: dt.date, place: Place) -> Iterable[TodayItem]:
    """Ask for the annual meeting 21-28 days ahead, so one reschedule does not miss the date."""
    by = due - dt.timedelta(days=21)
    if due - dt.timedelta(days=28) - dt.timedelta(days=14) <= today <= due:
        yield TodayItem(
            f"schedule-review:{due.isoformat()}", ItemKind.REMINDER, Level.INFO,
            t("Ask the school to schedule the annual review meeting (by {date})",
              date=long_date(by)),
            t("Booking 3 to 4 weeks before the due date leaves room for one reschedule "
              "without missing it."), by, place, "request_meeting",
        )  # fmt: skip


def check_in_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """The monthly self check-in (quarterly in the stable mode)."""
    item = check_in_item(facts.today, facts.stable, facts.check_in_done)
    return [item] if item is not None else []


def meeting_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """Upcoming meetings and the preparation tasks of DOMAIN.md 5.5 item 6."""
    today = facts.today
    for meeting in facts.meetings:
        day = meeting.data.meeting_date
        if not today <= day <= today + dt.timedelta(days=MEETING_SOON_DAYS + 39):
            continue
        place = Place("today", f"meeting:{meeting.id}")
        time = t(" at {time}", time=meeting.data.time_text) if meeting.data.start_time else ""
        where = f", {meeting.data.place}" if meeting.data.place.strip() else ""
        yield TodayItem(
            f"meeting:{meeting.id}", ItemKind.MEETING,
            Level.WATCH if (day - today).days <= 7 else Level.INFO,
            t("Meeting {date}{time}{where}", date=long_date(day), time=time, where=where),
            meeting.data.purpose, day, place,
        )  # fmt: skip
        if (day - today).days > MEETING_SOON_DAYS:
            continue
        tasks = (
            (7, t("Ask for the draft IEP, new evaluations and recent data before the meeting"),
             t("Ask in writing so the school has time to send them (DOMAIN.md 5.5).")),
            (5, t("Decide who comes with you, and whether you will record the meeting"),
             t("Some states want written notice before recording (California: 24 hours).")),
            (2, t("Prepare the meeting packet and your concerns letter"),
             t("Today tab: Prepare meeting packet... puts everything in one PDF.")),
        )  # fmt: skip
        for days, title, detail in tasks:
            yield TodayItem(
                f"meeting-task:{meeting.id}:{days}", ItemKind.REMINDER, Level.INFO, title, detail,
                max(today, day - dt.timedelta(days=days)), place,
                "request_records" if days == 7 else "",
            )  # fmt: skip


def ledger_alert_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """The service ledger's alerts (DOMAIN.md 3.4), one item per service and code."""
    for line in facts.ledger.services:
        for alert in line.alerts:
            yield TodayItem(
                f"alert:{alert.code}:{line.service}", ItemKind.ALERT, _TIER_LEVELS[alert.tier],
                alert.message, alert.next_step, None, Place("calendar", f"service:{line.service}"),
                _TIER_LETTERS.get(alert.tier, ""), routine=alert.tier is AlertTier.INFO,
            )  # fmt: skip


def report_check_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """Red flags of the latest received report, and the findings about the reports (PR-7, 10)."""
    received = [r for r in facts.progress.reports if r.report.received]
    latest = received[-1] if received else None
    if latest is not None and latest.findings:
        strongest = max(latest.findings, key=lambda f: list(Severity).index(f.severity))
        rules = sorted({f.rule_id for f in latest.findings})
        letter = "request_data" if "PR-2" in rules else ""
        if strongest.severity is Severity.STRONG:
            letter = "request_meeting"
        yield TodayItem(
            f"report-flags:{latest.report.id}", ItemKind.ALERT,
            _SEVERITY_LEVELS[strongest.severity],
            t("{count} thing(s) to ask about in the {period} progress report",
              count=len(latest.findings), period=latest.report.data.period),
            t("Checks {rules}: {message} {next_step}", rules=", ".join(rules),
              message=strongest.message, next_step=strongest.next_step), None,
            Place("progress", f"report:{latest.report.id}"), letter,
        )  # fmt: skip
    for finding in facts.progress.child_findings:
        yield TodayItem(
            f"report-check:{finding.rule_id}:{finding.passage or finding.goal_id}", ItemKind.ALERT,
            _SEVERITY_LEVELS[finding.severity], finding.message, finding.next_step, None,
            Place("progress", f"goal:{finding.goal_id}" if finding.goal_id else "reports"),
            "request_data" if finding.rule_id == "PR-7" else "",
        )  # fmt: skip


def goal_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """Goals whose data says they are not on track (a signal, never a verdict)."""
    for series in facts.progress.series:
        if series.status is GoalStatus.NOT_ON_TRACK:
            yield TodayItem(
                f"goal:{series.goal.id}:not-on-track", ItemKind.ALERT, Level.WATCH,
                t("{goal}: the data is not on track for the goal", goal=series.name),
                series.status_line,
                None, Place("progress", f"goal:{series.goal.id}"), "request_meeting",
            )  # fmt: skip


def win_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """Things to celebrate: goals on track, a month of full delivery."""
    for series in facts.progress.series:
        if series.status is GoalStatus.ON_TRACK:
            yield TodayItem(
                f"win:goal:{series.goal.id}", ItemKind.WIN, Level.INFO,
                t("{goal} is on track", goal=series.name), series.status_line, None,
                Place("progress", f"goal:{series.goal.id}"),
            )  # fmt: skip
    month = month_year(facts.last_month.start)
    for line in facts.last_month.services:
        ledger = line.ledger
        if ledger.mandated > 0 and ledger.missed_school == 0 and ledger.unaccounted == 0:
            yield TodayItem(
                f"win:month:{line.service}:{facts.last_month.start.isoformat()}", ItemKind.WIN,
                Level.INFO, t("{service}: every session accounted for in {month}, none missed "
                              "for school reasons", service=line.service, month=month),
                line.amount_text, None,
                Place("calendar", f"service:{line.service}"),
            )  # fmt: skip


def follow_up_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """Log entries whose follow-up is overdue, and emails with no reply yet."""
    for item in facts.open_items:
        if item.kind != "follow-up":
            continue
        no_reply = item.attention is Attention.NO_REPLY
        when = t(" (expected by {date})", date=long_date(item.due)) if item.due else ""
        title = (
            t("No reply yet: {topic}", topic=item.topic)
            if no_reply
            else t("Follow-up overdue: {topic}", topic=item.topic)
        )
        detail = t(
            "From the log entry of {date} with {who}{when}. A short, friendly follow-up in "
            "writing keeps the record complete.",
            date=long_date(item.entry_date),
            who=item.who or t("the school"),
            when=when,
        )
        yield TodayItem(
            f"follow-up:{item.entry_id}", ItemKind.FOLLOW_UP, Level.ACTION, title, detail,
            item.due, Place("communication", f"entry:{item.entry_id}"),
            "unanswered_email" if no_reply else "",
        )  # fmt: skip


def commitment_items(facts: TodayFacts) -> Iterable[TodayItem]:
    """Promises made in meetings and calls that are still open (due soon, or already past)."""
    for item in facts.open_items:
        if item.kind != "commitment":
            continue
        late = item.is_late(facts.today)
        soon = item.due is not None and item.due <= facts.today + dt.timedelta(days=7)
        if item.due is not None and not (late or soon):
            continue
        by = t(" by {date}", date=long_date(item.due)) if item.due else ""
        yield TodayItem(
            f"commitment:{item.entry_id}:{item.who}:{item.what[:40]}", ItemKind.FOLLOW_UP,
            Level.WATCH if late else Level.INFO,
            t("{who} promised: {what}{by}", who=item.who or t("Someone"), what=item.what, by=by),
            t("Promised at \u201c{topic}\u201d on {date}.", topic=item.topic,
              date=long_date(item.entry_date)) + " "
            + (t("The date has passed: ask, in writing, where it stands.") if late else
               t("Mark it done in the log when it happens.")),
            item.due, Place("communication", f"entry:{item.entry_id}"),
            routine=not late,
        )  # fmt: skip


TODAY_SOURCES: tuple[TodaySource, ...] = (
    deadline_items,
    check_in_items,
    meeting_items,
    ledger_alert_items,
    report_check_items,
    goal_items,
    win_items,
    follow_up_items,
    commitment_items,
)
