"""Gentle tone hints for a draft: shouting capitals, exclamation marks and accusing words.

A letter is written for the "Stranger" who may read it later (DOMAIN.md 6): facts in date
order, a calm tone, no blame. These are hints, never blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from iepbinder.domain.types import StrEnum


class ToneKind(StrEnum):
    """What a hint is about."""

    CAPITALS = "capitals"
    EXCLAMATION = "exclamation"
    ACCUSING = "accusing"


@dataclass(frozen=True)
class ToneHint:
    """One hint: where it is in the text (start, end), the words, and a kinder way to say it."""

    kind: ToneKind
    start: int
    end: int
    text: str
    message: str


# Abbreviations that are written in capitals and are not shouting.
_ACRONYM_TEXT = """
    AAC ABA ADA ADHD APE ASD AT BIP CA CBM CC CFR CSE DOB ELA ELL ESL ESY FAPE FBA FERPA
    IDEA IEE IEP IEPS IFSP IL LEA LRE MTSS NY OCR OHI OSEP OT PA PBIS PDF PE PLAAFP PLEP PM AM
    OK PT PWN RE RSP RTI SAI SDI SEA SLD SLP SLPS SPED STO TX US USA USD"""
ACRONYMS = frozenset(_ACRONYM_TEXT.split())
# Words that read as blame, with a kinder way to say the same thing.
ACCUSING_WORDS = {
    "always": "a list of dates is stronger than 'always'",
    "never": "a list of dates is stronger than 'never'",
    "incompetent": "describe what happened instead of judging the person",
    "lazy": "describe what happened instead of judging the person",
    "useless": "say what did not help and what you ask for instead",
    "worthless": "say what did not help and what you ask for instead",
    "ridiculous": "state the fact and your request; the reader will judge",
    "unacceptable": "state the fact and your request; the reader will judge",
    "pathetic": "state the fact and your request; the reader will judge",
    "negligent": "state the fact and your request; the reader will judge",
    "liar": "write what you were told and when, in quotation marks if you can",
    "lied": "write what you were told and when, in quotation marks if you can",
    "lying": "write what you were told and when, in quotation marks if you can",
    "blame": "focus on what your child needs next",
    "fault": "focus on what your child needs next",
}
ACCUSING_PHRASES = {
    "you failed": "name the service and the dates it was missed instead",
    "you refuse": "ask for prior written notice of the refusal instead",
    "you don't care": "focus on what your child needs next",
    "you do not care": "focus on what your child needs next",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_EXCLAIM = re.compile(r"!+")


def tone_hints(text: str) -> list[ToneHint]:
    """Every hint in ``text``, in the order they appear."""
    hints: list[ToneHint] = []
    for match in _WORD.finditer(text):
        word = match[0]
        bare = word.rstrip("'s") if word.endswith("'s") else word
        if len(bare) >= 2 and bare.isupper() and bare not in ACRONYMS:
            hints.append(
                ToneHint(
                    ToneKind.CAPITALS,
                    match.start(),
                    match.end(),
                    word,
                    f'"{word}" is in capitals, which reads as shouting; ordinary letters are '
                    "calmer and just as clear.",
                )
            )
        advice = ACCUSING_WORDS.get(word.lower())
        if advice:
            hints.append(
                ToneHint(
                    ToneKind.ACCUSING,
                    match.start(),
                    match.end(),
                    word,
                    f'"{word}" can read as an accusation: {advice}.',
                )
            )
    lowered = text.lower()
    for phrase, advice in ACCUSING_PHRASES.items():
        for found in re.finditer(re.escape(phrase), lowered):
            hints.append(
                ToneHint(
                    ToneKind.ACCUSING,
                    found.start(),
                    found.end(),
                    text[found.start() : found.end()],
                    f'"{text[found.start() : found.end()]}" can read as blame: {advice}.',
                )
            )
    for match in _EXCLAIM.finditer(text):
        hints.append(
            ToneHint(
                ToneKind.EXCLAMATION,
                match.start(),
                match.end(),
                match[0],
                "An exclamation mark can sound angry in a letter; a full stop keeps it calm.",
            )
        )
    return sorted(hints, key=lambda hint: (hint.start, hint.kind))
