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


def mark_words(text: str, words: tuple[str, ...]) -> str:
    """Mark each word of ``text`` that starts with one of ``words`` (any case), as search does."""
    if not words:
        return text
    starts = tuple(words)
    return _WORD.sub(
        lambda m: f"{HIT_START}{m[0]}{HIT_END}" if m[0].casefold().startswith(starts) else m[0],
        text,
    )


def snippet(text: str, words: tuple[str, ...], width: int = 160) -> str:
    """About ``width`` characters around the first word found, with the words marked.

    '… the speech session did not …' with 'speech' marked; the start of the text when no
    word is in it (the match was in the title or the summary).
    """
    flat = " ".join(text.split())
    first = next(
        (m.start() for m in _WORD.finditer(flat) if m[0].casefold().startswith(words)), None
    )
    if first is None:
        piece = flat[:width]
        return piece + ("\u2026" if len(flat) > width else "")
    start = max(0, first - width // 3)
    if start:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > first else end
    piece = mark_words(flat[start:end], words)
    return ("\u2026 " if start else "") + piece + (" \u2026" if end < len(flat) else "")
