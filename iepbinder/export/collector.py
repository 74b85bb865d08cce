"""Pause Python's cycle collector while a long PDF is laid out, and only then.

Laying out hundreds of pages makes millions of objects that all stay alive until the PDF is
written. Every full collection then walks all of them (0 found, up to 4.5 s each at 529 pages),
and every thread waits for it: the window froze for 3-4 s while the background reader made the
communication log's PDF (benchmarks/run.py, UI stall). Paused, the layout makes no cycles worth
finding, and the collector resumes when the last layout in progress ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = True


@contextmanager
def paused_collector() -> Iterator[None]:
    """Run the block with the cycle collector paused (nested and threaded uses are counted)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
