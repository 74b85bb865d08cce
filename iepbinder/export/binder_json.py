"""Serialise a binder snapshot as the versioned JSON file of docs/JSON_FORMAT.md."""

from __future__ import annotations

import json
from typing import Any


def binder_json_bytes(document: dict[str, Any]) -> bytes:
    """Deterministic UTF-8 JSON (sorted keys, indented): equal binders give equal files."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2)
    return (text + "\n").encode("utf-8")
