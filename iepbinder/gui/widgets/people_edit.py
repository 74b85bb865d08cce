"""A line for several names separated by commas, completing each name from the contacts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class _ListCompleter(QCompleter):
    """Completes the name after the last comma and keeps the names before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head, comma, _last = text.rpartition(",")
        return f"{head}, {chosen}" if comma else chosen


class PeopleEdit(QLineEdit):
    """'Karen Liu, Rosa Jiménez': names from the contacts directory or typed freely."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        completer = _ListCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def set_names(self, names: Sequence[str]) -> None:
        """The names offered while typing."""
        self._names.setStringList(sorted(set(names), key=str.casefold))
