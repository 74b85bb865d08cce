"""Every text marked for translation outside Qt has a Spanish entry, with the same fields."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from iepbinder.domain.translations import CATALOGS

PACKAGE = Path(__file__).resolve().parents[2] / "iepbinder"
MARKERS = {"t", "N_"}
AREAS = ("domain", "services", "export", "cli", "importers", "db")


def _literal(node: ast.expr) -> str | None:
    # A plain string, or implicitly joined strings (ast folds them into one constant).
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_texts() -> dict[str, str]:
    """Every literal first argument of t(...) / N_(...) in our non-Qt code -> where it is."""
    found: dict[str, str] = {}
    for area in AREAS:
        for path in sorted((PACKAGE / area).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in MARKERS
                    and node.args
                ):
                    text = _literal(node.args[0])
                    if text is not None:
                        found.setdefault(text, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_the_collector_finds_the_marked_texts() -> None:
    texts = marked_texts()
    # Hand-picked texts that are marked in the code: a letter line, a page footer, an alert.
    assert "- No missed sessions are recorded for these dates." in texts
    assert len(texts) > 100


def test_every_marked_text_has_a_spanish_entry() -> None:
    spanish = CATALOGS["es"]
    missing = {text: where for text, where in marked_texts().items() if text not in spanish}
    assert not missing, "\n".join(f"{where}: {text!r}" for text, where in missing.items())


def test_spanish_entries_keep_the_fields_of_the_english_text() -> None:
    wrong = [
        key
        for key, value in CATALOGS["es"].items()
        if _fields(key) != _fields(value) or not value.strip()
    ]
    assert not wrong, wrong


def test_federal_deadline_rules_have_spanish_titles_and_notes() -> None:
    from iepbinder.config.jurisdictions import FEDERAL_RULES

    spanish = CATALOGS["es"]
    texts = [text for rule in FEDERAL_RULES.values() for text in (rule.title, rule.note) if text]
    assert [text for text in texts if text not in spanish] == []


def test_language_resolution_and_spanish_dates() -> None:
    import datetime as dt

    from iepbinder.domain.language import long_date, resolve, short_date, system_language

    assert resolve("es_US") == "es" and resolve("es-MX") == "es" and resolve("fr") == "en"
    assert resolve("system", "es_PR") == "es" and system_language("en_GB") == "en"
    day = dt.date(2026, 11, 29)
    assert long_date(day, "es") == "29 de noviembre de 2026"
    assert long_date(day, "en") == "November 29, 2026"
    assert short_date(dt.date(2026, 3, 10), "es") == "10 mar 2026"
