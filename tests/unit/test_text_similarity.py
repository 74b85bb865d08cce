"""best_similarity gives the same answer as the highest similarity, with hand-worked values."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from iepbinder.domain.report_text import best_similarity, similarity

WORDS = st.lists(st.sampled_from(["maya", "reads", "ten", "words", "a", "per", "minute"]),
                 max_size=8).map(" ".join)  # fmt: skip


def test_the_closest_text_wins() -> None:
    text = "reads ten words a minute"
    # "reads ten words per minute": one word replaced of five, edit similarity 1 - 1/5 = 0.8;
    # the word sets share 4 of 6 words, Jaccard 4/6 = 0.667; similarity is the larger, 0.8.
    close = "reads ten words per minute"
    far = "the bus leaves at noon"  # no word shared, and five substitutions: 0.0
    assert abs(best_similarity(text, [far, close]) - 0.8) < 1e-9
    assert best_similarity(text, [far]) == 0.0
    assert best_similarity(text, []) == 0.0
    assert best_similarity(text, [far, text]) == 1.0


@given(WORDS, st.lists(WORDS, max_size=6))
def test_same_as_the_highest_similarity(text: str, others: list[str]) -> None:
    expected = max((similarity(text, other, ("Maya",)) for other in others), default=0.0)
    assert abs(best_similarity(text, others, ("Maya",)) - expected) < 1e-9
