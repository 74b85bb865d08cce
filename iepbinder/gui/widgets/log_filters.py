"""The filter bar of the log: text search with its count, person, way, status and dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from iepbinder.domain.commlog import Channel
from iepbinder.domain.dateparse import DateInputError
from iepbinder.gui.models.log_model import channel_words
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.gui.widgets.inputs import EnumCombo
from iepbinder.services.commlog_query import LogQuery, StatusFilter


class LogFilters(QWidget):
    """Emits ``changed`` with a new LogQuery whenever any filter changes."""

    changed = Signal(object)  # LogQuery

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the log (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the log"))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Entries shown"))
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setMinimumContentsLength(12)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        words = channel_words()
        self.channel = EnumCombo[Channel](
            [(self.tr("Any way"), None), *((words[c], c) for c in Channel)], self
        )
        self.channel.setAccessibleName(self.tr("Way"))
        self.status = EnumCombo[StatusFilter](
            [
                (self.tr("Any status"), StatusFilter.ANY),
                (self.tr("\u26a0 Needs me now"), StatusFilter.NEEDS_ME),
                (self.tr("Open"), StatusFilter.OPEN),
                (self.tr("Waiting for a reply"), StatusFilter.WAITING),
                (self.tr("Done"), StatusFilter.DONE),
            ],
            self,
        )
        self.status.setAccessibleName(self.tr("Status"))
        self.start = DateField(today, self)
        self.end = DateField(today, self)
        self.start.edit.setPlaceholderText(self.tr("from"))
        self.end.edit.setPlaceholderText(self.tr("to"))
        self.start.edit.setAccessibleName(self.tr("From date"))
        self.end.edit.setAccessibleName(self.tr("To date"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.count)
        for widget in (self.person, self.channel, self.status):
            layout.addWidget(widget, 1)
        layout.addWidget(self.start, 1)
        layout.addWidget(self.end, 1)
        layout.addWidget(self.clear_button)
        self.search.textChanged.connect(self._emit)
        self.person.currentIndexChanged.connect(self._emit)
        self.channel.changed.connect(self._emit)
        self.status.changed.connect(self._emit)
        self.start.edit.editingFinished.connect(self._emit)
        self.end.edit.editingFinished.connect(self._emit)
        self.start.changed.connect(self._emit_if_complete)
        self.end.changed.connect(self._emit_if_complete)
        self.clear_button.clicked.connect(self.clear)
        self.set_people([])

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_people(self, people: Iterable[tuple[str, str]]) -> None:
        """(label, key) choices for the person filter, keeping the current choice."""
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), "")
        for label, key in people:
            self.person.addItem(label, key)
        index = self.person.findData(current) if current else 0
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)

    def query(self) -> LogQuery:
        """The filters as a query (a date that cannot be read is left out)."""
        return LogQuery(
            text=self.search.text(),
            person_key=str(self.person.currentData() or ""),
            channel=self.channel.value(),
            status=self.status.value() or StatusFilter.ANY,
            start=self._date(self.start),
            end=self._date(self.end),
        )

    def show_count(self, shown: int, total: int, attention: int) -> None:
        """'12 of 10,010 entries' (with how many need the parent)."""
        if shown == total:
            text = self.tr("{total} entries").format(total=f"{total:,}")
        else:
            text = self.tr("{shown} of {total} entries").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        if attention:
            text += self.tr(" \u00b7 \u26a0 {n} need you").format(n=attention)
        self.count.setText(text)

    def clear(self) -> None:
        """Show everything again."""
        for widget in (self.search, self.start.edit, self.end.edit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.person, self.channel, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._emit()

    @staticmethod
    def _date(field: DateField) -> dt.date | None:
        try:
            return field.value()
        except DateInputError:
            return None

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.query())

    def _emit_if_complete(self) -> None:
        # The calendar popup changes the date in one step; typing waits for editingFinished.
        if not (self.start.edit.hasFocus() or self.end.edit.hasFocus()):
            self._emit()
