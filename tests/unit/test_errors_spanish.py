"""Error and field messages made in domain, services and importers, shown in Spanish."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepbinder.db.binder import open_binder
from iepbinder.db.errors import BinderNotFoundError, NotABinderError
from iepbinder.domain.commlog import LogEntryData, late_logging_note
from iepbinder.domain.language import set_language
from iepbinder.domain.records import ChildData
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.errors import ValidationError
from iepbinder.services.session_dto import SchoolYearData


@pytest.fixture
def spanish() -> Iterator[None]:
    set_language("es")
    yield
    set_language("en")


def _child(services: BinderServices) -> int:
    return services.children.add_child(ChildData(first_name="Maya", last_name="Ortiz")).row.id


def test_a_bad_dropped_file_reports_its_reason_in_spanish(
    services: BinderServices, tmp_path: Path, spanish: None
) -> None:
    child_id = _child(services)
    (tmp_path / "vacio.pdf").write_bytes(b"")
    (tmp_path / "falso.pdf").write_bytes(b"hello, this is not a PDF")
    (tmp_path / "nota.txt").write_text("The meeting moved to Tuesday.", encoding="utf-8")
    paths = [tmp_path / "vacio.pdf", tmp_path / "falso.pdf", tmp_path / "nota.txt"]
    report = services.documents.import_paths(child_id, paths)
    said = {Path(outcome.name).name: outcome.message for outcome in report.outcomes}
    assert said == {
        "vacio.pdf": "vacio.pdf está vacío (0 bytes), así que no hay nada que guardar.",
        "falso.pdf": (
            "falso.pdf tiene nombre de PDF pero no lo es (no empieza con %PDF). Guárdelo o "
            "descárguelo de nuevo."
        ),
        "nota.txt": "Archivado como documento n.º 1.",
    }
    again = services.documents.import_paths(child_id, [tmp_path / "nota.txt"])
    assert [outcome.message for outcome in again.outcomes] == [
        "Ya está en la carpeta: el mismo archivo es el documento n.º 1; no se agregó otra vez."
    ]


def test_the_same_file_reports_in_english_unchanged(
    services: BinderServices, tmp_path: Path
) -> None:
    child_id = _child(services)
    (tmp_path / "empty.pdf").write_bytes(b"")
    report = services.documents.import_paths(child_id, [tmp_path / "empty.pdf"])
    assert [outcome.message for outcome in report.outcomes] == [
        "empty.pdf is empty (0 bytes), so there is nothing to keep."
    ]


def test_the_late_entry_note_in_spanish_is_made_when_shown() -> None:
    utc = dt.UTC
    set_language("es")
    try:
        # No time given: the event counts from 23:59:59 on Nov 20. Logged Nov 24 at 00:00,
        # 72 hours and 1 second later: over 48 hours, 72 // 24 = 3 days.
        note = late_logging_note(
            dt.date(2026, 11, 20), None, dt.datetime(2026, 11, 24, tzinfo=utc), utc
        )
        assert note == (
            "Anotado 3 días después de lo ocurrido (más de 48 horas después), así que no es un "
            "registro del momento. Anote lo que le ayudó a recordarlo."
        )
        # Limit 24 hours; logged Nov 22 at 06:00: 30 hours and 1 second, under 2 days.
        note = late_logging_note(
            dt.date(2026, 11, 20), None, dt.datetime(2026, 11, 22, 6, tzinfo=utc), utc, 24
        )
        assert note.startswith("Anotado 30 horas después de lo ocurrido (más de 24 horas")
    finally:
        set_language("en")


def test_a_stored_late_entry_shows_its_note_in_the_language_of_the_moment(
    services: BinderServices,
) -> None:
    child_id = _child(services)
    entry = LogEntryData(dt.date(2026, 11, 2), topic="Speech minutes missed")
    logged = dt.datetime(2026, 11, 12, 15, 0, tzinfo=dt.UTC)  # ten days later
    entry_id = services.commlog.add_entry(child_id, entry, logged).row.id
    english = services.commlog.get_entry(entry_id).late_note
    set_language("es")
    try:
        spanish = services.commlog.get_entry(entry_id).late_note
    finally:
        set_language("en")
    assert english.startswith("Written down 9 days after it happened (more than 48 hours")
    assert spanish.startswith("Anotado 9 días después de lo ocurrido (más de 48 horas después)")


def test_a_service_check_names_the_field_in_spanish(
    services: BinderServices, spanish: None
) -> None:
    backwards = SchoolYearData("2026-2027", dt.date(2027, 6, 10), dt.date(2026, 8, 20))
    with pytest.raises(ValidationError) as raised:
        services.calendar.add_year(backwards)
    assert raised.value.for_field("last_day") == "El último día de clases es anterior al primero."
    with pytest.raises(ValidationError) as raised:
        services.commlog.add_entry(_child(services), LogEntryData(dt.date(2026, 11, 20)))
    assert raised.value.for_field("topic") == (
        "Escriba un tema o un resumen, para que la entrada diga de qué se trató."
    )


def test_the_plan_label_names_its_kind_in_spanish_and_keeps_its_title(
    demo_services: BinderServices,
) -> None:
    child = demo_services.children.list_children()[0]
    plans = demo_services.plans.list_plans(child.id)
    annual = next(plan for plan in plans if plan.data.title == "Annual review")
    assert annual.label == "Annual IEP \u2013 Annual review, 2026-03-10"
    set_language("es")
    try:
        assert annual.label == "IEP anual \u2013 Annual review, 2026-03-10"
    finally:
        set_language("en")


def test_a_folder_that_is_no_binder_is_explained_in_spanish(tmp_path: Path, spanish: None) -> None:
    missing = tmp_path / "nada"
    with pytest.raises(BinderNotFoundError) as raised:
        open_binder(missing)
    assert str(raised.value) == (
        f"No hay ninguna carpeta en {missing}. Revise el nombre de la carpeta, o cree una allí "
        "con Archivo > Nueva carpeta (o 'iepbinder demo' para una carpeta de demostración)."
    )
    photos = tmp_path / "fotos"
    photos.mkdir()
    (photos / "playa.jpg").write_bytes(b"not really a picture")
    with pytest.raises(NotABinderError) as other:
        open_binder(photos)  # opened, not created: a folder without the binder's database
    assert str(other.value) == (
        f"La carpeta {photos} no es una carpeta de IEP Binder (no tiene binder.sqlite3). Elija "
        "una carpeta del programa, o una carpeta vacía para empezar una nueva."
    )
