"""Why a binder could not be opened or written, as typed errors with a message for people."""

from __future__ import annotations

from pathlib import Path

from iepbinder.domain.language import t


class BinderError(Exception):
    """Base of every binder problem; ``str()`` is a complete sentence saying what to do."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class BinderNotFoundError(BinderError):
    """No binder exists at the path, and nothing was created."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            t(
                "There is no binder at {path}. Check the folder name, or create a binder there "
                "with File > New binder (or 'iepbinder demo' for a demo binder).",
                path=path,
            ),
        )


class NotABinderError(BinderError):
    """The path exists but is not an IEP binder folder."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(
            path,
            t(
                "The folder {path} is not an IEP binder ({reason}). Choose a binder folder, "
                "or an empty folder to start a new binder.",
                path=path,
                reason=reason,
            ),
        )


class BinderUnreadableError(BinderError):
    """The binder's files cannot be read with this user's permissions."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            t(
                "The binder at {path} cannot be read: this user has no permission to open it. "
                "Ask the computer's owner to give you access, or open your own binder.",
                path=path,
            ),
        )


class BinderReadOnlyError(BinderError):
    """The binder can be read but not written (read-only folder, file or disk)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            t(
                "The binder at {path} is read-only, so nothing can be saved in it. Copy the "
                "binder folder to a place you can write to (for example your Documents), "
                "then open the copy.",
                path=path,
            ),
        )


class BinderLockedError(BinderError):
    """Another program has the binder open for writing."""

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(
            path,
            t(
                "The binder at {path} is already open for changes in another IEP Binder window "
                "({holder}). Close that window first; only one program can change a binder at "
                "a time so that nothing is overwritten.",
                path=path,
                holder=holder,
            ),
        )
        self.holder = holder


class BinderTooNewError(BinderError):
    """The binder was written by a newer version of the program."""

    def __init__(self, path: Path | str, revision: str) -> None:
        super().__init__(
            path,
            t(
                "The binder at {path} was saved by a newer version of IEP Binder (schema "
                "{revision}). Install the latest IEP Binder to open it; this version left it "
                "untouched.",
                path=path,
                revision=revision,
            ),
        )
        self.revision = revision


class BinderNeedsUpgradeError(BinderError):
    """A read-only open found an older schema that only a writing open may upgrade."""

    def __init__(self, path: Path | str, revision: str) -> None:
        super().__init__(
            path,
            t(
                "The binder at {path} was saved by an older version of IEP Binder (schema "
                "{revision}). Open it once in IEP Binder so it can be backed up and upgraded, "
                "then try again.",
                path=path,
                revision=revision,
            ),
        )
        self.revision = revision


class BinderServerError(BinderError):
    """The database server could not be reached or refused the connection."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(
            location,
            t(
                "Could not connect to the binder server {location}: {reason}. Check the "
                "address, user name and password, and that the server is running; nothing was "
                "changed.",
                location=location,
                reason=reason,
            ),
        )


class BinderStorageError(BinderError):
    """The computer refused to store a change (disk full, no permission, device gone)."""

    def __init__(self, location: str, reason: str) -> None:
        self.reason = reason  # "the disk is full": for messages about one file among many
        super().__init__(
            location,
            t(
                "The change could not be saved in the binder at {location}: {reason}. Nothing "
                "was half-written; the binder is as it was before. Free some disk space (or "
                "check that the binder's drive is connected and writable), then try again.",
                location=location,
                reason=reason,
            ),
        )
