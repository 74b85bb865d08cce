"""A splitter that gives each side a fixed share of its width until the user moves the divider."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class ShareSplitter(QSplitter):
    """Side by side in set shares (0.62 and 0.38 of the width) until the divider is moved.

    The shares are set before QSplitter lays its sides out for the new width, so each side is
    laid out once per resize (setting them after, the sides were laid out twice: first by the
    stretch factors, then in their shares, and the ledger beside the month is costly to lay out).
    """

    def __init__(self, shares: tuple[float, ...], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.shares = shares
        self.divider_moved = False
        self.splitterMoved.connect(self._on_moved)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Share the new width, then let QSplitter lay the sides out (once)."""
        if not self.divider_moved:
            total = event.size().width()
            self.setSizes([round(total * share) for share in self.shares])
        super().resizeEvent(event)

    def _on_moved(self, _position: int, _index: int) -> None:
        self.divider_moved = True
