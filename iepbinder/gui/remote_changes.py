"""Checks now and then whether another computer changed the binder, and refreshes the tabs if so."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from iepbinder.gui.context import AppContext
from iepbinder.services.changes import Changes
from iepbinder.services.sync import Fingerprint

CHECK_INTERVAL_MS = 30_000


class RemoteChangeWatcher(QObject):
    """Compares the binder's fingerprint with the last one seen; refreshes everything on change."""

    changed_elsewhere = Signal()

    def __init__(self, context: AppContext, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__()
        self._context = context
        self._seen: Fingerprint | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        context.bus.data_changed.connect(self._on_bus_data_changed)
        self._rebaseline()
        self._timer.start()

    def stop(self) -> None:
        """Stop checking (the binder is being closed)."""
        self._timer.stop()

    def check_now(self) -> None:
        """Read the fingerprint in the background and compare it."""
        self._context.runner.read(
            self._context.services.probe.fingerprint, self._on_fingerprint, lambda _error: None
        )

    def _on_fingerprint(self, fingerprint: Fingerprint) -> None:
        if self._seen is not None and fingerprint != self._seen:
            self._seen = fingerprint
            self._context.bus.publish(Changes.everything(), self)
            self.changed_elsewhere.emit()
            return
        self._seen = fingerprint

    def _rebaseline(self) -> None:
        self._context.runner.read(
            self._context.services.probe.fingerprint, self._set_seen, lambda _error: None
        )

    def _set_seen(self, fingerprint: Fingerprint) -> None:
        self._seen = fingerprint

    def _on_bus_data_changed(self, _changes: Changes, initiator: object) -> None:
        if initiator is not self:
            self._rebaseline()  # our own saves are not news from elsewhere
