"""A first guess of a new document's category from its name; the parent can always change it."""

from __future__ import annotations

import re

from iepbinder.domain.documents import DocumentCategory, DocumentKind

# Checked in order: the first rule whose words appear in the name or title wins.
_RULES: tuple[tuple[DocumentCategory, tuple[str, ...]], ...] = (
    (DocumentCategory.PROCEDURAL_SAFEGUARDS, ("procedural safeguard", "parent rights")),
    (DocumentCategory.PWN, ("prior written notice", "pwn")),
    (DocumentCategory.IEP_AMENDMENT, ("iep amendment", "amendment")),
    (DocumentCategory.PLAN_504, ("504",)),
    (DocumentCategory.IFSP, ("ifsp",)),
    (DocumentCategory.PROGRESS_REPORT, ("progress report", "progress")),
    (DocumentCategory.REPORT_CARD, ("report card",)),
    (DocumentCategory.EVAL_INDEPENDENT, ("independent evaluation", "iee")),
    (DocumentCategory.EVAL_SCHOOL, ("evaluation", "eval", "assessment", "psychoeducational")),
    (DocumentCategory.CONSENT_FORM, ("consent",)),
    (DocumentCategory.MEETING_NOTICE, ("meeting notice", "notice of meeting", "invitation")),
    (DocumentCategory.MEETING_NOTES_MINUTES, ("meeting notes", "minutes")),
    (DocumentCategory.SERVICE_LOG, ("service log", "session log")),
    (DocumentCategory.DATA_SHEET_GRAPH, ("data sheet", "graph", "probe data")),
    (DocumentCategory.STATE_TEST, ("state test", "state assessment")),
    (DocumentCategory.DISCIPLINE, ("discipline", "suspension", "incident report")),
    (DocumentCategory.ATTENDANCE, ("attendance", "absence")),
    (DocumentCategory.COMPLAINT_OR_HEARING, ("complaint", "due process", "hearing")),
    (DocumentCategory.SETTLEMENT_AWARD, ("settlement",)),
    (DocumentCategory.IEP_CURRENT, ("iep",)),
)
_WORD_EDGE = r"(?<![a-z0-9]){}s?(?![a-z0-9])"  # whole words, plural too


def _has(text: str, phrase: str) -> bool:
    return re.search(_WORD_EDGE.format(re.escape(phrase)), text) is not None


def guess_category(name: str, kind: DocumentKind) -> DocumentCategory:
    """Emails are correspondence, calendar items meeting notices; else words in the name.

    'IEP 2026-03 final.pdf' -> IEP (current); 'Q1 progress report.pdf' -> progress report;
    a name with none of the words -> Other.
    """
    if kind is DocumentKind.EMAIL:
        return DocumentCategory.CORRESPONDENCE_EMAIL
    if kind is DocumentKind.CALENDAR:
        return DocumentCategory.MEETING_NOTICE
    text = " ".join(name.lower().replace("_", " ").replace("-", " ").split())
    for category, phrases in _RULES:
        if any(_has(text, phrase) for phrase in phrases):
            return category
    return DocumentCategory.OTHER
