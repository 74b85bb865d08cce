"""The Communication tab's title, 'Communication (⚠ 2)', shown even before the tab is built.

The tab is built when first shown (gui/lazy_tabs.py); until then its placeholder carries the
same title, so the count of follow-ups that need the parent is visible from the start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTabWidget, QWidget
from shiboken6 import isValid

from iepbinder.gui.context import AppContext
from iepbinder.services.changes import Area, Changes

# The texts keep the tab's own translation context ("CommunicationTab"): one translation each.


def titled(base_title: str, attention: int) -> str:
    """'Communication (⚠ 2)' when follow-ups need the parent; a symbol, not just colour."""
    if attention:
        text = QCoreApplication.translate("CommunicationTab", "{title} (\u26a0 {n})")
        return text.format(title=base_title, n=attention)
    return base_title


def attention_tip(attention: int) -> str:
    """The tab's tooltip: how many follow-ups are overdue or waiting for a reply."""
    if attention:
        text = QCoreApplication.translate(
            "CommunicationTab", "{n} follow-ups are overdue or waiting for a reply."
        )
        return text.format(n=attention)
    return QCoreApplication.translate("CommunicationTab", "No follow-up is overdue.")


class PlaceholderTitle(QObject):
    """Counts the child's follow-ups that need the parent and puts them on the placeholder."""

    def __init__(
        self, context: AppContext, tabs: QTabWidget, placeholder: QWidget, base_title: str
    ) -> None:
        super().__init__(tabs)
        self._context = context
        self._tabs = tabs
        self._placeholder = placeholder
        self._base_title = base_title
        self._child: int | None = None
        context.bus.data_changed.connect(self._on_data_changed)

    def set_child(self, child_id: int | None) -> None:
        """Read the child's count (in the background) and show it, if the tab is not built yet."""
        self._child = child_id
        if child_id is None or not isValid(self._placeholder):
            return
        if self._tabs.indexOf(self._placeholder) < 0:
            return
        items = self._context.services.open_items
        self._context.reloads.read(
            self,
            lambda: sum(1 for item in items.open_items(child_id) if item.kind == "follow-up"),
            self._show,
            lambda _error: None,  # the tab shows the log, and any problem, when opened
        )

    def _on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.COMMLOG):  # a follow-up done, an entry added: count again
            self.set_child(self._child)

    def _show(self, attention: int) -> None:
        if not (isValid(self._tabs) and isValid(self._placeholder)):  # another binder opened
            return
        index = self._tabs.indexOf(self._placeholder)
        if index >= 0:  # still a placeholder: the built tab keeps its own title
            self._tabs.setTabText(index, titled(self._base_title, attention))
            self._tabs.setTabToolTip(index, attention_tip(attention))
