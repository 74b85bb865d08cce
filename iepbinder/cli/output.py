"""Print results for people or, with --json, for programs; errors always name what failed."""

from __future__ import annotations

import json
import sys
from typing import Any


class Output:
    """Where a command reports: plain sentences on stdout/stderr, or one JSON object on stdout."""

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json

    def result(self, text: str, **data: Any) -> None:
        """Report success: ``text`` for people, ``data`` (plus ok=true) for --json."""
        if self.as_json:
            print(json.dumps({"ok": True, **data}, ensure_ascii=False, indent=2, default=str))
        else:
            print(text)

    def failure(self, message: str, **data: Any) -> None:
        """Report that the input failed and why."""
        if self.as_json:
            print(json.dumps({"ok": False, "error": message, **data}, ensure_ascii=False, indent=2))
        else:
            print(f"iepbinder: {message}", file=sys.stderr)

    def note(self, text: str) -> None:
        """A side remark for people (never mixed into JSON output)."""
        if not self.as_json:
            print(text, file=sys.stderr)
