"""The one-page 'IEP at a glance': child, plan dates, services, accommodations, goals, team."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol, TypeVar

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from iepbinder.domain.language import N_, t
from iepbinder.domain.lint import Finding
from iepbinder.domain.records import (
    AccommodationData,
    ChildData,
    ContactData,
    GoalData,
    IepData,
    ServiceData,
)
from iepbinder.domain.types import Delivery, GroupSize, Metric, PaperSize, Setting
from iepbinder.export import pages
from iepbinder.export.fonts import FAMILY
from iepbinder.export.pages import DASH, NBSP, PageSize, Styles, esc, format_date, nobreak, para

SECTION = N_("At a glance")
BODY_SIZES = (10.0, 9.5, 9.0, 8.75, 8.5, 8.25, 8.0, 7.75, 7.5)
WARN = "\u26a0"
_NONE_YET = {"Services": N_("No services entered yet."),
             "Accommodations": N_("No accommodations entered yet."),
             "Goals": N_("No goals entered yet."), "Team": N_("No team entered yet.")}  # fmt: skip
_SETTINGS = {Setting.GEN_ED_PUSH_IN: N_("General-ed class (push-in)"),
             Setting.OTHER: N_("Other setting"),
             Setting.SEPARATE_PULL_OUT: N_("Separate room (pull-out)"),
             Setting.UNSPECIFIED: N_("Setting not stated")}  # fmt: skip
# Column widths as fractions of the text width; the widest column gives way to long words.
_COLUMNS = {"Services": (0.20, 0.35, 0.15, 0.14, 0.11, 0.05), "Accommodations": (0.76, 0.24),
            "Goals": (0.13, 0.55, 0.27, 0.05), "Team": (0.25, 0.31, 0.29, 0.15)}  # fmt: skip
_METRIC_UNITS = {Metric.WCPM: N_("words correct per minute"), Metric.PERCENT_ACCURACY: "%"}

T = TypeVar("T", covariant=True)
Rows = list[list[object]]
Paper = PageSize | PaperSize  # the domain's setting converts by value


class HasData(Protocol[T]):
    """A row whose content is a domain record."""

    @property
    def data(self) -> T: ...


class ChildLike(HasData[ChildData], Protocol):
    """The child (services.dto.ChildRow fits)."""

    @property
    def display_name(self) -> str: ...


class PlanLike(HasData[IepData], Protocol):
    """The plan in effect (services.dto.IepRow fits)."""

    @property
    def label(self) -> str: ...


class GoalLike(HasData[GoalData], Protocol):
    """A goal with its lint findings (services.dto.GoalRow fits)."""

    @property
    def findings(self) -> Sequence[Finding]: ...


class ServiceLike(HasData[ServiceData], Protocol):
    """A service with its amount in words and lint findings (services.dto.ServiceRow fits)."""

    @property
    def amount_text(self) -> str: ...
    @property
    def findings(self) -> Sequence[Finding]: ...


class TeamMemberLike(Protocol):
    """A team member and their role for this child (services.dto.TeamMemberRow fits)."""

    @property
    def contact(self) -> ContactData: ...
    @property
    def role(self) -> str: ...


class GlanceLike(Protocol):
    """Everything ``render_glance_pdf`` reads (services.dto.GlanceDto fits)."""

    @property
    def child(self) -> ChildLike: ...
    @property
    def plan(self) -> PlanLike | None: ...
    @property
    def services(self) -> Sequence[ServiceLike]: ...
    @property
    def accommodations(self) -> Sequence[HasData[AccommodationData]]: ...
    @property
    def goals(self) -> Sequence[GoalLike]: ...
    @property
    def team(self) -> Sequence[TeamMemberLike]: ...
    @property
    def generated_on(self) -> dt.date: ...


def render_glance_pdf(glance: GlanceLike, page_size: Paper = PageSize.LETTER) -> bytes:
    """The At a glance PDF's bytes (see ``render_glance``)."""
    return render_glance(glance, page_size).data


def render_glance(glance: GlanceLike, page_size: Paper = PageSize.LETTER) -> pages.RenderedPdf:
    """The At a glance page, its type shrunk from 10 pt to 7.5 pt until it fits one page.

    When even 7.5 pt does not fit, the 7.5 pt version runs on to more pages (page x of y).
    """
    frame = glance_frame(glance, page_size)
    width = frame.content_width
    for size in BODY_SIZES:
        st = pages.make_styles(size, frame.colour)
        smallest = size == BODY_SIZES[-1]
        # A quick measure first: a story taller than one page is not worth a full render.
        if smallest or pages.story_height(_story(glance, st, width), width) <= frame.content_height:
            result = pages.render_pdf(_story(glance, st, width), frame)
            if smallest or result.page_count == 1:
                return result
    raise AssertionError("the smallest size always returns")


def glance_frame(glance: GlanceLike, page_size: Paper = PageSize.LETTER) -> pages.PageFrame:
    """The At a glance section's page frame (header, blue tab at the top slot)."""
    name, paper = glance.child.display_name or t("Unnamed child"), PageSize(page_size)
    return pages.PageFrame(name, t(SECTION), glance.generated_on, pages.GLANCE_COLOUR, paper)


def glance_story(glance: GlanceLike, frame: pages.PageFrame) -> list[Flowable]:
    """The page's story at the largest type size whose measured height fits one page."""
    width = frame.content_width
    for size in BODY_SIZES:
        st = pages.make_styles(size, frame.colour)
        if size == BODY_SIZES[-1] or (
            pages.story_height(_story(glance, st, width), width) <= frame.content_height
        ):
            return _story(glance, st, width)
    raise AssertionError("the smallest size always returns")


def _story(glance: GlanceLike, st: Styles, width: float) -> list[Flowable]:
    plan = glance.plan
    title = t("IEP at a glance")
    if plan is not None:
        grey = f'name="{FAMILY}" size="{st.body.fontSize}" color="#555555"'
        title += f"<font {grey}>\u2003{esc(plan.label)}</font>"
    story: list[Flowable] = [Paragraph(title, st.title), _child_block(glance, st, width)]
    if plan is None:
        note = t("<b>No IEP entered yet.</b> Add the plan's dates, services, accommodations "
                 "and goals to fill this page.")  # fmt: skip
        story += [Spacer(1, 8 * st.scale), Paragraph(note, st.body)]
    else:
        story += [Spacer(1, 4 * st.scale), _plan_dates(plan.data, st, width)]
        story += _section(N_("Services"), _service_rows(glance.services, st), st, width)
        accommodations = _accommodation_rows(glance.accommodations, st)
        story += _section(N_("Accommodations"), accommodations, st, width)
        story += _section(N_("Goals"), _goal_rows(glance.goals, st), st, width)
        if any(s.findings for s in glance.services) or any(g.findings for g in glance.goals):
            legend = t("{warn} n = n things to check with the team; the Checks column of At a "
                       "glance in IEP Binder says what and why.", warn=WARN)  # fmt: skip
            story.append(para(legend, st.note))
    return story + _section(N_("Team"), _team_rows(glance.team, st), st, width)


def _child_block(glance: GlanceLike, st: Styles, width: float) -> Table:
    child = glance.child.data
    born, today = child.date_of_birth, glance.generated_on
    age = born and today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    pairs = [(t("Child"), glance.child.display_name),
             (t("Date of birth"),
              t("{date} (age {age})", date=format_date(born), age=age) if born else DASH),
             (t("School"), child.school), (t("Grade"), child.grade),
             (t("District"), child.district), (t("Eligibility"), child.eligibility)]  # fmt: skip
    cells = [[para(label, st.label), para(value or DASH, st.cell_bold if i == 0 else st.cell)]
             for i, (label, value) in enumerate(pairs)]  # fmt: skip
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[width * f for f in (0.12, 0.38, 0.13, 0.37)])
    pad, everything = 1.2 * st.scale, ((0, 0), (-1, -1))
    table.setStyle(TableStyle([
        ("FONTNAME", *everything, FAMILY), ("VALIGN", *everything, "TOP"),
        ("TOPPADDING", *everything, pad), ("BOTTOMPADDING", *everything, pad),
        ("LEFTPADDING", *everything, 0),
    ]))  # fmt: skip
    return table


def _plan_dates(plan: IepData, st: Styles, width: float) -> Table:
    dates = [(t("IEP meeting"), plan.meeting_date), (t("Parent consent"), plan.consent_date),
             (t("Plan starts"), plan.start_date), (t("Plan ends"), plan.end_date),
             (t("Annual review due"), plan.annual_review_due),
             (t("Re-evaluation due"), plan.reevaluation_due)]  # fmt: skip
    rows = [_header([label for label, _ in dates], st),
            [para(nobreak(format_date(value)), st.cell) for _, value in dates]]  # fmt: skip
    return pages.data_table(rows, [width / len(dates)] * len(dates), st)


def _section(name: str, rows: Rows, st: Styles, width: float) -> list[Flowable]:
    """A heading with the count, then the table or, when there is nothing, a note.

    The heading moves to the next page only when it and the first rows would not fit.
    """
    count = f'<font size="{st.body.fontSize}">({len(rows) - 1})</font>'
    title = Paragraph(f"{esc(t(name))} {count}", st.heading)
    if len(rows) == 1:
        return [title, para(t(_NONE_YET[name]), st.body)]
    widths = [width * f for f in _COLUMNS[name]]
    table = pages.data_table(rows, widths, st, flex=widths.index(max(widths)))
    room = min(pages.story_height([title, table], width), 80 * st.scale)
    return [CondPageBreak(room), title, table]


def _service_rows(services: Sequence[ServiceLike], st: Styles) -> Rows:
    rows = [_header((t("Service"), t("Amount (and the IEP's words)"), t("Setting / group"),
                     t("Provider"), t("Dates"), t("Check")), st)]  # fmt: skip
    for item in services:
        data = item.data
        name = esc(data.service_type) + (" <i>(ESY)</i>" if data.esy else "")
        service = [Paragraph(name, st.cell_bold)]
        if data.page_ref.strip():
            service.append(para(t("IEP page {page}", page=data.page_ref), st.label))
        unchecked = "" if data.user_confirmed else f" <i>({t('not yet checked')})</i>"
        amount = [Paragraph(esc(item.amount_text) + unchecked, st.cell)]
        if data.raw_text.strip():
            amount.append(Paragraph(f"\u201c{esc(data.raw_text)}\u201d", st.cell_italic))
        rows.append([service, amount, para(_setting(data), st.cell), _provider(data, st),
                     para(_span(data.start_date, data.end_date), st.cell),
                     para(_flag(item.findings), st.cell_bold)])  # fmt: skip
    return rows


def _accommodation_rows(items: Sequence[HasData[AccommodationData]], st: Styles) -> Rows:
    rows = [_header((t("Accommodation"), t("Where it applies")), st)]
    for item in items:
        where = ", ".join(part.strip() for part in item.data.applies_to if part.strip())
        rows.append([para(item.data.text, st.cell), para(where or t("Not stated"), st.cell)])
    return rows


def _goal_rows(goals: Sequence[GoalLike], st: Styles) -> Rows:
    rows = [_header((t("Area"), t("Goal"), t("Baseline \u2192 target"), t("Check")), st)]
    for item in goals:
        goal, flag = item.data, _flag(item.findings)
        rows.append([para(goal.area or DASH, st.cell_bold), para(goal.text, st.cell),
                     para(_progress(goal), st.cell), para(flag, st.cell_bold)])  # fmt: skip
    return rows


def _team_rows(team: Sequence[TeamMemberLike], st: Styles) -> Rows:
    rows = [_header((t("Name"), t("Role"), t("Email"), t("Phone")), st)]
    for member in team:
        person = member.contact
        rows.append([para(person.name, st.cell_bold), para(member.role or DASH, st.cell),
                     para(person.email or DASH, st.cell),
                     para(nobreak(person.phone) or DASH, st.cell)])  # fmt: skip
    return rows


def _setting(data: ServiceData) -> str:
    place = data.setting_other.strip() if data.setting is Setting.OTHER else ""
    parts = [place or t(_SETTINGS[data.setting])]
    if data.location_text.strip():
        parts.append(data.location_text.strip())
    if data.group_size is GroupSize.GROUP:
        most = data.group_max
        parts.append(t("group of up to {count}", count=most) if most else t("group"))
    else:
        either = data.group_size is GroupSize.EITHER
        parts.append(t("individual or group") if either else t("individual"))
    if data.delivery is Delivery.INDIRECT_CONSULT:
        parts.append(t("consultation"))
    return "; ".join(parts)


def _provider(data: ServiceData, st: Styles) -> list[Paragraph]:
    name, role = data.provider_name.strip(), data.provider_role.strip()
    cell = [para(name or role or DASH, st.cell)]
    if name and role:
        cell.append(para(role, st.cell_italic))
    return cell


def _progress(goal: GoalData) -> str:
    """'48 → 90 words correct per minute by Jun 12, 2026 (baseline May 20, 2025)'."""
    unit = goal.unit.strip() or t(_METRIC_UNITS.get(goal.metric, ""))
    both = goal.baseline_value is not None and goal.target_value is not None
    start = _value(goal.baseline_value, unit if not both else "%" if unit[:1] == "%" else "")
    start = start or goal.baseline_text.strip() or t("no baseline")
    target = _value(goal.target_value, unit) or goal.criterion_text.strip() or t("no target")
    text = f"{start} \u2192 {target}"
    if goal.target_date is not None:
        text += t(" by {date}", date=format_date(goal.target_date))
    if goal.baseline_date is not None:
        text += t(" (baseline {date})", date=format_date(goal.baseline_date))
    return text


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{value:g}{unit}" if unit.startswith("%") else f"{value:g} {unit}".strip()


def _span(start: dt.date | None, end: dt.date | None) -> str:
    # Each date stays on one line; the line may break after the dash.
    return f"{nobreak(format_date(start))}{NBSP}\u2013 {nobreak(format_date(end))}"


def _flag(findings: Sequence[Finding]) -> str:
    return f"{WARN}{NBSP}{len(findings)}" if findings else ""


def _header(labels: Sequence[str], st: Styles) -> list[object]:
    return [para(label, st.cell_header) for label in labels]
