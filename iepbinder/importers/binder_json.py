"""Read a binder JSON file (docs/JSON_FORMAT.md) and check its outer shape and version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

FORMAT_NAME = "iepbinder.binder"
FORMAT_VERSION = 1
MAX_JSON_BYTES = 512 * 1024 * 1024


class BinderJsonError(ValueError):
    """The file is not a binder JSON file this program can read; the message says why."""


@dataclass(frozen=True)
class BinderJson:
    """The tables of a binder file, still as JSON values, keyed by table name."""

    format_version: int
    schema_revision: str
    tables: dict[str, list[dict[str, Any]]]


def parse_binder_json(raw: bytes, source: str) -> BinderJson:
    """Decode and shape-check a binder file; ``source`` names it in error messages."""
    if len(raw) > MAX_JSON_BYTES:
        raise BinderJsonError(f"{source} is larger than 512 MB, too large for a binder file.")
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BinderJsonError(f"{source} is not UTF-8 text, so it is not a binder file.") from exc
    except json.JSONDecodeError as exc:
        raise BinderJsonError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BinderJsonError(
            f'{source} is not an IEP Binder file: it lacks "format": "{FORMAT_NAME}".'
        )
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BinderJsonError(f'{source} has no whole-number "format_version".')
    if version != FORMAT_VERSION:
        newer = "a newer" if version > FORMAT_VERSION else "an unknown older"
        raise BinderJsonError(
            f"{source} is binder file format version {version}, {newer} version; this program "
            f"reads version {FORMAT_VERSION}. Update IEP Binder to import it."
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise BinderJsonError(f'{source} has no "tables" object.')
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise BinderJsonError(f'{source}: table "{name}" must be a list of objects.')
    revision = document.get("schema_revision")
    return BinderJson(version, str(revision or ""), tables)
