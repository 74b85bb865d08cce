"""Catalogs of texts made outside Qt: English text -> translation, one dict per language."""

from __future__ import annotations

from iepbinder.domain.translations.es_checks import CHECKS_AND_RULES
from iepbinder.domain.translations.es_cli import CLI
from iepbinder.domain.translations.es_errors import ERROR_MESSAGES
from iepbinder.domain.translations.es_exports import EXPORTS
from iepbinder.domain.translations.es_journal import JOURNAL_AND_CONCERNS
from iepbinder.domain.translations.es_jurisdictions import JURISDICTIONS
from iepbinder.domain.translations.es_letters import LETTER_PIECES
from iepbinder.domain.translations.es_messages import MESSAGES
from iepbinder.domain.translations.es_pages import PAGES
from iepbinder.domain.translations.es_progress import PROGRESS
from iepbinder.domain.translations.es_today import TODAY

CATALOGS: dict[str, dict[str, str]] = {
    "es": {
        **PAGES,
        **MESSAGES,
        **LETTER_PIECES,
        **TODAY,
        **PROGRESS,
        **CHECKS_AND_RULES,
        **ERROR_MESSAGES,
        **JURISDICTIONS,
        **JOURNAL_AND_CONCERNS,
        **EXPORTS,
        **CLI,
    }
}
