"""Letters: every template fills from the demo binder, gaps are named, tone hints, outputs."""

from __future__ import annotations

import datetime as dt
import email
import io
import re
from email.policy import default as default_policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from pypdf import PdfReader

from iepbinder.domain.commlog import Channel, EntryStatus
from iepbinder.domain.letters.fields import HEADER_FIELDS
from iepbinder.domain.letters.model import LedgerLine, LetterFacts, SentVia
from iepbinder.domain.letters.render import (
    PLACEHOLDER,
    TEMPLATES,
    declared_fields,
    placeholders_of,
    render_letter,
    response_due,
)
from iepbinder.domain.letters.tone import ToneKind, tone_hints
from iepbinder.domain.records import ChildData
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.letter_facts import LetterRequest
from tests.conftest import TODAY

D = dt.date
LEDGER_TEMPLATES = {"implementation_concern", "compensatory"}
# A ledger as the service-ledger area will hand it over (figures made up for the letter test).
LEDGER = (
    LedgerLine(
        "Speech-language therapy", 240, 150, (D(2026, 10, 6), D(2026, 10, 8), D(2026, 10, 13)),
        owed_minutes_district_view=60, owed_minutes_advocate_view=90,
    ),
)  # fmt: skip


def unfilled(text: str) -> list[str]:
    """Placeholders or fill-in marks left in a letter."""
    return PLACEHOLDER.findall(text) + re.findall(r"\[fill in[^\]]*\]", text)


def test_there_are_the_seven_domain_templates_and_five_more() -> None:
    assert list(TEMPLATES) == [
        "request_data", "request_meeting", "implementation_concern", "compensatory",
        "request_pwn", "request_records", "post_meeting", "accommodation_concern",
        "goal_data", "meeting_soon", "communication_plan", "unanswered_email",
    ]  # fmt: skip


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_every_template_declares_exactly_the_fields_it_uses(key: str) -> None:
    template = TEMPLATES[key]
    assert placeholders_of(template) <= declared_fields(template)
    assert set(template.required_fields) <= placeholders_of(template)
    assert set(HEADER_FIELDS) <= placeholders_of(template)


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_every_letter_renders_from_the_demo_with_nothing_left_to_fill(
    key: str, demo_services: BinderServices
) -> None:
    child = demo_services.children.choose_child(None)
    ledger = LEDGER if key in LEDGER_TEMPLATES else None
    draft = demo_services.letters.draft(child.id, LetterRequest(key, ledger=ledger))
    assert draft.missing == ()
    assert unfilled(draft.data.subject + draft.data.body) == []
    assert (
        "Maya Rodríguez, date of birth May 14, 2017, Lincoln Elementary School" in draft.data.body
    )
    assert draft.data.body.rstrip().endswith("(555) 555-0142")
    assert draft.data.recipient_email.endswith("@riverside-usd.example.org")
    assert tone_hints(draft.data.body) == []  # the templates themselves read calm


def test_the_demo_fills_the_specific_facts(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)

    def body(key: str, **picks: object) -> str:
        return demo_services.letters.draft(child.id, LetterRequest(key, **picks)).data.body  # type: ignore[arg-type]

    accommodation = body("accommodation_concern")
    assert "(page 15)" in accommodation and "in Math on these dates" in accommodation
    # The demo's checks: not provided in Math 26 and 24 school-day-adjusted days ago, and 10.
    assert re.search(r"dates: \w{3} \d+, \w{3} \d+ and \w{3} \d+, 2026\.", accommodation)
    goal = body("goal_data")
    assert "Can you provide specific examples or data showing progress on the Reading " in goal
    assert "(page 8)" in goal
    unanswered = body("unanswered_email")
    assert 'about "Make-up sessions for the missed speech therapy"' in unanswered
    assert "- A schedule for the three speech sessions missed in October" in unanswered
    meeting = body("post_meeting")
    assert "James Okafor: Send a make-up schedule for the missed speech sessions by" in meeting
    assert "please send prior written notice" in meeting
    pwn = body("request_pwn")
    assert "As I understood it: A second weekly reading session was left for the annual" in pwn
    records = body("request_records")
    assert "The next IEP meeting is due by March 10, 2027." in records


def test_a_missing_field_gives_a_named_warning_not_a_broken_letter(
    services: BinderServices,
) -> None:
    child = services.children.add_child(ChildData(first_name="Sam", last_name="Lee")).row
    draft = services.letters.draft(child.id, LetterRequest("request_data"))
    names = {gap.field for gap in draft.missing}
    assert {"child_dob", "school", "recipient_name", "iep_date", "goal_list"} <= names
    gap = next(g for g in draft.missing if g.field == "child_dob")
    assert gap.label == "your child's date of birth"
    assert "[fill in: your child's date of birth]" in draft.data.body
    assert PLACEHOLDER.findall(draft.data.body) == []  # no raw {field} anywhere


def test_without_a_ledger_the_letter_says_which_figures_to_fill_in() -> None:
    template = TEMPLATES["compensatory"]
    letter = render_letter(template, LetterFacts({"child_name": "Maya"}), TODAY)
    ledger_gap = next(gap for gap in letter.missing if gap.field == "ledger_table")
    assert "minutes required, delivered and missed" in ledger_gap.message
    assert "[fill in for each service: minutes required" in letter.body
    with_ledger = render_letter(template, LetterFacts({"child_name": "Maya"}, LEDGER), TODAY)
    assert "ledger_table" not in {gap.field for gap in with_ledger.missing}
    # 240 required - 150 delivered = 90 missed.
    assert (
        "- Speech-language therapy: 240 minutes required, 150 delivered, 90 missed. "
        "No session on Oct 6, Oct 8 and Oct 13, 2026." in with_ledger.body
    )


def test_reply_dates_follow_each_template() -> None:
    sunday = D(2026, 11, 29)
    # 10 school days from Sunday Nov 29: Nov 30, Dec 1-4 (5), Dec 7-11 (10).
    assert response_due(TEMPLATES["request_data"], sunday) == D(2026, 12, 11)
    assert response_due(TEMPLATES["request_meeting"], sunday) == D(2026, 12, 13)  # 14 days
    assert response_due(TEMPLATES["post_meeting"], sunday) == D(2026, 12, 4)  # 5 school days
    assert response_due(TEMPLATES["request_pwn"], sunday) == D(2026, 12, 9)  # 10 days
    records = TEMPLATES["request_records"]
    assert response_due(records, sunday) == D(2027, 1, 13)  # 45 days: Dec 2 + 31 + 13
    # The next meeting is Jan 10, so the records are due the day before it.
    assert response_due(records, sunday, next_meeting=D(2027, 1, 10)) == D(2027, 1, 9)


def test_tone_hints_find_capitals_exclamations_and_accusing_words() -> None:
    text = "You NEVER send the data!!! The IEP says otherwise. You failed Maya. OK."
    hints = tone_hints(text)
    assert [(h.kind, h.text) for h in hints] == [
        (ToneKind.ACCUSING, "NEVER"),
        (ToneKind.CAPITALS, "NEVER"),
        (ToneKind.EXCLAMATION, "!!!"),
        (ToneKind.ACCUSING, "You failed"),
    ]
    assert text[hints[2].start : hints[2].end] == "!!!"
    assert tone_hints("The SLP and the OT met on Nov 3 about the IEP's goals.") == []


def test_using_a_letter_logs_it_once_with_the_follow_up(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    before = len(demo_services.commlog.list_rows(child.id).rows)
    draft = demo_services.letters.draft(child.id, LetterRequest("request_data"))
    assert draft.data.response_due == D(2026, 12, 11)
    used = demo_services.letters.use_letter(child.id, draft.data, SentVia.EMAIL).row
    assert used.data.sent_on == TODAY and used.log_entry_id is not None
    entry = demo_services.commlog.get_entry(used.log_entry_id)
    assert entry.data.channel is Channel.EMAIL
    assert entry.data.topic == "Request for progress data: Maya Rodríguez"
    assert entry.data.follow_up_due == D(2026, 12, 11)
    assert entry.data.status is EntryStatus.WAITING
    assert [p.name for p in entry.data.participants][0] == "Rosa Jiménez"
    assert entry.letters[0].id == used.id
    again = demo_services.letters.use_letter(
        child.id, used.data, SentVia.PAPER, used.id, used.version
    ).row
    assert again.log_entry_id == used.log_entry_id
    assert len(demo_services.commlog.list_rows(child.id).rows) == before + 1


def test_mail_link_eml_draft_and_pdf_letter(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    data = demo_services.letters.draft(child.id, LetterRequest("goal_data")).data
    url = demo_services.letters.mailto(data)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "kliu@riverside-usd.example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == [data.subject]
    assert query["body"][0] == data.body.replace("\n", "\r\n")
    message = email.message_from_bytes(demo_services.letters.eml(data), policy=default_policy)
    assert message["To"] == "Karen Liu <kliu@riverside-usd.example.org>"
    assert "rjimenez@riverside-usd.example.org" in message["Cc"]
    assert message["Subject"] == data.subject
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n").strip() == data.body.strip()
    pdf = demo_services.letters.pdf(child.id, data)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    text = " ".join(text.split())
    assert pdf.page_count == 1
    assert "Ana Rodríguez and David Rodríguez" in text
    assert "November 29, 2026" in text
    assert "Re: Maya Rodríguez, date of birth May 14, 2017" in text
    assert "Can you provide specific examples or data showing progress" in text
