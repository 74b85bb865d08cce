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

Modules loaded later join them (``load_lasting``): the PDF reader an import needs (pypdf and
what it pulls in, about 30,000 objects) was loaded inside the import's collector pause, and
the young collections after it walked all of it, 35-140 ms each, with the window waiting.
"""

from __future__ import annotations

import gc
import importlib
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from iepbinder.export.collector import paused_collector
from iepbinder.gui.start_costs import resume_after_start

# What an import of emails and PDFs loads on its first run (iepbinder/importers/pdf_text.py).
IMPORT_READERS = ("pypdf",)


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


def load_lasting(modules: tuple[str, ...]) -> None:
    """Load ``modules`` now (any thread); while the binder's objects are frozen, they join them."""
    missing = [name for name in modules if name not in sys.modules]
    if missing:
        with paused_collector(lasting=True):
            for name in missing:
                importlib.import_module(name)
