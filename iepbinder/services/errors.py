"""Errors services raise for people: bad field values, missing items, stale edits."""

from __future__ import annotations

from typing import Any

from iepbinder.domain.language import t
from iepbinder.domain.validation import FieldError


class ServiceError(Exception):
    """Base of the errors a service raises; ``str()`` is a sentence for the person."""


class ValidationError(ServiceError):
    """One or more fields are wrong; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(" ".join(error.message for error in errors))
        self.errors = errors

    def for_field(self, name: str) -> str | None:
        """The message for one field, if it has one."""
        return next((error.message for error in self.errors if error.field == name), None)


class NotFoundError(ServiceError):
    """The item is gone (deleted elsewhere, or never existed)."""

    def __init__(self, what: str, item_id: int) -> None:
        super().__init__(
            t(
                "The {what} (number {number}) no longer exists. It may have been deleted.",
                what=t(what),
                number=item_id,
            )
        )
        self.what = what
        self.item_id = item_id


class ConflictError(ServiceError):
    """Someone else changed the item since it was read; nothing was overwritten.

    ``current`` is the stored version's data record (when the service could read it) and
    ``current_version`` its version number, so the person can compare and choose.
    """

    def __init__(
        self, what: str, item_id: int, current_version: int | None = None, current: Any = None
    ) -> None:
        super().__init__(
            t(
                "The {what} was changed elsewhere (on another computer or in another window) "
                "after you opened it, so your edit was not saved over it. Compare both versions "
                "and choose.",
                what=t(what),
            )
        )
        self.what = what
        self.item_id = item_id
        self.current_version = current_version
        self.current = current


class ChildNotChosenError(ServiceError):
    """A command needs ``--child`` because the binder holds several children (or none)."""

    def __init__(self, names: list[str]) -> None:
        if names:
            message = t(
                "This binder holds several children ({names}); say which with --child NAME.",
                names=", ".join(names),
            )
        else:
            message = t("This binder holds no child yet. Add a child first.")
        super().__init__(message)
        self.names = names


class ChildNameUnknownError(ServiceError):
    """``--child NAME`` matched no child (or several)."""

    def __init__(self, name: str, names: list[str]) -> None:
        listing = ", ".join(names) if names else t("none")
        super().__init__(
            t(
                "No single child matches '{name}'. Children in this binder: {names}.",
                name=name,
                names=listing,
            )
        )
        self.name = name
