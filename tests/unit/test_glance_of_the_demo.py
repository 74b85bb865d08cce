"""The at-a-glance PDF of the demo child holds every service, accommodation and goal."""

from __future__ import annotations

import io

from pypdf import PdfReader

from iepbinder.domain.types import PaperSize
from iepbinder.services.binder_services import BinderServices


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_every_item_of_the_demo_is_on_the_one_page(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    glance = demo_services.glance.glance(child.id)
    for paper in (PaperSize.LETTER, PaperSize.A4):
        pdf = demo_services.pages.glance_pdf(child.id, paper=paper)
        reader = PdfReader(io.BytesIO(pdf.content))
        assert pdf.page_count == len(reader.pages) == 1
        text = _squash(reader.pages[0].extract_text())
        for service in glance.services:
            assert _squash(service.data.service_type) in text
            assert _squash(service.data.raw_text) in text
        for accommodation in glance.accommodations:
            assert _squash(accommodation.data.text) in text
        for goal in glance.goals:
            assert _squash(goal.data.text) in text
        for member in glance.team:
            assert member.contact.name in text
        assert "Page 1 of 1" in text
        assert "Prepared by the parent on November 29, 2026" in text
