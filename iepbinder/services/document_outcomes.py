"""What an import says of each file: where it was filed, or why it could not be saved."""

from __future__ import annotations

import sqlite3

from sqlalchemy.orm import Session

from iepbinder.db.errors import BinderStorageError
from iepbinder.domain.documents import DocumentKind
from iepbinder.domain.language import t
from iepbinder.services.document_filing import FiledDocument
from iepbinder.services.errors import NotFoundError, ServiceError


def filed_message(top: FiledDocument, attachments: int, logged: bool) -> str:
    """'Filed as email #12 with 2 attachment(s) and logged.' (each case a whole sentence)."""
    number, count = top.seq_no, attachments
    if top.kind is not DocumentKind.EMAIL:  # only emails are logged
        if count:
            return t(
                "Filed as document #{number} with {count} attachment(s).",
                number=number,
                count=count,
            )
        return t("Filed as document #{number}.", number=number)
    if count and logged:
        return t(
            "Filed as email #{number} with {count} attachment(s) and logged.",
            number=number,
            count=count,
        )
    if count:
        return t("Filed as email #{number} with {count} attachment(s).", number=number, count=count)
    if logged:
        return t("Filed as email #{number} and logged.", number=number)
    return t("Filed as email #{number}.", number=number)


def batch_undone(session: Session, error: Exception) -> bool:
    """True when the database undid the whole batch (a full disk), not just this file."""
    if storage_fault(error) is not None:
        return True
    driver = session.connection().connection.dbapi_connection
    return isinstance(driver, sqlite3.Connection) and not driver.in_transaction


def storage_fault(error: BaseException | None) -> BinderStorageError | None:
    """The full disk behind an error (SQLite undoes the whole transaction, savepoints too)."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, BinderStorageError):
            return error
        error, seen = error.__cause__ or error.__context__, seen + 1
    return None


def failure_reason(error: Exception) -> str:
    fault = storage_fault(error)
    if fault is not None:
        return fault.reason
    if isinstance(error, OSError):
        return t("the computer could not write it: {reason}", reason=error.strerror or error)
    if isinstance(error, ServiceError | NotFoundError):
        return str(error).rstrip(".")
    return t("the binder could not store it")


def what_to_do(error: Exception) -> str:
    if storage_fault(error) is not None:
        return t("free some disk space, then add it again.")
    return t("add it again; if it fails again, use Help > Check binder.")
