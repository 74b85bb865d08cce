"""A child's deadlines: triggers from the binder's data, the jurisdiction's rules, the engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select

from iepbinder.config.jurisdictions import FEDERAL_CODE, FEDERAL_RULES, profile
from iepbinder.db.models import BinderSetting
from iepbinder.db.models.sessions import ServiceSession
from iepbinder.domain.dates import annual_review_due
from iepbinder.domain.deadline_rules import JurisdictionProfile, RuleSpec
from iepbinder.domain.deadlines import Deadline, DeadlineInputs, Trigger, compute_deadline
from iepbinder.domain.language import t
from iepbinder.domain.reminders import Place
from iepbinder.domain.service_log import SessionStatus
from iepbinder.domain.types import IepKind
from iepbinder.services.children import ChildService
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import ChildRow, IepRow
from iepbinder.services.meetings import ClockEventRow, MeetingService
from iepbinder.services.plans import PlanService
from iepbinder.services.progress_load import reports_of
from iepbinder.services.rows import not_deleted
from iepbinder.services.school_calendar import CalendarService

# The [CONFIG] choices of DOMAIN.md 8 that the deadlines and reminders read.
TODAY_DEFAULTS: dict[str, Any] = {
    "deadlines.jurisdiction": FEDERAL_CODE,
    "annual.amendment_resets_clock": False,
    "annual.reminders_days": [60, 30, 14, 7],
    "reeval.years": 3,
    "reminders.stable_mode": False,
}
_FULL_REVIEW = (IepKind.INITIAL, IepKind.ANNUAL, IepKind.REEVALUATION)
# The letter (DOMAIN.md 6) that fits each rule: a key of domain/letters TEMPLATES.
RULE_LETTERS = {
    "T-ANNUAL": "request_meeting",
    "T-RECORDS": "request_records",
    "T-PWN": "request_pwn",
    "T-START": "implementation_concern",
    "T-PROGRESS": "request_data",
    "CA-MEETING-REQUEST": "request_meeting",
}


@dataclass(frozen=True)
class DeadlineRow:
    """A computed deadline, where to act on it and the letter that fits."""

    deadline: Deadline
    place: Place
    letter: str
    reminder_days: tuple[int, ...]


@dataclass(frozen=True)
class DeadlineList:
    """Every deadline of a child under the binder's jurisdiction."""

    child: ChildRow
    jurisdiction: JurisdictionProfile
    deadlines: tuple[DeadlineRow, ...]
    generated_on: dt.date


class DeadlineService:
    """Computes a child's deadlines from plans, reports, meetings and dated events."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._meetings = MeetingService(context)

    def settings(self) -> dict[str, Any]:
        """The Today settings, defaults where unset (one query)."""
        with self._context.session_factory() as session:
            stored: dict[str, Any] = dict(
                session.execute(
                    select(BinderSetting.key, BinderSetting.value).where(
                        BinderSetting.key.in_(list(TODAY_DEFAULTS))
                    )
                ).all()
            )
        return {**TODAY_DEFAULTS, **stored}

    def rules(self, settings: dict[str, Any]) -> tuple[JurisdictionProfile, dict[str, RuleSpec]]:
        """The jurisdiction's rules with the binder's own settings applied."""
        chosen = profile(str(settings["deadlines.jurisdiction"]))
        rules = chosen.rules(FEDERAL_RULES)
        reminders = tuple(int(d) for d in settings["annual.reminders_days"])
        rules["T-ANNUAL"] = rules["T-ANNUAL"].with_changes(reminder_days=reminders)
        rules["T-REEVAL"] = rules["T-REEVAL"].with_changes(years=int(settings["reeval.years"]))
        return chosen, rules

    def deadlines(self, child_id: int) -> DeadlineList:
        """Every deadline of the child, soonest first (those without a date last)."""
        today = self._context.today()
        settings = self.settings()
        chosen, rules = self.rules(settings)
        child = ChildService(self._context).get_child(child_id)
        plans = PlanService(self._context).list_plans(child_id)
        meeting = self._meetings.next_meeting(child_id, today)
        inputs = DeadlineInputs(
            CalendarService(self._context).calendar(),
            next_meeting=meeting.data.meeting_date if meeting else None,
        )
        found: list[DeadlineRow] = []

        def add(rule_id: str, trigger: Trigger, place: Place, extra: str = "") -> None:
            rule = rules[rule_id]
            deadline = compute_deadline(rule, trigger, chosen.code, inputs)
            if extra:
                deadline = _with_note(deadline, extra)
            found.append(DeadlineRow(deadline, place, RULE_LETTERS.get(rule_id, ""),
                                     rule.reminder_days))  # fmt: skip

        resets = bool(settings["annual.amendment_resets_clock"])
        review = _last_full_review(plans, resets)
        if review is not None and review.data.meeting_date is not None:
            when = review.data.meeting_date
            note = ""
            listed = review.data.annual_review_due
            if listed is not None and listed != annual_review_due(when):
                note = t("The IEP itself lists the review as due {date}.", date=listed.isoformat())
            what = t("the meeting that reviewed the whole IEP")
            trigger = Trigger(f"plan:{review.id}", when, what)
            add("T-ANNUAL", trigger, Place("glance", f"plan:{review.id}"), note)
        evaluated = [p for p in plans if p.data.last_evaluation_date is not None]
        if evaluated:
            latest = max(evaluated, key=lambda p: p.data.last_evaluation_date or dt.date.min)
            day = latest.data.last_evaluation_date
            assert day is not None
            add("T-REEVAL", Trigger(f"evaluation:{day.isoformat()}", day, t("the last evaluation")),
                Place("glance", f"plan:{latest.id}"))  # fmt: skip
        self._start(child_id, plans, today, add)
        self._reports(child_id, add)
        for event in self._meetings.list_clock_events(child_id):
            if event.data.rule_id in rules:
                add(
                    event.data.rule_id,
                    _event_trigger(event, rules),
                    Place("today", f"event:{event.id}"),
                )
        born = child.data.date_of_birth
        if born is not None:
            for rule_id in ("T-TRANSITION", "T-MAJORITY"):
                add(rule_id, Trigger("birth", born, t("{child}'s birth", child=child.display_name)),
                    Place("glance"))  # fmt: skip
        found.sort(key=lambda r: (r.deadline.due_date or dt.date.max, r.deadline.rule_id))
        return DeadlineList(child, chosen, tuple(found), today)

    def _start(self, child_id: int, plans: Sequence[IepRow], today: dt.date, add: Any) -> None:
        """T-START for the plan in effect, while no session has been delivered under it."""
        current = [p for p in plans if (p.data.start_date or dt.date.max) <= today]
        if not current:
            return
        plan = max(current, key=lambda p: p.data.start_date or dt.date.min)
        start = plan.data.start_date
        assert start is not None
        with self._context.session_factory() as session:
            delivered = session.scalar(
                select(func.count(ServiceSession.id)).where(
                    ServiceSession.child_id == child_id,
                    not_deleted(ServiceSession),
                    ServiceSession.session_date >= start,
                    ServiceSession.status.in_([SessionStatus.DELIVERED, SessionStatus.PARTIAL]),
                )
            )
        if not delivered:
            what = t("the start of {plan}", plan=plan.label)
            add("T-START", Trigger(f"plan-start:{plan.id}", start, what), Place("calendar"))

    def _reports(self, child_id: int, add: Any) -> None:
        """T-PROGRESS for every report expected and not received yet."""
        with self._context.session_factory() as session:
            reports = reports_of(session, [child_id])
        for report in reports:
            expected = report.data.expected_date
            if report.received or expected is None:
                continue
            add("T-PROGRESS", Trigger(f"report:{report.id}", expected,
                                      t("the date the {period} report is expected",
                                        period=report.data.period)),
                Place("progress", f"report:{report.id}"))  # fmt: skip


def _last_full_review(plans: Sequence[IepRow], amendments_reset: bool) -> IepRow | None:
    kinds = (*_FULL_REVIEW, IepKind.AMENDMENT) if amendments_reset else _FULL_REVIEW
    reviewed = [p for p in plans if p.data.kind in kinds and p.data.meeting_date is not None]
    return max(reviewed, key=lambda p: p.data.meeting_date or dt.date.min, default=None)


def _event_trigger(event: ClockEventRow, rules: dict[str, RuleSpec]) -> Trigger:
    rule = rules.get(event.data.rule_id)
    what = event.data.description.strip() or (t(rule.trigger_text) if rule else event.data.rule_id)
    return Trigger(f"event:{event.id}", event.data.event_date, what)


def _with_note(deadline: Deadline, note: str) -> Deadline:
    words = (*deadline.derivation[:-1], note, deadline.derivation[-1])
    return replace(deadline, derivation=words)
