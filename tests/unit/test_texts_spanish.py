"""Texts the GUI shows that come from domain and services, made in Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iepbinder.domain.language import set_language
from iepbinder.services.binder_services import BinderServices


@pytest.fixture
def spanish() -> Iterator[None]:
    set_language("es")
    yield
    set_language("en")


def test_today_in_spanish(demo_services: BinderServices, spanish: None) -> None:
    child = demo_services.children.list_children()[0]
    today = demo_services.today.today(child.id)
    board = today.board
    titles = [item.title for group in (board.overdue, board.this_week, board.alerts,
                                       board.coming_up, board.wins) for item in group]  # fmt: skip
    joined = "\n".join(titles)
    assert "Todavía sin respuesta: " in joined or "Seguimiento vencido: " in joined
    assert "No reply yet:" not in joined and "Follow-up overdue:" not in joined
    # The demo's next check-in is December 7 (tests/gui/test_today_tab.py).
    assert board.calm_text == "Todo al día. Próxima revisión: 7 de diciembre."
    labels = {item.level_text for group in (board.overdue, board.alerts) for item in group}
    assert labels <= {"\u2139 Información", "\u25d4 Vigilar", "\u26a0 Actuar"}


def test_deadline_explanations_in_spanish(demo_services: BinderServices, spanish: None) -> None:
    child = demo_services.children.list_children()[0]
    rows = demo_services.deadlines.deadlines(child.id).deadlines
    annual = next(row.deadline for row in rows if row.deadline.rule_id == "T-ANNUAL")
    assert annual.title == "Revisión anual del IEP"
    text = annual.explanation
    assert text.startswith("Contado a partir de la reunión que revisó todo el IEP (")
    assert "Posible fecha límite: " in text and "verifíquela con el aviso de garantías" in text
    assert "Counted from" not in text and "Possible deadline" not in text


def test_ledger_figures_and_alerts_in_spanish(demo_services: BinderServices, spanish: None) -> None:
    child = demo_services.children.list_children()[0]
    report = demo_services.ledger.report(child.id)
    line = report.services[0]
    district = line.figure("comp_district")
    assert district.label == "Estimación compensatoria, criterio del distrito"
    assert district.formula.startswith("máx(0, no prestado por la escuela ")
    messages = [alert.message for item in report.services for alert in item.alerts]
    assert messages and not any("were missed for school reasons" in m for m in messages)
    assert any("por motivos de la escuela" in m for m in messages)


def test_field_checks_and_errors_in_spanish(spanish: None) -> None:
    import datetime as dt

    from iepbinder.domain.records import ChildData, ContactData
    from iepbinder.domain.validation import validate_child, validate_contact
    from iepbinder.services.errors import NotFoundError

    errors = validate_child(ChildData(first_name=" ", date_of_birth=dt.date(2030, 1, 1)),
                            dt.date(2026, 11, 29))  # fmt: skip
    assert [e.message for e in errors] == [
        "Nombre: este dato es obligatorio.",
        "La fecha de nacimiento no puede ser futura.",
    ]
    bad_email = validate_contact(ContactData(name="Karen Liu", email="karen"))
    assert [e.message for e in bad_email] == ["Esto no parece una dirección de correo electrónico."]
    assert str(NotFoundError("letter", 7)) == (
        "Este elemento (carta, número 7) ya no existe. Puede que se haya eliminado."
    )
