"""Reading emails and files without a database: headers, charsets, names, HTML, PDFs, limits."""

from __future__ import annotations

import base64
import datetime as dt
import io
from email.message import EmailMessage
from email.policy import SMTP

import pytest
from pypdf import PdfWriter

from iepbinder.domain.documents import DocumentKind
from iepbinder.importers.document_file import (
    MAX_FILE_BYTES,
    FileRejected,
    decode_text,
    parse_document,
)
from iepbinder.importers.email_records import EmailFileError
from iepbinder.importers.eml import parse_eml
from iepbinder.importers.html_clean import INLINE_SCHEME, clean_html, html_to_text
from iepbinder.importers.pdf_text import read_pdf_text
from tests.email_samples import PDF_BYTES, raw_email, school_email, tracking_pixel_email

HEADERS = [
    "From: =?utf-8?q?Jos=C3=A9_Mart=C3=ADnez?= <jmartinez@school.example.org>",
    "To: parent@example.com",
    "Date: Tue, 17 Nov 2026 15:42:00 -0800",
    "Message-ID: <abc@school.example.org>",
    "MIME-Version: 1.0",
]


def test_rfc2047_subject_and_sender_are_decoded() -> None:
    raw = raw_email(
        [*HEADERS, "Subject: =?utf-8?q?Reuni=C3=B3n_del_IEP?= =?iso-8859-1?b?LSBjYWbp?=",
         "Content-Type: text/plain; charset=utf-8"],
        b"Hola.",
    )  # fmt: skip
    email = parse_eml(raw, "reunion.eml")
    # 'LSBjYWbp' is base64 of '- caf\xe9' in Latin-1; adjacent encoded words join.
    assert email.subject == "Reunión del IEP- café"
    assert email.sender is not None and email.sender.name == "José Martínez"
    assert email.sender.address == "jmartinez@school.example.org"
    assert email.message_id == "<abc@school.example.org>"


def test_the_date_is_shown_in_local_time() -> None:
    email = parse_eml(school_email(1), "a.eml")
    # 15:42 at -08:00 is 23:42 UTC; whatever this computer's zone, the moment is the same.
    assert email.sent_at is not None and email.sent_at.tzinfo is not None
    assert email.sent_at.astimezone(dt.UTC) == dt.datetime(2026, 11, 17, 23, 42, tzinfo=dt.UTC)
    assert email.sent_at.utcoffset() == dt.datetime.now().astimezone().utcoffset()


def test_missing_and_unreadable_dates_are_noted_not_guessed() -> None:
    missing = parse_eml(school_email(2, date=None), "no-date.eml")
    assert missing.sent_at is None
    assert missing.notes == ("The email has no date; it is filed under the day it was added.",)
    bad = parse_eml(raw_email([*HEADERS[:2], "Date: Pn, 29 paX 2007 21:13:00 +0100",
                               "Subject: x"], b"x"), "bad.eml")  # fmt: skip
    assert bad.sent_at is None and "cannot be read" in bad.notes[0]


@pytest.mark.parametrize(
    ("charset", "body", "text"),
    [
        ("windows-1252", "Caf\xe9 \u2013 \u201cquoted\u201d".encode("cp1252"), "Café – “quoted”"),
        ("iso-8859-2", "Zażółć".encode("iso-8859-2"), "Zażółć"),
        ("koi8-r", "Привет".encode("koi8-r"), "Привет"),
        ("shift_jis", "日本語".encode("shift_jis"), "日本語"),
    ],
)
def test_non_utf8_charsets(charset: str, body: bytes, text: str) -> None:
    raw = raw_email([*HEADERS, "Subject: x", f"Content-Type: text/plain; charset={charset}",
                     "Content-Transfer-Encoding: 8bit"], body)  # fmt: skip
    assert parse_eml(raw, "x.eml").text.strip() == text


def test_an_unknown_charset_falls_back_with_a_note() -> None:
    raw = raw_email([*HEADERS, "Subject: x", "Content-Type: text/plain; charset=x-made-up",
                     "Content-Transfer-Encoding: 8bit"], "Caf\u00e9".encode())  # fmt: skip
    email = parse_eml(raw, "x.eml")
    assert email.text.strip() == "Café"
    assert "x-made-up" in email.notes[0]


def _with_attachment(name_header: str, content: bytes = b"data") -> bytes:
    boundary = "XYZ"
    body = (
        f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
        f"--{boundary}\r\nContent-Type: application/octet-stream\r\n"
        f"Content-Disposition: attachment; {name_header}\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{base64.b64encode(content).decode()}\r\n"
        f"--{boundary}--\r\n"
    ).encode()
    content_type = f'Content-Type: multipart/mixed; boundary="{boundary}"'
    return raw_email([*HEADERS, "Subject: x", content_type], body)


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ('filename="=?utf-8?b?RXZhbHVhY2nDs24ucGRm?="', "Evaluación.pdf"),  # RFC 2047
        ("filename*=utf-8''Evaluaci%C3%B3n%20final.pdf", "Evaluación final.pdf"),  # RFC 2231
        ('filename="../../../etc/passwd"', "passwd"),
        ('filename="..\\\\..\\\\Windows\\\\win.ini"', "win.ini"),
        ('filename="/home/ana/.ssh/id_rsa"', "id_rsa"),
        ('filename="report\\x07\\x1b.pdf"', "report.pdf"),
        ('filename=".."', "attachment-1"),
    ],
)
def test_attachment_names_are_safe(header: str, name: str) -> None:
    header = header.replace("\\x07", "\x07").replace("\\x1b", "\x1b")
    email = parse_eml(_with_attachment(header), "x.eml")
    (attachment,) = email.attachments
    assert attachment.name == name
    assert "/" not in attachment.name and "\\" not in attachment.name
    assert attachment.data == b"data"


def test_nested_message_and_calendar_invitation() -> None:
    inner = EmailMessage()
    inner["From"] = "Principal <lpark@school.example.org>"
    inner["Subject"] = "Original notice"
    inner["Date"] = "Mon, 16 Nov 2026 09:00:00 -0800"
    inner.set_content("The meeting is on December 3.")
    outer = EmailMessage()
    outer["From"] = "Karen Liu <kliu@school.example.org>"
    outer["Subject"] = "Fwd: Original notice"
    outer["Date"] = "Tue, 17 Nov 2026 10:00:00 -0800"
    outer.set_content("See below, and the invitation.")
    outer.add_attachment(inner)
    invite = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Annual IEP meeting\r\n"
        "DTSTART:20261203T231500Z\r\nDTEND:20261204T001500Z\r\nLOCATION:Room 12\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    outer.add_attachment(invite.encode(), maintype="text", subtype="calendar",
                         filename="invite.ics")  # fmt: skip
    email = parse_eml(outer.as_bytes(policy=SMTP), "fwd.eml")
    nested, calendar = email.attachments
    assert nested.message is not None and nested.message.subject == "Original notice"
    assert nested.name == "Original notice.eml"
    assert calendar.name == "invite.ics"
    assert email.invite is not None and email.invite.summary == "Annual IEP meeting"
    assert email.invite.location == "Room 12"
    assert email.invite.start == dt.datetime(2026, 12, 3, 23, 15, tzinfo=dt.UTC)


def test_html_is_cleaned_of_scripts_and_remote_content() -> None:
    raw = tracking_pixel_email("http://127.0.0.1:9")
    email = parse_eml(raw, "news.eml")
    cleaned = clean_html(email.html)
    assert "127.0.0.1" in email.html  # the original keeps everything, unchanged
    lowered = cleaned.html.lower()
    for gone in ("<script", "<iframe", "<img", "<link", "<style", "url(", "javascript:",
                 "background=", "fetch("):  # fmt: skip
        assert gone not in lowered
    # What a browser would have fetched: the style sheet (1), the url() in the <style> (1),
    # the script file (1), the body's background (1), the paragraph's url() (1), the picture
    # (1) and the frame (1) = 7. The inline script is code, never run, so it fetches nothing.
    assert cleaned.blocked_remote == 7
    assert "<b>families</b>" in cleaned.html
    assert 'href="http://127.0.0.1:9/read-more"' in cleaned.html  # shown, never fetched
    assert html_to_text(email.html).startswith("Hello families,")


def test_inline_pictures_are_kept_under_a_local_name() -> None:
    cleaned = clean_html('<p><img src="cid:logo@x" alt="Logo"><img src="cid:other@x"></p>',
                         {"logo@x"})  # fmt: skip
    assert f'src="{INLINE_SCHEME}logo@x"' in cleaned.html
    assert cleaned.blocked_remote == 1  # a cid that the email does not carry


def _pdf(pages: int, encrypt: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    if encrypt:
        writer.encrypt(encrypt)
    target = io.BytesIO()
    writer.write(target)
    return target.getvalue()


def test_pdfs_without_text_or_with_a_password_are_filed_with_a_note() -> None:
    blank = read_pdf_text(_pdf(2), "scan.pdf")
    assert (blank.text, blank.page_count) == ("", 2)
    assert "No text layer" in blank.note
    locked = read_pdf_text(_pdf(1, "secret"), "locked.pdf")
    assert locked.encrypted and "password" in locked.note
    damaged = read_pdf_text(b"%PDF-1.4\nnot really", "damaged.pdf")
    assert damaged.text == "" and "damaged" in damaged.note


def test_pdf_text_stops_at_the_time_limit() -> None:
    ticks = iter([0.0, 0.0, 30.0, 30.0, 30.0])  # the clock jumps past 20 s after page 1
    result = read_pdf_text(_pdf(3), "long.pdf", clock=lambda: next(ticks))
    assert "Only the first 1 of 3 pages" in result.note


def test_files_are_recognised_and_refused_with_reasons() -> None:
    assert parse_document("note.txt", "Caf\u00e9".encode("cp1252")).text == "Café"
    assert parse_document("a.pdf", PDF_BYTES).kind is DocumentKind.PDF
    assert parse_document("photo.jpg", b"\xff\xd8\xff\xe0rest").kind is DocumentKind.IMAGE
    assert parse_document("notes.bin", b"\x00\x01").kind is DocumentKind.OTHER
    with pytest.raises(FileRejected, match=r"empty \(0 bytes\)"):
        parse_document("empty.pdf", b"")
    with pytest.raises(FileRejected, match="is a program"):
        parse_document("setup.exe", b"MZ")
    with pytest.raises(FileRejected, match="not one"):
        parse_document("fake.pdf", b"hello, not a pdf")
    with pytest.raises(FileRejected, match="not an email"):
        parse_document("x.eml", b"\x00\x00binary")
    with pytest.raises(FileRejected, match="not an Outlook message"):
        parse_document("x.msg", b"plain text")
    assert decode_text(b"\xff\xfeh\x00i\x00") == "hi"


def test_email_size_limit() -> None:
    with pytest.raises(EmailFileError, match="more than an email can be"):
        parse_eml(b"From: a@b\r\n\r\n" + b"x" * (51 * 1024 * 1024), "huge.eml")
    assert MAX_FILE_BYTES == 200 * 1024 * 1024
