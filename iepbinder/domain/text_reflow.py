"""Undo the hard line breaks mail programs put into plain-text emails, so the text reads on."""

from __future__ import annotations

import re

WRAPPED_AT_LEAST = 60  # a line this long that goes on to another one was broken by the mailer
_STARTS_ITS_OWN_LINE = re.compile(r"^\s*(>|[-*\u2022]\s|\d+[.)]\s|[A-Z][\w ]{0,20}:\s)")


def unwrap_lines(text: str) -> str:
    """Join the lines of a paragraph that a mailer wrapped; keep lists, quotes and short lines.

    A line is joined to the next when it is at least WRAPPED_AT_LEAST characters long, is not a
    quoted line ("> "), and the next line starts no list item, quote or "Label: " line.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        joins = (
            out
            and line.strip()
            and len(previous.rstrip()) >= WRAPPED_AT_LEAST
            and not previous.lstrip().startswith(">")
            and not _STARTS_ITS_OWN_LINE.match(line)
        )
        if joins:
            out[-1] = previous.rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)
