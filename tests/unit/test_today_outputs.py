"""The meeting packet read back with pypdf, the .ics read back with icalendar, the commands."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from icalendar import Calendar
from pypdf import PdfReader

from iepbinder.domain.today_records import MeetingData
from iepbinder.export.packet_pdf import TITLES
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.packet import PACKET_SECTIONS
from tests.unit.test_cli import iepbinder

D = dt.date
# A phrase printed at the top of each section of the packet.
SECTION_TEXT = {
    "cover": "Meeting packet",
    "glance": "IEP at a glance",
    "services": "Service delivery report",
    "commitments": "Open commitments and follow-ups",
    "commlog": "Communication log",
    "progress": "Goal progress",
    "documents": "Documents for this meeting",
    "concerns": "Parent concerns (parent report)",
    "questions": "Questions to ask",
    "notes": "Meeting notes, Dec 8, 2026",
}


def _pdf_text(path_or_bytes: object) -> tuple[PdfReader, list[str]]:
    import io

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    reader = PdfReader(source)  # type: ignore[arg-type]
    return reader, [page.extract_text() for page in reader.pages]


def test_the_demo_packet_holds_every_section_in_order(demo_services: BinderServices) -> None:
    child = demo_services.children.list_children()[0]
    pdf = demo_services.packets.packet_pdf(child.id, D(2026, 12, 8))
    reader, texts = _pdf_text(pdf.content)
    assert len(reader.pages) == pdf.page_count >= len(PACKET_SECTIONS)
    # Each section starts on a page of its own, after the one before it.
    start = 0
    for key in PACKET_SECTIONS:
        start = next(i for i in range(start, len(texts)) if SECTION_TEXT[key] in texts[i]) + 1
    outline = [item.title for item in reader.outline]
    assert outline == [TITLES[key] for key in PACKET_SECTIONS]
    cover = texts[0]
    assert "Dec 8, 2026, 3:30 pm" in cover
    assert "Lincoln Elementary School, conference room B" in cover
    assert "Karen Liu (resource specialist, case manager)" in cover
    assert "possible deadline, verify" in cover
    assert all(f"Page {n} of {pdf.page_count}" in text for n, text in enumerate(texts, 1))
    everything = "\n".join(texts)
    assert "How and when will the missed Speech-language therapy time be made up?" in everything
    assert "Speech-language therapy: net delivery over the last 4 weeks" in everything
    # The log's open items: James Okafor's promised schedule, and the unanswered email.
    flat = [" ".join(text.split()) for text in texts]
    commitments = next(t for t in flat if "From the log Who What By when" in t)
    assert "Send a make-up schedule for the missed speech sessions" in commitments
    assert "Waiting for a reply" in commitments
    log = next(t for t in flat if "Calls, meetings, emails" in t)
    # The demo's 10 log entries and the one its filed school email added.
    assert "Fall progress check-in" in log and "11 entries, oldest first" in log
    # The demo files the IEP on Mar 10, 2026, before the plan's start (Mar 24) that opens the
    # packet's range, so only the progress report (#2) and the school's email (#3) are listed.
    documents = next(t for t in flat if "Documents for this meeting" in t)
    assert "2 documents filed from March 24, 2026 to November 29, 2026" in documents
    assert "#2 Oct 30, 2026 Karen Liu Progress report" in documents
    assert "#3 Nov 17, 2026 Karen Liu Email" in documents and "#1" not in documents
    assert "The binder holds 3 documents in all" in documents


def test_a_packet_for_a_meeting_not_entered_says_what_to_add(
    demo_services: BinderServices,
) -> None:
    child = demo_services.children.list_children()[0]
    pdf = demo_services.packets.packet_pdf(child.id, D(2027, 1, 12), D(2026, 9, 1), D(2026, 11, 1))
    _reader, texts = _pdf_text(pdf.content)
    assert "The meeting's details are not entered yet" in texts[0]
    assert "Sep 1, 2026 to Nov 1, 2026" in texts[0]
    assert any("Service delivery report, Sep 1, 2026 to Nov 1, 2026" in t for t in texts)


def _events(content: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_calendar_file_parses_and_keeps_its_uids(demo_services: BinderServices) -> None:
    child = demo_services.children.list_children()[0]
    first, count = demo_services.calendar_file.ics_bytes()
    events = _events(first)
    assert len(events) == count
    summaries = {str(e["SUMMARY"]): e for e in events.values()}  # type: ignore[index]
    records = next(e for s, e in summaries.items() if "records request" in s)
    assert records["DTSTART"].dt == D(2026, 12, 7)  # type: ignore[index]
    assert str(records["SUMMARY"]).startswith("Possible deadline, verify:")  # type: ignore[index]
    meeting = next(e for s, e in summaries.items() if s.startswith("IEP meeting"))
    assert meeting["DTSTART"].dt == dt.datetime(2026, 12, 8, 15, 30)  # type: ignore[index]
    annual = next(e for s, e in summaries.items() if "Annual IEP review" in s)
    alarms = [a for a in annual.walk("VALARM")]  # type: ignore[attr-defined]
    assert sorted(-a["TRIGGER"].dt.days for a in alarms) == [7, 14, 30, 60]
    # Exporting again gives the same UIDs; moving the meeting earlier changes the records
    # deadline's date but not its UID, so a phone calendar updates the event.
    assert set(_events(demo_services.calendar_file.ics_bytes()[0])) == set(events)
    moved = demo_services.meetings.list_meetings(child.id)[0]
    earlier = MeetingData(D(2026, 12, 4), None, "", "Review")
    demo_services.meetings.update_meeting(moved.id, moved.version, earlier)
    again = _events(demo_services.calendar_file.ics_bytes()[0])
    assert set(again) == set(events)
    uid = next(u for u, e in events.items() if "records request" in str(e["SUMMARY"]))  # type: ignore[index]
    assert again[uid]["DTSTART"].dt == D(2026, 12, 3)  # type: ignore[index]


def test_today_and_the_exports_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    assert iepbinder("demo", "--no-gui", "--binder", str(folder)).returncode == 0
    shown = iepbinder("today", "--binder", str(folder))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Today for Maya Rodríguez")
    for heading in ("Overdue", "This week", "Alerts", "Coming up", "Wins to celebrate"):
        assert f"\n{heading}:" in shown.stdout
    data = json.loads(iepbinder("today", "--json", "--binder", str(folder)).stdout)
    assert data["ok"] and data["jurisdiction"] == "FEDERAL"
    assert all(d["label"] == "possible deadline, verify" for d in data["deadlines"])
    annual = next(d for d in data["deadlines"] if d["rule_id"] == "T-ANNUAL")
    assert annual["source_url"] and annual["explanation"].startswith("Counted from")
    meeting = data["meetings"][0]["date"]
    packet = tmp_path / "packet.pdf"
    made = iepbinder("export", "packet", "--binder", str(folder), "--meeting", meeting,
                     "--out", str(packet))  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "Wrote the meeting packet" in made.stdout
    _reader, texts = _pdf_text(packet)
    assert "Meeting packet" in texts[0]
    ics = tmp_path / "family.ics"
    written = iepbinder("export", "ics", "--binder", str(folder), "--out", str(ics))
    assert written.returncode == 0, written.stderr
    assert _events(ics.read_bytes())
    wrong = iepbinder("export", "packet", "--binder", str(folder), "--meeting", "someday",
                      "--out", str(packet))  # fmt: skip
    assert wrong.returncode == 1
    assert "--meeting" in wrong.stderr and "not a date" in wrong.stderr
