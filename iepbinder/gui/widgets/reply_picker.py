"""Choose the log entry an entry answers ("in reply to"): recent entries before it, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from iepbinder.gui.models.log_model import channel_words
from iepbinder.services.commlog_dto import LogListRow

REPLY_WINDOW_DAYS = 180  # a reply answers something from the last half year
MAX_CHOICES = 150  # keeps the list short with 10,000 entries


class ReplyPicker(QComboBox):
    """'Not a reply' or 'Mon Nov 2 2026 · Email · Karen Liu · Speech schedule'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[LogListRow] = ()
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setToolTip(
            self.tr(
                "Link a reply to the message it answers. An email you sent counts as "
                "answered once a reply is linked to it."
            )
        )

    def set_rows(self, rows: Sequence[LogListRow]) -> None:
        """The child's entries (the log's list); the choices are made from them in fill()."""
        self.rows = rows

    def fill(self, entry_id: int | None, day: dt.date, current: int | None) -> None:
        """Offer the entries before ``day`` (not the entry itself) and choose ``current``."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Not a reply"), None)
        start = day - dt.timedelta(days=REPLY_WINDOW_DAYS)
        candidates = sorted(
            (r for r in self.rows if r.id != entry_id and start <= r.event_date <= day),
            key=lambda r: (r.event_date, r.event_time or dt.time(), r.id),
            reverse=True,
        )[:MAX_CHOICES]
        by_id = {r.id: r for r in self.rows}
        if current is not None and all(r.id != current for r in candidates):
            known = by_id.get(current)
            if known is not None:
                candidates.append(known)
            else:
                self.addItem(self.tr("An entry not in the list (in the trash?)"), current)
        for row in candidates:
            self.addItem(_label(row), row.id)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def value(self) -> int | None:
        """The id of the entry answered, or None."""
        data = self.currentData()
        return int(data) if data is not None else None


def _label(row: LogListRow) -> str:
    parts = [f"{row.event_date:%a %b} {row.event_date.day} {row.event_date.year}"]
    parts += [channel_words()[row.channel]]
    parts += [text for text in (row.people, row.topic) if text]
    return " \u00b7 ".join(parts)
