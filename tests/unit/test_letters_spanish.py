"""Every letter template in Spanish: the same fields as the English one, all filled, no English."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from iepbinder.domain.letters.model import LedgerLine, LetterFacts
from iepbinder.domain.letters.render import (
    CLOSING,
    OPENING,
    PLACEHOLDER,
    TEMPLATES,
    declared_fields,
    in_language,
    render_letter,
)
from iepbinder.domain.letters.templates_es_more import (
    CLOSING_ES,
    FIELD_LABELS_ES,
    OPENING_ES,
    SPANISH_LETTERS,
)

SENT_ON = dt.date(2026, 11, 30)  # a Monday
LEDGER = (LedgerLine("Habla y lenguaje", 240, 180, (dt.date(2026, 11, 3),)),)


def _values(key: str) -> dict[str, str]:
    # Every field the template declares gets a Spanish-looking value (no English words).
    return {name: f"valor-{name}" for name in declared_fields(TEMPLATES[key])}


def _english_sentences(text: str) -> list[str]:
    """The English template's sentences with placeholders cut out: runs of 4+ words."""
    pieces = re.split(r"\{[a-z_]+\}|[.:;?\n\"]", text)
    return [p.strip(" ,-()") for p in pieces if len(p.split()) >= 4]


def test_every_template_has_spanish_words() -> None:
    assert set(SPANISH_LETTERS) == set(TEMPLATES)
    assert len(TEMPLATES) == 12


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_spanish_template_uses_the_same_fields(key: str) -> None:
    english, spanish = TEMPLATES[key], SPANISH_LETTERS[key]
    assert set(PLACEHOLDER.findall(spanish.subject)) == set(PLACEHOLDER.findall(english.subject))
    assert set(PLACEHOLDER.findall(spanish.body)) == set(PLACEHOLDER.findall(english.body))


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_spanish_letter_is_filled_and_has_no_english_sentence(key: str) -> None:
    facts = LetterFacts(_values(key), LEDGER)
    letter = render_letter(TEMPLATES[key], facts, SENT_ON, language="es")
    assert letter.complete, letter.missing
    text = f"{letter.subject}\n{letter.body}"
    assert "[completar" not in text and "[fill in" not in text
    assert not PLACEHOLDER.search(text)
    english = TEMPLATES[key]
    for sentence in _english_sentences(OPENING + english.subject + english.body + CLOSING):
        assert sentence not in text, sentence
    assert text.startswith(SPANISH_LETTERS[key].subject.split("{")[0])
    assert "Estimado/a valor-recipient_name:" in text
    assert "Atentamente," in text


def test_spanish_dates_and_ledger_lines() -> None:
    facts = LetterFacts(_values("compensatory"), LEDGER)
    letter = render_letter(TEMPLATES["compensatory"], facts, SENT_ON, language="es")
    # 10 school days after Monday Nov 30, 2026 (weekdays only): Dec 1..4 (4), Dec 7..11 (9),
    # Dec 14 (10) -> Monday, December 14, 2026.
    assert letter.response_due == dt.date(2026, 12, 14)
    assert "a más tardar el 14 de diciembre de 2026" in letter.body
    # 240 required - 180 delivered = 60 missed.
    assert (
        "- Habla y lenguaje: 240 minutos exigidos, 180 prestados, 60 no prestados. "
        "Sin sesión el 3 nov de 2026." in letter.body
    )


def test_spanish_gaps_are_named_in_spanish() -> None:
    letter = render_letter(TEMPLATES["request_meeting"], LetterFacts({}), SENT_ON, language="es")
    assert "[completar: el motivo de la reunión]" in letter.body
    messages = " ".join(gap.message for gap in letter.missing)
    assert "Todavía no está en la carpeta: el motivo de la reunión." in messages
    assert "Not in the binder" not in messages


def test_the_frame_and_labels_are_spanish() -> None:
    assert set(PLACEHOLDER.findall(OPENING_ES)) == set(PLACEHOLDER.findall(OPENING))
    assert set(PLACEHOLDER.findall(CLOSING_ES)) == set(PLACEHOLDER.findall(CLOSING))
    every_field = set().union(*(declared_fields(t) for t in TEMPLATES.values()))
    assert every_field - {"ledger_table"} <= set(FIELD_LABELS_ES)


def test_english_stays_the_default() -> None:
    template = TEMPLATES["request_data"]
    assert in_language(template, "en") is template
    assert in_language(template, "es").title == "Solicitud de datos"


def test_tone_hints_read_spanish_letters_and_speak_spanish() -> None:
    from iepbinder.domain.language import set_language
    from iepbinder.domain.letters.tone import ToneKind, tone_hints

    text = "Ustedes NUNCA responden y no les importa. ¡Es inaceptable! El IEP y el PWN."
    set_language("es")
    try:
        hints = tone_hints(text)
    finally:
        set_language("en")
    kinds = [(hint.kind, hint.text) for hint in hints]
    assert (ToneKind.CAPITALS, "NUNCA") in kinds  # "IEP" and "PWN" are not shouting
    assert (ToneKind.ACCUSING, "NUNCA") in kinds
    assert (ToneKind.ACCUSING, "no les importa") in kinds
    assert (ToneKind.ACCUSING, "inaceptable") in kinds
    assert (ToneKind.EXCLAMATION, "!") in kinds
    assert not any(hint.text in ("IEP", "PWN") for hint in hints)
    messages = {hint.text: hint.message for hint in hints if hint.kind is ToneKind.ACCUSING}
    assert messages["NUNCA"] == (
        '"NUNCA" puede leerse como una acusación: una lista de fechas convence más que "nunca".'
    )
