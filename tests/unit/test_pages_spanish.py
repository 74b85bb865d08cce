"""PDF pages made in Spanish: read back with pypdf, Spanish headings and no English headings."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator

import pytest
from pypdf import PdfReader

from iepbinder.domain.language import set_language
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.letter_facts import LetterRequest

MEETING = dt.date(2026, 12, 8)  # the demo child's next meeting (see test_today_outputs)

# Each page: how to make it, the Spanish headings it must show, the English ones it must not.
PAGES: dict[str, tuple[Callable[[BinderServices, int], bytes], list[str], list[str]]] = {
    "glance": (
        lambda s, c: s.pages.glance_pdf(c).content,
        [
            "Resumen del IEP",
            "Fecha de nacimiento",
            "Servicios",
            "Adaptaciones",
            "Metas",
            "Equipo",
            "Revisión anual antes del",
            "Preparado por la familia el 29 de noviembre de 2026",
            "Página 1 de 1",
        ],
        [
            "IEP at a glance",
            "Date of birth",
            "Accommodations",
            "Annual review due",
            "Prepared by the parent",
            "Page 1 of",
        ],
    ),
    "services": (
        lambda s, c: s.ledger.report_pdf(c).content,
        [
            "Informe de prestación de servicios",
            "Registro de servicios (minutos)",
            "Estimación de servicios compensatorios",
            "Criterio del distrito",
            "Sesiones no prestadas o prestadas en parte",
        ],
        [
            "Service delivery report",
            "Service ledger (minutes)",
            "District view",
            "Missed and partly delivered sessions",
            "How it is computed",
        ],
    ),
    "commlog": (
        lambda s, c: s.commlog_export.log_pdf(c).content,
        ["Registro de comunicaciones", "Todas las entradas", "Persona", "Tema", "Seguimiento"],
        ["Communication log", "All entries", "Follow-up", "oldest first"],
    ),
    "progress": (
        lambda s, c: s.progress.progress_pdf(c).content,
        [
            "Progreso en las metas",
            "Informes de progreso",
            "Proyección / objetivo",
            "Continuar; seguir recogiendo datos (regla de tendencia)",
            "Son señales para comentar",
            "Línea de objetivo: de ",
            "(recibido el 30 oct 2026)",
        ],
        [
            "Goal progress",
            "Progress reports",
            "Projected / target",
            "Data points (",
            "keep collecting",
            "These are signals",
            "Aimline:",
            "(received ",
        ],
    ),
    "documents": (
        lambda s, c: s.documents.index_pdf(c).content,
        ["Lista de documentos", "archivo principal", "Autor", "Título"],
        ["Document list", "master file", "Author"],
    ),
    "packet": (
        lambda s, c: s.packets.packet_pdf(c, MEETING).content,
        [
            "Paquete para la reunión",
            "En este paquete",
            "Compromisos y seguimientos pendientes",
            "Inquietudes de la familia",
            "Preguntas para hacer",
            "Antes de la reunión",
            "Notas de la reunión",
            "Decisiones y acuerdos",
            "8 dic 2026",
        ],
        [
            "Meeting packet",
            "In this packet",
            "Open commitments",
            "Questions to ask",
            "Before the meeting",
            "Meeting notes",
            "Decisions and agreements",
        ],
    ),
}


@pytest.fixture
def spanish() -> Iterator[None]:
    set_language("es")
    yield
    set_language("en")


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_spanish_page(demo_services: BinderServices, spanish: None, name: str) -> None:
    make, wanted, unwanted = PAGES[name]
    child = demo_services.children.list_children()[0]
    text = _text(make(demo_services, child.id))
    for heading in wanted:
        assert heading in text, heading
    for heading in unwanted:
        assert heading not in text, heading


def test_the_same_page_stays_english_by_default(demo_services: BinderServices) -> None:
    child = demo_services.children.list_children()[0]
    text = _text(demo_services.pages.glance_pdf(child.id).content)
    assert "IEP at a glance" in text and "Resumen del IEP" not in text


def test_a_spanish_letter_on_paper(demo_services: BinderServices) -> None:
    child = demo_services.children.list_children()[0]
    letters = demo_services.letters
    draft = letters.draft(child.id, LetterRequest("compensatory", language="es"))
    text = _text(letters.pdf(child.id, draft.data, language="es").content)
    assert "29 de noviembre de 2026" in text
    assert "Solicitud de servicios compensatorios" in text
    assert "servicios compensatorios (tiempo de recuperación)" in text
    assert "Dear " not in text and "Thank you" not in text


def test_a_spanish_notice_request_names_the_languages_in_spanish(
    demo_services: BinderServices,
) -> None:
    child = demo_services.children.list_children()[0]
    draft = demo_services.letters.draft(child.id, LetterRequest("request_pwn", language="es"))
    # The demo family's primary language is "English and Spanish".
    assert "Le ruego que me entregue el aviso en inglés y español." in draft.data.body
    assert draft.follow_up_words == "10 days"  # the program's language, for the dialog
