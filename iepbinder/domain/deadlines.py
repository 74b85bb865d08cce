"""The deadline engine (DOMAIN.md 0.2, 1.2): a rule and its trigger give an explained deadline.

Every deadline keeps ``{rule_id, trigger, unit, raw_due_date, tolling_applied, jurisdiction,
source_url}`` (rule DEADLINE-0) and says in words how it was derived, labelled "possible
deadline, verify".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from iepbinder.domain.dates import add_years
from iepbinder.domain.deadline_rules import VERIFY_LABEL, RuleSpec
from iepbinder.domain.language import N_, long_date, t
from iepbinder.domain.school_calendar import ONE_DAY, DayUnit, SchoolCalendar, is_weekday

_UNIT_WORDS = {
    DayUnit.CALENDAR: (N_("{count} calendar day"), N_("{count} calendar days")),
    DayUnit.BUSINESS: (N_("{count} business day"), N_("{count} business days")),
    DayUnit.SCHOOL: (N_("{count} school day"), N_("{count} school days")),
}


def _days(count: int, unit: DayUnit) -> str:
    one, many = _UNIT_WORDS[unit]
    return t(one if count == 1 else many, count=count)


@dataclass(frozen=True)
class Trigger:
    """The event that starts a clock: a stable id, its date and what it was."""

    event_id: str
    date: dt.date
    description: str


@dataclass(frozen=True)
class Tolling:
    """A break the count paused for (days from ``start`` to ``end`` not counted)."""

    start: dt.date
    end: dt.date
    school_days: int
    name: str = ""

    @property
    def days(self) -> int:
        """Calendar days not counted."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class DeadlineInputs:
    """What some rules need besides the trigger: the calendar, absences, the next meeting."""

    calendar: SchoolCalendar = field(default_factory=SchoolCalendar)
    absences: frozenset[dt.date] = frozenset()
    next_meeting: dt.date | None = None


@dataclass(frozen=True)
class Deadline:
    """A computed deadline with everything needed to check it (DEADLINE-0)."""

    rule_id: str
    title: str
    trigger: Trigger
    unit: DayUnit
    raw_due_date: dt.date | None
    due_date: dt.date | None
    tolling_applied: tuple[Tolling, ...]
    jurisdiction: str
    source_url: str
    derivation: tuple[str, ...]
    display_only: bool = False
    problem: str = ""  # why no date could be computed
    label: str = VERIFY_LABEL

    @property
    def explanation(self) -> str:
        """The derivation as one paragraph."""
        return " ".join(self.derivation)


def compute_deadline(
    rule: RuleSpec, trigger: Trigger, jurisdiction: str, inputs: DeadlineInputs | None = None
) -> Deadline:
    """The deadline ``rule`` sets for ``trigger``, with its derivation in words."""
    inputs = inputs or DeadlineInputs()
    words = [
        t(
            "Counted from {event} ({date}).",
            event=t(trigger.description),
            date=long_date(trigger.date),
        )
    ]
    tolls: tuple[Tolling, ...] = ()
    problem = ""
    raw: dt.date | None
    due: dt.date | None
    if rule.years:
        raw = due = add_years(trigger.date, rule.years)
        words.append(_years_words(trigger.date, rule.years, due))
    elif rule.before:
        raw = due = _before(rule, trigger.date, inputs.calendar)
        words.append(t("{days} before that date.", days=_days(rule.days, rule.unit)))
    elif rule.days == 0:
        raw = due = trigger.date
        words.append(t("Due on that date, as the IEP's schedule sets it."))
    elif rule.unit is DayUnit.CALENDAR:
        calendar_raw = trigger.date + dt.timedelta(days=rule.days)
        calendar_due = calendar_raw
        if rule.toll_breaks_over is not None:
            calendar_due, tolls = toll_calendar_days(inputs.calendar, trigger.date, rule.days,
                                                     rule.toll_breaks_over)  # fmt: skip
        words += _calendar_words(rule, calendar_raw, calendar_due, tolls, inputs.calendar)
        raw, due = calendar_raw, calendar_due
    elif rule.unit is DayUnit.BUSINESS:
        raw = due = inputs.calendar.add_days(trigger.date, rule.days, DayUnit.BUSINESS)
        words.append(t("{days} later (Monday to Friday).", days=_days(rule.days, rule.unit)))
    else:
        raw, due, more = _school_days(rule, trigger.date, inputs)
        words += more
    if rule.cap_day_before_meeting and due is not None:
        due, capped = _cap_before_meeting(due, trigger.date, inputs.next_meeting)
        words += capped
    if due is None:
        problem = t(
            "This rule counts school days, and the school calendar does not reach that far. "
            "Enter the school year on the Calendar tab."
        )
        words.append(problem)
    elif rule.display_only:
        words.append(t("Shown as a guide: {date}.", date=long_date(due)) + f" {t(rule.note)}")
    else:
        words.append(t("Possible deadline: {date}.", date=long_date(due)))
    if rule.note and not rule.display_only:
        words.append(t(rule.note))
    whose = (
        t("federal rules") if jurisdiction == "FEDERAL" else t("{state} rules", state=jurisdiction)
    )
    words.append(t("Rule {rule} ({whose}). Possible deadline, verify it against your "
                   "state's procedural-safeguards notice.", rule=rule.rule_id,
                   whose=whose))  # fmt: skip
    return Deadline(rule.rule_id, t(rule.title), trigger, rule.unit, raw, due, tolls, jurisdiction,
                    rule.source_url, tuple(words), rule.display_only, problem)  # fmt: skip


def _years_words(start: dt.date, years: int, due: dt.date) -> str:
    span = t("1 year") if years == 1 else t("{count} years", count=years)
    text = t("{span} later, on the same date: {date}.", span=span, date=long_date(due))
    if (start.month, start.day) == (2, 29) and due.day == 28:
        text = t("{span} later. February 29 does not exist in {year}, so the day before is "
                 "used: {date}.", span=span, year=due.year, date=long_date(due))  # fmt: skip
    return text


def _before(rule: RuleSpec, action: dt.date, calendar: SchoolCalendar) -> dt.date | None:
    if rule.unit is DayUnit.SCHOOL:
        earlier = calendar.school_days(action - dt.timedelta(days=120), action - ONE_DAY)
        return earlier[-rule.days] if len(earlier) >= rule.days else None
    if rule.unit is DayUnit.BUSINESS:
        day, left = action, rule.days
        while left:
            day -= ONE_DAY
            left -= is_weekday(day)
        return day
    return action - dt.timedelta(days=rule.days)


def _calendar_words(
    rule: RuleSpec,
    raw: dt.date,
    due: dt.date,
    tolls: tuple[Tolling, ...],
    calendar: SchoolCalendar,
) -> list[str]:
    words = [t("{days} later: {date}.", days=_days(rule.days, rule.unit), date=long_date(raw))]
    if rule.toll_breaks_over is None:
        return words
    over = rule.toll_breaks_over
    if not calendar.years:
        words.append(t("The count pauses for breaks over {over} school days, but no school "
                       "calendar is entered, so nothing was paused. Enter it on the Calendar "
                       "tab.", over=over))  # fmt: skip
        return words
    if not tolls:
        words.append(t("No break longer than {over} school days falls in the count.", over=over))
        return words
    parts = [
        t(
            "{name}, {start} to {end} ({school_days} school days; {days} days not counted)",
            name=t(toll.name or "a break"),
            start=long_date(toll.start),
            end=long_date(toll.end),
            school_days=toll.school_days,
            days=toll.days,
        )
        for toll in tolls
    ]
    words.append(
        t("The count pauses for breaks over {over} school days: {breaks}.", over=over,
          breaks="; ".join(parts))
    )  # fmt: skip
    return words


def _school_days(
    rule: RuleSpec, start: dt.date, inputs: DeadlineInputs
) -> tuple[dt.date | None, dt.date | None, list[str]]:
    calendar = inputs.calendar
    raw = calendar.add_school_days(start, rule.days)
    words = [t("{days} later on the school calendar.", days=_days(rule.days, rule.unit))]
    end_rule = rule.end_of_year
    year = calendar.year_of(start)
    if end_rule is not None and year is not None:
        left = calendar.school_days_between(start + ONE_DAY, year.last_day)
        if end_rule.min_school_days <= left <= end_rule.max_school_days:
            june = dt.date(year.last_day.year, end_rule.month, end_rule.day)
            words.append(t("Only {left} school days were left in the school year (between "
                           "{low} and {high}), so the report is due by {date}.", left=left,
                           low=end_rule.min_school_days, high=end_rule.max_school_days,
                           date=long_date(june)))  # fmt: skip
            return raw, june, words
    due: dt.date | None = raw
    threshold = rule.extend_absences_from
    if threshold is not None and due is not None:
        absent = 0
        for _ in range(10):  # each extension may take in more absences; a few rounds settle it
            found = _absent_days(inputs.absences, start, due)
            if found == absent:
                break
            absent = found
            extended = calendar.add_school_days(start, rule.days + (found if found >= threshold
                                                                     else 0))  # fmt: skip
            if extended is None:
                due = None
                break
            due = extended
        if absent >= threshold and due is not None:
            words.append(t("The child was absent {absent} school days in that time (at least "
                           "{threshold}), so the count runs {absent} school days longer.",
                           absent=absent, threshold=threshold))  # fmt: skip
        elif absent:
            words.append(t("{absent} absence(s) in that time: fewer than {threshold}, so no "
                           "extension.", absent=absent, threshold=threshold))  # fmt: skip
    return raw, due, words


def _absent_days(absences: Iterable[dt.date], start: dt.date, end: dt.date) -> int:
    return sum(1 for day in absences if start < day <= end)


def _cap_before_meeting(
    due: dt.date, trigger: dt.date, meeting: dt.date | None
) -> tuple[dt.date, list[str]]:
    if meeting is None or meeting <= trigger or meeting - ONE_DAY >= due:
        return due, []
    capped = meeting - ONE_DAY
    return capped, [t("A meeting is set for {meeting}, which comes first: the records are due "
                      "before it, by {date}.", meeting=long_date(meeting),
                      date=long_date(capped))]  # fmt: skip


# Tolling -------------------------------------------------------------------------------
def break_at(calendar: SchoolCalendar, day: dt.date) -> Tolling | None:
    """The break holding ``day``: the run of weekdays without school around it, weekends inside.

    Weekends at the edges are not part of the break. Only days inside the entered school years
    (and the summers between them) can be part of a break.
    """
    if not calendar.years or not is_weekday(day) or not _no_school(calendar, day):
        return None
    start = end = day
    while _no_school(calendar, start - ONE_DAY):
        start -= ONE_DAY
    while _no_school(calendar, end + ONE_DAY):
        end += ONE_DAY
    while not is_weekday(start):
        start += ONE_DAY
    while not is_weekday(end):
        end -= ONE_DAY
    weekdays = sum(1 for offset in range((end - start).days + 1)
                   if is_weekday(start + dt.timedelta(days=offset)))  # fmt: skip
    name = next((calendar.day_name(start + dt.timedelta(days=offset))
                 for offset in range((end - start).days + 1)
                 if calendar.day_name(start + dt.timedelta(days=offset))), "")  # fmt: skip
    if not name and calendar.year_of(start) is None:
        name = N_("Summer break")
    return Tolling(start, end, weekdays, name)


def _no_school(calendar: SchoolCalendar, day: dt.date) -> bool:
    first = min(y.first_day for y in calendar.years)
    last = max(y.last_day for y in calendar.years)
    return first <= day <= last and not calendar.is_school_day(day)


def toll_calendar_days(
    calendar: SchoolCalendar, start: dt.date, count: int, over_school_days: int
) -> tuple[dt.date, tuple[Tolling, ...]]:
    """``count`` calendar days after ``start``, not counting breaks over ``over_school_days``."""
    day, counted = start, 0
    tolls: list[Tolling] = []
    while counted < count:
        day += ONE_DAY
        probe = day
        while not is_weekday(probe):  # a weekend is inside a break when the break spans it
            probe += ONE_DAY
        found = break_at(calendar, probe)
        inside = found is not None and found.start <= day
        if found is not None and inside and found.school_days > over_school_days:
            paused = Tolling(max(found.start, day), found.end, found.school_days, found.name)
            tolls.append(paused)
            day = found.end
            continue
        counted += 1
    return day, tuple(tolls)
