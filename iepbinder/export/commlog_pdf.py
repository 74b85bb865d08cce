"""The 'Communication log' binder page: Date | Person | Topic | Follow-up, oldest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from iepbinder.domain.language import t
from iepbinder.export.collector import paused_collector
from iepbinder.export.pages import (
    DASH,
    PageFrame,
    PageSize,
    RenderedPdf,
    Styles,
    data_table,
    esc,
    format_date,
    make_styles,
    para,
    render_pdf,
)

COMMLOG_COLOUR = "#2E7D5B"
COMMLOG_TAB_SLOT = 2  # At a glance 0, Services 1, Communication 2
_SUMMARY_LIMIT = 280


@dataclass(frozen=True)
class LogLine:
    """One entry as the page prints it."""

    day: dt.date
    time_text: str
    channel: str
    people: str
    topic: str
    summary: str
    follow_up: str
    note: str = ""  # e.g. written down more than 48 hours after the event


@dataclass(frozen=True)
class LogPage:
    """The page: whose log, which dates, the entries and when it was prepared."""

    child_name: str
    start: dt.date | None
    end: dt.date | None
    prepared_on: dt.date
    lines: tuple[LogLine, ...]
    page_size: PageSize = PageSize.LETTER


def _range_text(page: LogPage) -> str:
    if page.start and page.end:
        return t("{start} to {end}", start=format_date(page.start), end=format_date(page.end))
    if page.start:
        return t("From {date}", date=format_date(page.start))
    if page.end:
        return t("Up to {date}", date=format_date(page.end))
    return t("All entries")


def _shorten(text: str) -> str:
    cleaned = " ".join(text.split())
    return cleaned if len(cleaned) <= _SUMMARY_LIMIT else cleaned[: _SUMMARY_LIMIT - 1] + "\u2026"


def _row(line: LogLine, st: Styles) -> list[object]:
    when = [para(format_date(line.day), st.cell_bold)]
    detail = " \u00b7 ".join(part for part in (line.time_text, line.channel) if part)
    if detail:
        when.append(para(detail, st.cell_italic))
    topic: list[Flowable] = [para(line.topic or DASH, st.cell_bold)]
    if line.summary.strip():
        topic.append(para(_shorten(line.summary), st.cell))
    if line.note:
        topic.append(para(line.note, st.cell_italic))
    return [when, para(line.people or DASH, st.cell), topic, para(line.follow_up, st.cell)]


def log_frame(page: LogPage) -> PageFrame:
    """The frame of communication-log pages (green tab, third slot)."""
    return PageFrame(
        child_name=page.child_name,
        section=t("Communication log"),
        prepared_on=page.prepared_on,
        colour=COMMLOG_COLOUR,
        page_size=page.page_size,
        tab_slot=COMMLOG_TAB_SLOT,
    )


def log_story(page: LogPage, width: float) -> list[Flowable]:
    """The log's title, range and table, for its own page or for the meeting packet."""
    st = make_styles(10.0, COMMLOG_COLOUR)
    count = len(page.lines)
    story: list[Flowable] = [
        Paragraph(esc(t("Communication log")), st.title),
        para(
            t("{range} \u00b7 1 entry, oldest first", range=_range_text(page))
            if count == 1
            else t(
                "{range} \u00b7 {count} entries, oldest first", range=_range_text(page), count=count
            ),
            st.body,
        ),
        para(
            t(
                "Calls, meetings, emails, notes and letters as the parent recorded them. "
                "\u26a0 marks a follow-up that is overdue or an email with no reply yet."
            ),
            st.note,
        ),
    ]
    if page.lines:
        header = [
            para(text, st.cell_header)
            for text in (t("Date"), t("Person"), t("Topic"), t("Follow-up"))
        ]
        rows: list[Sequence[object]] = [header, *(_row(line, st) for line in page.lines)]
        widths = [width * 0.15, width * 0.2, width * 0.43, width * 0.22]
        story.append(data_table(rows, widths, st, flex=2))
    else:
        story.append(para(t("No entries in this date range."), st.body))
    return story


@paused_collector()
def render_log_page(page: LogPage) -> RenderedPdf:
    """The binder page for the date range; a long log runs over several pages."""
    frame = log_frame(page)
    return render_pdf(log_story(page, frame.content_width), frame)
