"""Several finished PDFs as one: the whole-binder PDF is the binder's pages one after another."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter

from iepbinder.export.pages import RenderedPdf


def merge_pdfs(parts: Sequence[bytes], title: str = "") -> RenderedPdf:
    """The pages of ``parts`` in order, in one PDF (each part keeps its own page numbers)."""
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    if title:
        writer.add_metadata({"/Title": title})
    target = io.BytesIO()
    writer.write(target)
    return RenderedPdf(target.getvalue(), len(writer.pages))
