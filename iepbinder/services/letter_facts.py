"""Gather what the binder knows for a letter: the child, the IEP, the team, the log, the checks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iepbinder.domain.amount import describe_amount
from iepbinder.domain.commlog import Channel, Initiator
from iepbinder.domain.commlog_text import format_commitment
from iepbinder.domain.concerns import ConcernStatus
from iepbinder.domain.followups import Attention
from iepbinder.domain.language import ENGLISH, current_language, lang_or_current, t
from iepbinder.domain.letters.fields import LEDGER_FIELD
from iepbinder.domain.letters.model import LedgerLine, LetterFacts, Picks
from iepbinder.domain.letters.render import (
    TEMPLATES,
    bullet_list,
    day_and_date,
    joined,
    long_date,
    short_dates,
)
from iepbinder.domain.school_days import next_school_days
from iepbinder.domain.service_log import SessionStatus
from iepbinder.services.children import ChildService
from iepbinder.services.commlog import CommLogService
from iepbinder.services.commlog_dto import Choice, LetterChoices, LogEntryRow, LogListRow
from iepbinder.services.concerns import ConcernService
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import TeamMemberRow
from iepbinder.services.journal import JournalService
from iepbinder.services.ledger_inputs import line_key
from iepbinder.services.plans import PlanService
from iepbinder.services.school_days import school_day_rule
from iepbinder.services.settings import SettingsService
from iepbinder.services.team import TeamService

PARENT_CONTACT_SETTING = "letters.parent_contact"
# Letters that go to the case manager first (the lowest rung); the rest go to the coordinator.
_TO_CASE_MANAGER = frozenset({"accommodation_concern", "goal_data", "post_meeting"})


@dataclass(frozen=True)
class LetterRequest:
    """Which template, and what the parent picked for it (None: the binder's best guess)."""

    template_key: str
    recipient_contact_id: int | None = None
    goal_id: int | None = None
    accommodation_id: int | None = None
    class_name: str = ""
    service_id: int | None = None
    entry_id: int | None = None
    concern_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    ledger: tuple[LedgerLine, ...] | None = None  # the service ledger, when the binder has one
    language: str = ""  # the letter's language ('en', 'es'); blank: the program's language


@dataclass(frozen=True)
class Addressees:
    """Who the letter goes to and who gets a copy."""

    name: str
    email: str
    role: str
    cc: tuple[tuple[str, str], ...]  # (name, email)


@dataclass(frozen=True)
class GatheredFacts:
    """The facts for the template, the addressees, and the next meeting (for records)."""

    facts: LetterFacts
    addressees: Addressees
    next_meeting: dt.date | None


def _has(member: TeamMemberRow, *words: str) -> bool:
    text = f"{member.team_role} {member.contact.role}".casefold()
    return any(word in text for word in words)


def _pick(team: list[TeamMemberRow], *words: str) -> TeamMemberRow | None:
    return next((member for member in team if _has(member, *words)), None)


def _label(member: TeamMemberRow) -> str:
    return f"{member.contact.name} ({member.role.lower()})" if member.role else member.contact.name


def ledger_lines(
    context: ServiceContext, child_id: int, start: dt.date | None, end: dt.date | None
) -> tuple[LedgerLine, ...] | None:
    """The service ledger as letter rows, or None when no session has been logged yet."""
    from iepbinder.services.ledger import LedgerService

    report = LedgerService(context).report(child_id, start, end, with_alerts=False)
    if not report.services or not any(
        s.ledger.delivered or s.ledger.accounted for s in report.services
    ):
        return None
    missed: dict[str, list[dt.date]] = {}
    partial: dict[str, list[dt.date]] = {}
    for session in report.missed:
        target = partial if session.status is SessionStatus.PARTIAL else missed
        target.setdefault(line_key(session.service), []).append(session.date)
    return tuple(
        LedgerLine(
            service=line.service,
            required_minutes=round(line.ledger.mandated),
            delivered_minutes=round(line.ledger.delivered + line.ledger.makeup_delivered),
            dates_missed=tuple(sorted(set(missed.get(line_key(line.service), [])))),
            dates_partial=tuple(sorted(set(partial.get(line_key(line.service), [])))),
            owed_minutes_district_view=round(line.ledger.comp_district),
            owed_minutes_advocate_view=round(line.ledger.comp_advocate),
        )
        for line in report.services
    )


class LetterFactGatherer:
    """Reads the binder once per draft and turns it into the fields templates use."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._lang = current_language()

    def gather(self, child_id: int, request: LetterRequest) -> GatheredFacts:
        """The facts for one template and one child."""
        context = self._context
        self._lang = lang_or_current(request.language)
        today = context.today()
        child = ChildService(context).get_child(child_id)
        plans = PlanService(context)
        plan = plans.current_plan(child_id)
        team = TeamService(context).list_team(child_id)
        data = child.data
        values: dict[str, str] = {
            "child_name": child.display_name,
            "child_first_name": data.preferred_name.strip() or data.first_name.strip(),
            "child_dob": long_date(data.date_of_birth, self._lang) if data.date_of_birth else "",
            "school": data.school,
            "parent_names": data.parent_names,
            "parent_contact": str(SettingsService(context).get(PARENT_CONTACT_SETTING, "")),
            "data_to": long_date(request.date_to or today, self._lang),
        }
        start = request.date_from or (plan.data.start_date if plan else None)
        values["data_from"] = long_date(start or today - dt.timedelta(days=30), self._lang)
        next_meeting = None
        if plan is not None:
            when = plan.data.meeting_date or plan.data.start_date
            values["iep_date"] = long_date(when, self._lang) if when else ""
            next_meeting = plan.data.annual_review_due
            if next_meeting is not None and next_meeting > today:
                values["next_meeting_sentence"] = t(
                    "The next IEP meeting is due by {date}.",
                    self._lang,
                    date=long_date(next_meeting, self._lang),
                )
            self._plan_values(values, plan.id, child_id, request)
        picks = TEMPLATES[request.template_key].picks
        entry = self._entry(child_id, request, Picks.MEETING in picks)
        if entry is not None:
            self._entry_values(values, entry)
        self._meeting_values(values, child_id, request, team)
        spoken = data.primary_language.strip()
        values["notice_language"] = (
            _language_names(spoken, self._lang) if spoken.lower() != "english" else ""
        )
        case_manager = _pick(team, "case manager") or (team[0] if team else None)
        if case_manager is not None:
            values["contact_suggestion"] = _label(case_manager)
        addressees = self._addressees(request, team, entry)
        values["recipient_name"] = addressees.name
        ledger = request.ledger
        if ledger is None and LEDGER_FIELD in TEMPLATES[request.template_key].required_fields:
            ledger = ledger_lines(self._context, child_id, request.date_from, request.date_to)
        facts = LetterFacts(values, ledger)
        return GatheredFacts(facts, addressees, next_meeting)

    def _plan_values(
        self, values: dict[str, str], plan_id: int, child_id: int, request: LetterRequest
    ) -> None:
        plans = PlanService(self._context)
        goals = plans.list_goals(plan_id)
        values["goal_list"] = bullet_list(
            [
                f"{goal.data.area or t('Goal', self._lang)}: {goal.data.text}"
                + (
                    t(" (page {page})", self._lang, page=goal.data.page_ref)
                    if goal.data.page_ref
                    else ""
                )
                for goal in goals
            ]
        )
        goal = next((g for g in goals if g.id == request.goal_id), goals[0] if goals else None)
        if goal is not None:
            values["goal_name"] = goal.data.area or " ".join(goal.data.text.split()[:6])
            values["goal_text"] = goal.data.text
            values["goal_page"] = goal.data.page_ref
        services = plans.list_services(plan_id)
        service = next(
            (s for s in services if s.id == request.service_id), services[0] if services else None
        )
        if service is not None:
            values["service_name"] = service.data.service_type
            raw = service.data.raw_text.strip()
            amount = describe_amount(service.data.amount)
            values["service_amount"] = f'"{raw}" ({amount})' if raw else amount
            values["service_page"] = service.data.page_ref
        self._accommodation_values(values, plan_id, child_id, request)

    def _accommodation_values(
        self, values: dict[str, str], plan_id: int, child_id: int, request: LetterRequest
    ) -> None:
        accommodations = PlanService(self._context).list_accommodations(plan_id)
        counts = JournalService(self._context).not_provided(child_id)
        chosen = next((a for a in accommodations if a.id == request.accommodation_id), None)
        if chosen is None and counts and counts[0].not_provided:
            chosen = next(
                (a for a in accommodations if a.data.text == counts[0].accommodation_text), None
            )
        if chosen is None and accommodations:
            chosen = accommodations[0]
        if chosen is None:
            return
        values["accommodation_text"] = chosen.data.text
        values["accommodation_short"] = chosen.data.text.split(",")[0].split("(")[0].strip()
        values["accommodation_page"] = chosen.data.page_ref
        mine = [c for c in counts if c.accommodation_text == chosen.data.text and c.not_provided]
        wanted = request.class_name.strip()
        count = next((c for c in mine if c.class_name == wanted), mine[0] if mine else None)
        values["class_name"] = wanted or (count.class_name if count else "")
        if count is not None:
            values["dates_not_provided"] = short_dates(count.not_provided_dates, self._lang)

    def _entry(self, child_id: int, request: LetterRequest, meeting: bool) -> LogEntryRow | None:
        log = CommLogService(self._context)
        if request.entry_id is not None:
            return log.get_entry(request.entry_id)
        if request.template_key not in ("unanswered_email", "request_pwn") and not meeting:
            return None
        rows = log.list_rows(child_id).rows
        pick: LogListRow | None = None
        if request.template_key == "unanswered_email":
            waiting = [r for r in rows if r.attention is Attention.NO_REPLY]
            sent = [
                r for r in rows if r.channel is Channel.EMAIL and r.initiated_by is Initiator.PARENT
            ]
            pick = next(iter(waiting or sent), None)
        elif request.template_key == "request_pwn":
            school = [r for r in rows if r.initiated_by is Initiator.SCHOOL]
            pick = next((r for r in school[:50] if self._has_disagreement(r.id)), None)
            pick = pick or next(iter(school), None)
        elif meeting:
            pick = next((r for r in rows if r.channel is Channel.MEETING), None)
        return log.get_entry(pick.id) if pick is not None else None

    def _has_disagreement(self, entry_id: int) -> bool:
        return bool(CommLogService(self._context).get_entry(entry_id).data.disagreements)

    def _entry_values(self, values: dict[str, str], entry: LogEntryRow) -> None:
        data = entry.data
        values["entry_date"] = long_date(data.event_date, self._lang)
        values["entry_people"] = joined([p.name for p in data.participants], self._lang)
        values["entry_topic"] = data.topic
        # For a prior-written-notice request the decision matters most: what was refused.
        values["entry_summary"] = " ".join(data.disagreements) or data.summary.strip()
        if data.requests_made:
            asked = t("In it, I asked:", self._lang)
            values["entry_requests"] = f"{asked}\n" + bullet_list(data.requests_made)
        if data.channel is Channel.MEETING:
            values["meeting_date"] = long_date(data.event_date, self._lang)
            values["meeting_topic"] = (data.planned_purpose or data.topic).strip().rstrip(".")
            values["meeting_attendees"] = ", ".join(
                f"{p.name} ({p.role.lower()})" if p.role else p.name for p in data.participants
            )
            values["meeting_decisions"] = bullet_list(
                [format_commitment(c) for c in data.commitments]
            )
            if data.disagreements:
                heading = t(
                    "Items refused or left for later (for any refusal, please send prior "
                    "written notice):",
                    self._lang,
                )
                values["meeting_disagreements"] = f"{heading}\n" + bullet_list(data.disagreements)

    def _meeting_values(
        self,
        values: dict[str, str],
        child_id: int,
        request: LetterRequest,
        team: list[TeamMemberRow],
    ) -> None:
        concerns = ConcernService(self._context).list_concerns(child_id)
        concern = next((c for c in concerns if c.id == request.concern_id), None)
        concern = concern or next(
            (c for c in concerns if c.data.status is ConcernStatus.OPEN), None
        )
        if concern is not None:
            reason = concern.data.title.strip().rstrip(".")
            detail = concern.data.description.strip()
            values["meeting_reason"] = f"{reason}. {detail}".strip()
        days = next_school_days(self._context.today(), 3, 14, school_day_rule(self._context))
        values["available_dates"] = joined(
            [day_and_date(day, self._lang) for day in days], self._lang
        )
        providers = [m for m in team if _has(m, "therap", "patholog", "psycholog", "case manager")]
        values["invitees"] = joined([_label(m) for m in providers[:3]], self._lang)

    def _addressees(
        self, request: LetterRequest, team: list[TeamMemberRow], entry: LogEntryRow | None
    ) -> Addressees:
        chosen = next((m for m in team if m.contact_id == request.recipient_contact_id), None)
        coordinator = _pick(team, "coordinator", "director")
        case_manager = _pick(team, "case manager")
        principal = _pick(team, "principal")
        if chosen is None and request.template_key == "unanswered_email" and entry is not None:
            ids = [p.contact_id for p in entry.data.participants if p.contact_id is not None]
            chosen = next((m for m in team if ids and m.contact_id == ids[0]), None)
        if chosen is None and request.template_key in _TO_CASE_MANAGER:
            chosen = case_manager or coordinator
        chosen = chosen or coordinator or case_manager or (team[0] if team else None)
        if chosen is None:
            return Addressees("", "", "", ())
        copies = [m for m in (coordinator, case_manager, principal) if m and m.id != chosen.id]
        if request.template_key == "post_meeting" and entry is not None:
            present = {p.contact_id for p in entry.data.participants}
            copies = [m for m in team if m.contact_id in present and m.id != chosen.id]
        return Addressees(
            chosen.contact.name,
            chosen.contact.email,
            chosen.role,
            tuple((m.contact.name, m.contact.email) for m in copies),
        )


def _language_names(spoken: str, lang: str) -> str:
    """'English and Spanish' in the letter's language ('inglés y español')."""
    if lang == ENGLISH:
        return spoken
    names = [name for name in re.split(r"\s*(?:,|&|/|\band\b)\s*", spoken) if name]
    return joined([t(name, lang) for name in names], lang)


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def letter_choices(context: ServiceContext, child_id: int) -> LetterChoices:
    """Goals, accommodations and services of the current IEP, log entries, concerns, people."""
    plans = PlanService(context)
    plan = plans.current_plan(child_id)
    goals = plans.list_goals(plan.id) if plan else []
    accommodations = plans.list_accommodations(plan.id) if plan else []
    services = plans.list_services(plan.id) if plan else []
    rows = CommLogService(context).list_rows(child_id).rows[:300]
    concerns = ConcernService(context).list_concerns(child_id)
    team = TeamService(context).list_team(child_id)

    def entry(row: LogListRow) -> Choice:
        return Choice(
            row.id, _short(f"{row.event_date.isoformat()} \u2013 {row.people} \u2013 {row.topic}")
        )

    return LetterChoices(
        goals=tuple(Choice(g.id, _short(f"{g.data.area}: {g.data.text}")) for g in goals),
        accommodations=tuple(
            Choice(a.id, _short(a.data.text), a.data.applies_to) for a in accommodations
        ),
        services=tuple(Choice(s.id, s.data.service_type) for s in services),
        entries=tuple(entry(row) for row in rows),
        meetings=tuple(entry(row) for row in rows if row.channel is Channel.MEETING),
        concerns=tuple(Choice(c.id, c.data.title) for c in concerns),
        recipients=tuple(
            Choice(
                m.contact_id,
                f"{m.contact.name} \u2013 {m.role}" if m.role else m.contact.name,
                (m.contact.name, m.contact.email, m.role),
            )
            for m in team
        ),
    )
