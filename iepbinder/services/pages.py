"""Printable binder pages: gather the DTOs, render them with export/, save them safely."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iepbinder.domain.types import PaperSize
from iepbinder.export.files import write_atomic
from iepbinder.services.context import ServiceContext
from iepbinder.services.glance import GlanceService


@dataclass(frozen=True)
class RenderedPdf:
    """A finished PDF and how many pages it has."""

    content: bytes
    page_count: int


class PageService:
    """PDF binder pages for printing, previewing and saving."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._glance = GlanceService(context)

    def glance_pdf(
        self, child_id: int, plan_id: int | None = None, paper: PaperSize = PaperSize.LETTER
    ) -> RenderedPdf:
        """The one-page IEP at a glance for a child (the plan in effect unless ``plan_id``)."""
        from iepbinder.export.glance_pdf import render_glance

        rendered = render_glance(self._glance.glance(child_id, plan_id), paper)
        return RenderedPdf(rendered.data, rendered.page_count)

    def save(self, path: Path, content: bytes) -> None:
        """Write a file atomically (a crash leaves the old file or the new one, never half)."""
        write_atomic(path, content)
