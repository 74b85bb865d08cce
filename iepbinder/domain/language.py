"""The language of texts made outside Qt (letters, PDF pages, alerts): English is the key."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

from iepbinder.domain.translations import CATALOGS

ENGLISH = "en"
SPANISH = "es"
LANGUAGES = {ENGLISH: "English", SPANISH: "Espa\u00f1ol"}
SYSTEM = "system"

_MONTHS = {
    ENGLISH: ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    SPANISH: ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"),
}  # fmt: skip
_WEEKDAYS = {
    ENGLISH: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    SPANISH: ("lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo"),
}
_AND = {ENGLISH: "and", SPANISH: "y"}
_active = ENGLISH


def system_language(locale_name: str = "") -> str:
    """'es' for a Spanish system locale ('es_US', 'es-MX.UTF-8'), else 'en'."""
    names = [locale_name] if locale_name else []
    names += [os.environ.get(key, "") for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    for name in names:
        if name and name not in ("C", "POSIX"):
            return SPANISH if name.lower().startswith("es") else ENGLISH
    return ENGLISH


def resolve(code: str | None, locale_name: str = "") -> str:
    """A supported language code for ``code`` ('system', 'es_US', 'en', None...)."""
    if not code or code == SYSTEM:
        return system_language(locale_name)
    base = code.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else ENGLISH


def set_language(code: str | None, locale_name: str = "") -> str:
    """Make ``code`` the language of every later text; returns the language chosen.

    ``locale_name`` is the system locale the caller knows (the GUI passes Qt's), used for
    'system'.
    """
    global _active
    _active = resolve(code, locale_name)
    return _active


def current_language() -> str:
    """The language texts are made in now ('en' or 'es')."""
    return _active


def lang_or_current(lang: str | None) -> str:
    """``lang`` when given (resolved), else the current language."""
    return resolve(lang) if lang else _active


def t(text: str, lang: str | None = None, /, **fields: object) -> str:
    """``text`` in the language (the current one by default), with ``{fields}`` filled in.

    English text is the key: a text with no translation stays in English.
    """
    language = lang_or_current(lang)
    translated = CATALOGS.get(language, {}).get(text, text) if language != ENGLISH else text
    return translated.format(**fields) if fields else translated


def N_(text: str) -> str:  # noqa: N802 - the usual name of the "mark for translation" marker
    """Mark ``text`` for translation where it is defined; translate it with ``t`` where shown."""
    return text


def long_date(day: dt.date, lang: str | None = None) -> str:
    """'November 29, 2026' or '29 de noviembre de 2026'."""
    language = lang_or_current(lang)
    month = _MONTHS[language][day.month - 1]
    if language == SPANISH:
        return f"{day.day} de {month} de {day.year}"
    return f"{month} {day.day}, {day.year}"


def short_date(day: dt.date, lang: str | None = None) -> str:
    """'Nov 29, 2026' or '29 nov 2026'."""
    language = lang_or_current(lang)
    month = _MONTHS[language][day.month - 1][:3]
    if language == SPANISH:
        return f"{day.day} {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


def month_day(day: dt.date, lang: str | None = None) -> str:
    """'Nov 29' or '29 nov' (no year)."""
    language = lang_or_current(lang)
    month = _MONTHS[language][day.month - 1][:3]
    return f"{day.day} {month}" if language == SPANISH else f"{month} {day.day}"


def month_and_day(day: dt.date, lang: str | None = None) -> str:
    """'March 3' or '3 de marzo'."""
    language = lang_or_current(lang)
    month = _MONTHS[language][day.month - 1]
    return f"{day.day} de {month}" if language == SPANISH else f"{month} {day.day}"


def month_year(day: dt.date, lang: str | None = None) -> str:
    """'November 2026' or 'noviembre de 2026'."""
    language = lang_or_current(lang)
    month = _MONTHS[language][day.month - 1]
    return f"{month} de {day.year}" if language == SPANISH else f"{month} {day.year}"


def day_and_date(day: dt.date, lang: str | None = None) -> str:
    """'Tuesday, December 1' or 'martes, 1 de diciembre'."""
    language = lang_or_current(lang)
    weekday = _WEEKDAYS[language][day.weekday()]
    month = _MONTHS[language][day.month - 1]
    if language == SPANISH:
        return f"{weekday}, {day.day} de {month}"
    return f"{weekday}, {month} {day.day}"


def joined(items: Sequence[str], lang: str | None = None) -> str:
    """'a', 'a and b', 'a, b and c' ('a, b y c' in Spanish)."""
    kept = [item for item in items if item.strip()]
    if len(kept) <= 1:
        return "".join(kept)
    return f"{', '.join(kept[:-1])} {_AND[lang_or_current(lang)]} {kept[-1]}"
