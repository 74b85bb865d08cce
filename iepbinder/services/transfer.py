"""Move a binder between a folder and a server, verified by comparing the JSON exports."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from iepbinder.domain.language import t
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.errors import ServiceError
from iepbinder.services.originals_check import copy_originals


class TransferMismatchError(ServiceError):
    """The copy does not export to the same JSON as the original."""

    def __init__(self, source: str, target: str) -> None:
        super().__init__(
            t(
                "The copy at {target} does not match the binder at {source}, so the transfer "
                "is not trustworthy. The original is unchanged; remove the copy and try again.",
                target=target,
                source=source,
            )
        )


@dataclass(frozen=True)
class TransferReport:
    """What was moved and the fingerprint both sides share."""

    source: str
    target: str
    export_bytes: int
    export_sha256: str
    originals: int = 0


def transfer_binder(source: BinderServices, target: BinderServices) -> TransferReport:
    """Copy every record of ``source`` into the empty ``target`` and prove they are the same."""
    original = source.binder_file.export_bytes()
    target.binder_file.import_bytes(original, source.location)
    copy = target.binder_file.export_bytes()
    if copy != original:
        raise TransferMismatchError(source.location, target.location)
    originals = copy_originals(source.context, target.context)
    return TransferReport(
        source.location,
        target.location,
        len(original),
        hashlib.sha256(original).hexdigest(),
        originals,
    )
