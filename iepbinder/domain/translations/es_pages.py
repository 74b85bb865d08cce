"""Spanish for the PDF pages: headings, table columns, notes and footers."""

from __future__ import annotations

PAGES: dict[str, str] = {}
