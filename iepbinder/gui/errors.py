"""Word any error for a person: never a traceback, always what happened and what to do."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from iepbinder.domain.validation import FieldError
from iepbinder.services.binder_services import BinderError
from iepbinder.services.errors import ServiceError, ValidationError

log = logging.getLogger(__name__)


def describe_error(error: BaseException) -> str:
    """One or two plain sentences about what went wrong."""
    if isinstance(error, BinderError | ServiceError):
        return str(error)
    if isinstance(error, PermissionError):
        where = f" {error.filename}" if error.filename else ""
        return tr(
            "IEP Binder is not allowed to use{where}. Choose another place, or check its "
            "permissions."
        ).format(where=where)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        reason = error.strerror or str(error)
        return tr("The computer could not read or write a file{where}: {reason}.").format(
            where=where, reason=reason
        )
    if isinstance(error, ValueError) and str(error):
        return str(error)
    log.error("unexpected error: %s", type(error).__name__)
    return tr(
        "Something unexpected went wrong, so this action was not completed. What you saved "
        "before is safe. Please try again."
    )


def tr(text: str) -> str:  # the name lupdate looks for
    return QCoreApplication.translate("Errors", text)


def field_errors_of(error: BaseException) -> list[FieldError]:
    """The per-field messages of a validation error (empty for other errors)."""
    return list(error.errors) if isinstance(error, ValidationError) else []
