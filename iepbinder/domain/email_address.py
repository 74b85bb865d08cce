"""Email addresses as the binder stores and matches them: trimmed and in lower case."""

from __future__ import annotations

import re

_ANGLE = re.compile(r"<([^<>]+)>")


def email_key(text: str) -> str:
    """'Karen Liu <KLiu@School.org>' or ' KLiu@School.org ' -> 'kliu@school.org'."""
    match = _ANGLE.search(text)
    address = match[1] if match else text
    return address.strip().lower()
