"""The Spanish catalog: complete, consistent with the sources, compiled, and shipped everywhere."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from iepbinder.entry import split_language

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "iepbinder_es.ts"


def _messages() -> list[tuple[str, str, bool]]:
    """(English, Spanish, finished) for every message of the .ts."""
    root = ET.parse(TS_FILE).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
        found.append((message.findtext("source") or "", translation.text or "", finished))
    return found


def test_the_ts_and_qm_match_the_sources() -> None:
    """lupdate would change nothing and lrelease gives the committed .qm byte for byte."""
    tool = ROOT / "tools" / "update_translations.py"
    done = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_text_has_a_spanish_translation_with_the_same_placeholders() -> None:
    messages = _messages()
    assert len(messages) > 1000
    unfinished = [english for english, _spanish, finished in messages if not finished]
    assert unfinished == []
    for english, spanish, _finished in messages:
        fields = sorted(re.findall(r"\{\w*\}|%s", english))
        assert sorted(re.findall(r"\{\w*\}|%s", spanish)) == fields, english
        assert spanish.startswith(" ") == english.startswith(" "), english
        assert spanish.endswith(" ") == english.endswith(" "), english
        if english.endswith("..."):  # opens a dialog: still says so in Spanish
            assert spanish.endswith("..."), english


def test_the_translations_ship_in_the_wheel_and_the_bundle() -> None:
    assert (ROOT / "resources" / "translations" / "iepbinder_es.qm").stat().st_size > 10_000
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert setuptools["package-dir"]["iepbinder._resources"] == "resources"
    assert setuptools["package-data"]["iepbinder._resources"] == ["**/*"]
    spec = (ROOT / "packaging" / "iepbinder.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec


def test_language_is_taken_out_of_the_command_line() -> None:
    assert split_language(["--language", "es", "open", "x"]) == (["open", "x"], "es")
    assert split_language(["--language=en"]) == ([], "en")
    assert split_language(["demo"]) == (["demo"], None)


def test_no_context_name_was_taken_for_a_text() -> None:
    """translate("Context", "text") through an alias makes lupdate file "Context" as the text."""
    code = "".join(p.read_text("utf-8") for p in (ROOT / "iepbinder" / "gui").rglob("*.py"))
    contexts = set(re.findall(r'translate\(\s*"(\w+)"', code))
    assert contexts and not contexts & {english for english, _spanish, _done in _messages()}
