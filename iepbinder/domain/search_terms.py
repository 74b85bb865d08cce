"""Turn what a parent types into a search box into safe full-text queries for either database."""

from __future__ import annotations

import re

# Marks around the matched words in snippets; private-use characters never found in documents.
HIT_START = "\ue000"
HIT_END = "\ue001"
MAX_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


def search_words(text: str) -> tuple[str, ...]:
    """The words of the query, lower case, each once: 'Speech, SPEECH log!' -> speech, log."""
    words: dict[str, None] = {}
    for word in _WORD.findall(text.casefold()):
        words.setdefault(word, None)
    return tuple(words)[:MAX_WORDS]


def fts5_query(words: tuple[str, ...]) -> str:
    """SQLite FTS5: every word must appear, as a word or the start of one ('"speech"* AND ...')."""
    return " AND ".join(f'"{word}"*' for word in words)


def tsquery_text(words: tuple[str, ...]) -> str:
    """PostgreSQL to_tsquery: every word, as a word or the start of one ('speech:* & log:*')."""
    return " & ".join(f"{word}:*" for word in words)


def strip_marks(text: str) -> str:
    """The snippet without its hit marks, for places that cannot show bold."""
    return text.replace(HIT_START, "").replace(HIT_END, "")
