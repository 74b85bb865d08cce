"""A service attribute made, and its module imported, the first time it is read."""

from __future__ import annotations

import importlib
import threading
from typing import Any, Generic, TypeVar, overload

from iepbinder.services.context import ServiceContext

S = TypeVar("S")

_LOCK = threading.Lock()  # the UI thread and the background readers may ask at once


class LazyService(Generic[S]):
    """Descriptor: ``owner.context`` handed to ``module.name`` once; then a plain attribute."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self.attribute = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    @overload
    def __get__(self, instance: None, owner: type) -> LazyService[S]: ...

    @overload
    def __get__(self, instance: object, owner: type) -> S: ...

    def __get__(self, instance: object | None, owner: type) -> LazyService[S] | S:
        if instance is None:
            return self
        with _LOCK:
            made = instance.__dict__.get(self.attribute)
            if made is None:
                context: ServiceContext = instance.context  # type: ignore[attr-defined]
                made = getattr(importlib.import_module(self.module), self.name)(context)
                instance.__dict__[self.attribute] = made  # later reads skip the descriptor
        result: S = made
        return result


def made_services(instance: object) -> dict[str, Any]:
    """The services made so far on ``instance`` (for tests and the benchmark)."""
    return {
        name: value
        for name, value in vars(instance).items()
        if isinstance(getattr(type(instance), name, None), LazyService)
    }
