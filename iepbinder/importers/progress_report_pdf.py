"""Take the text out of a dropped progress-report PDF, for the parent to assign to goals."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from iepbinder.domain.language import t

MAX_PDF_BYTES = 100 * 1024 * 1024
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")

log = logging.getLogger(__name__)


class ReportPdfError(ValueError):
    """The PDF's text cannot be read; the message names the file and says what to do instead."""


@dataclass(frozen=True)
class ReportPdfText:
    """The text of every page, pages separated by a blank line."""

    text: str
    page_count: int


def read_report_pdf(raw: bytes, source: str) -> ReportPdfText:
    """The text layer of a PDF; ``source`` (the file name) appears in error messages.

    Scanned PDFs without a text layer and password-protected PDFs raise ReportPdfError with
    advice (type or paste the text instead); nothing is guessed.
    """
    if len(raw) > MAX_PDF_BYTES:
        raise ReportPdfError(
            t("{source} is larger than 100 MB, too large for a progress report.", source=source)
        )
    if not raw.startswith(b"%PDF"):
        raise ReportPdfError(
            t(
                "{source} is not a PDF file. Drop the report's PDF, or paste its text.",
                source=source,
            )
        )
    from pypdf import PdfReader  # imported when used: it is slow to load (program start)
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("password required")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        raise ReportPdfError(
            t(
                "{source} is protected by a password, so its text cannot be read. Open it in a "
                "PDF viewer with the password and copy the text in, or type the report's words.",
                source=source,
            )
        ) from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        log.debug("unreadable PDF %s: %s", source, type(exc).__name__)
        raise ReportPdfError(
            t(
                "{source} could not be read as a PDF (it may be damaged). Paste the report's "
                "text instead.",
                source=source,
            )
        ) from None
    text = _tidy("\n\n".join(page.strip() for page in pages))
    if not text.strip():
        raise ReportPdfError(
            t(
                "{source} has no text layer (it is probably a scan), so there is no text to take. "
                "Type the report's words, or paste them from a copy that has text.",
                source=source,
            )
        )
    return ReportPdfText(text, len(pages))


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()
