"""The log's table model: thousands of light rows, filtered and sorted in plain Python.

Filtering replaces the shown list and resets the model; the view then asks only for the
rows on screen, which keeps a keystroke in the search box well under a frame or two even
with ten thousand entries. (A QSortFilterProxyModel would call back into Python once per row.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from iepbinder.domain.commlog import Channel, Initiator
from iepbinder.domain.commlog_text import format_time
from iepbinder.domain.followups import Attention
from iepbinder.gui.i18n import date_text
from iepbinder.gui.models.row_model import AnyIndex, ObjectRole, SortRole
from iepbinder.services.commlog_dto import LogListRow
from iepbinder.services.commlog_query import (
    SORT_KEYS,
    LogQuery,
    SortKey,
    filter_rows,
    sort_rows,
)

COLUMNS = (SortKey.DATE, SortKey.CHANNEL, SortKey.PEOPLE, SortKey.TOPIC, SortKey.FOLLOW_UP)
ATTENTION_TINT = QColor(255, 190, 0, 70)  # a soft amber; the ⚠ symbol says it without colour


def tr(text: str) -> str:
    """Translate a string of the log's table."""
    return QCoreApplication.translate("LogModel", text)


def channel_words() -> dict[Channel, str]:
    """How each channel is called in the window."""
    return {
        Channel.EMAIL: tr("Email"),
        Channel.PHONE: tr("Phone call"),
        Channel.MEETING: tr("Meeting"),
        Channel.IN_PERSON: tr("In person"),
        Channel.TEXT: tr("Text message"),
        Channel.PORTAL: tr("School portal"),
        Channel.NOTE_HOME: tr("Note home"),
        Channel.LETTER: tr("Letter"),
    }


def short_day(day: dt.date) -> str:
    """'Nov 23, 2026', the same in every locale."""
    return date_text(day, "medium")


def month_day(day: dt.date) -> str:
    """'Nov 23' for narrow columns (the tooltip gives the year)."""
    return date_text(day, "brief")


def follow_up_text(attention: Attention, expected_by: dt.date | None) -> str:
    """The follow-up column: words and a symbol, never colour alone."""
    if attention is Attention.OVERDUE and expected_by:
        return tr("\u26a0 Overdue since {day}").format(day=month_day(expected_by))
    if attention is Attention.NO_REPLY and expected_by:
        return tr("\u26a0 No reply (due {day})").format(day=month_day(expected_by))
    if attention is Attention.DUE_TODAY:
        return tr("Due today")
    if attention is Attention.OPEN:
        return tr("Due {day}").format(day=month_day(expected_by)) if expected_by else tr("To do")
    if attention is Attention.DONE:
        return tr("\u2713 Done")
    return ""


def follow_up_tip(row: LogListRow) -> str:
    """How the follow-up state was worked out."""
    if row.attention is Attention.NO_REPLY:
        return tr(
            "You sent this email and no reply is logged yet. A reply was expected within "
            "the school days set for 'no reply yet' (5 by default), that is by {day}. Log the "
            "reply, or mark this done, to clear it."
        ).format(day=short_day(row.expected_by) if row.expected_by else "")
    if row.attention is Attention.OVERDUE and row.expected_by:
        return tr(
            "The follow-up was due {day} and the entry is not marked done. Mark it done "
            "when it is handled."
        ).format(day=short_day(row.expected_by))
    if row.expected_by:
        return tr("Follow-up due {day}.").format(day=short_day(row.expected_by))
    return ""


class LogTableModel(QAbstractTableModel):
    """Every entry of the log (``all_rows``) and the ones that pass the filter (shown)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[LogListRow] = []
        self._shown: list[LogListRow] = []
        self._query = LogQuery()
        self._sort = (SortKey.DATE, True)
        self._channels = channel_words()
        self._headers = (tr("Date"), tr("Way"), tr("People"), tr("Topic"), tr("Follow-up"))
        self._bold = QFont()
        self._bold.setBold(True)

    # Content ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[LogListRow], newest_first: bool = False) -> None:
        """Replace every entry, kept sorted the way the table is sorted.

        ``newest_first`` says the rows already come newest first (as the service lists them),
        which is the table's usual order, so ten thousand rows need no sorting.
        """
        key, descending = self._sort
        if newest_first and (key, descending) == (SortKey.DATE, True):
            self._all = list(rows)
        else:
            self._all = sort_rows(rows, key, descending)
        self._refilter()

    def set_query(self, query: LogQuery) -> None:
        """Show only the entries that match."""
        self._query = query
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._shown = filter_rows(self._all, self._query)
        self.endResetModel()

    @property
    def query(self) -> LogQuery:
        """The filter in use."""
        return self._query

    def total_count(self) -> int:
        """Entries in the log."""
        return len(self._all)

    def all_rows(self) -> list[LogListRow]:
        """Every entry, filtered or not."""
        return list(self._all)

    def row_at(self, row: int) -> LogListRow:
        """The entry shown in a row."""
        return self._shown[row]

    def row_of(self, entry_id: int) -> int:
        """The row showing an entry, or -1."""
        return next((i for i, row in enumerate(self._shown) if row.id == entry_id), -1)

    # Qt API -----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every entry by a column, then filter again."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self._all = sort_rows(self._all, *self._sort)
        self._refilter()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row, column = self._shown[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.needs_attention:
            return ATTENTION_TINT
        if role == Qt.ItemDataRole.FontRole and column is SortKey.FOLLOW_UP and row.needs_attention:
            return self._bold
        if role == ObjectRole:
            return row
        if role == SortRole:
            return SORT_KEYS[column](row)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, row: LogListRow, column: SortKey) -> str:
        if column is SortKey.DATE:
            return row.event_date.isoformat()
        if column is SortKey.CHANNEL:
            way = self._channels[row.channel]
            if row.initiated_by is Initiator.SCHOOL:
                return tr("{way} \u2190 school").format(way=way)
            return way
        if column is SortKey.PEOPLE:
            return row.people
        if column is SortKey.TOPIC:
            return row.topic or row.summary[:80]
        return follow_up_text(row.attention, row.expected_by)

    def _tooltip(self, row: LogListRow, column: SortKey) -> str | None:
        if column is SortKey.DATE and row.event_time:
            return f"{short_day(row.event_date)}, {format_time(row.event_time)}"
        if column is SortKey.PEOPLE:
            return row.people or None
        if column is SortKey.FOLLOW_UP:
            return follow_up_tip(row) or None
        if column is SortKey.TOPIC and row.summary:
            return row.summary[:600]
        return None
