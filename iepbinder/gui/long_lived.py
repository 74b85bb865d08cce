"""Keep what an open binder holds for good out of the cycle collector's full walks.

Python's cycle collector now and then walks every object the program holds (a full
collection), and every thread, the window's too, waits while it does. With a large binder
open most of those objects live as long as the binder: modules, the database mappings, Qt's
wrappers. Once the binder's first tab has its data they are frozen (``gc.freeze``): still
freed as usual when nothing refers to them, only no longer walked, so a full collection
during an import or a long PDF walks what that work made, not the whole program.
Freezing is undone when the binder is closed, so nothing of a closed binder stays behind.
When the window's start paused the collector (gui/start_costs.py), freezing resumes it:
what the start made is frozen without having been walked.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from iepbinder.gui.start_costs import resume_after_start


class LongLivedObjects:
    """Freezes the objects alive once a binder is shown; thaws them when it is closed."""

    def __init__(self) -> None:
        self.frozen = False

    def freeze_once_loaded(self, tab: QWidget | None) -> None:
        """Freeze when ``tab`` (the first one shown) has its data; at once if it has no signal."""
        loaded = getattr(tab, "loaded", None)
        if loaded is None:
            self.freeze()
            return
        loaded.connect(self.freeze, Qt.ConnectionType.SingleShotConnection)

    def freeze(self) -> None:
        """Move every object alive now out of the collector's walks."""
        if not self.frozen:
            gc.freeze()
            self.frozen = True
        resume_after_start()

    def thaw(self) -> None:
        """Hand the frozen objects back to the collector (the binder is being closed)."""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
