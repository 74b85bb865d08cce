"""The schema revisions this program knows, without importing Alembic (it is slow to import)."""

from __future__ import annotations

# Oldest first; the last one is the head. A test checks this matches the Alembic scripts.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
