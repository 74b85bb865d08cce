"""Pause Python's cycle collector while a long PDF is laid out, and only then.

Laying out hundreds of pages makes millions of objects that all stay alive until the PDF is
written. Every full collection then walks all of them (0 found, up to 4.5 s each at 529 pages),
and every thread waits for it: the window froze for 3-4 s while the background reader made the
communication log's PDF (benchmarks/run.py, UI stall). Paused, the layout makes no cycles worth
finding, and the collector resumes when the last layout in progress ends.

What a layout leaves alive is kept for good: the fonts read on the first PDF, the words and
lines measured (about 170,000 objects after the 529-page log). Resumed as they are, the first
young collection walks them all at once, holding every thread, the window's too, for 150-400
ms. So when the program keeps its long-lived objects out of the collector's walks
(``gc.freeze``, done by the window once a binder is shown), they join them when the pause
after a layout ends; a program that froze nothing (the command line, the tests) resumes as
before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = True
_lasting = False


@contextmanager
def paused_collector(*, lasting: bool = False) -> Iterator[None]:
    """Run the block with the cycle collector paused (nested and threaded uses are counted).

    ``lasting``: what the block leaves alive stays for good: a PDF layout's fonts and measured
    words, modules loaded (see above). A block that fails freezes nothing: what it leaves
    (a half-made layout held by the error's traceback) is garbage soon.
    """
    global _pauses, _was_enabled, _lasting
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
        _lasting = _lasting or lasting
    failed = True
    try:
        yield
        failed = False
    finally:
        with _lock:
            _pauses -= 1
            _lasting = _lasting and not failed
            if _pauses == 0:
                _resume()


def _resume() -> None:
    """The last pause ended (the caller holds the lock): freeze a layout's leftovers, resume."""
    global _lasting
    if _lasting and gc.get_freeze_count():
        gc.freeze()
    _lasting = False
    if _was_enabled:
        gc.enable()
