"""None, True and False kept alive for good: PySide6 6.12 on Python 3.11 drops references to them.

With shiboken6 6.12.0 on Python 3.11 every ``signal.emit(...)`` and ``signal.disconnect(...)``
called from Python returns True without taking a reference to it (True's count falls by one a
call), and every call of a void Qt method or of one returning a null pointer (``update()``,
``setEnabled(...)``, ``parent()``...) drops one reference to None. Other Qt paths take
references they never give back, so the counts drift both ways; when one reaches zero the
interpreter aborts ("Fatal Python error: bool_dealloc"), usually while it finalizes at exit.
Python 3.12 makes these three objects immortal; here we do the same by giving each a very large
number of extra references, once, before Qt runs any of our code.
"""

from __future__ import annotations

import ctypes
import sys

EXTRA_REFERENCES = 1 << 40  # far more than any session could drop (a million a second: 12 days)

_state = {"done": False}


def constants_are_immortal() -> bool:
    """Whether this interpreter already keeps None, True and False alive whatever their count."""
    return sys.version_info >= (3, 12)


def keep_constants_alive() -> bool:
    """Give None, True and False extra references once; True when this call added them.

    Only on CPython before 3.12 with the usual object layout (the reference count first), and
    only when that count reads as expected; anywhere else nothing is touched.
    """
    if _state["done"] or constants_are_immortal() or not _usual_object_layout():
        return False
    for constant in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(constant))
        if abs(count.value - sys.getrefcount(constant)) > 4:  # not the count: leave it alone
            return False
    for constant in (None, True, False):
        ctypes.c_ssize_t.from_address(id(constant)).value += EXTRA_REFERENCES
    _state["done"] = True
    return True


def _usual_object_layout() -> bool:
    """CPython without the trace-references build (which puts two pointers before the count)."""
    return sys.implementation.name == "cpython" and not hasattr(sys, "getobjects")
