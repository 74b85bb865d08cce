"""Read a binder JSON file (docs/JSON_FORMAT.md) and check its outer shape and version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from iepbinder.domain.language import t

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
        raise BinderJsonError(
            t("{source} is larger than 512 MB, too large for a binder file.", source=source)
        )
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BinderJsonError(
            t("{source} is not UTF-8 text, so it is not a binder file.", source=source)
        ) from exc
    except json.JSONDecodeError as exc:
        raise BinderJsonError(
            t(
                "{source} is not valid JSON (line {line}, column {column}: {detail}).",
                source=source,
                line=exc.lineno,
                column=exc.colno,
                detail=exc.msg,
            )
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BinderJsonError(
            t(
                '{source} is not an IEP Binder file: it lacks "format": "{format}".',
                source=source,
                format=FORMAT_NAME,
            )
        )
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BinderJsonError(t('{source} has no whole-number "format_version".', source=source))
    if version != FORMAT_VERSION:
        message = (
            t(
                "{source} is binder file format version {version}, a newer version; this "
                "program reads version {known}. Update IEP Binder to import it.",
                source=source,
                version=version,
                known=FORMAT_VERSION,
            )
            if version > FORMAT_VERSION
            else t(
                "{source} is binder file format version {version}, an unknown older version; "
                "this program reads version {known}. Update IEP Binder to import it.",
                source=source,
                version=version,
                known=FORMAT_VERSION,
            )
        )
        raise BinderJsonError(message)
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise BinderJsonError(t('{source} has no "tables" object.', source=source))
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise BinderJsonError(
                t('{source}: table "{table}" must be a list of objects.', source=source, table=name)
            )
    revision = document.get("schema_revision")
    return BinderJson(version, str(revision or ""), tables)
