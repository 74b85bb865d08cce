"""Pure rules of the document folder, with expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from iepbinder.domain.document_guess import guess_category
from iepbinder.domain.documents import (
    DocumentCategory,
    DocumentData,
    DocumentKind,
    format_tags,
    parse_tags,
    validate_document,
)
from iepbinder.domain.email_followup import (
    asks_question,
    dates_named,
    own_words,
    suggest_follow_up,
    topic_of_subject,
)
from iepbinder.domain.file_names import extension_of, safe_file_name, title_from_file_name
from iepbinder.domain.search_terms import (
    HIT_END,
    HIT_START,
    fts5_query,
    mark_words,
    search_words,
    snippet,
    strip_marks,
    tsquery_text,
)

# The sample email that ships with the program, sent Tuesday 2026-11-17.
SAMPLE_BODY = """Hi Ana,

Mr. Okafor was out on Monday and Wednesday, so Maya's two speech sessions this week
did not happen. He will schedule make-up sessions before Thanksgiving break.

I am attaching nothing today, but I will send the reading fluency probe data you asked
for by Friday, November 20. Could you let me know if Thursday at 3:15 works for a
short call?
"""
TUESDAY = dt.date(2026, 11, 17)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),  # traversal: only the last part is a name
        ("1234/../../1234.txt", "1234.txt"),  # the corpus's traversal attachment
        ("C:\\Users\\ana\\report.pdf", "report.pdf"),  # Windows folders
        ("..", "attachment"),  # nothing but dots
        ("evil\x00name\x07.pdf", "evilname.pdf"),  # control characters dropped
        ("cod\u202etxt.exe", "codtxt.exe"),  # the right-to-left override is invisible
        ('a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"),  # characters Windows forbids
        ("CON.txt", "_CON.txt"),  # a reserved device name on Windows
        ("  .hidden  ", "hidden"),  # no leading dot, no surrounding spaces
        ("nyan cat \u2714.gif", "nyan cat \u2714.gif"),  # ordinary Unicode stays
    ],
)
def test_safe_file_names(given: str, expected: str) -> None:
    assert safe_file_name(given) == expected


def test_a_long_name_keeps_its_extension() -> None:
    name = safe_file_name("x" * 400 + ".pdf")
    # 150 characters in all: 146 of the stem, the dot and 'pdf'.
    assert len(name) == 150 and name.endswith("x.pdf")


def test_extensions_and_titles_from_names() -> None:
    assert extension_of("Report.PDF") == ".pdf"
    assert extension_of("README") == ""
    assert title_from_file_name("2026-03_IEP_final.pdf") == "2026-03 IEP final"


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("IEP 2026-03 final.pdf", DocumentKind.PDF, DocumentCategory.IEP_CURRENT),
        ("Q1 progress report.pdf", DocumentKind.PDF, DocumentCategory.PROGRESS_REPORT),
        ("Prior_Written_Notice.pdf", DocumentKind.PDF, DocumentCategory.PWN),
        ("Procedural Safeguards 2025.pdf", DocumentKind.PDF,
         DocumentCategory.PROCEDURAL_SAFEGUARDS),
        ("504 plan.docx", DocumentKind.OTHER, DocumentCategory.PLAN_504),
        ("psychoeducational evaluation.pdf", DocumentKind.PDF, DocumentCategory.EVAL_SCHOOL),
        ("recipe.pdf", DocumentKind.PDF, DocumentCategory.OTHER),
        ("anything.eml", DocumentKind.EMAIL, DocumentCategory.CORRESPONDENCE_EMAIL),
        ("invite.ics", DocumentKind.CALENDAR, DocumentCategory.MEETING_NOTICE),
    ],
)  # fmt: skip
def test_first_guess_of_the_category(
    name: str, kind: DocumentKind, expected: DocumentCategory
) -> None:
    # 'recipe' contains the letters 'ipe', not the word 'iep'; words must stand alone.
    assert guess_category(name, kind) is expected


def test_the_sample_email_asks_a_question_and_names_dates() -> None:
    # Sent Tue Nov 17. Named: 'Monday and Wednesday' in a sentence about the past (skipped),
    # 'Friday, November 20' (Nov 20) and 'Thursday' in the question (the next Thursday after
    # Tuesday: 17 + 2 = Nov 19). The earliest coming date, Nov 19, is the follow-up date.
    suggestion = suggest_follow_up(SAMPLE_BODY, TUESDAY)
    assert suggestion.needed
    assert suggestion.due == dt.date(2026, 11, 19)
    assert suggestion.reasons == ("the email asks a question", "the email names a date")
    assert dates_named(SAMPLE_BODY, TUESDAY) == [dt.date(2026, 11, 19), dt.date(2026, 11, 20)]


def test_dates_before_the_email_and_far_away_are_not_follow_ups() -> None:
    # Sent 2026-11-17: '11/3' is earlier the same month (a past event); 'March 3' is more
    # than half a year ahead? No: Mar 3 2027 is 106 days later, so it counts. '6/30' would be
    # Jun 30 2027, 225 days later, beyond the 183-day horizon, so it does not.
    text = "We met on 11/3. The annual review is March 3. Forms were due 6/30."
    assert dates_named(text, TUESDAY) == [dt.date(2027, 3, 3)]
    assert dates_named("By 12/1/2026 please.", TUESDAY) == [dt.date(2026, 12, 1)]


def test_a_plain_update_needs_no_follow_up() -> None:
    suggestion = suggest_follow_up("Maya had a good week in speech. Thank you!", TUESDAY)
    assert suggestion == type(suggestion)(False, None, ())


def test_quoted_replies_are_not_the_senders_words() -> None:
    text = "Thanks, that works.\n\nOn Mon, Nov 16, 2026 Ana wrote:\n> Can we meet Friday?"
    assert own_words(text).strip() == "Thanks, that works."
    assert not asks_question(own_words(text))
    assert suggest_follow_up(text, TUESDAY).needed is False


@pytest.mark.parametrize(
    ("subject", "topic"),
    [
        ("RE: Fwd: [EXT] Speech sessions", "Speech sessions"),
        ("AW: Termin", "Termin"),
        ("Re[2]: Data sheets", "Data sheets"),
        ("  Reading   group  ", "Reading group"),
        ("Regarding the IEP", "Regarding the IEP"),  # 'Re' only as a prefix with a colon
    ],
)
def test_topic_of_subject(subject: str, topic: str) -> None:
    assert topic_of_subject(subject) == topic


def test_search_words_and_queries() -> None:
    words = search_words("Speech, SPEECH log! évaluation")
    assert words == ("speech", "log", "évaluation")
    assert fts5_query(words) == '"speech"* AND "log"* AND "évaluation"*'
    assert tsquery_text(words) == "speech:* & log:* & évaluation:*"
    assert search_words("  ,,, ") == ()
    assert strip_marks(f"a {HIT_START}b{HIT_END} c") == "a b c"
    # Words starting with a search word are marked, whatever their case; others are not.
    marked = mark_words("Speech sessions, SPEECHES and prespeech", ("speech",))
    assert (
        marked == f"{HIT_START}Speech{HIT_END} sessions, {HIT_START}SPEECHES{HIT_END} and prespeech"
    )


def test_snippets_cut_around_the_first_word_found() -> None:
    text = "Hello. " * 30 + "The speech session did not happen on Monday. " + "More. " * 30
    cut = snippet(text, ("speech",), width=60)
    # 30 x 'Hello. ' is 210 characters, so 'speech' starts at 214 (after 'The '). The cut
    # starts a third of the width (20) before it, at 194, moved on past the next space to 196
    # (the second-last 'Hello.'); it may run to 196 + 60 = 256 and stops at the last space
    # before that, 254, just after 'Monday.'. Both ends are marked as cut.
    assert cut == (
        f"\u2026 Hello. Hello. The {HIT_START}speech{HIT_END} session did not happen on Monday. "
        "\u2026"
    )
    assert snippet("Short text.", ("absent",), width=60) == "Short text."


def test_tags_are_typed_with_commas() -> None:
    assert parse_tags("speech, Reading;  data , SPEECH,") == ("speech", "Reading", "data")
    assert format_tags(("speech", "data")) == "speech, data"


def test_document_checks() -> None:
    good = DocumentData("IEP of March 2026", date_on_document=dt.date(2026, 3, 10),
                        date_received=dt.date(2026, 3, 12), school_year="2025-2026")  # fmt: skip
    assert validate_document(good) == []
    bad = DocumentData(" ", date_on_document=dt.date(2026, 3, 10),
                       date_received=dt.date(2026, 3, 1), school_year="2026")  # fmt: skip
    assert [error.field for error in validate_document(bad)] == [
        "title", "date_received", "school_year",
    ]  # fmt: skip
    assert good.filing_date == dt.date(2026, 3, 10)
    assert DocumentData("x", date_received=dt.date(2026, 3, 12)).filing_date == dt.date(2026, 3, 12)
