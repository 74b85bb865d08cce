"""The log's binder page and CSV for a date range, journal counts, concerns, and the migration."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import sqlite3
from pathlib import Path

from pypdf import PdfReader

from iepbinder.domain.commlog import Channel, LogEntryData, Participant
from iepbinder.domain.concerns import ConcernData, ConcernStep, LadderStep
from iepbinder.domain.journal import AccommodationCheckData, JournalData
from iepbinder.domain.records import ChildData
from iepbinder.services.binder_services import BinderServices, open_services
from tests.unit.test_migrations import FIRST_REVISION_BINDER

D = dt.date


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_log_page_holds_every_entry_of_the_range(services: BinderServices) -> None:
    child = services.children.add_child(ChildData(first_name="Sam", last_name="Lee")).row
    # 60 entries, one a day from Sep 1, 2026; the range Oct 1 to Oct 20 holds 20 of them.
    entries = [
        LogEntryData(
            D(2026, 9, 1) + dt.timedelta(days=n), Channel.PHONE,
            participants=(Participant(f"Person {n}"),), topic=f"Topic number {n:02d}",
            summary="A call about the reading group schedule and the data sheets.",
        )
        for n in range(60)
    ]  # fmt: skip
    services.commlog.import_entries(child.id, entries)
    pdf = services.commlog_export.log_pdf(child.id, D(2026, 10, 1), D(2026, 10, 20))
    text = pdf_text(pdf.content)
    inside = [
        n
        for n in range(60)
        if D(2026, 10, 1) <= D(2026, 9, 1) + dt.timedelta(days=n) <= D(2026, 10, 20)
    ]
    assert len(inside) == 20 and inside[0] == 30  # Sep has 30 days: Oct 1 is day 30
    for n in range(60):
        assert (f"Topic number {n:02d}" in text) == (n in inside)
    assert "Oct 1, 2026 to Oct 20, 2026 · 20 entries, oldest first" in text
    assert "Communication log" in text and "Sam Lee" in text
    assert text.index("Topic number 30") < text.index("Topic number 49")  # oldest first
    everything = services.commlog_export.log_pdf(child.id)
    assert everything.page_count > pdf.page_count
    assert all(f"Topic number {n:02d}" in pdf_text(everything.content) for n in range(60))


def test_the_csv_has_every_field_of_the_range(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    content = demo_services.commlog_export.log_csv(child.id, None, None)
    assert content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert len(rows) == len(demo_services.commlog.list_rows(child.id).rows)
    meeting = next(row for row in rows if row["channel"] == "Meeting")
    assert meeting["topic"] == "Fall progress check-in"
    assert "James Okafor: Send a make-up schedule" in meeting["commitments"]
    assert meeting["follow_up"].startswith("\u26a0 Overdue")
    late = next(row for row in rows if row["topic"].startswith("Maya left the classroom"))
    assert late["written_down_late"] == "yes"


def test_not_provided_counts_per_accommodation_and_class(services: BinderServices) -> None:
    child = services.children.add_child(ChildData(first_name="Sam")).row
    journal = services.journal
    checks = [
        ("Extended time", "Math", D(2026, 11, 2), False),
        ("Extended time", "Math", D(2026, 11, 9), True),
        ("Extended time", "Math", D(2026, 11, 16), False),
        ("Extended time", "Science", D(2026, 11, 16), True),
        ("Break card", "All classes", D(2026, 11, 10), False),
    ]
    for text, class_name, day, provided in checks:
        journal.add_check(child.id, AccommodationCheckData(day, text, class_name, provided))
    counts = [(c.accommodation_text, c.class_name, c.not_provided, c.checked) for c in
              journal.not_provided(child.id)]  # fmt: skip
    assert counts == [
        ("Extended time", "Math", 2, 3),
        ("Break card", "All classes", 1, 1),
        ("Extended time", "Science", 0, 1),
    ]
    first = journal.not_provided(child.id)[0]
    assert first.not_provided_dates == (D(2026, 11, 2), D(2026, 11, 16))
    assert first.explanation.startswith("Not provided on 2 of 3 checked days.")
    saved = journal.add_journal(child.id, JournalData(D(2026, 11, 20), mood=2, stress=4)).row
    assert journal.list_journal(child.id) == [saved]


def test_a_concern_with_its_steps_links_and_windows(services: BinderServices) -> None:
    child = services.children.add_child(ChildData(first_name="Sam")).row
    entry = services.commlog.add_entry(
        child.id, LogEntryData(D(2026, 11, 5), topic="Extended time on the quiz")
    ).row
    concern = services.concerns.add_concern(
        child.id,
        ConcernData(
            "Extended time not given in math", problem_date=D(2026, 11, 3),
            knew_date=D(2026, 11, 5), steps=(ConcernStep(LadderStep.TEACHER, D(2026, 11, 5)),),
        ),
    ).row  # fmt: skip
    assert [w.last_day for w in concern.windows] == [D(2027, 11, 3), D(2028, 11, 5)]
    assert concern.next_step is LadderStep.COORDINATOR
    linked = services.concerns.link_entry(concern.id, entry.id).row
    again = services.concerns.link_entry(concern.id, entry.id).row  # twice changes nothing
    assert linked.entries == again.entries and len(again.entries) == 1
    assert services.commlog.get_entry(entry.id).concerns[0].id == concern.id
    services.settings.put("state_complaint.years", 2)  # a state that allows two years
    assert services.concerns.get_concern(concern.id).windows[0].last_day == D(2028, 11, 3)
    assert services.concerns.unlink_entry(concern.id, entry.id).row.entries == ()


def test_an_old_binder_upgrades_and_its_contact_emails_become_lower_case(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FIRST_REVISION_BINDER, folder)
    with sqlite3.connect(folder / "binder.sqlite3") as connection:
        connection.execute("UPDATE contact SET email = upper(email) WHERE name = 'Karen Liu'")
    with open_services(folder) as services:
        found = services.contacts.find_by_email("kliu@riverside-usd.example.org")
        assert found is not None and found.data.email == "kliu@riverside-usd.example.org"
        child = services.children.choose_child(None)
        assert services.commlog.list_rows(child.id).rows == ()
