"""Take the text layer out of a PDF for search, with a note (not a refusal) when there is none."""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from iepbinder.domain.language import t

PDF_TEXT_SECONDS = 20.0  # reading text stops here; the PDF is still filed whole
MAX_TEXT_PAGES = 2000
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")

log = logging.getLogger(__name__)


class PdfTextError(ValueError):
    """The file does not start like a PDF at all."""


@dataclass(frozen=True)
class PdfText:
    """The text of a PDF's pages (may be empty), its page count, and a note for the parent."""

    text: str
    page_count: int | None
    note: str = ""
    encrypted: bool = False


def tidy(text: str) -> str:
    """One kind of line ending, no trailing spaces, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def looks_like_pdf(data: bytes) -> bool:
    """PDF files begin with '%PDF-' (a few bytes of junk before it are tolerated, as readers do)."""
    return b"%PDF-" in data[:1024]


def read_pdf_text(
    data: bytes,
    source: str,
    seconds: float = PDF_TEXT_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> PdfText:
    """The text layer, page by page, within a time limit.

    Password-protected, scanned (image-only) and damaged PDFs come back with empty text and a
    note saying why; only a file that is not a PDF at all raises PdfTextError.
    """
    if not looks_like_pdf(data):
        raise PdfTextError(
            t(
                "{source} is named like a PDF but is not one (it does not begin with %PDF). "
                "Save or download it again.",
                source=source,
            )
        )
    from pypdf import PdfReader  # imported when used: it is slow to load (program start)
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    started = clock()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("password required")
        pages = reader.pages
        count = len(pages)
        texts: list[str] = []
        for number, page in enumerate(pages, start=1):
            if number > MAX_TEXT_PAGES or clock() - started > seconds:
                body = tidy("\n\n".join(texts))
                return PdfText(
                    body, count, f"Only the first {number - 1} of {count} pages were read for "
                    "search (the rest took too long); the whole PDF is kept.",
                )  # fmt: skip
            texts.append((page.extract_text() or "").strip())
    except FileNotDecryptedError:
        return PdfText(
            "", None, "Protected by a password, so its words cannot be searched; the file is "
            "kept as it came. Open it with the password to read it.", encrypted=True,
        )  # fmt: skip
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError,
            IndexError, RecursionError, ZeroDivisionError) as exc:  # fmt: skip
        log.debug("unreadable PDF: %s", type(exc).__name__)  # no names: they can be private
        return PdfText(
            "", None, "Its text could not be read (the PDF may be damaged), so it cannot be "
            "searched; the file is kept as it came.",
        )  # fmt: skip
    body = tidy("\n\n".join(texts))
    if not body:
        return PdfText(
            "", count, "No text layer (probably a scan or a picture), so its words cannot be "
            "searched. Add a summary to find it later.",
        )  # fmt: skip
    return PdfText(body, count)
