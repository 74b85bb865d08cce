"""Every sentence the CLI, the calendar file and the concern/amount notes hand to people is marked.

A string literal with words in it, given to Output.result/note/failure, to a calendar event, to a
concern's time limit or to the notes of a read amount, must go through t() or N_() so that it
has a Spanish entry (tests/unit/test_i18n_catalog.py checks the entries).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "iepbinder"
WORDS = re.compile(r"[A-Za-z]{2,}")
MARKERS = {"t", "N_"}
# File -> the calls whose arguments people read (method or function name).
WATCHED = {
    **{path: {"result", "note", "failure"} for path in (PACKAGE / "cli").glob("*_commands.py")},
    PACKAGE / "services" / "ics_export.py": {"CalendarEntry", "render_ics"},
    PACKAGE / "domain" / "concern_windows.py": {"PossibleDeadline"},
    PACKAGE / "domain" / "frequency.py": {"flag", "append"},
    PACKAGE / "domain" / "email_followup.py": {"append"},
    PACKAGE / "domain" / "journal.py": {"ScaleSpec"},
    PACKAGE / "services" / "concerns.py": {"LinkRef"},
}
# Arguments that are data for programs, not words for people.
NOT_FOR_PEOPLE = {"rule_id", "source_url", "uid", "status"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _bare_words(node: ast.AST) -> list[str]:
    """Literal text with words in ``node`` that is not inside a t()/N_() call."""
    if isinstance(node, ast.Call) and _name(node) in {*MARKERS, "stable_uid", "isoformat"}:
        return []  # marked, or an identifier / a date for programs
    if isinstance(node, ast.Call) and _name(node) == "join":  # the separator is punctuation
        return [text for arg in node.args for text in _bare_words(arg)]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if WORDS.search(node.value) else []
    return [text for child in ast.iter_child_nodes(node) for text in _bare_words(child)]


def unmarked_texts() -> list[str]:
    found = []
    for path, names in WATCHED.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _name(node) in names):
                continue
            values = [*node.args]
            values += [kw.value for kw in node.keywords if kw.arg not in NOT_FOR_PEOPLE]
            for value in values:
                found += [
                    f"{path.relative_to(PACKAGE)}:{node.lineno}: {text!r}"
                    for text in _bare_words(value)
                ]
    return found


def test_the_checker_sees_an_unmarked_sentence() -> None:
    sample = ast.parse('output.result(f"Wrote {n} files.", n=1)').body[0]
    assert isinstance(sample, ast.Expr)
    assert _bare_words(sample.value) == ["Wrote ", " files."]
    marked = ast.parse('output.result(t("Wrote {n} files.", n=n))').body[0]
    assert isinstance(marked, ast.Expr)
    assert _bare_words(marked.value) == []


def test_every_sentence_for_people_goes_through_t() -> None:
    assert unmarked_texts() == []
