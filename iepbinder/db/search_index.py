"""Full-text search of documents: SQLite FTS5 in a folder, PostgreSQL text search on a server.

Both indexes read ``document_text`` (the metadata words as ``heading``, the original's text as
``body``) and are kept current by the database itself: FTS5 through triggers, PostgreSQL
through a generated ``tsvector`` column. Neither is a model, so schema comparisons skip them.
SQLite cuts the snippets itself; on PostgreSQL they are cut from the text in Python
(``ts_headline`` on every row took longer than the search).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from iepbinder.db.day_sums import is_day_sums
from iepbinder.domain.search_terms import (
    HIT_END,
    HIT_START,
    fts5_query,
    mark_words,
    snippet,
    tsquery_text,
)

SEARCH_TABLE = "document_search"
POSTGRES_COLUMN = "search_vector"
POSTGRES_INDEX = "ix_document_text_search_vector"
HEADING_WEIGHT = 4.0  # a word in the title or summary counts four times a word in the text

_SQLITE_QUERY = text(
    f"""
    SELECT d.id, bm25({SEARCH_TABLE}, {HEADING_WEIGHT}, 1.0) AS rank,
           snippet({SEARCH_TABLE}, 1, :start, :end, ' \u2026 ', 20) AS body_snippet,
           highlight({SEARCH_TABLE}, 0, :start, :end) AS heading
    FROM {SEARCH_TABLE}
    JOIN document d ON d.id = {SEARCH_TABLE}.rowid
    LEFT JOIN document p ON p.id = d.parent_id
    WHERE {SEARCH_TABLE} MATCH :query AND d.child_id = :child_id AND d.deleted_at IS NULL
      AND (p.id IS NULL OR p.deleted_at IS NULL)
    ORDER BY rank
    LIMIT :limit
    """
)
_POSTGRES_QUERY = text(
    f"""
    WITH matched AS MATERIALIZED (
        SELECT t.document_id, ts_rank('{{0.1, 0.2, 0.4, 1.0}}', t.{POSTGRES_COLUMN}, q) AS rank
        FROM document_text t, to_tsquery('simple', :query) AS q
        WHERE t.{POSTGRES_COLUMN} @@ q
    ), hits AS (
        SELECT m.document_id AS id, m.rank
        FROM matched m
        WHERE EXISTS (
            SELECT 1 FROM document d LEFT JOIN document p ON p.id = d.parent_id
            WHERE d.id = m.document_id AND d.child_id = :child_id AND d.deleted_at IS NULL
              AND (p.id IS NULL OR p.deleted_at IS NULL)
        )
        ORDER BY m.rank DESC, m.document_id
        LIMIT :limit
    )
    SELECT hits.id, hits.rank, t.body, t.heading
    FROM hits JOIN document_text t ON t.document_id = hits.id
    ORDER BY hits.rank DESC, hits.id
    """
)


@dataclass(frozen=True)
class IndexHit:
    """One matching document: its id, its rank (higher is better) and marked snippets."""

    document_id: int
    rank: float
    body_snippet: str
    heading: str


def is_search_index(name: str | None, type_: str) -> bool:
    """True for the index's own tables, column and index (not models, so not compared)."""
    if not name:
        return False
    if type_ == "table":
        return name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_")
    return name in (POSTGRES_COLUMN, POSTGRES_INDEX)


def include_in_comparison(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic ``include_name`` hook: every schema object but the search index and day sums."""
    return not is_search_index(name, type_) and not is_day_sums(name, type_)


def search(session: Session, child_id: int, words: Sequence[str], limit: int) -> list[IndexHit]:
    """The best ``limit`` documents of a child that contain every word (or a word it starts)."""
    if not words:
        return []
    terms = tuple(words)
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            _POSTGRES_QUERY,
            {"query": tsquery_text(terms), "child_id": child_id, "limit": limit},
        ).all()  # fmt: skip
        # Snippets are cut here: ts_headline on every row took longer than the search itself.
        return [
            IndexHit(int(r[0]), float(r[1]), snippet(r[2] or "", terms),
                     mark_words(r[3] or "", terms))
            for r in rows
        ]  # fmt: skip
    rows = session.execute(
        _SQLITE_QUERY,
        {"query": fts5_query(terms), "child_id": child_id, "limit": limit,
         "start": HIT_START, "end": HIT_END},
    ).all()  # fmt: skip
    return [IndexHit(int(r[0]), -float(r[1]), r[2] or "", r[3] or "") for r in rows]
