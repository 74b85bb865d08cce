"""Two costs of every start that buy nothing: the cycle collector's walks, PySide's source reads.

**The cycle collector is paused while the window starts.** Nearly everything a start makes lives
as long as the program: modules, the database mappings, Qt's wrappers, the window. While they
are being made Python's cycle collector walks them again and again (some 280 collections, two of
them full walks: about a sixth of a start without kept facts on binder L), only to find them all
still in use. So the start pauses it, and the objects the start made are frozen
(gui/long_lived.py, ``gc.freeze``) without having been walked once the binder's first tab has
its data; the collector then resumes for what the program makes afterwards (the few hundred
objects a start on binder L leaves in cycles are frozen with the rest, and handed back to the
collector when the binder is closed, as everything frozen is). A start that shows
no binder (the welcome page, an error) resumes it at once, and a start that never finishes
resumes it after ``RESUME_AT_LATEST_MS``.

**PySide's check of each imported module reads the file directly.** Once PySide6 is imported,
its import hook asks of every module imported afterwards whether its source mentions "PySide6"
(for PySide's optional ``from __feature__ import`` switches, which this program does not use),
through ``inspect.getsource``: each file read line by line into ``linecache`` and kept there,
some 420 modules in a start. ``lighten_pyside_import_check`` gives the hook the same answer from
one read of the file's bytes; anything it cannot read that way goes to PySide's own check.

Standard library only at import, so the program's entry point can pause before importing Qt.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from types import ModuleType

RESUME_AT_LATEST_MS = 60_000
PYSIDE_FEATURE_MODULE = "shibokensupport.feature"

_paused_by_start = False


def pause_for_start() -> None:
    """Pause the cycle collector for the start (only if it is running now)."""
    global _paused_by_start
    if gc.isenabled():
        gc.disable()
        _paused_by_start = True


def resume_after_start() -> None:
    """Resume the collector if the start paused it; nothing otherwise (idempotent)."""
    global _paused_by_start
    if _paused_by_start:
        _paused_by_start = False
        gc.enable()


def paused_for_start() -> bool:
    """True while the start holds the collector paused."""
    return _paused_by_start


def lighten_pyside_import_check() -> bool:
    """Let PySide's import hook read each module's file once; False if PySide has no such hook."""
    feature = sys.modules.get(PYSIDE_FEATURE_MODULE)
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check) or getattr(check, "reads_file_once", False):
        return False
    feature._mod_uses_pyside = _file_mentions_pyside(check)  # type: ignore[attr-defined]
    return True


def _file_mentions_pyside(pyside_check: Callable[[ModuleType], bool]) -> Callable[..., bool]:
    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return pyside_check(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return pyside_check(module)

    mentions_pyside.reads_file_once = True  # type: ignore[attr-defined]
    return mentions_pyside
