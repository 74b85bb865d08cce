"""Safe file names for what arrives from outside: no folders, traversal or control characters."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_LENGTH = 150
_FORBIDDEN = re.compile(r'[<>:"|?*]')
_SEPARATORS = re.compile(r"[/\\]")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}  # fmt: skip


def _visible(char: str) -> bool:
    # Cc: control characters; Cf: invisible format characters such as the right-to-left
    # override that makes 'cod.exe' look like 'exe.doc'.
    return unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn") or char == " "


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    r"""A name that is only a name: the last path part, visible characters, no leading dots.

    '../../etc/passwd' -> 'passwd'; 'C:\\x\\report.pdf' -> 'report.pdf'; a name that is
    nothing but dots or control characters becomes ``fallback``.
    """
    parts = [part for part in _SEPARATORS.split(name or "") if part.strip(" .")]
    cleaned = parts[-1] if parts else ""
    cleaned = unicodedata.normalize("NFC", cleaned)
    cleaned = "".join(char if _visible(char) else "" for char in cleaned)
    cleaned = _FORBIDDEN.sub("_", cleaned)
    cleaned = " ".join(cleaned.split()).strip(" .")
    if not cleaned:
        cleaned = fallback
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        stem, suffix = cleaned, ""
    if stem.upper() in _RESERVED:
        stem = "_" + stem
    if len(suffix) > 16:  # not a real extension: keep it as part of the name
        stem, suffix = cleaned, ""
    room = MAX_NAME_LENGTH - (len(suffix) + 1 if suffix else 0)
    stem = stem[:room].rstrip(" .") or fallback
    return f"{stem}.{suffix}" if suffix else stem


def extension_of(name: str) -> str:
    """'Report.PDF' -> '.pdf'; '' when there is none."""
    stem, dot, suffix = name.rpartition(".")
    return f".{suffix.lower()}" if dot and stem and suffix and len(suffix) <= 16 else ""


def title_from_file_name(name: str) -> str:
    """'2026-03_IEP_final.pdf' -> '2026-03 IEP final': a readable first title."""
    stem = name[: -len(extension_of(name))] if extension_of(name) else name
    words = " ".join(stem.replace("_", " ").split())
    return words or name
