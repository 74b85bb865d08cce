"""Every file of the public corpus is filed (or refused) with the outcome written here by hand.

Each line says: kind, title, how many documents hang under it (attachments, attached emails
and their attachments), the date on the document, and what its note must say (the note is
where a file explains what could not be read: a password, no text layer, no date).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from iepbinder.domain.records import ChildData
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.document_dto import ImportStatus

NO_DATE = "The email has no date; it is filed under the day it was added."
NO_TEXT = "No text layer (probably a scan or a picture)"
PASSWORD = "Protected by a password, so its words cannot be searched"

# file: (kind, title, documents under it, date on the document, note must contain)
EXPECTED: dict[str, tuple[str, str, int, str | None, str]] = {
    "eml/enmime__html-only-inline.eml": ("email", "MIME test 1", 0, "2012-10-13", ""),
    "eml/enmime__mime-bad-8bit-filename.eml": ("email", "Malformed test", 1, "2021-02-22", ""),
    "eml/flanker__bilingual-simple.eml": (
        "email", "Simple text. How are you? Как ты поживаешь?", 0, "2010-02-07", ""),
    "eml/flanker__russian-attachment-yahoo.eml": ("email", "Hello", 1, "2012-06-29", ""),
    # A forwarded email (1) holding a PDF (1).
    "eml/mikel__attachment_message_rfc822.eml": ("email", "testing", 2, "2005-06-06", ""),
    "eml/mikel__attachment_with_quoted_filename.eml": (
        "email", "Eelanalüüsi päring", 1, "2009-05-13", ""),
    # The uuencoded Word file is empty in this sample: left out, and the note says so.
    "eml/mikel__content_transfer_encoding_x_uuencode.eml": (
        "email", "PGP Comments on RTO West Release of Dec. 14", 0, "2002-01-10",
        "Attachment left out: PGP_Cmts_on_12-14-01_Pkg.doc is empty (0 bytes)"),
    "eml/mikel__japanese_attachment_long_name.eml": (
        "email", "まみむめも" * 10, 1, "2009-10-30", ""),
    "eml/mikel__japanese_shift_jis.eml": ("email", "test", 0, "2014-05-28", ""),
    "eml/mikel__ks_c_5601-1987.eml": ("email", "test", 0, "2014-05-28", ""),
    "eml/mikel__raw_email_with_bad_date.eml": (
        "email", "Microsoft Vlsta & Office2007, Just released for 79$ Save 1599.95$ 0ff Retai|",
        0, None, "The email's date (Pn, 29 paX 2007 21:13:00 +0100) cannot be read"),
    "eml/mimekit__bounce.eml": (
        "email", "Undelivered Mail Returned to Sender", 1, "2022-01-26", ""),
    "eml/mimekit__japanese.eml": (
        "email", "日本語メールテスト (testing Japanese emails)", 0, "2015-07-21", ""),
    "eml/mimekit__ukr.eml": ("email", "rr test 7", 1, "2017-11-13", ""),
    "eml/nodemailer__base64encodedroot.eml": ("email", "(no subject)", 1, None, NO_DATE),
    # image.png, nyan cat ✔.gif and notes.txt; the text/watch-html body is not an attachment.
    "eml/nodemailer__nodemailer.eml": (
        "email", "Nodemailer is unicode friendly ✔ (1476358788189)", 3, "2016-10-13", ""),
    # .docx, .pdf, .odt, .png and an attached email.
    "eml/phpmmp__issue274.eml": ("email", "test-localhost", 5, "2019-05-27", ""),
    "eml/phpmmp__m0018.eml": ("email", "[Korea] Name", 2, "2014-10-20", ""),
    # The meeting request's text/calendar part is kept as a calendar document.
    "eml/phpmmp__m0020.eml": ("email", "1", 1, "2014-03-27", ""),
    # '1234/../../1234.txt' becomes '1234.txt', and is empty: left out with the reason.
    "eml/phpmmp__m0027.eml": (
        "email", "1234 / 1234", 0, None, "Attachment left out: 1234.txt is empty (0 bytes)"),
    "eml/py__msg_02.eml": ("email", "Ppp digest, Vol 1 #2 - 5 msgs", 5, "2001-04-21", ""),
    "eml/py__msg_10.eml": ("email", "Lyrics", 0, "2001-04-20", ""),
    "eml/py__msg_12.eml": ("email", "Lyrics", 0, "2001-04-20", ""),
    "eml/py__msg_45.eml": ("email", "test", 1, None, NO_DATE),
    "eml/tika__testGroupWiseEml.eml": ("email", "test333", 2, "2013-06-27", ""),
    "eml/tika__testLotusEml.eml": ("email", "(no subject)", 0, "2012-10-04", ""),
    # The embedded picture stays with the email; two text files are attachments.
    "msg/bbottema__HTML mail with replyto and attachment and embedded image.msg": (
        "email", "hey", 2, "2017-03-05", ""),
    "msg/bbottema__simple reply with CC.msg": (
        "email", "Re: Sent by CV Contact Form", 0, "2019-12-18", ""),
    # An Outlook calendar item, not an email: filed as a calendar item, not logged.
    "msg/hiraoka__A schedule.msg": ("calendar", "A schedule", 0, "2021-10-13", ""),
    "msg/hiraoka__attachmentFiles.msg": ("email", "attachmentFiles", 3, "2023-11-01", ""),
    "msg/hiraoka__msgInMsg.msg": ("email", "I have attachments!", 2, None, NO_DATE),
    "msg/hiraoka__nonUnicodeMail.msg": ("email", "Non Unicode mail subject", 0, None, NO_DATE),
    "msg/msgreader__EmailWithAttachments.msg": (
        "email", "This is the subject", 1, "2016-12-03", ""),
    "msg/msgreader__EmailWithMsgAttachment.msg": (
        "email", "FW: Msg Attachment Test", 1, "2025-07-22", ""),
    "msg/msgreader__EmailWithSpecialCharsInSubject.msg": (
        "email", "Un sujet bien défini Àéroport mañana être ouïe électricité così próxima à Ô",
        0, "2024-03-27", ""),
    "msg/msgreader__RtfWithShortRussianString.msg": ("email", "(no subject)", 0, None, NO_DATE),
    "msg/msgreader__TxtSampleEmailWithAttachment.msg": (
        "email", "TxtSampleEmailWithAttachment", 1, "2017-10-23", ""),
    "msg/poi__attachment_test_msg.msg": ("email", "test pièce jointe 1", 2, "2009-04-22", ""),
    "msg/poi__quick.msg": ("email", "Test the content transformer", 0, "2007-06-14", ""),
    "msg/rubymsg__qwerty_1-orig.msg": ("email", "qwerty", 0, None, NO_DATE),
    "msg/tika__testMSG_forwarded.msg": ("email", "FW: Testing", 0, "2011-12-08", ""),
    "pdf/pdfsamples__002-trivial-libre-office-writer.pdf": (
        "pdf", "pdfsamples 002-trivial-libre-office-writer", 0, None, ""),
    "pdf/pdfsamples__google-doc-document.pdf": (
        "pdf", "pdfsamples google-doc-document", 0, None, ""),
    "pdf/pdfsamples__grayscale-image.pdf": ("pdf", "pdfsamples grayscale-image", 0, None, NO_TEXT),
    "pdf/pdfsamples__habibi.pdf": ("pdf", "pdfsamples habibi", 0, None, ""),
    "pdf/pdfsamples__libreoffice-writer-password.pdf": (
        "pdf", "pdfsamples libreoffice-writer-password", 0, None, PASSWORD),
    "pdf/pdfsamples__multicolumn.pdf": ("pdf", "pdfsamples multicolumn", 0, None, ""),
    "pdf/pdfsamples__pdflatex-4-pages.pdf": ("pdf", "pdfsamples pdflatex-4-pages", 0, None, ""),
    "pdf/pdfsamples__with-attachment.pdf": ("pdf", "pdfsamples with-attachment", 0, None, ""),
    "pdf/pypdf__SF424_page2.pdf": ("pdf", "pypdf SF424 page2", 0, None, ""),
    "pdf/pypdf__Seige_of_Vicksburg_Sample_OCR.pdf": (
        "pdf", "pypdf Seige of Vicksburg Sample OCR", 0, None, ""),
    "pdf/pypdf__imagemagick-CCITTFaxDecode.pdf": (
        "pdf", "pypdf imagemagick-CCITTFaxDecode", 0, None, NO_TEXT),
    "pdf/pypdf__indirect-rotation.pdf": ("pdf", "pypdf indirect-rotation", 0, None, ""),
    # The owner password only restricts printing; the text reads without a password.
    "pdf/pypdf__r2-owner-password.pdf": ("pdf", "pypdf r2-owner-password", 0, None, ""),
    "pdf/pypdf__r4-user-password.pdf": ("pdf", "pypdf r4-user-password", 0, None, PASSWORD),
    "pdf/tika__testOCR.pdf": ("pdf", "tika testOCR", 0, None, NO_TEXT),
}  # fmt: skip


def _corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.glob("*/*") if p.name != "MANIFEST.tsv")


def test_the_table_names_every_corpus_file(corpus: Path) -> None:
    assert sorted(p.relative_to(corpus).as_posix() for p in _corpus_files(corpus)) == sorted(
        EXPECTED
    )


def test_every_corpus_file_is_filed_as_expected(services: BinderServices, corpus: Path) -> None:
    child = services.children.add_child(ChildData("Maya", "Rodríguez")).row
    files = _corpus_files(corpus)
    report = services.documents.import_paths(child.id, files)
    assert len(report.outcomes) == len(files)
    found = {}
    for path, outcome in zip(files, report.outcomes, strict=True):
        key = path.relative_to(corpus).as_posix()
        assert outcome.status is ImportStatus.IMPORTED, (key, outcome.message)
        document = services.documents.get_document(outcome.document_id or 0)
        day = document.data.date_on_document
        found[key] = (document.kind.value, document.data.title, outcome.attachments,
                      day.isoformat() if day else None)  # fmt: skip
        note = EXPECTED[key][4]
        assert note in document.import_note if note else document.import_note == "", key
        emails = document.kind.value == "email"
        assert (outcome.entry_id is not None) is emails, key  # every email is logged
    assert found == {key: value[:4] for key, value in EXPECTED.items()}
    # Nothing half-written: every original is there with its fingerprint, links hold.
    check = services.checks.check()
    assert check.problems == () and check.unused == 0
    # The same files again: every one is recognised, nothing is added.
    again = services.documents.import_paths(child.id, files)
    assert {o.status for o in again.outcomes} == {ImportStatus.DUPLICATE}


def test_undated_emails_are_filed_under_the_day_they_were_added(
    services: BinderServices, corpus: Path, today: dt.date
) -> None:
    child = services.children.add_child(ChildData("Maya")).row
    (outcome,) = services.documents.import_paths(
        child.id, [corpus / "eml" / "py__msg_45.eml"]
    ).outcomes
    document = services.documents.get_document(outcome.document_id or 0)
    assert (document.data.date_on_document, document.data.date_received) == (None, today)
    entry = services.commlog.get_entry(outcome.entry_id or 0)
    assert entry.data.event_date == today


@pytest.mark.parametrize("name", ["eml/phpmmp__m0027.eml"])
def test_a_traversal_name_in_the_corpus_stays_a_plain_name(corpus: Path, name: str) -> None:
    from iepbinder.importers.eml import parse_eml

    email = parse_eml((corpus / name).read_bytes(), name)
    assert [part.name for part in email.attachments] == ["1234.txt"]
