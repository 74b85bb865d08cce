"""Fill a template from the binder's facts: every gap becomes a named warning, never a hole."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from iepbinder.domain.language import SPANISH, lang_or_current, month_day, t
from iepbinder.domain.language import day_and_date as day_and_date
from iepbinder.domain.language import joined as joined
from iepbinder.domain.language import long_date as long_date
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
from iepbinder.domain.letters.templates_es_more import (
    CLOSING_ES,
    FIELD_LABELS_ES,
    OPENING_ES,
    SPANISH_LETTERS,
)
from iepbinder.domain.letters.templates_more import MORE_TEMPLATES
from iepbinder.domain.school_days import SchoolDayRule, is_weekday

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

TEMPLATES: dict[str, LetterTemplate] = {t.key: t for t in (*CORE_TEMPLATES, *MORE_TEMPLATES)}

# The frame around every body: the Re: line and greeting above, the sign-off below.
OPENING = "Re: {child_name}, date of birth {child_dob}, {school}\n\nDear {recipient_name},\n\n"
CLOSING = "\n\nThank you,\n\n{parent_names}\n{parent_contact}"


def bullet_list(items: Sequence[str]) -> str:
    """One line per item, each starting with '- ' (empty text for no items)."""
    return "\n".join(f"- {item}" for item in items if item.strip())


def short_dates(days: Sequence[dt.date], lang: str | None = None) -> str:
    """'Nov 3, Nov 10 and Dec 1, 2026' (the year once, at the end)."""
    if not days:
        return ""
    parts = [month_day(d, lang) for d in days]
    years = sorted({d.year for d in days})
    year_text = "/".join(str(y) for y in years)
    if lang_or_current(lang) == SPANISH:
        return f"{joined(parts, lang)} de {year_text}"
    return f"{joined(parts, lang)}, {year_text}"


def ledger_text(lines: Sequence[LedgerLine], lang: str | None = None) -> str:
    """The ledger table as plain lines an email can carry."""
    if not lines:
        return t("- No missed sessions are recorded for these dates.", lang)
    rows = []
    for line in lines:
        text = t(
            "- {service}: {required} minutes required, {delivered} delivered, {missed} missed.",
            lang,
            service=line.service,
            required=line.required_minutes,
            delivered=line.delivered_minutes,
            missed=line.missed_minutes,
        )
        if line.dates_missed:
            text += t(" No session on {dates}.", lang, dates=short_dates(line.dates_missed, lang))
        if line.dates_partial:
            dates = short_dates(line.dates_partial, lang)
            text += t(" Partly delivered on {dates}.", lang, dates=dates)
        if line.owed_minutes_district_view is not None:
            owed = line.owed_minutes_district_view
            text += t(" Make-up time (district view): {minutes} minutes.", lang, minutes=owed)
        if line.owed_minutes_advocate_view is not None:
            owed = line.owed_minutes_advocate_view
            text += t(" Make-up time (advocate view): {minutes} minutes.", lang, minutes=owed)
        rows.append(text)
    return "\n".join(rows)


def field_label(name: str, lang: str | None = None) -> str:
    """The words for a field in the letter's language."""
    if lang_or_current(lang) == SPANISH and name in FIELD_LABELS_ES:
        return FIELD_LABELS_ES[name]
    return label_of(name)


def in_language(template: LetterTemplate, lang: str | None = None) -> LetterTemplate:
    """The template with its title, purpose, subject and body in the language."""
    words = SPANISH_LETTERS.get(template.key) if lang_or_current(lang) == SPANISH else None
    if words is None:
        return template
    return replace(
        template,
        title=words.title,
        purpose=words.purpose,
        subject=words.subject,
        body=words.body,
    )


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


def fill(
    text: str, values: Mapping[str, str], optional: frozenset[str], lang: str | None = None
) -> tuple[str, list[str]]:
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
        return t("[fill in: {label}]", lang, label=field_label(name, lang))

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
    language: str | None = None,
) -> RenderedLetter:
    """The filled subject and body, the reply date, and a named warning for every gap.

    ``language`` is the letter's ('en' or 'es'; the current language by default); the facts
    should be gathered in the same language.
    """
    lang = lang_or_current(language)
    due = response_due(template, sent_on, is_school_day=is_school_day, next_meeting=next_meeting)
    template = in_language(template, lang)
    opening, closing = (OPENING_ES, CLOSING_ES) if lang == SPANISH else (OPENING, CLOSING)
    values = dict(facts.values)
    values["response_due"] = long_date(due, lang)
    ledger_missing = False
    if LEDGER_FIELD in PLACEHOLDER.findall(template.body):
        if facts.ledger is None:
            values[LEDGER_FIELD] = t(LEDGER_MISSING_TEXT, lang)
            ledger_missing = True
        else:
            values[LEDGER_FIELD] = ledger_text(facts.ledger, lang)
    optional = frozenset((*template.optional_fields, *HEADER_OPTIONAL))
    subject, subject_missing = fill(template.subject, values, optional, lang)
    body, body_missing = fill(opening + template.body + closing, values, optional, lang)
    gaps: list[MissingField] = []
    for name in dict.fromkeys([*subject_missing, *body_missing]):
        label = field_label(name, lang)
        message = t(
            "Not in the binder yet: {label}. Fill it in where the letter says [fill in: {label}].",
            lang,
            label=label,
        )
        gaps.append(MissingField(name, label, message))
    if ledger_missing:
        label = field_label(LEDGER_FIELD, lang)
        gaps.append(MissingField(LEDGER_FIELD, label, t(LEDGER_MISSING_MESSAGE, lang)))
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
