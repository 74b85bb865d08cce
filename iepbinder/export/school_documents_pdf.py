"""PDFs that look like what a school sends (an IEP, a progress report), for the demo binder."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from iepbinder.export.fonts import FAMILY, register_fonts
from iepbinder.export.pages import data_table, esc, format_date, make_styles, para

SCHOOL_COLOUR = "#444444"


@dataclass(frozen=True)
class IepSheet:
    """What the district's IEP document says, in the parts the demo shows."""

    student: str
    date_of_birth: dt.date | None
    school: str
    district: str
    grade: str
    eligibility: str
    meeting_date: dt.date | None
    start_date: dt.date | None
    end_date: dt.date | None
    services: tuple[tuple[str, str, str], ...]  # service, amount, provider
    goals: tuple[str, ...]
    accommodations: tuple[str, ...]


def _build(flowables: Sequence[Flowable], title: str, author: str) -> bytes:
    register_fonts()
    target = io.BytesIO()
    doc = SimpleDocTemplate(
        target, pagesize=LETTER, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
        topMargin=0.7 * inch, bottomMargin=0.7 * inch, title=title, author=author,
        creator="Riverside Unified School District", invariant=1, initialFontName=FAMILY,
    )  # fmt: skip
    doc.build(list(flowables))
    return target.getvalue()


def render_iep_sheet(sheet: IepSheet) -> bytes:
    """A plain district-style IEP: header, student facts, services, goals, accommodations."""
    st = make_styles(10.0, SCHOOL_COLOUR)
    width = LETTER[0] - 1.6 * inch
    facts = [
        [para("Student", st.cell_header), para(sheet.student, st.cell)],
        [para("Date of birth", st.cell_header), para(format_date(sheet.date_of_birth), st.cell)],
        [para("School", st.cell_header), para(f"{sheet.school}, grade {sheet.grade}", st.cell)],
        [para("Eligibility", st.cell_header), para(sheet.eligibility, st.cell)],
        [para("IEP meeting", st.cell_header), para(format_date(sheet.meeting_date), st.cell)],
        [para("IEP in effect", st.cell_header),
         para(f"{format_date(sheet.start_date)} to {format_date(sheet.end_date)}", st.cell)],
    ]  # fmt: skip
    services = [[para(text, st.cell_header) for text in ("Service", "Amount", "Provider")]]
    services += [
        [para(a, st.cell), para(b, st.cell), para(c, st.cell)] for a, b, c in sheet.services
    ]
    story: list[Flowable] = [
        Paragraph(esc(sheet.district), st.label),
        Paragraph(esc("Individualized Education Program (IEP)"), st.title),
        para("Annual review. This is the district's copy of the plan as agreed.", st.note),
        Spacer(1, 6),
        data_table(facts, [width * 0.25, width * 0.75], st),
        Paragraph(esc("Special education and related services"), st.heading),
        data_table(services, [width * 0.4, width * 0.35, width * 0.25], st),
        Paragraph(esc("Annual goals"), st.heading),
        *(para(f"{n}. {goal}", st.body) for n, goal in enumerate(sheet.goals, start=1)),
        Paragraph(esc("Accommodations"), st.heading),
        *(para(f"\u2022 {item}", st.body) for item in sheet.accommodations),
        Spacer(1, 10),
        para(
            "Parent consent to this IEP was given in writing. Parents may request a meeting "
            "to review the IEP at any time.",
            st.note,
        ),  # fmt: skip
    ]
    return _build(story, f"IEP \u2013 {sheet.student}", sheet.school)


def render_school_report(title: str, school: str, body: str) -> bytes:
    """A school's report as plain paragraphs under the school's name and the report's title."""
    st = make_styles(10.0, SCHOOL_COLOUR)
    story: list[Flowable] = [Paragraph(esc(school), st.label), Paragraph(esc(title), st.title)]
    for block in body.split("\n\n"):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines:
            story.append(para(" ".join(lines), st.body))
    return _build(story, title, school)
