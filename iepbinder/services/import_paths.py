"""Files to import from dropped or chosen paths: folders walked, system files left out.

Kept apart from the import itself (services/document_import.py and its parsers), so the
window can turn a drop into payloads without loading the email and PDF readers on its thread.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from iepbinder.services.document_dto import ImportPayload

# Left out when a folder is added: system files that are never the parent's documents.
SKIPPED_NAMES = {".ds_store", "thumbs.db", "desktop.ini", "icon\r"}


def payloads_for_paths(paths: Iterable[Path], origin: str = "") -> list[ImportPayload]:
    """Files to import from paths; folders are walked (sorted), hidden and system files skipped."""
    found: list[ImportPayload] = []
    for path in paths:
        if path.is_dir():
            for root, folders, files in os.walk(path):
                folders[:] = sorted(f for f in folders if not f.startswith("."))
                for name in sorted(files):
                    if _wanted(name):
                        found.append(_payload(Path(root) / name, origin))
        else:
            found.append(_payload(path, origin))
    return found


def _wanted(name: str) -> bool:
    return not name.startswith((".", "~$")) and name.lower() not in SKIPPED_NAMES


def _payload(path: Path, origin: str) -> ImportPayload:
    return ImportPayload(path.name, path=path, origin=origin or str(path))
