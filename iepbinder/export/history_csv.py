"""The binder's history as CSV: every recorded change with the hashes that chain them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

HEADER = (
    "record", "changed_at_utc", "kind", "item_id", "action", "changed_fields", "before",
    "after", "previous_hash", "hash",
)  # fmt: skip


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def history_csv(rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with a byte-order mark (spreadsheets then read accents right), one row per change.

    Each row is (record, changed_at, kind, item_id, action, changed_fields, before, after,
    previous_hash, hash), before and after as JSON text.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for record, when, kind, item_id, action, fields, before, after, previous, digest in rows:
        writer.writerow([
            record, when.isoformat(), kind, item_id, action, " ".join(fields), _json(before),
            _json(after), previous, digest,
        ])  # fmt: skip
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
