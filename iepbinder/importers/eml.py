"""Read an .eml file (RFC 5322/MIME) with the standard library: headers, bodies, attachments."""

from __future__ import annotations

import datetime as dt
import functools
import mimetypes
from email import policy
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from iepbinder.domain.file_names import safe_file_name
from iepbinder.domain.language import t
from iepbinder.importers.calendar_invite import parse_invite
from iepbinder.importers.email_records import (
    MAX_EMAIL_BYTES,
    MAX_NESTING,
    MAX_PARTS,
    Address,
    EmailFileError,
    ParsedEmail,
    ParsedPart,
)

_BODY_TEXT_TYPES = {"text/plain", "message/delivery-status", "text/rfc822-headers"}
_HEADERS_KEPT = 4096


class _ParsedHeadersKept(EmailPolicy):
    """policy.default, with each header value parsed once and kept.

    Reading an email asks every part for its Content-Type many times (the body search, the
    walk, the attachment checks), and policy.default parses the header anew each time: with
    it, headers took as long as reading the whole message. Parsed headers never change.
    """

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if type(value) is not str:
            return super().header_fetch_parse(name, value)
        return _parsed_header(self, name, value)


@functools.lru_cache(maxsize=_HEADERS_KEPT)
def _parsed_header(kept: _ParsedHeadersKept, name: str, value: str) -> Any:
    return EmailPolicy.header_fetch_parse(kept, name, value)


def forget_parsed_headers() -> None:
    """Let go of the headers kept while reading a batch of emails.

    Each kept header is a parse tree of dozens of small objects; kept from one import to the
    next (up to 4,096 of them), they were tens of thousands of objects the cycle collector
    walked, all at once when it resumed after the import.
    """
    _parsed_header.cache_clear()


_PARSER = BytesParser(policy=_ParsedHeadersKept())


def _unmangle(text: str) -> str:
    """Raw 8-bit header bytes arrive as surrogates: read them as UTF-8, else Latin-1."""
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # noqa: BLE001 - a malformed header must not stop the import
        value = None
    if value is None:
        return ""
    return " ".join(_unmangle(str(value)).split())


def _addresses(message: Message, name: str) -> tuple[Address, ...]:
    try:
        header = message.get(name)
        found = getattr(header, "addresses", None)
    except Exception:  # noqa: BLE001 - fall back to the plain parser below
        header, found = None, None
    if found is not None:
        return tuple(_address(item) for item in found if isinstance(item, HeaderAddress))
    raw = message.get_all(name, []) if header is None else [str(header)]
    return tuple(
        Address(_unmangle(n).strip(), _unmangle(a).strip())
        for n, a in getaddresses([str(v) for v in raw])
        if n or a
    )


def _address(item: HeaderAddress) -> Address:
    address = item.addr_spec if item.username or item.domain else ""
    return Address(_unmangle(item.display_name).strip(), _unmangle(address).strip("<> "))


def _sent_at(message: Message, notes: list[str]) -> dt.datetime | None:
    raw = _header(message, "date")
    if not raw:
        notes.append("The email has no date; it is filed under the day it was added.")
        return None
    try:
        moment = getattr(message.get("date"), "datetime", None) or parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is None:
        notes.append(f"The email's date ({raw[:60]}) cannot be read; it is filed under today.")
        return None
    if moment.tzinfo is None:  # '-0000': the time is UTC, the sender's zone unknown
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def _text_of(part: Message, notes: list[str]) -> str:
    """A text part decoded by its charset; unknown charsets fall back with a note."""
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, AssertionError, KeyError, ValueError):
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset() or "utf-8"
    notes.append(
        f"Some text uses a character set ({charset}) that could not be read exactly; "
        "a few letters may look wrong."
    )
    return payload.decode("utf-8", errors="replace")


def _part_name(part: Message, number: int) -> str:
    try:
        raw = part.get_filename() or ""
    except Exception:  # noqa: BLE001 - a broken name header gives a made-up name
        raw = ""
    raw = _unmangle(raw)
    if not raw:
        kind = part.get_content_type()
        if kind == "message/rfc822":
            return f"attached-email-{number}.eml"
        extension = mimetypes.guess_extension(kind) or ".bin"
        return f"attachment-{number}{extension}"
    return safe_file_name(raw, f"attachment-{number}")


def _is_attachment(part: Message) -> bool:
    disposition = (part.get_content_disposition() or "").lower()
    try:
        named = bool(part.get_filename())
    except Exception:  # noqa: BLE001
        named = False
    return disposition == "attachment" or named


class _Walker:
    """Sorts the leaves of one message into body text, HTML, attachments and inline pictures."""

    def __init__(self, depth: int, notes: list[str]) -> None:
        self.depth = depth
        self.notes = notes
        self.texts: list[str] = []
        self.htmls: list[str] = []
        self.attachments: list[ParsedPart] = []
        self.inline: list[ParsedPart] = []
        self.invite_data: bytes | None = None
        self.count = 0

    def walk(self, part: Message, body_ids: set[int]) -> None:
        """Visit the leaves in order; an attached email is one leaf (it is parsed on its own)."""
        kind = part.get_content_type()
        if part.is_multipart() and kind != "message/rfc822" and kind.startswith("multipart/"):
            for sub in part.get_payload():
                if isinstance(sub, Message) and self.count <= MAX_PARTS:
                    self.walk(sub, body_ids)
            return
        self.count += 1
        if self.count > MAX_PARTS:
            self.notes.append(f"Only the first {MAX_PARTS} parts of the email were read.")
            return
        self._leaf(part, id(part) in body_ids)

    def _leaf(self, part: Message, is_body: bool) -> None:
        kind = part.get_content_type()
        if kind == "message/rfc822":
            self.attachments.append(self._nested(part))
            return
        if part.is_multipart():  # message/delivery-status and the like: header blocks as text
            blocks = [str(block).strip() for block in part.get_payload()]
            self.texts.append(_unmangle("\n\n".join(block for block in blocks if block)))
            return
        if kind == "text/calendar" and self.invite_data is None:
            payload = part.get_payload(decode=True)
            self.invite_data = payload if isinstance(payload, bytes) else b""
        if is_body and kind == "text/html":
            self.htmls.append(_text_of(part, self.notes))
        elif is_body or (kind in _BODY_TEXT_TYPES and not _is_attachment(part)):
            self.texts.append(_text_of(part, self.notes))
        elif kind.startswith("text/") and kind != "text/calendar" and not _is_attachment(part):
            return  # another rendering of the body (text/html, text/watch-html ...)
        else:
            self._attachment(part)

    def _attachment(self, part: Message) -> None:
        data = part.get_payload(decode=True)
        data = data if isinstance(data, bytes) else str(part.get_payload()).encode("utf-8")
        number = len(self.attachments) + len(self.inline) + 1
        name = _part_name(part, number)
        content_id = _header(part, "content-id").strip("<> ")
        disposition = (part.get_content_disposition() or "").lower()
        kind = part.get_content_type()
        inline = bool(content_id) and kind.startswith("image/") and disposition != "attachment"
        item = ParsedPart(name, kind, data, content_id)
        (self.inline if inline else self.attachments).append(item)

    def _nested(self, part: Message) -> ParsedPart:
        inner = part.get_payload(0) if part.is_multipart() else None
        number = len(self.attachments) + 1
        if not isinstance(inner, Message):
            return ParsedPart(_part_name(part, number), "message/rfc822", b"")
        raw = _message_bytes(inner)
        nested = None
        if self.depth < MAX_NESTING:
            message = _PARSER.parsebytes(raw)
            if isinstance(message, EmailMessage):
                nested = _parse_message(message, self.depth + 1)
        else:
            self.notes.append("Emails attached more than five levels deep are kept unread.")
        subject = nested.subject if nested else ""
        name = safe_file_name(f"{subject}.eml", f"attached-email-{number}") if subject else ""
        return ParsedPart(name or _part_name(part, number), "message/rfc822", raw, "", nested)


def _message_bytes(message: Message) -> bytes:
    try:
        return message.as_bytes(policy=policy.compat32)
    except (UnicodeError, LookupError, ValueError, TypeError):
        return message.as_string(policy=policy.compat32).encode("utf-8", "surrogateescape")


def _body_ids(message: EmailMessage) -> set[int]:
    ids: set[int] = set()
    for preference in (("plain",), ("html",)):
        try:
            body = message.get_body(preferencelist=preference)
        except (KeyError, TypeError, AttributeError):
            body = None
        if body is not None and body.get_content_type() in ("text/plain", "text/html"):
            ids.add(id(body))
    return ids


def _parse_message(message: EmailMessage, depth: int) -> ParsedEmail:
    notes: list[str] = []
    walker = _Walker(depth, notes)
    walker.walk(message, _body_ids(message))
    invite = parse_invite(walker.invite_data) if walker.invite_data else None
    senders = _addresses(message, "from")
    return ParsedEmail(
        subject=_header(message, "subject"),
        sender=senders[0] if senders else None,
        to=_addresses(message, "to"),
        cc=_addresses(message, "cc"),
        sent_at=_sent_at(message, notes),
        message_id=_header(message, "message-id").strip(),
        in_reply_to=_header(message, "in-reply-to").strip(),
        text="\n\n".join(text.strip("\n") for text in walker.texts if text.strip()),
        html="\n".join(walker.htmls),
        attachments=tuple(walker.attachments),
        inline_parts=tuple(walker.inline),
        invite=invite,
        notes=tuple(dict.fromkeys(notes)),
        file_format="eml",
    )


def looks_like_email(data: bytes) -> bool:
    """True when the first lines are mail headers ('From:', 'Subject:', 'Received:' ...)."""
    head = data[:4096].lstrip().lower()
    markers = (b"from:", b"subject:", b"received:", b"message-id:", b"date:", b"mime-version:",
               b"return-path:", b"to:", b"delivered-to:", b"x-")  # fmt: skip
    return any(head.startswith(marker) or b"\n" + marker in head for marker in markers[:8])


def parse_eml(data: bytes, source: str) -> ParsedEmail:
    """Parse an email file; EmailFileError (naming ``source``) when it is not an email."""
    if len(data) > MAX_EMAIL_BYTES:
        raise EmailFileError(
            t(
                "{source} is {size} MB, more than an email can be (50 MB). Save its attachments "
                "and add them on their own.",
                source=source,
                size=len(data) // (1024 * 1024),
            )
        )
    if not looks_like_email(data):
        raise EmailFileError(
            t(
                "{source} is not an email: it does not start with mail headers such as From: or "
                "Subject:. Save the email again from the mail program (as .eml).",
                source=source,
            )
        )
    message = _PARSER.parsebytes(data)
    if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default gives these
        raise EmailFileError(t("{source} could not be read as an email.", source=source))
    return _parse_message(message, 0)
