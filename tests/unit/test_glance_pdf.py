"""The At a glance PDF: one page, Unicode text in the text layer, embedded fonts, page numbers."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader

from iepbinder.domain.amount import Amount
from iepbinder.domain.lint import Finding
from iepbinder.domain.records import (
    AccommodationData,
    ChildData,
    ContactData,
    GoalData,
    IepData,
    ServiceData,
)
from iepbinder.domain.types import GroupSize, Metric, PaperSize, Period, Setting, Severity
from iepbinder.export.fonts import register_fonts
from iepbinder.export.glance_pdf import render_glance, render_glance_pdf
from iepbinder.export.pages import PageSize
from iepbinder.services.dto import (
    AccommodationRow,
    ChildRow,
    GlanceDto,
    GoalRow,
    IepRow,
    ServiceRow,
    TeamMemberRow,
)

START, END = dt.date(2025, 9, 2), dt.date(2026, 6, 12)
CHILD = ChildData(
    first_name="José", last_name="Ñúñez", preferred_name="", date_of_birth=dt.date(2016, 5, 4),
    school="Zoë Baird Elementary School", grade="4", district="Riverside Unified School District",
    eligibility="Specific learning disability (dyslexia); speech or language impairment",
)  # fmt: skip
PLAN = IepData(
    title="Spring amendment", meeting_date=dt.date(2025, 8, 28), consent_date=dt.date(2025, 8, 30),
    start_date=START, end_date=END, annual_review_due=dt.date(2026, 8, 27),
    last_evaluation_date=dt.date(2023, 10, 2), reevaluation_due=dt.date(2026, 10, 1),
)  # fmt: skip


def _weekly(sessions: int, minutes: int) -> Amount:
    return Amount(period=Period.WEEK, sessions_per_period=sessions, minutes_per_session=minutes,
                  total_minutes_per_period=sessions * minutes)  # fmt: skip


SERVICES = [
    ServiceData("Specialized academic instruction (reading)",
                "Specialized academic instruction: 4 x 45 minutes weekly, small group, resource "
                "room, using a structured literacy program", _weekly(4, 45), "Education specialist",
                "Ms. Zoë Abernathy-Lindqvist", setting=Setting.SEPARATE_PULL_OUT,
                group_size=GroupSize.GROUP, group_max=4, page_ref="14", start_date=START,
                end_date=END, user_confirmed=True),
    ServiceData("Speech-language therapy",
                "Speech/language: 2x30 min/wk, individual, pull-out", _weekly(2, 30),
                "Speech-language pathologist", "Dr. Amara Okonkwo",
                setting=Setting.SEPARATE_PULL_OUT, page_ref="15", start_date=START, end_date=END,
                user_confirmed=True),
    ServiceData("Occupational therapy",
                "OT 30 minutes per month consultation with teacher, 1-2 sessions monthly as needed",
                Amount(period=Period.MONTH, sessions_per_period=1, sessions_per_period_max=2,
                       total_minutes_per_period=30), "Occupational therapist", "Kenji Watanabe",
                page_ref="15", start_date=START),
    ServiceData("Counseling",
                "Social-emotional counseling ≥ 20 minutes, 3 times per month, in small group",
                Amount(period=Period.MONTH, sessions_per_period=3, minutes_per_session=20,
                       total_minutes_per_period=60), "School psychologist", "Renée Dubois",
                setting=Setting.OTHER, setting_other="Counseling office",
                group_size=GroupSize.GROUP, group_max=5, page_ref="16", start_date=START,
                end_date=END),
    ServiceData("Assistive technology consultation",
                "AT consult to staff 60 min per semester", Amount(period=Period.SEMESTER,
                total_minutes_per_period=60), "AT specialist", "Björn Halvorsen",
                setting=Setting.GEN_ED_PUSH_IN, page_ref="17", start_date=START, end_date=END,
                user_confirmed=True),
]  # fmt: skip
ACCOMMODATIONS = [
    AccommodationData("Extended time (1.5x) on tests, quizzes and in-class writing assignments",
                      applies_to=("All classes", "State testing")),
    AccommodationData("Text-to-speech for reading passages longer than one page, except when "
                      "decoding itself is being assessed", applies_to=("ELA", "Science")),
    AccommodationData("Preferential seating near the teacher and away from the door",
                      applies_to=("All classes",)),
    AccommodationData("Copies of class notes or a guided-notes outline, given at the start of "
                      "class", applies_to=("Social studies", "Science")),
    AccommodationData("Frequent check-ins for understanding after multi-step directions"),
    AccommodationData("Use of a calculator and a multiplication chart for multi-step problems",
                      applies_to=("Math",)),
    AccommodationData("Breaks of up to 5 minutes when requested, with a visual timer",
                      applies_to=("All classes",)),
    AccommodationData("Spelling not graded in content-area written work (ideas ≥ mechanics)",
                      applies_to=("Science", "Social studies")),
]  # fmt: skip
GOALS = [
    GoalData("By June 2026, given a grade-level passage, José will read aloud at 90 words correct "
             "per minute with 95% accuracy in 3 of 4 consecutive weekly probes.", area="Reading "
             "fluency", metric=Metric.WCPM, baseline_value=48, baseline_date=dt.date(2025, 5, 20),
             target_value=90, target_date=END),
    GoalData("Given a 4th-grade passage, José will answer literal and inferential questions with "
             "80% accuracy across 4 of 5 trials, as measured by teacher-made probes.",
             area="Reading comprehension", metric=Metric.PERCENT_ACCURACY, baseline_value=45,
             target_value=80, target_date=END),
    GoalData("José will produce /r/ and /r/ blends correctly at the sentence level in 80% of "
             "opportunities during structured activities.", area="Articulation",
             metric=Metric.PERCENT_ACCURACY, baseline_text="about half the time",
             criterion_text="80% of opportunities"),
    GoalData("When frustrated, José will use a taught coping strategy (break card, breathing) "
             "within 2 minutes in 4 of 5 observed instances.", area="Self-regulation",
             metric=Metric.COUNT, unit="of 5 instances", baseline_value=1, target_value=4,
             target_date=END),
    GoalData("José will write a five-sentence paragraph with a topic sentence, three details and "
             "a conclusion, scoring ≥ 3 on the district 4-point rubric.", area="Written "
             "expression", metric=Metric.RUBRIC, unit="on rubric", baseline_value=1.5,
             target_value=3, target_date=END),
]  # fmt: skip
TEAM = [
    ("María José Ñúñez", "Parent", "maria.nunez@example.com", "(555) 201-3344"),
    ("Ms. Zoë Abernathy-Lindqvist", "Case manager / education specialist",
     "zabernathy@riverside.k12.example", "(555) 310-2201 x114"),
    ("Dr. Amara Okonkwo", "Speech-language pathologist", "aokonkwo@riverside.k12.example",
     "(555) 310-2201 x160"),
    ("Kenji Watanabe", "Occupational therapist", "kwatanabe@riverside.k12.example", ""),
    ("Renée Dubois", "School psychologist", "rdubois@riverside.k12.example", "(555) 310-2288"),
    ("Mr. Daniel O'Brien", "General education teacher (4th grade)",
     "dobrien@riverside.k12.example", "(555) 310-2201 x131"),
]  # fmt: skip
FINDING = Finding("SVC-LINT-1", Severity.WARNING, "The number of sessions is a range.")


def realistic_glance(services: list[ServiceData] | None = None) -> GlanceDto:
    plan = IepRow(id=1, child_id=1, version=1, amends_id=None, data=PLAN)
    findings = {2: (FINDING, FINDING), 3: (FINDING,)}
    return GlanceDto(
        child=ChildRow(id=1, version=1, data=CHILD),
        plans=(plan,),
        plan=plan,
        services=tuple(
            ServiceRow(i, 1, 1, data, findings.get(i, ()))
            for i, data in enumerate(services or SERVICES)
        ),  # fmt: skip
        accommodations=tuple(AccommodationRow(i, 1, 1, a) for i, a in enumerate(ACCOMMODATIONS)),
        goals=tuple(
            GoalRow(i, 1, 1, g, (FINDING,) if i == 2 else ()) for i, g in enumerate(GOALS)
        ),  # fmt: skip
        team=tuple(
            TeamMemberRow(i, 1, i, 1, role, ContactData(name, "", email, phone))
            for i, (name, role, email, phone) in enumerate(TEAM)
        ),  # fmt: skip
        generated_on=dt.date(2025, 11, 3),
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def _text(reader: PdfReader) -> str:
    return _flat(" ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize(
    ("page_size", "expected"),
    [(PageSize.LETTER, (612.0, 792.0)), (PageSize.A4, (595.27, 841.89))],
)
def test_realistic_glance_fits_one_page_with_every_item(
    page_size: PageSize, expected: tuple[float, float]
) -> None:
    reader = PdfReader(io.BytesIO(render_glance_pdf(realistic_glance(), page_size)))

    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(expected[0], abs=0.01)
    assert float(box.height) == pytest.approx(expected[1], abs=0.01)
    text = _text(reader)
    for service in SERVICES:
        assert _flat(service.service_type) in text
    for accommodation in ACCOMMODATIONS:
        assert _flat(accommodation.text) in text
    for goal in GOALS:
        assert _flat(goal.area) in text
        assert _flat(goal.text) in text
    assert "José Ñúñez" in text
    assert "Zoë Baird Elementary School" in text
    assert "Page 1 of 1" in text
    assert "Prepared by the parent on November 3, 2025" in text
    assert "At a glance" in text
    assert "(not yet checked)" in text
    assert "⚠ 2" in text


def test_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_glance_pdf(realistic_glance())))
    resources: Any = reader.pages[0]["/Resources"]
    fonts = resources["/Font"]

    assert len(fonts) > 0
    for ref in fonts.values():
        font = ref.get_object()
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        assert "DejaVuSans" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_no_plan_says_so_and_still_shows_child_and_team() -> None:
    glance = replace(realistic_glance(), plan=None, plans=(), services=(), accommodations=(),
                     goals=())  # fmt: skip
    reader = PdfReader(io.BytesIO(render_glance_pdf(glance)))

    text = _text(reader)
    assert len(reader.pages) == 1
    assert "No IEP entered yet" in text
    assert "José Ñúñez" in text
    assert "Dr. Amara Okonkwo" in text
    assert "Services" not in text


def test_blank_dates_show_a_dash() -> None:
    glance = realistic_glance()
    assert glance.plan is not None
    bare = replace(glance.plan, data=IepData(meeting_date=dt.date(2025, 8, 28)))
    reader = PdfReader(io.BytesIO(render_glance_pdf(replace(glance, plan=bare))))

    text = _text(reader)
    labels = "IEP meeting Parent consent Plan starts Plan ends Annual review due Re-evaluation due"
    assert labels in text
    assert "Aug 28, 2025 — — — — —" in text


def test_markup_characters_are_escaped() -> None:
    odd = replace(SERVICES[0], service_type="Reading <b>& writing</b>", raw_text="<i>x</i> & y")
    reader = PdfReader(io.BytesIO(render_glance_pdf(realistic_glance([odd]))))

    assert "Reading <b>& writing</b>" in _text(reader)


def test_overflow_runs_to_several_numbered_pages() -> None:
    many = [replace(SERVICES[i % 5], service_type=f"Service number {i}") for i in range(30)]
    reader = PdfReader(io.BytesIO(render_glance_pdf(realistic_glance(many))))

    pages = len(reader.pages)
    assert pages > 1
    text = _text(reader)
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in text
    for i in range(30):
        assert f"Service number {i} " in text + " "


def test_a_short_plan_keeps_full_size_type() -> None:
    glance = realistic_glance()
    short = replace(glance, services=glance.services[:2], accommodations=glance.accommodations[:3],
                    goals=glance.goals[:2], team=glance.team[:3])  # fmt: skip
    reader = PdfReader(io.BytesIO(render_glance_pdf(short)))

    contents = reader.pages[0].get_contents()
    assert contents is not None
    assert len(reader.pages) == 1
    assert b" 9 Tf" in contents.get_data()  # table text at 9 pt: no shrinking was needed


def test_plain_duck_typed_objects_are_accepted() -> None:
    child = SimpleNamespace(display_name="Zoë", data=ChildData(first_name="Zoë"))
    service = SimpleNamespace(data=ServiceData("Speech therapy"), amount_text="no amount stated",
                              findings=[])  # fmt: skip
    glance = SimpleNamespace(child=child, plan=SimpleNamespace(label="Annual IEP", data=IepData()),
                             services=[service], accommodations=[], goals=[], team=[],
                             generated_on=dt.date(2026, 1, 5))  # fmt: skip
    reader = PdfReader(io.BytesIO(render_glance_pdf(glance)))

    text = _text(reader)
    assert "Speech therapy" in text
    assert "No accommodations entered yet." in text
    assert "Zoë · Page 1 of 1" in text


def test_fonts_register_once() -> None:
    assert register_fonts() == register_fonts() == "DejaVuSans"


def test_render_glance_reports_pages_and_takes_the_domain_paper_size() -> None:
    data, page_count = render_glance(realistic_glance(), PaperSize.A4)
    reader = PdfReader(io.BytesIO(data))

    assert page_count == len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.27, abs=0.01)
