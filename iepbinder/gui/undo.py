"""Undo for moves to the trash: remembers what was trashed and restores it on request."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iepbinder.gui.context import ChangeBus
from iepbinder.gui.errors import describe_error
from iepbinder.gui.tasks import Runner
from iepbinder.services.changes import Changes
from iepbinder.services.trash import ItemKind, TrashItem, TrashService


class TrashUndo(QObject):
    """A stack of trashed items; ``undo()`` restores the most recent one."""

    changed = Signal(str)  # the text of the next undo ('' when none)
    message = Signal(str)  # a short note for the status bar

    def __init__(self, trash: TrashService, runner: Runner, bus: ChangeBus) -> None:
        super().__init__()
        self._trash, self._runner, self._bus = trash, runner, bus
        self._stack: list[TrashItem] = []

    @property
    def next_text(self) -> str:
        """'Undo moving "Counseling" to the trash', or '' when there is nothing to undo."""
        if not self._stack:
            return ""
        item = self._stack[-1]
        return self.tr('Undo moving "{label}" to the trash').format(label=item.label)

    def move_to_trash(self, kind: ItemKind, item_id: int) -> None:
        """Trash an item in the background, then offer Undo."""

        def done(result: tuple[TrashItem, Changes]) -> None:
            item, changes = result
            self._stack.append(item)
            self._bus.publish(changes)
            self.message.emit(
                self.tr('Moved "{label}" to the trash. Undo brings it back.').format(
                    label=item.label
                )
            )
            self.changed.emit(self.next_text)

        self._runner.write(lambda: self._trash.move_to_trash(kind, item_id), done, self._failed)

    def undo(self) -> None:
        """Restore the most recently trashed item."""
        if not self._stack:
            return
        item = self._stack.pop()
        self.changed.emit(self.next_text)

        def done(changes: Changes) -> None:
            self._bus.publish(changes)
            self.message.emit(self.tr('Restored "{label}".').format(label=item.label))

        self._runner.write(lambda: self._trash.restore(item.kind, item.item_id), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.message.emit(describe_error(error))
