"""One object of a kind per open binder, shared by every service made with its context."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from iepbinder.services.context import ServiceContext

T = TypeVar("T")

_SHARED: WeakKeyDictionary[ServiceContext, dict[Callable[[], Any], Any]] = WeakKeyDictionary()
_LOCK = threading.Lock()


def one_per_binder(context: ServiceContext, make: Callable[[], T]) -> T:
    """The object ``make`` made for this open binder, made on first use (kept with the context).

    Services are made afresh by each caller; what they keep between reads (a cache) lives here
    so that all of one binder's services share it, and goes when the binder is closed.
    """
    with _LOCK:
        shared = _SHARED.setdefault(context, {})
        if make not in shared:
            shared[make] = make()
        return shared[make]
