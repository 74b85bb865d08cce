"""Reading report prose: sentences, numbers that are data, phrase search and text similarity."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATES = re.compile(
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|"
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b|\b(?:19|20)\d{{2}}\b|"
    r"\b(?:grade|quarter|q|trimester|semester|term|period|unit|lesson|page)\s*\d+\b|"
    r"\b\d+(?:st|nd|rd|th)[- ](?:grade|quarter|trimester|semester)\b",
    re.IGNORECASE,
)
_GOAL_NUMBER = re.compile(r"\b(?:goal|target|benchmark|objective)\s+(?:of|is|at)\s+\d", re.I)
_NUMBER = re.compile(r"\d")
_NUMBER_WORDS = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|out of)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
_DATA_WORDS = re.compile(
    r"\bwork samples?\b|\bdata (?:summary|summaries|sheets?|collected|attached|shows?)\b|"
    r"\bgraphs?\b|\bcharts?\b|\bprobe (?:results?|scores?)\b|\bsee attached\b|\battached\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9%']+")
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "hers", "their"})


def sentences(text: str) -> list[str]:
    """The sentences (or lines) of a passage, stripped, without empty ones."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def has_data_number(text: str) -> bool:
    """True when the text holds a number that is data, not a date, grade or restated goal."""
    cleaned = _DATES.sub(" ", text)
    cleaned = _GOAL_NUMBER.sub(" ", cleaned)
    return bool(_NUMBER.search(cleaned) or _NUMBER_WORDS.search(cleaned))


def mentions_data(text: str) -> bool:
    """True when the text points to a work sample, data sheet, graph or data summary."""
    return bool(_DATA_WORDS.search(text))


def find_phrase(text: str, phrases: Iterable[str]) -> tuple[str, str] | None:
    """The first phrase found (as a word start, any ending) and the sentence holding it."""
    for sentence in sentences(text):
        for phrase in phrases:
            if re.search(rf"\b{re.escape(phrase)}", sentence, re.IGNORECASE):
                return phrase, sentence
    return None


def sentence_matching(text: str, pattern: re.Pattern[str]) -> str | None:
    """The first sentence that matches ``pattern``."""
    return next((s for s in sentences(text) if pattern.search(s)), None)


def normalized_words(text: str, names: Sequence[str] = ()) -> list[str]:
    """Lower-case words with the children's names and gendered pronouns replaced by markers."""
    return list(_normalized(text, tuple(names)))


@lru_cache(maxsize=4096)
def _normalized(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """normalized_words, kept: a binder's report texts are compared with each other many times."""
    masked = {name.casefold() for name in names if name.strip()}
    words = []
    for word in _WORD.findall(text.casefold().replace("\u2019", "'")):
        bare = word.removesuffix("'s")
        if bare in masked:
            words.append("<child>")
        elif bare in _PRONOUNS:
            words.append("<pronoun>")
        else:
            words.append(word)
    return tuple(words)


def jaccard(first: Sequence[str], second: Sequence[str]) -> float:
    """|A ∩ B| / |A ∪ B| of the two word sets (1.0 for two empty texts)."""
    a, b = set(first), set(second)
    return 1.0 if not a and not b else len(a & b) / len(a | b)


def edit_similarity(first: Sequence[str], second: Sequence[str]) -> float:
    """1 − (word-level edit distance / length of the longer text)."""
    longest = max(len(first), len(second))
    if longest == 0:
        return 1.0
    previous = list(range(len(second) + 1))
    for i, word in enumerate(first, start=1):
        current = [i]
        for j, other in enumerate(second, start=1):
            cost = 0 if word == other else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return 1 - previous[-1] / longest


def similarity(first: str, second: str, names: Sequence[str] = ()) -> float:
    """The larger of token Jaccard and normalized edit similarity (DOMAIN.md 4.5, PR-6)."""
    a, b = normalized_words(first, names), normalized_words(second, names)
    return max(jaccard(a, b), edit_similarity(a, b))


def best_similarity(text: str, others: Iterable[str], names: Sequence[str] = ()) -> float:
    """The highest ``similarity`` of ``text`` to any of ``others`` (0.0 when there are none).

    The same answer as taking the max of every similarity, with less work: each distinct text
    is compared once, and the word-by-word edit distance is skipped for a text that cannot
    beat the best so far (see ``_edit_bound``).
    """
    names = tuple(names)
    words = _normalized(text, names)
    best = 0.0
    for other in dict.fromkeys(others):
        other_words = _normalized(other, names)
        if other_words == words:
            return 1.0  # the same words: as alike as texts can be
        score = jaccard(words, other_words)
        if _edit_bound(words, other_words) > max(best, score):
            score = max(score, edit_similarity(words, other_words))
        best = max(best, score)
    return best


def _edit_bound(first: Sequence[str], second: Sequence[str]) -> float:
    """An upper bound of edit_similarity.

    Every word one text has and the other lacks (counted with repeats) needs at least one edit,
    so the distance is at least the larger of the two leftovers.
    """
    longest = max(len(first), len(second))
    if longest == 0:
        return 1.0
    a, b = _counts(tuple(first)), _counts(tuple(second))
    if len(a) > len(b):
        a, b = b, a
    shared = sum(min(count, b[word]) for word, count in a.items() if word in b)
    # |A - B| = len(first) - shared and |B - A| = len(second) - shared: the larger leftover
    # is longest - shared (integers, so the same float as subtracting the two Counters).
    return 1 - (longest - shared) / longest


@lru_cache(maxsize=4096)
def _counts(words: tuple[str, ...]) -> Counter[str]:
    """How often each word occurs (kept: a text is compared with many others)."""
    return Counter(words)


@lru_cache(maxsize=8192)
def word_count(text: str) -> int:
    """How many words a text has."""
    return len(_WORD.findall(text.casefold()))
