"""Read an Outlook .msg file with extract-msg: the same records as an .eml, or a calendar item."""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
import re
from typing import Any

from iepbinder.domain.file_names import safe_file_name
from iepbinder.domain.language import t
from iepbinder.importers.email_records import (
    MAX_EMAIL_BYTES,
    MAX_NESTING,
    MAX_PARTS,
    Address,
    CalendarInvite,
    EmailFileError,
    ParsedEmail,
    ParsedPart,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
APPOINTMENT_CLASSES = ("ipm.appointment",)
MEETING_CLASSES = ("ipm.schedule.meeting",)

log = logging.getLogger(__name__)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


_ANGLE = re.compile(r"^(?P<name>.*?)\s*<(?P<address>[^<>]*)>\s*$")


def _split_people(text: str) -> list[str]:
    """'A <a@x>; "Wilson; Chris" <c@x>' -> the two people (semicolons inside quotes stay)."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def _people(raw: Any) -> tuple[Address, ...]:
    text = " ".join(_text(raw).split())
    found = []
    for part in _split_people(text):
        match = _ANGLE.match(part)
        name, address = (match["name"], match["address"]) if match else ("", part)
        if "@" not in address:
            name, address = name or address, ""
        name = name.strip().strip("'\"").strip()
        if address == "None":
            address = ""
        if name == address:
            name = ""
        if name or address:
            found.append(Address(name, address.strip()))
    return tuple(found)


def _safe(getter: Any, default: Any = None) -> Any:
    """Read one property; a damaged property must not stop the import."""
    try:
        return getter()
    except Exception as exc:  # noqa: BLE001 - extract-msg raises many kinds for damaged files
        log.debug("unreadable .msg property: %s", type(exc).__name__)
        return default


def _html(message: Any) -> str:
    raw = _safe(lambda: message.htmlBody)
    if isinstance(raw, bytes):
        for encoding in ("utf-8", "cp1252"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    return _text(raw)


def _local(moment: Any) -> dt.datetime | None:
    if not isinstance(moment, dt.datetime):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def _attachment(item: Any, number: int, depth: int, notes: list[str]) -> ParsedPart | None:
    kind = type(item).__name__
    if kind == "EmbeddedMsgAttachment" or hasattr(_safe(lambda: item.data), "exportBytes"):
        inner = item.data
        raw = _safe(lambda: inner.exportBytes(), b"")
        nested = _message(inner, depth + 1, notes, False) if depth < MAX_NESTING else None
        subject = nested.subject if nested else ""
        name = safe_file_name(f"{subject}.msg" if subject else "", f"attached-email-{number}.msg")
        return ParsedPart(name, "application/vnd.ms-outlook", raw, "", nested)
    data = _safe(lambda: item.data)
    if not isinstance(data, bytes):
        notes.append(f"Attachment {number} could not be read and was left out.")
        return None
    mime = _text(_safe(lambda: item.mimetype)) or "application/octet-stream"
    raw_name = _text(_safe(lambda: item.longFilename)) or _text(_safe(lambda: item.shortFilename))
    if not raw_name:
        raw_name = f"attachment-{number}{mimetypes.guess_extension(mime) or '.bin'}"
    content_id = _text(_safe(lambda: item.cid)).strip("<> ")
    return ParsedPart(safe_file_name(raw_name, f"attachment-{number}"), mime, data, content_id)


def _message(message: Any, depth: int, notes: list[str], with_html: bool = True) -> ParsedEmail:
    senders = _people(_safe(lambda: message.sender))
    attachments: list[ParsedPart] = []
    inline: list[ParsedPart] = []
    items = _safe(lambda: list(message.attachments), [])
    for number, item in enumerate(items[:MAX_PARTS], start=1):
        part = _attachment(item, number, depth, notes)
        if part is None:
            continue
        hidden = bool(_safe(lambda item=item: item.hidden, False))
        if hidden and part.content_id and part.content_type.startswith("image/"):
            inline.append(part)
        else:
            attachments.append(part)
    sent_at = _local(_safe(lambda: message.date))
    text = _text(_safe(lambda: message.body)).replace("\r\n", "\n")
    # Outlook often keeps only RTF; turning it into HTML is slow, so only when it is needed.
    html = _html(message) if with_html or not text.strip() else ""
    if sent_at is None:
        notes.append("The email has no date; it is filed under the day it was added.")
    return ParsedEmail(
        subject=" ".join(_text(_safe(lambda: message.subject)).split()),
        sender=senders[0] if senders else None,
        to=_people(_safe(lambda: message.to)),
        cc=_people(_safe(lambda: message.cc)),
        sent_at=sent_at,
        message_id=" ".join(_text(_safe(lambda: message.messageId)).split()),
        in_reply_to=" ".join(_text(_safe(lambda: message.inReplyTo)).split()),
        text=text,
        html=html,
        attachments=tuple(attachments),
        inline_parts=tuple(inline),
        invite=_invite(message),
        notes=tuple(dict.fromkeys(notes)),
        file_format="msg",
    )


def _invite(message: Any) -> CalendarInvite | None:
    class_type = _text(_safe(lambda: message.classType)).lower()
    if not class_type.startswith(APPOINTMENT_CLASSES + MEETING_CLASSES):
        return None
    return CalendarInvite(
        summary=" ".join(_text(_safe(lambda: message.subject)).split()),
        start=_local(_safe(lambda: message.appointmentStartWhole)),
        end=_local(_safe(lambda: message.appointmentEndWhole)),
        location=_text(_safe(lambda: message.location)).strip(),
        organizer=_text(_safe(lambda: message.sender)).strip(),
        method="REQUEST" if class_type.startswith(MEETING_CLASSES) else "",
    )


def is_calendar_item(parsed: ParsedEmail) -> bool:
    """True for an Outlook calendar entry (an appointment), which is not an email."""
    return parsed.file_format == "msg-appointment"


def parse_msg(data: bytes, source: str, with_html: bool = True) -> ParsedEmail:
    """Parse an Outlook item; EmailFileError (naming ``source``) when it cannot be read.

    ``with_html=False`` skips building the HTML body when a text body exists (for search).
    """
    import extract_msg

    if len(data) > MAX_EMAIL_BYTES:
        raise EmailFileError(
            t(
                "{source} is {size} MB, more than an email can be (50 MB). Save its attachments "
                "and add them on their own.",
                source=source,
                size=len(data) // (1024 * 1024),
            )
        )
    if not data.startswith(OLE_MAGIC):
        raise EmailFileError(
            t(
                "{source} is not an Outlook message (.msg): its first bytes are not those of one. "
                "Save the email again from Outlook, or as .eml from another mail program.",
                source=source,
            )
        )
    try:
        message = extract_msg.openMsg(data, strict=False)
    except Exception as exc:  # noqa: BLE001 - extract-msg raises many kinds for damaged files
        raise EmailFileError(
            t(
                "{source} could not be opened as an Outlook message ({detail}); it may be "
                "damaged. Save it again from Outlook.",
                source=source,
                detail=type(exc).__name__,
            )
        ) from exc
    try:
        notes: list[str] = []
        parsed = _message(message, 0, notes, with_html)
        class_type = _text(_safe(lambda: message.classType)).lower()
        if class_type.startswith(APPOINTMENT_CLASSES):
            from dataclasses import replace

            parsed = replace(parsed, file_format="msg-appointment")
        return parsed
    finally:
        _safe(message.close)
