"""Hash chaining of history records: each record's hash covers it and the one before it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainLink:
    """The parts of a history record that its hash covers."""

    record_id: int
    entity: str
    entity_id: int
    action: str
    changed_at: str
    before: Any
    after: Any
    prev_hash: str
    hash: str


def link_hash(
    prev_hash: str,
    entity: str,
    entity_id: int,
    action: str,
    changed_at: str,
    before: Any,
    after: Any,
) -> str:
    """SHA-256 of the previous hash and a canonical JSON of the record."""
    body = json.dumps(
        [prev_hash, entity, entity_id, action, changed_at, before, after],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def first_broken_link(links: Iterable[ChainLink]) -> tuple[ChainLink, str] | None:
    """The first record whose hash or link does not hold, with why; None when all hold."""
    expected_prev = GENESIS
    for link in links:
        if link.prev_hash != expected_prev:
            return link, "the record before it was changed or removed"
        computed = link_hash(
            link.prev_hash,
            link.entity,
            link.entity_id,
            link.action,
            link.changed_at,
            link.before,
            link.after,
        )
        if computed != link.hash:
            return link, "this record was changed after it was written"
        expected_prev = link.hash
    return None
