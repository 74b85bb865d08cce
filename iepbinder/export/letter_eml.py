"""A letter as an .eml draft the mail program opens ready to send (standard library only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr


def _addresses(people: Sequence[tuple[str, str]]) -> str:
    return ", ".join(formataddr((name, email)) for name, email in people if email.strip())


def letter_eml(
    to: Sequence[tuple[str, str]],
    subject: str,
    body: str,
    *,
    cc: Sequence[tuple[str, str]] = (),
    sender: tuple[str, str] | None = None,
    when: dt.datetime | None = None,
) -> bytes:
    """An unsent email (marked X-Unsent, so Outlook opens it as a draft) in UTF-8."""
    message = EmailMessage(policy=SMTP)
    recipients = _addresses(to)
    if recipients:
        message["To"] = recipients
    copies = _addresses(cc)
    if copies:
        message["Cc"] = copies
    if sender is not None and sender[1].strip():
        message["From"] = formataddr(sender)
    message["Subject"] = subject
    message["Date"] = format_datetime(when or dt.datetime.now(dt.UTC))
    message["X-Unsent"] = "1"
    message.set_content(body, charset="utf-8")
    return message.as_bytes()
