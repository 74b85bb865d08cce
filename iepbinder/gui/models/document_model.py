"""Table models of the Documents tab: the master list (with its filters) and search results."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from iepbinder.domain.documents import DocumentCategory, DocumentKind
from iepbinder.domain.search_terms import HIT_END, HIT_START, strip_marks
from iepbinder.gui.i18n import word
from iepbinder.gui.models.row_model import Column, ObjectRole, RowTableModel, SortRole
from iepbinder.services.document_dto import DocumentListRow, SearchResult

HtmlRole = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:  # the name lupdate looks for
    return QCoreApplication.translate("DocumentModel", text)


def day_text(row: DocumentListRow) -> str:
    """'2026-11-17', or a dash when the document has no date."""
    return row.filing_date.isoformat() if row.filing_date else "\u2014"


def title_text(row: DocumentListRow) -> str:
    """The title; an attachment is indented under its email with an arrow."""
    return f"\u21b3 {row.title}" if row.parent_id is not None else row.title


def size_text(size: int) -> str:
    """'12 KB', '3.4 MB'."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _tooltip(row: DocumentListRow) -> str:
    lines = [f"#{row.seq_no} {row.title}", f"{row.kind_words} \u00b7 {row.file_name} \u00b7 "
             f"{size_text(row.size)}"]  # fmt: skip
    if row.parent_seq_no is not None:
        lines.append(tr("Attached to #{n}").format(n=row.parent_seq_no))
    if row.summary:
        lines.append(row.summary)
    if row.import_note:
        lines.append("\u26a0 " + row.import_note)
    return "\n".join(lines)


def document_model(parent: Any = None) -> RowTableModel[DocumentListRow]:
    """No. | Date | Type | Author | Title: the master file in date order."""
    return RowTableModel(
        [
            Column(tr("No."), lambda r: f"#{r.seq_no}", sort_key=lambda r: r.seq_no),
            Column(
                tr("Date"),
                day_text,
                sort_key=lambda r: (r.filing_date.isoformat() if r.filing_date else "", r.seq_no),
            ),  # fmt: skip
            Column(tr("Type"), lambda r: word(r.category_words)),
            Column(tr("Author"), lambda r: r.author),
            Column(tr("Title"), title_text, tooltip=_tooltip),
        ],
        parent,
    )


@dataclass
class DocumentFilter:
    """What the filter bar chose; None means any."""

    category: DocumentCategory | None = None
    kind: DocumentKind | None = None
    school_year: str = ""
    attachments: bool = True


class DocumentFilterModel(QSortFilterProxyModel):
    """Keeps the rows the filter bar allows; sorts by the raw values of SortRole."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choice = DocumentFilter()
        self.setSortRole(SortRole)

    def set_filter(self, choice: DocumentFilter) -> None:
        """Apply new filters (nothing to do when they are the ones in use)."""
        if choice == self.choice:
            return
        self.beginFilterChange()
        self.choice = choice
        self._everything = choice == DocumentFilter()
        self.endFilterChange()

    _everything = True  # no filter chosen: every row is kept without looking at it

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if self._everything:
            return True
        model = self.sourceModel()
        if isinstance(model, RowTableModel):  # the list's own rows, without a QModelIndex each
            row = model.row_at(source_row)
        else:
            row = model.data(model.index(source_row, 0, source_parent), ObjectRole)
        if not isinstance(row, DocumentListRow):
            return True
        choice = self.choice
        return (
            (choice.category is None or row.category is choice.category)
            and (choice.kind is None or row.kind is choice.kind)
            and (not choice.school_year or row.school_year == choice.school_year)
            and (choice.attachments or row.parent_id is None)
        )


def marked_html(text: str) -> str:
    """Escape a snippet and turn its hit marks into bold."""
    escaped = html.escape(" ".join(text.split()))
    return escaped.replace(HIT_START, "<b>").replace(HIT_END, "</b>")


class SearchResultModel(RowTableModel[SearchResult]):
    """No. | Date | Title | Where the words are: best match first; HtmlRole marks the words."""

    HTML_COLUMNS = (2, 3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(tr("No."), lambda r: f"#{r.row.seq_no}", sort_key=lambda r: r.row.seq_no),
                Column(tr("Date"), lambda r: day_text(r.row)),
                Column(
                    tr("Title"), lambda r: strip_marks(r.heading.split("\n", 1)[0]) or r.row.title
                ),  # fmt: skip
                Column(
                    tr("Where the words are"),
                    lambda r: strip_marks(" ".join(r.snippet.split())),
                    tooltip=lambda r: strip_marks(r.snippet),
                ),  # fmt: skip
            ],
            parent,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == HtmlRole and index.isValid() and index.column() in self.HTML_COLUMNS:
            result = self.row_at(index.row())
            if index.column() == 2:
                heading = result.heading.split("\n", 1)[0]
                return (
                    marked_html(heading) if HIT_START in heading else html.escape(result.row.title)
                )
            return marked_html(result.snippet)
        return super().data(index, role)
