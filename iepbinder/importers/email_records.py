"""What an email says, as plain records: the same shape for .eml and Outlook .msg files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

MAX_EMAIL_BYTES = 50 * 1024 * 1024
MAX_PARTS = 500
MAX_NESTING = 5


class EmailFileError(ValueError):
    """The file cannot be read as an email at all; the message names the file and says why."""


@dataclass(frozen=True)
class Address:
    """A person in the headers: the display name and the address (either may be empty)."""

    name: str
    address: str

    @property
    def display(self) -> str:
        """'Karen Liu <kliu@school.org>', or whichever half is known."""
        if self.name and self.address:
            return f"{self.name} <{self.address}>"
        return self.name or self.address

    @property
    def label(self) -> str:
        """The name if there is one, else the address."""
        return self.name or self.address


@dataclass(frozen=True)
class CalendarInvite:
    """A meeting invitation carried by an email, or an Outlook calendar item."""

    summary: str
    start: dt.datetime | dt.date | None
    end: dt.datetime | dt.date | None
    location: str = ""
    organizer: str = ""
    method: str = ""

    @property
    def start_day(self) -> dt.date | None:
        """The day the meeting starts (local time for timed events)."""
        if isinstance(self.start, dt.datetime):
            moment = self.start if self.start.tzinfo is None else self.start.astimezone()
            return moment.date()
        return self.start

    def describe(self) -> str:
        """'Invitation: Annual IEP meeting, 2026-12-03 15:15, Room 12'."""
        parts = [self.summary or "a meeting"]
        if isinstance(self.start, dt.datetime):
            moment = self.start if self.start.tzinfo is None else self.start.astimezone()
            parts.append(moment.strftime("%Y-%m-%d %H:%M"))
        elif isinstance(self.start, dt.date):
            parts.append(self.start.isoformat())
        if self.location:
            parts.append(self.location)
        return "Invitation: " + ", ".join(parts)


@dataclass(frozen=True)
class ParsedPart:
    """An attachment (or an inline picture) with a safe name; ``message`` for an attached email."""

    name: str
    content_type: str
    data: bytes
    content_id: str = ""
    message: ParsedEmail | None = None


@dataclass(frozen=True)
class ParsedEmail:
    """The parts of an email the binder keeps and shows."""

    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    sent_at: dt.datetime | None  # local time, timezone-aware
    message_id: str
    in_reply_to: str
    text: str
    html: str
    attachments: tuple[ParsedPart, ...] = ()
    inline_parts: tuple[ParsedPart, ...] = ()
    invite: CalendarInvite | None = None
    notes: tuple[str, ...] = field(default=())
    file_format: str = "eml"

    @property
    def readable_text(self) -> str:
        """The body as plain text: the text part, else the HTML part's words."""
        if self.text.strip():
            return self.text
        from iepbinder.importers.html_clean import html_to_text

        return html_to_text(self.html)

    def search_text(self) -> str:
        """Everything a search should find: people, subject, body, invitation, file names."""
        people = [self.sender.display] if self.sender else []
        people += [address.display for address in self.to + self.cc]
        lines = [self.subject, " ".join(people), self.readable_text]
        if self.invite is not None:
            lines.append(self.invite.describe())
        lines.extend(part.name for part in self.attachments)
        return "\n".join(line for line in lines if line)
