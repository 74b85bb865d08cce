"""Fill a template from the binder's facts: every gap becomes a named warning, never a hole."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from iepbinder.domain.letters.fields import (
    HEADER_FIELDS,
    HEADER_OPTIONAL,
    LEDGER_FIELD,
    LEDGER_MISSING_MESSAGE,
    LEDGER_MISSING_TEXT,
    label_of,
)
from iepbinder.domain.letters.model import (
    LedgerLine,
    LetterFacts,
    LetterTemplate,
    MissingField,
    RenderedLetter,
)
from iepbinder.domain.letters.templates_core import CORE_TEMPLATES
from iepbinder.domain.letters.templates_more import MORE_TEMPLATES
from iepbinder.domain.school_days import SchoolDayRule, is_weekday

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

TEMPLATES: dict[str, LetterTemplate] = {t.key: t for t in (*CORE_TEMPLATES, *MORE_TEMPLATES)}

# The frame around every body: the Re: line and greeting above, the sign-off below.
OPENING = "Re: {child_name}, date of birth {child_dob}, {school}\n\nDear {recipient_name},\n\n"
CLOSING = "\n\nThank you,\n\n{parent_names}\n{parent_contact}"


def long_date(day: dt.date) -> str:
    """'December 14, 2026'."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def day_and_date(day: dt.date) -> str:
    """'Tuesday, December 1'."""
    return f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}"


def bullet_list(items: Sequence[str]) -> str:
    """One line per item, each starting with '- ' (empty text for no items)."""
    return "\n".join(f"- {item}" for item in items if item.strip())


def joined(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    kept = [item for item in items if item.strip()]
    if len(kept) <= 1:
        return "".join(kept)
    return f"{', '.join(kept[:-1])} and {kept[-1]}"


def short_dates(days: Sequence[dt.date]) -> str:
    """'Nov 3, Nov 10 and Dec 1, 2026' (the year once, at the end)."""
    if not days:
        return ""
    parts = [f"{_MONTHS[d.month - 1][:3]} {d.day}" for d in days]
    years = sorted({d.year for d in days})
    return f"{joined(parts)}, {'/'.join(str(y) for y in years)}"


def ledger_text(lines: Sequence[LedgerLine]) -> str:
    """The ledger table as plain lines an email can carry."""
    if not lines:
        return "- No missed sessions are recorded for these dates."
    rows = []
    for line in lines:
        text = (
            f"- {line.service}: {line.required_minutes} minutes required, "
            f"{line.delivered_minutes} delivered, {line.missed_minutes} missed."
        )
        if line.dates_missed:
            text += f" No session on {short_dates(line.dates_missed)}."
        if line.dates_partial:
            text += f" Partly delivered on {short_dates(line.dates_partial)}."
        if line.owed_minutes_district_view is not None:
            text += f" Make-up time (district view): {line.owed_minutes_district_view} minutes."
        if line.owed_minutes_advocate_view is not None:
            text += f" Make-up time (advocate view): {line.owed_minutes_advocate_view} minutes."
        rows.append(text)
    return "\n".join(rows)


def response_due(
    template: LetterTemplate,
    sent_on: dt.date,
    *,
    is_school_day: SchoolDayRule = is_weekday,
    next_meeting: dt.date | None = None,
) -> dt.date:
    """The template's reply date; records are capped at the day before the next meeting."""
    due = template.follow_up.span.after(sent_on, is_school_day)
    if template.follow_up.cap_before_next_meeting and next_meeting is not None:
        day_before = next_meeting - dt.timedelta(days=1)
        if day_before > sent_on:
            due = min(due, day_before)
    return due


def fill(text: str, values: Mapping[str, str], optional: frozenset[str]) -> tuple[str, list[str]]:
    """Put values in ``text``; drop a line whose optional field is empty; mark other gaps.

    Returns the text and the names of required fields that had no value. A value is put in as
    it is and never read for placeholders again.
    """
    missing: list[str] = []
    kept: list[str] = []

    def substitute(match: re.Match[str]) -> str:
        name = match[1]
        value = values.get(name, "").strip()
        if value:
            return value
        if name not in missing:
            missing.append(name)
        return f"[fill in: {label_of(name)}]"

    for line in text.split("\n"):
        names = PLACEHOLDER.findall(line)
        if any(name in optional and not values.get(name, "").strip() for name in names):
            continue
        kept.append(PLACEHOLDER.sub(substitute, line))
    joined_text = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", joined_text).strip("\n"), missing


def render_letter(
    template: LetterTemplate,
    facts: LetterFacts,
    sent_on: dt.date,
    *,
    is_school_day: SchoolDayRule = is_weekday,
    next_meeting: dt.date | None = None,
) -> RenderedLetter:
    """The filled subject and body, the reply date, and a named warning for every gap."""
    due = response_due(template, sent_on, is_school_day=is_school_day, next_meeting=next_meeting)
    values = dict(facts.values)
    values["response_due"] = long_date(due)
    ledger_missing = False
    if LEDGER_FIELD in PLACEHOLDER.findall(template.body):
        if facts.ledger is None:
            values[LEDGER_FIELD] = LEDGER_MISSING_TEXT
            ledger_missing = True
        else:
            values[LEDGER_FIELD] = ledger_text(facts.ledger)
    optional = frozenset((*template.optional_fields, *HEADER_OPTIONAL))
    subject, subject_missing = fill(template.subject, values, optional)
    body, body_missing = fill(OPENING + template.body + CLOSING, values, optional)
    gaps: list[MissingField] = []
    for name in dict.fromkeys([*subject_missing, *body_missing]):
        gaps.append(
            MissingField(
                name,
                label_of(name),
                f"Not in the binder yet: {label_of(name)}. Fill it in where the letter says "
                f"[fill in: {label_of(name)}].",
            )
        )
    if ledger_missing:
        gaps.append(MissingField(LEDGER_FIELD, label_of(LEDGER_FIELD), LEDGER_MISSING_MESSAGE))
    return RenderedLetter(template.key, subject, body, due, tuple(gaps))


def placeholders_of(template: LetterTemplate) -> set[str]:
    """Every field the template's subject, body and frame use."""
    text = OPENING + template.subject + template.body + CLOSING
    return set(PLACEHOLDER.findall(text))


def declared_fields(template: LetterTemplate) -> set[str]:
    """The fields a template declares (its own, the frame's and the reply date)."""
    return {
        *template.required_fields,
        *template.optional_fields,
        *HEADER_FIELDS,
        *HEADER_OPTIONAL,
        "response_due",
    }
