"""The service-delivery report: ledger, missed sessions, compensatory estimate in both views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from iepbinder.domain.alerts import TIER_SYMBOLS
from iepbinder.domain.awards import award_summary
from iepbinder.domain.language import N_, t
from iepbinder.domain.ledger import ServiceLedger
from iepbinder.domain.ledger_text import Figure, minutes_text, percent_text
from iepbinder.domain.service_log import (
    ATTRIBUTION_LABELS,
    REASON_LABELS,
    STATUS_LABELS,
    LoggedSession,
    default_attribution,
)
from iepbinder.domain.types import PaperSize
from iepbinder.export import pages
from iepbinder.export.collector import paused_collector
from iepbinder.export.pages import PageSize, RenderedPdf, Styles, esc, format_date, para

SECTION = N_("Services")
SERVICES_COLOUR = "#2E7D5B"
TAB_SLOT = 1


class ServiceLike(Protocol):
    """One service's ledger (services.session_dto.ServiceLedgerDto fits)."""

    @property
    def service(self) -> str: ...
    @property
    def amount_text(self) -> str: ...
    @property
    def ledger(self) -> ServiceLedger: ...
    @property
    def alerts(self) -> Sequence[Any]: ...
    def figure(self, key: str) -> Figure: ...


class ReportLike(Protocol):
    """The report (services.session_dto.LedgerReport fits)."""

    @property
    def child_name(self) -> str: ...
    @property
    def start(self) -> dt.date: ...
    @property
    def end(self) -> dt.date: ...
    @property
    def generated_on(self) -> dt.date: ...
    @property
    def warnings(self) -> Sequence[str]: ...
    @property
    def services(self) -> Sequence[ServiceLike]: ...
    @property
    def missed(self) -> Sequence[LoggedSession]: ...
    @property
    def awards(self) -> Sequence[Any]: ...


def _header(names: Sequence[str], st: Styles) -> list[object]:
    return [Paragraph(esc(name), st.cell_header) for name in names]


def _m(value: float) -> str:
    return minutes_text(value).replace(" min", "")


def ledger_rows(report: ReportLike, st: Styles) -> list[list[object]]:
    """The ledger table: one row per service, minutes."""
    header = [t("Service"), t("Mandated"), t("Delivered"), t("Make-up"), t("Missed: school"),
              t("Missed: child"), t("Missed: disputed"), t("Holidays"), t("Not accounted"),
              t("Net rate")]  # fmt: skip
    rows: list[list[object]] = [_header(header, st)]
    for item in report.services:
        lg = item.ledger
        values = [
            lg.mandated, lg.delivered, lg.makeup_delivered, lg.missed_school,
            lg.missed_student, lg.missed_disputed, lg.missed_neutral, lg.unaccounted,
        ]  # fmt: skip
        rows.append(
            [[para(item.service, st.cell_bold), para(item.amount_text, st.cell_italic)]]
            + [para(_m(v), st.cell) for v in values]
            + [para(percent_text(lg.rate_net), st.cell)]
        )
    return rows


def comp_rows(report: ReportLike, st: Styles) -> list[list[object]]:
    """The compensatory estimate in both views, with the formula filled in."""
    header = (t("Service"), t("District view"), t("Advocate view"), t("How it is computed"))
    rows: list[list[object]] = [_header(header, st)]
    for item in report.services:
        district, advocate = item.figure("comp_district"), item.figure("comp_advocate")
        rows.append([
            para(item.service, st.cell_bold),
            para(minutes_text(district.value or 0), st.cell),
            para(minutes_text(advocate.value or 0), st.cell),
            [para(t("District view: {formula}", formula=district.formula), st.cell),
             para(t("Advocate view: {formula}", formula=advocate.formula), st.cell)],
        ])  # fmt: skip
    return rows


def missed_rows(report: ReportLike, st: Styles) -> list[list[object]]:
    """Every missed, cancelled or partly delivered session with its reason and attribution."""
    header = (t("Date"), t("Service"), t("What happened"), t("Minutes missed"), t("Reason"),
              t("Counted as"))  # fmt: skip
    rows: list[list[object]] = [_header(header, st)]
    for data in report.missed:
        attribution = data.attribution or default_attribution(data.reason)
        changed = t(" (changed by the parent)") if data.attribution is not None else ""
        rows.append([
            para(pages.nobreak(format_date(data.date)), st.cell),
            para(data.service, st.cell),
            para(t(STATUS_LABELS[data.status]), st.cell),
            para(_m(max(0, data.scheduled_minutes - data.minutes_delivered)), st.cell),
            para(t(REASON_LABELS[data.reason]) if data.reason else t("Not given"), st.cell),
            para(t(ATTRIBUTION_LABELS[attribution]) + changed, st.cell),
        ])  # fmt: skip
    return rows


def _alerts(report: ReportLike, st: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    for item in report.services:
        for alert in item.alerts:
            symbol = TIER_SYMBOLS[alert.tier]
            tier = t(alert.tier.value.title())
            text = f"{symbol} {tier}: {t(alert.message)} {t(alert.next_step)}"
            flow.append(para(text, st.body))
    if not flow:
        flow.append(para(t("No alerts for this period."), st.body))
    return flow


def _awards(report: ReportLike, st: Styles) -> list[Flowable]:
    if not report.awards:
        return []
    return [
        para(t("Compensatory awards (agreed or ordered)"), st.heading),
        *(para(award_summary(a.data, a.delivered_minutes), st.body) for a in report.awards),
    ]


@paused_collector()
def render_services_report(report: ReportLike, paper: PaperSize | PageSize) -> RenderedPdf:
    """Render the report on binder pages with the Services section tab."""
    frame = services_frame(report, paper)
    st = pages.make_styles(9.5, SERVICES_COLOUR)
    return pages.render_pdf(services_story(report, st, frame.content_width), frame)


def services_frame(report: ReportLike, paper: PaperSize | PageSize) -> pages.PageFrame:
    """The Services section's page frame (green tab, second slot)."""
    return pages.PageFrame(
        report.child_name, t(SECTION), report.generated_on, SERVICES_COLOUR,
        PageSize(paper.value), TAB_SLOT,
    )  # fmt: skip


def services_story(report: ReportLike, st: Styles, width: float) -> list[Flowable]:
    """The report's story: ledger, compensatory estimate, awards, alerts, missed sessions."""
    span = t("{start} to {end}", start=format_date(report.start), end=format_date(report.end))
    story: list[Flowable] = [
        para(t("Service delivery report, {span}", span=span), st.title),
        para(t("Minutes the IEP promises, what was delivered, what was missed and why, and a "
               "minute-for-minute estimate of compensatory services (make-up time the school "
               "owes). The estimate is a starting point for discussion, not a legal finding."),
             st.body),
        para(t("Service ledger (minutes)"), st.heading),
        pages.data_table(ledger_rows(report, st),
                         [width * f for f in (0.24, *(0.76 / 9,) * 9)], st, flex=0),
        para(t("Net rate = (delivered + make-up) / (mandated - child absences - holidays). "
               "Disputed minutes include refusals and the short-week bucket of policy A."),
             st.note),
        para(t("Compensatory estimate (make-up time the school owes)"), st.heading),
        pages.data_table(comp_rows(report, st),
                         [width * f for f in (0.18, 0.12, 0.12, 0.58)], st, flex=3),
        para(t("The district view leaves out disputed minutes (refusals, disability-related "
               "absences, short weeks); the advocate view counts them."), st.note),
        *_awards(report, st),
        KeepTogether([para(t("Alerts (app heuristics, not legal thresholds)"), st.heading),
                      *_alerts(report, st)]),
        Spacer(1, 4),
        para(t("Missed and partly delivered sessions"), st.heading),
    ]  # fmt: skip
    missed = missed_rows(report, st)
    if len(missed) > 1:
        widths = [width * f for f in (0.13, 0.22, 0.14, 0.1, 0.26, 0.15)]
        story.append(pages.data_table(missed, widths, st, flex=4))
    else:
        story.append(para(t("No missed sessions were logged in this period."), st.body))
    for warning in report.warnings:
        story.append(para(t(warning), st.note))
    return story
