"""The meeting packet as one PDF: the meeting's own pages around the binder's existing sections.

The At a glance, Services and Progress sections are the same stories their own pages print;
the cover, the concerns outline, the questions and the notes page are drawn here
(DOMAIN.md 5.5 items 1, 3, 5-7).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import PaperSize
from iepbinder.export import pages
from iepbinder.export.collector import paused_collector
from iepbinder.export.commlog_pdf import LogPage, log_frame, log_story
from iepbinder.export.document_index_pdf import IndexPage, index_frame, index_story
from iepbinder.export.glance_pdf import GlanceLike, glance_frame, glance_story
from iepbinder.export.ledger_pdf import ReportLike, services_frame, services_story
from iepbinder.export.pages import GRID, PageSize, Styles, esc, format_date, para
from iepbinder.export.progress_pdf import OverviewLike, progress_frame, progress_story

SECTION = N_("Meeting")
MEETING_COLOUR = "#7B4E9E"
TAB_SLOT = 5  # after glance, services, log, documents and progress
BOX = "\u2610"
TITLES = {
    "cover": N_("Cover: the meeting"),
    "glance": N_("IEP at a glance"),
    "services": N_("Service-delivery summary"),
    "commitments": t("Open commitments and follow-ups"),
    "commlog": N_("Communication log for the dates"),
    "progress": N_("Goal progress with graphs"),
    "documents": N_("Documents filed in the period"),
    "concerns": N_("Parent concerns (outline)"),
    "questions": N_("Questions, vision and checklist"),
    "notes": N_("Notes page"),
}


class OpenItemLike(Protocol):
    """A follow-up or commitment still open (services.open_items.OpenItem fits)."""

    @property
    def kind(self) -> str: ...
    @property
    def entry_date(self) -> dt.date: ...
    @property
    def topic(self) -> str: ...
    @property
    def who(self) -> str: ...
    @property
    def what(self) -> str: ...
    @property
    def due(self) -> dt.date | None: ...
    def is_late(self, today: dt.date) -> bool: ...


class MeetingLike(Protocol):
    """The meeting's notice (domain.today_records.MeetingData fits)."""

    @property
    def place(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def attendees(self) -> tuple[str, ...]: ...
    @property
    def time_text(self) -> str: ...


class PacketLike(Protocol):
    """Everything the packet prints (services.packet.PacketDto fits)."""

    @property
    def child_name(self) -> str: ...
    @property
    def generated_on(self) -> dt.date: ...
    @property
    def meeting_date(self) -> dt.date: ...
    @property
    def meeting(self) -> MeetingLike | None: ...
    @property
    def start(self) -> dt.date: ...
    @property
    def end(self) -> dt.date: ...
    @property
    def glance(self) -> GlanceLike: ...
    @property
    def ledger(self) -> ReportLike: ...
    @property
    def progress(self) -> OverviewLike: ...
    @property
    def strengths(self) -> tuple[str, ...]: ...
    @property
    def helped(self) -> tuple[str, ...]: ...
    @property
    def concerns(self) -> tuple[str, ...]: ...
    @property
    def questions(self) -> tuple[str, ...]: ...
    @property
    def checklist(self) -> tuple[str, ...]: ...
    @property
    def deadlines(self) -> tuple[str, ...]: ...
    @property
    def open_items(self) -> Sequence[OpenItemLike]: ...
    @property
    def commlog(self) -> LogPage: ...
    @property
    def documents(self) -> IndexPage: ...
    @property
    def sections(self) -> tuple[str, ...]: ...


Section = tuple[pages.PageFrame, list[Flowable]]
Builder = Callable[[PacketLike, PageSize], Section]


@paused_collector()
def render_packet(packet: PacketLike, paper: PaperSize | PageSize) -> pages.RenderedPdf:
    """Every section of ``packet.sections`` in order, each with its own header and tab."""
    size = PageSize(paper.value)
    sections = []
    for key in packet.sections:
        frame, story = BUILDERS[key](packet, size)
        sections.append((frame, [pages.Bookmark(key, t(TITLES.get(key, key))), *story]))
    return pages.render_sections(sections)


def meeting_frame(packet: PacketLike, size: PageSize) -> pages.PageFrame:
    """The frame of the meeting's own pages (purple tab, sixth slot)."""
    return pages.PageFrame(packet.child_name, t(SECTION), packet.generated_on, MEETING_COLOUR, size,
                           TAB_SLOT)  # fmt: skip


def _styles() -> Styles:
    return pages.make_styles(10.0, MEETING_COLOUR)


def _bullets(items: Sequence[str], st: Styles, empty: str = "") -> list[Flowable]:
    if not items:
        return [para(empty, st.note)] if empty else []
    return [Paragraph(f"\u2022\u00a0{esc(item)}", st.body) for item in items]


def _lines(count: int, width: float, height: float = 20.0) -> Table:
    """Ruled lines to write on."""
    table = Table([[""]] * count, colWidths=[width], rowHeights=[height] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID)]))
    return table


def _form(header: Sequence[str], rows: Sequence[Sequence[str]], fractions: Sequence[float],
          st: Styles, width: float) -> Table:  # fmt: skip
    """A table to fill in by hand: the header, given rows, room to write."""
    body = [[para(h, st.cell_header) for h in header]]
    body += [[para(cell, st.cell) for cell in row] for row in rows]
    table = pages.data_table(body, [width * f for f in fractions], st)
    table._argH = [None] + [24.0] * len(rows)  # noqa: SLF001 - equal room for handwriting
    return table


# The sections ------------------------------------------------------------------------------
def _cover(packet: PacketLike, size: PageSize) -> Section:
    frame, st = meeting_frame(packet, size), _styles()
    width = frame.content_width
    meeting = packet.meeting
    when = format_date(packet.meeting_date)
    if meeting is not None and meeting.time_text:
        when += f", {meeting.time_text}"
    covers = t("{start} to {end}", start=format_date(packet.start), end=format_date(packet.end))
    facts = [(t("Meeting"), when), (t("Place"), meeting.place if meeting else ""),
             (t("Purpose (from the notice)"), meeting.purpose if meeting else ""),
             (t("This packet covers"), covers)]  # fmt: skip
    rows = [[para(label, st.label), para(value or t("Not entered"), st.body)]
            for label, value in facts]  # fmt: skip
    table = Table(rows, colWidths=[width * 0.26, width * 0.74])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    story: list[Flowable] = [
        para(t("Meeting packet"), st.title),
        Paragraph(f"<b>{esc(packet.child_name)}</b>", st.heading),
        table,
        para(t("Invited (names and roles)"), st.heading),
        *_bullets(meeting.attendees if meeting else (), st, t("No attendees entered.")),
        para(t("In this packet"), st.heading),
        *[para(f"{i}. {t(TITLES.get(k, k))}", st.body) for i, k in enumerate(packet.sections, 1)],
    ]
    if packet.deadlines:
        story += [para(t("Dates around this meeting"), st.heading), *_bullets(packet.deadlines, st)]
    if meeting is None:
        missing = t("The meeting's details are not entered yet: add them on the Today tab (Add "
                    "meeting...) and prepare the packet again.")  # fmt: skip
        story.append(para(missing, st.note))
    story.append(para(t("Prepared by the parent. These are copies: the parent keeps the "
                        "originals."), st.note))  # fmt: skip
    return frame, story


def _glance(packet: PacketLike, size: PageSize) -> Section:
    frame = glance_frame(packet.glance, size)
    return frame, glance_story(packet.glance, frame)


def _services(packet: PacketLike, size: PageSize) -> Section:
    frame = services_frame(packet.ledger, size)
    st = pages.make_styles(9.5, frame.colour)
    return frame, services_story(packet.ledger, st, frame.content_width)


def _commitments(packet: PacketLike, size: PageSize) -> Section:
    frame, st = meeting_frame(packet, size), _styles()
    width = frame.content_width
    story: list[Flowable] = [
        para(t("Open commitments and follow-ups"), st.title),
        para(
            t(
                "What was promised in meetings and calls and has not happened yet, and the "
                "follow-ups the log shows as overdue or unanswered. \u26a0 marks one that is late."
            ),
            st.note,
        ),
    ]
    if not packet.open_items:
        return frame, [*story, para(t("Nothing is open in the communication log."), st.body)]
    header = [
        para(h, st.cell_header) for h in (t("From the log"), t("Who"), t("What"), t("By when"))
    ]
    rows: list[Sequence[object]] = [header]
    for item in packet.open_items:
        late = "\u26a0\u00a0" if item.is_late(packet.generated_on) else ""
        what = item.what if item.kind == "commitment" else t("Waiting for {what}", what=item.what)
        rows.append([
            [para(format_date(item.entry_date), st.cell_bold), para(item.topic, st.cell)],
            para(item.who or pages.DASH, st.cell),
            para(what, st.cell),
            para(late + (format_date(item.due) if item.due else pages.DASH), st.cell),
        ])  # fmt: skip
    widths = [width * 0.3, width * 0.2, width * 0.33, width * 0.17]
    return frame, [*story, pages.data_table(rows, widths, st, flex=2)]


def _commlog(packet: PacketLike, size: PageSize) -> Section:
    page = replace(packet.commlog, page_size=size)
    frame = log_frame(page)
    return frame, log_story(page, frame.content_width)


def _documents(packet: PacketLike, size: PageSize) -> Section:
    page = replace(packet.documents, page_size=size)
    frame = index_frame(page)
    return frame, index_story(page, frame.content_width, N_("Documents for this meeting"))


def _progress(packet: PacketLike, size: PageSize) -> Section:
    frame = progress_frame(packet.progress, size)
    st = pages.make_styles(9.5, frame.colour)
    return frame, progress_story(packet.progress, st, frame.content_width)


def _concerns(packet: PacketLike, size: PageSize) -> Section:
    frame, st = meeting_frame(packet, size), _styles()
    width = frame.content_width
    outline: list[tuple[str, Sequence[str], int]] = [
        (t("1. Positives and strengths"), packet.strengths, 1),
        (t("2. What the school did that helped"), packet.helped, 1),
        (t("3. Home observations"), (), 3),
        (t("4. Specific concerns"), packet.concerns, 2),
        (t("5. Specific recommendations (what I am asking for)"), (), 3),
        (t("6. Thanks"), (), 1),
    ]
    story: list[Flowable] = [
        para(t("Parent concerns (parent report)"), st.title),
        para(
            t(
                "Written before the meeting so it can go into the IEP word for word. The facts "
                "below come from the binder; add your own words on the lines."
            ),
            st.body,
        ),  # fmt: skip
    ]
    for heading, items, blank in outline:
        story.append(KeepTogether([para(heading, st.heading), *_bullets(items, st),
                                   _lines(blank, width)]))  # fmt: skip
    return frame, story


def _questions(packet: PacketLike, size: PageSize) -> Section:
    frame, st = meeting_frame(packet, size), _styles()
    width = frame.content_width
    story: list[Flowable] = [para(t("Questions to ask"), st.title)]
    for number, question in enumerate(packet.questions, 1):
        story.append(KeepTogether([para(f"{number}. {question}", st.body), _lines(1, width)]))
    story += [Spacer(1, 6), para(t("Questions of my own"), st.heading), _lines(3, width)]
    story += [KeepTogether([
        para(t("My vision for {child}: strengths, needs and interests", child=packet.child_name),
             st.heading),
        _lines(3, width)])]  # fmt: skip
    checklist = [para(f"{BOX}\u2003{item}", st.body) for item in packet.checklist]
    story.append(KeepTogether([para(t("Before the meeting"), st.heading), *checklist]))
    return frame, story


def _notes(packet: PacketLike, size: PageSize) -> Section:
    frame, st = meeting_frame(packet, size), _styles()
    width = frame.content_width
    invited: list[Any] = [[name, BOX] for name in (packet.meeting.attendees if packet.meeting
                                                     else ())]  # fmt: skip
    invited += [["", BOX]] * 3
    story: list[Flowable] = [
        para(t("Meeting notes, {date}", date=format_date(packet.meeting_date)), st.title),
        para(
            t("Started at ______    Ended at ______    Notes taken by ____________________"),
            st.body,
        ),  # fmt: skip
        para(t("Attendees"), st.heading),
        _form((t("Name and role"), t("Present")), invited, (0.82, 0.18), st, width),
        para(t("Decisions and agreements"), st.heading),
        _lines(4, width),
        KeepTogether(
            [
                para(t("Who will do what, by when"), st.heading),
                _form(
                    (t("Who"), t("What"), t("By when")),
                    [["", "", ""]] * 5,
                    (0.25, 0.55, 0.2),
                    st,
                    width,
                ),
            ]
        ),  # fmt: skip
        KeepTogether(
            [
                para(
                    t("Asked for but refused or put off (ask for prior written notice, PWN)"),
                    st.heading,
                ),
                _form(
                    (t("What was asked"), t("What the team said"), t("PWN asked for")),
                    [["", "", BOX]] * 3,
                    (0.4, 0.42, 0.18),
                    st,
                    width,
                ),
            ]
        ),  # fmt: skip
        para(t("Next meeting or follow-up date: ____________________"), st.body),
    ]
    return frame, story


BUILDERS: dict[str, Builder] = {
    "cover": _cover,
    "glance": _glance,
    "services": _services,
    "commitments": _commitments,
    "commlog": _commlog,
    "progress": _progress,
    "concerns": _concerns,
    "questions": _questions,
    "notes": _notes,
    "documents": _documents,
}
