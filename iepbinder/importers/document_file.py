"""Recognise a dropped file and read what search needs from it: email, PDF, picture, text, other."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from html import unescape
from io import BytesIO

from iepbinder.domain.documents import DocumentKind
from iepbinder.domain.file_names import extension_of, title_from_file_name
from iepbinder.domain.language import t
from iepbinder.importers.calendar_invite import parse_invite
from iepbinder.importers.email_records import CalendarInvite, EmailFileError, ParsedEmail
from iepbinder.importers.eml import looks_like_email, parse_eml
from iepbinder.importers.html_clean import html_to_text
from iepbinder.importers.outlook_msg import OLE_MAGIC, is_calendar_item, parse_msg
from iepbinder.importers.pdf_text import PdfTextError, looks_like_pdf, read_pdf_text

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_SEARCH_CHARS = 400_000
IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic",
                    ".heif"}  # fmt: skip
TEXT_EXTENSIONS = {".txt", ".text", ".md", ".csv", ".tsv", ".log"}
CALENDAR_EXTENSIONS = {".ics", ".vcs"}
PROGRAM_EXTENSIONS = {".exe", ".msi", ".bat", ".cmd", ".com", ".scr", ".vbs", ".vbe", ".ps1",
                      ".dll", ".jar", ".lnk", ".pif", ".cpl", ".hta", ".wsf"}  # fmt: skip
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")
_CONTENT_TYPES = {
    DocumentKind.PDF: "application/pdf", DocumentKind.TEXT: "text/plain",
    DocumentKind.CALENDAR: "text/calendar",
}  # fmt: skip
_OFFICE_TEXT = {".docx": "word/document.xml", ".odt": "content.xml"}
_PARAGRAPH_END = re.compile(r"</(w:p|text:p|text:h)>")
_TAG = re.compile(r"<[^>]+>")


class FileRejected(ValueError):
    """The file is not kept; the message names it and says why and what to do."""


@dataclass(frozen=True)
class ParsedDocument:
    """What the binder needs from one file: its kind, a title, searchable text and notes."""

    kind: DocumentKind
    content_type: str
    title: str
    text: str
    page_count: int | None = None
    email: ParsedEmail | None = None
    invite: CalendarInvite | None = None
    notes: tuple[str, ...] = ()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_size(name: str, size: int) -> None:
    """Refuse empty files and files over the limit, with the reason."""
    if size == 0:
        raise FileRejected(t("{file} is empty (0 bytes), so there is nothing to keep.", file=name))
    if size > MAX_FILE_BYTES:
        raise FileRejected(
            t(
                "{file} is {size}; the binder keeps files up to {limit}. Make it smaller (for a "
                "scan, a lower resolution) or split it, then add it again.",
                file=name,
                size=_megabytes(size),
                limit=_megabytes(MAX_FILE_BYTES),
            )
        )


def detect_kind(name: str, data: bytes) -> DocumentKind:
    """The kind from the name's extension, checked against the first bytes."""
    extension = extension_of(name)
    if extension == ".eml" or (extension in ("", ".txt") and looks_like_email(data)):
        return DocumentKind.EMAIL
    if extension == ".msg" or (extension == "" and data.startswith(OLE_MAGIC)):
        return DocumentKind.EMAIL
    if extension == ".pdf" or looks_like_pdf(data[:16]):
        return DocumentKind.PDF
    if extension in IMAGE_EXTENSIONS or data.startswith(_IMAGE_MAGIC[:4]):
        return DocumentKind.IMAGE
    if extension in TEXT_EXTENSIONS:
        return DocumentKind.TEXT
    if extension in CALENDAR_EXTENSIONS:
        return DocumentKind.CALENDAR
    return DocumentKind.OTHER


def decode_text(data: bytes) -> str:
    """Text in UTF-16 (with its byte-order mark) or UTF-8, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _office_text(name: str, data: bytes) -> str:
    member = _OFFICE_TEXT.get(extension_of(name))
    if member is None:
        return ""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            xml = archive.read(member).decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return ""
    return unescape(_TAG.sub("", _PARAGRAPH_END.sub("\n", xml))).strip()


def _email(name: str, data: bytes, with_html: bool) -> ParsedDocument:
    is_msg = extension_of(name) == ".msg" or data.startswith(OLE_MAGIC)
    try:
        email = parse_msg(data, name, with_html) if is_msg else parse_eml(data, name)
    except EmailFileError as exc:
        raise FileRejected(str(exc)) from exc
    kind = DocumentKind.CALENDAR if is_calendar_item(email) else DocumentKind.EMAIL
    title = email.subject or ("(calendar item)" if kind is DocumentKind.CALENDAR else "")
    content_type = "application/vnd.ms-outlook" if is_msg else "message/rfc822"
    return ParsedDocument(
        kind, content_type, title or "(no subject)", email.search_text()[:MAX_SEARCH_CHARS],
        None, email, email.invite, email.notes,
    )  # fmt: skip


def parse_document(name: str, data: bytes, *, with_html: bool = False) -> ParsedDocument:
    """Read one file; FileRejected (with the reason) when it cannot or must not be kept."""
    check_size(name, len(data))
    if extension_of(name) in PROGRAM_EXTENSIONS:
        raise FileRejected(
            t("{file} is a program, not a document, so it is not kept in the binder.", file=name)
        )
    kind = detect_kind(name, data)
    title = title_from_file_name(name)
    if kind is DocumentKind.EMAIL:
        return _email(name, data, with_html)
    if kind is DocumentKind.PDF:
        try:
            pdf = read_pdf_text(data, name)
        except PdfTextError as exc:
            raise FileRejected(str(exc)) from exc
        notes = (pdf.note,) if pdf.note else ()
        return ParsedDocument(
            kind, "application/pdf", title, pdf.text[:MAX_SEARCH_CHARS], pdf.page_count,
            notes=notes,
        )  # fmt: skip
    if kind is DocumentKind.TEXT:
        return ParsedDocument(kind, "text/plain", title, decode_text(data)[:MAX_SEARCH_CHARS])
    if kind is DocumentKind.CALENDAR:
        invite = parse_invite(data)
        if invite is None:
            raise FileRejected(
                t(
                    "{file} is named like a calendar file but holds no event that can be read.",
                    file=name,
                )
            )
        return ParsedDocument(
            kind, "text/calendar", invite.summary or title, invite.describe(), invite=invite
        )
    if kind is DocumentKind.IMAGE:
        return ParsedDocument(kind, _image_type(name, data), title, "")
    text = _office_text(name, data)
    if extension_of(name) in (".html", ".htm"):
        text = html_to_text(decode_text(data))
    return ParsedDocument(kind, "application/octet-stream", title, text[:MAX_SEARCH_CHARS])


def _image_type(name: str, data: bytes) -> str:
    extension = extension_of(name).lstrip(".")
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"GIF8"):
        return "image/gif"
    return f"image/{'jpeg' if extension == 'jpg' else extension or 'unknown'}"
