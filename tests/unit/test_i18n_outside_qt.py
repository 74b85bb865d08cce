"""Spanish for the journal, concerns, email follow-ups, amounts, state rules, .ics and CSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from iepbinder.config.jurisdictions import CALIFORNIA, FEDERAL_RULES, PROFILES, TEXAS
from iepbinder.domain.concern_windows import concern_windows
from iepbinder.domain.email_followup import suggest_follow_up
from iepbinder.domain.frequency import parse_frequency
from iepbinder.domain.journal import SCALES, AccommodationCheckData, Scale, not_provided_counts
from iepbinder.domain.language import set_language, t
from iepbinder.domain.translations import CATALOGS
from iepbinder.services.binder_services import BinderServices

D = dt.date


@pytest.fixture
def spanish() -> Iterator[None]:
    set_language("es")
    yield
    set_language("en")


def test_concern_time_limits_in_spanish(spanish: None) -> None:
    complaint, hearing = concern_windows(D(2026, 11, 3), D(2026, 11, 10))
    assert complaint.label == "Queja estatal"
    assert complaint.note.startswith("La agencia estatal de educación debe recibir la queja")
    # Nov 3, 2026 + 1 year = Nov 3, 2027; Nov 10, 2026 + 2 years = Nov 10, 2028.
    assert complaint.derivation == "fecha del problema 2026-11-03 + 1 año = 2027-11-03"
    assert hearing.derivation == (
        "fecha en que usted supo o debió saber 2026-11-10 + 2 años = 2028-11-10"
    )
    assert hearing.label == "Solicitud de audiencia de debido proceso"
    assert "aviso previo por escrito" in hearing.note


def test_concern_time_limits_stay_english_by_default() -> None:
    (complaint,) = concern_windows(D(2026, 11, 3), None)
    assert complaint.label == "State complaint"
    assert complaint.derivation == "date of the problem 2026-11-03 + 1 year = 2027-11-03"


def test_journal_words_and_not_provided_count_in_spanish(spanish: None) -> None:
    checks = [
        AccommodationCheckData(D(2026, 11, 2), "Extended time", "Math", provided=False),
        AccommodationCheckData(D(2026, 11, 3), "Extended time", "Math", provided=True),
        AccommodationCheckData(D(2026, 11, 4), "Extended time", "Math", provided=False),
    ]
    (count,) = not_provided_counts(checks)
    # Not given on Nov 2 and Nov 4, of the 3 days checked.
    assert count.explanation == (
        "No se dio en 2 de 3 días revisados. Fechas en que no se dio: 2026-11-02, 2026-11-04. "
        "Contado a partir de sus revisiones de adaptaciones."
    )
    assert SCALES[Scale.MOOD].word(3) == "3 \u2013 Regular"
    assert SCALES[Scale.SCHOOL_REFUSAL].word(3) == "3 \u2013 No fue"
    assert t(SCALES[Scale.STRESS].title) == "Estrés"


def test_a_linked_letter_shows_its_status_in_spanish(
    demo_services: BinderServices, spanish: None
) -> None:
    child = demo_services.children.list_children()[0]
    linked = [c for c in demo_services.concerns.list_concerns(child.id) if c.letters]
    assert linked, "the demo has a concern with a letter"
    label = linked[0].letters[0].label
    assert label.endswith("(borrador)") or label.endswith("(enviada)")


def test_email_follow_up_reasons_in_spanish(spanish: None) -> None:
    text = "Could you sign the consent form by November 20?"
    found = suggest_follow_up(text, D(2026, 11, 16))
    assert found.due == D(2026, 11, 20)
    assert found.reasons == ("el correo hace una pregunta", "el correo menciona una fecha")


def test_reading_an_english_amount_explains_itself_in_spanish(spanish: None) -> None:
    # The IEP text stays English; only what the program says about it is Spanish.
    parsed = parse_frequency("30 minutes 2x weekly and monthly")
    assert parsed.amount.minutes_per_session == 30
    assert parsed.amount.sessions_per_period == 2
    assert "Se encontró más de un periodo (semana, mes): revise la página del IEP." in parsed.notes
    vague = parse_frequency("as needed")
    assert vague.notes[0] == (
        "El compromiso no está claro ('as needed'): pida al equipo minutos fijos y un periodo."
    )


def test_reading_amounts_keeps_english_notes_in_english() -> None:
    parsed = parse_frequency("30 minutes 2x weekly and monthly")
    assert "More than one period found (week, month): check the IEP page." in parsed.notes


def test_texas_and_california_rules_in_spanish(spanish: None) -> None:
    texas_pwn = TEXAS.overrides["T-PWN"]
    assert t(texas_pwn.note) == (
        "Texas: 5 días escolares antes de la acción, salvo que se acuerde un plazo más corto."
    )
    california_eval = CALIFORNIA.overrides["T-INIT-EVAL"]
    assert t(california_eval.title) == "Evaluación terminada y reunión del IEP celebrada"
    assert t(california_eval.trigger_text) == "usted dio su consentimiento al plan de evaluación"


def test_every_state_rule_text_has_a_spanish_entry() -> None:
    spanish = CATALOGS["es"]
    rules = [*FEDERAL_RULES.values()]
    for found in PROFILES.values():
        rules += [*found.overrides.values(), *found.extra_rules]
    texts = {text for rule in rules for text in (rule.title, rule.note, rule.trigger_text)}
    texts |= {text for found in PROFILES.values() for text in (found.name, *found.notes)}
    assert sorted(text for text in texts if text and text not in spanish) == []


def test_the_california_records_deadline_in_spanish(
    demo_services: BinderServices, spanish: None
) -> None:
    demo_services.today.set_jurisdiction("CA")
    child = demo_services.children.list_children()[0]
    rows = demo_services.deadlines.deadlines(child.id).deadlines
    records = next(r.deadline for r in rows if r.deadline.rule_id == "T-RECORDS")
    assert records.title == "Respuesta a su solicitud de expedientes"
    assert "California: 5 días hábiles, para una solicitud oral o por escrito." in (
        records.explanation
    )


def test_the_calendar_file_in_spanish(demo_services: BinderServices, spanish: None) -> None:
    from icalendar import Calendar

    content, count = demo_services.calendar_file.ics_bytes()
    events = list(Calendar.from_ical(content).walk("VEVENT"))
    assert len(events) == count
    summaries = [str(event["SUMMARY"]) for event in events]
    # The demo child is Maya; the records request is a possible deadline (see
    # tests/unit/test_today_outputs.py), the meeting is Dec 8, 2026.
    assert "Posible fecha límite, verifíquela: Respuesta a su solicitud de expedientes (Maya)" in (
        summaries
    )
    assert "Reunión del IEP (Maya)" in summaries
    check_in = next(e for e in events if str(e["SUMMARY"]) == "Revisión del IEP (Maya)")
    assert str(check_in["DESCRIPTION"]).startswith("Diez minutos: revise las gráficas")
    annual = next(e for e in events if "Revisión anual del IEP" in str(e["SUMMARY"]))
    assert "\n\nFuente: https://" in str(annual["DESCRIPTION"])
    assert not [s for s in summaries if "Possible deadline" in s or "IEP meeting" in s]


def test_the_log_csv_follows_the_language(demo_services: BinderServices) -> None:
    import csv
    import io

    child = demo_services.children.list_children()[0]
    english = demo_services.commlog_export.log_csv(child.id).decode("utf-8-sig")
    assert english.startswith("date,time,channel,started_by,people,topic,")
    set_language("es")
    try:
        spanish = demo_services.commlog_export.log_csv(child.id).decode("utf-8-sig")
    finally:
        set_language("en")
    rows = list(csv.DictReader(io.StringIO(spanish)))
    assert list(rows[0])[:4] == ["fecha", "hora", "medio", "iniciado_por"]
    assert list(rows[0])[-3:] == ["registrado_el", "anotado_tarde", "prueba_de_entrega"]
    english_rows = list(csv.DictReader(io.StringIO(english)))
    # Read back, the Spanish file holds the same entries, with the words in Spanish.
    assert [r["fecha"] for r in rows] == [r["date"] for r in english_rows]
    assert {r["anotado_tarde"] for r in rows} <= {"sí", "no"}
    assert {r["iniciado_por"] for r in rows} <= {"Familia", "Escuela"}
    channels = {r["medio"] for r in rows}
    assert "Correo electrónico" in channels and "Email" not in channels
