"""Table models of the home journal: entries, accommodation checks and 'not provided' counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from iepbinder.domain.journal import SCALES, NotProvidedCount, Scale
from iepbinder.gui.i18n import word
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.services.commlog_dto import CheckRow, JournalRow


def tr(text: str) -> str:
    """Translate a string of this module."""
    return QCoreApplication.translate("JournalModels", text)


def _scale(row: JournalRow, scale: Scale) -> str:
    value = row.data.value(scale)
    if value is None:
        return ""
    spec = SCALES[scale]
    return f"{value} \u2013 {word(spec.words[value - spec.low])}"


def journal_model(parent: Any = None) -> RowTableModel[JournalRow]:
    """Date, the three scales and what was said and seen."""
    return RowTableModel(
        [
            Column(tr("Date"), lambda r: r.data.day.isoformat()),
            Column(tr("Mood"), lambda r: _scale(r, Scale.MOOD)),
            Column(tr("Stress"), lambda r: _scale(r, Scale.STRESS)),
            Column(tr("School refusal"), lambda r: _scale(r, Scale.SCHOOL_REFUSAL)),
            Column(tr("What the child said"), lambda r: r.data.child_said),
            Column(tr("What I saw"), lambda r: r.data.parent_saw),
        ],
        parent,
    )


def check_model(parent: Any = None) -> RowTableModel[CheckRow]:
    """Each accommodation check: date, accommodation, class and whether it was provided."""
    return RowTableModel(
        [
            Column(tr("Date"), lambda r: r.data.day.isoformat()),
            Column(tr("Accommodation"), lambda r: r.data.accommodation_text),
            Column(tr("Class"), lambda r: r.data.class_name),
            Column(
                tr("Provided?"),
                lambda r: tr("\u2713 Provided") if r.data.provided else tr("\u2717 Not provided"),
            ),
            Column(tr("Note"), lambda r: r.data.note),
        ],
        parent,
    )


def not_provided_model(parent: Any = None) -> RowTableModel[NotProvidedCount]:
    """Per accommodation and class: how often it was not provided, out of the checks."""
    return RowTableModel(
        [
            Column(tr("Accommodation"), lambda r: r.accommodation_text),
            Column(tr("Class"), lambda r: r.class_name),
            Column(
                tr("Not provided"),
                lambda r: tr("{n} of {checked} checks").format(n=r.not_provided, checked=r.checked),
                lambda r: (r.not_provided, r.checked),
                lambda r: r.explanation,
            ),
        ],
        parent,
    )
