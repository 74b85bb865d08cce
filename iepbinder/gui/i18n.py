"""The interface language: read the choice, and install our Spanish catalog and Qt's own."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from iepbinder.config.paths import resource_path
from iepbinder.domain.language import set_language

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = ("en", "es")
CATALOG_CONTEXT = ""  # the .qm is compiled with one context: see tools/update_translations.py
# Date patterns by language (QLocale names the months and weekdays).
DATE_PATTERNS = {
    "en": {
        "long": "MMMM d, yyyy",
        "day_month": "MMMM d",
        "short": "ddd MMM d",
        "medium": "MMM d, yyyy",
        "brief": "MMM d",
        "month_year": "MMMM yyyy",
        "weekday": "dddd, MMMM d",
        "weekday_year": "dddd, MMMM d, yyyy",
    },
    "es": {
        "long": "d 'de' MMMM 'de' yyyy",
        "day_month": "d 'de' MMMM",
        "short": "ddd d MMM",
        "medium": "d MMM yyyy",
        "brief": "d MMM",
        "month_year": "MMMM 'de' yyyy",
        "weekday": "dddd d 'de' MMMM",
        "weekday_year": "dddd d 'de' MMMM 'de' yyyy",
    },
}
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": (QLocale.Language.Spanish, QLocale.Country.UnitedStates),
}
_current = {
    "language": "en"
}  # the .qm is compiled with one context: see tools/update_translations.py


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a text for lupdate where it is defined; translate it where it is shown."""
    return text


class BinderTranslator(QTranslator):
    """Our catalog, looked up by English text alone.

    PySide's ``self.tr()`` uses the class of the object at run time as the context (a dialog
    built on ``RecordDialog`` asks as ``ChildDialog``), while lupdate files each text under the
    class it is written in. The compiled catalog therefore keeps one context, and the same
    English text always gets the same Spanish (a disambiguation comment tells them apart).
    """

    def translate(  # noqa: D102 - Qt API
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None (not "") when the text is not in the catalog, so Qt asks the next translator.
        return super().translate(CATALOG_CONTEXT, source_text, disambiguation, n) or None


def chosen_language(cli_value: str | None = None, settings: QSettings | None = None) -> str:
    """'en' or 'es': the command line, else the saved choice, else the system language."""
    saved = (settings if settings is not None else QSettings()).value(LANGUAGE_KEY, SYSTEM)
    choice = (cli_value or str(saved or SYSTEM)).lower()
    if choice in LANGUAGES:
        return choice
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def catalog_path(language: str) -> str:
    """Our compiled catalog for a language (it may not exist: English needs none)."""
    return str(resource_path("translations", f"iepbinder_{language}.qm"))


def install_translators(language: str) -> list[QTranslator]:
    """Install Qt's standard texts and our catalog for the language; English installs nothing.

    The translators are returned (and parented to the application) so they stay alive.
    """
    app = QCoreApplication.instance()
    _current["language"] = language if language in LANGUAGES else "en"
    set_language(_current["language"])  # texts made outside Qt: letters, PDF pages, Today
    if language == "en" or app is None:
        return []
    installed: list[QTranslator] = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", qt_translations):
        installed.append(qt_base)
    ours = BinderTranslator(app)
    if ours.load(catalog_path(language)):
        installed.append(ours)
    for translator in installed:
        QCoreApplication.installTranslator(translator)
    # Month and day names in Qt's own widgets; es_US keeps the US decimal point and dates.
    QLocale.setDefault(QLocale(*_LOCALES[_current["language"]]))
    return installed


def remove_translators(translators: list[QTranslator]) -> None:
    """Undo install_translators (tests switch languages back and forth)."""
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    _current["language"] = "en"
    set_language("en")
    QLocale.setDefault(QLocale(*_LOCALES["en"]))


def word(text: str) -> str:
    """A label kept outside gui/ (see domain_words.py), in the interface language."""
    return QCoreApplication.translate("DomainWords", text) if text else text


def date_text(day: dt.date, pattern: str = "long") -> str:
    """A date in the interface language: 'long' (November 29, 2026), 'short' (Sun Nov 29)...

    The patterns are in DATE_PATTERNS; Spanish puts the day first (29 de noviembre de 2026).
    """
    language = _current["language"]
    locale = QLocale(*_LOCALES[language])
    text = locale.toString(QDate(day.year, day.month, day.day), DATE_PATTERNS[language][pattern])
    return text[:1].upper() + text[1:] if pattern == "month_year" else text
