"""Gentle tone hints for a draft: shouting capitals, exclamation marks and accusing words.

A letter is written for the "Stranger" who may read it later (DOMAIN.md 6): facts in date
order, a calm tone, no blame. These are hints, never blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
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
# Words that read as blame, with a kinder way to say the same thing ({word}: the word found).
_DATES = N_("a list of dates is stronger than '{word}'")
_JUDGING = N_("describe what happened instead of judging the person")
_UNHELPFUL = N_("say what did not help and what you ask for instead")
_STATE_FACT = N_("state the fact and your request; the reader will judge")
_QUOTE = N_("write what you were told and when, in quotation marks if you can")
_NEXT = N_("focus on what your child needs next")
ACCUSING_WORDS = {
    "always": _DATES, "never": _DATES, "incompetent": _JUDGING, "lazy": _JUDGING,
    "useless": _UNHELPFUL, "worthless": _UNHELPFUL, "ridiculous": _STATE_FACT,
    "unacceptable": _STATE_FACT, "pathetic": _STATE_FACT, "negligent": _STATE_FACT,
    "liar": _QUOTE, "lied": _QUOTE, "lying": _QUOTE, "blame": _NEXT, "fault": _NEXT,
    # The same in Spanish, for letters written in Spanish.
    "siempre": _DATES, "nunca": _DATES, "jamás": _DATES, "incompetente": _JUDGING,
    "incompetentes": _JUDGING, "vago": _JUDGING, "vaga": _JUDGING, "perezoso": _JUDGING,
    "inútil": _UNHELPFUL, "inútiles": _UNHELPFUL, "ridículo": _STATE_FACT,
    "inaceptable": _STATE_FACT, "patético": _STATE_FACT, "negligente": _STATE_FACT,
    "negligentes": _STATE_FACT, "mentiroso": _QUOTE, "mentirosa": _QUOTE, "mintió": _QUOTE,
    "mintieron": _QUOTE, "culpa": _NEXT,
}  # fmt: skip
ACCUSING_PHRASES = {
    "you failed": N_("name the service and the dates it was missed instead"),
    "you refuse": N_("ask for prior written notice of the refusal instead"),
    "you don't care": _NEXT,
    "you do not care": _NEXT,
    "ustedes no cumplieron": N_("name the service and the dates it was missed instead"),
    "usted no cumplió": N_("name the service and the dates it was missed instead"),
    "se niegan": N_("ask for prior written notice of the refusal instead"),
    "no les importa": _NEXT,
    "no le importa": _NEXT,
}
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|')*")  # letters, accented ones too
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
                    t(
                        '"{word}" is in capitals, which reads as shouting; ordinary letters are '
                        "calmer and just as clear.",
                        word=word,
                    ),
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
                    t(
                        '"{word}" can read as an accusation: {advice}.',
                        word=word,
                        advice=t(advice, word=word.lower()),
                    ),
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
                    t(
                        '"{phrase}" can read as blame: {advice}.',
                        phrase=text[found.start() : found.end()],
                        advice=t(advice),
                    ),
                )
            )
    for match in _EXCLAIM.finditer(text):
        hints.append(
            ToneHint(
                ToneKind.EXCLAMATION,
                match.start(),
                match.end(),
                match[0],
                t("An exclamation mark can sound angry in a letter; a full stop keeps it calm."),
            )
        )
    return sorted(hints, key=lambda hint: (hint.start, hint.kind))
