"""What every window part is handed by the composition root: services, runner, change bus, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from iepbinder.gui.tasks import ReloadQueue, Runner
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.changes import Changes


class ChangeBus(QObject):
    """Broadcasts what an operation changed; each part refreshes only what it shows."""

    data_changed = Signal(object, object)  # Changes, initiator (or None)

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every listener what changed."""
        if changes:
            self.data_changed.emit(changes, initiator)


@dataclass
class AppContext:
    """The open binder's services and the shared helpers of the window."""

    services: BinderServices
    runner: Runner
    bus: ChangeBus
    today: Callable[[], dt.date]
    reloads: ReloadQueue = field(init=False)  # what parts read again after a change

    def __post_init__(self) -> None:
        self.reloads = ReloadQueue(self.runner)

    @property
    def read_only(self) -> bool:
        """True when the binder was opened only for reading."""
        return self.services.read_only
