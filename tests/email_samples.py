"""Emails made for tests: real MIME built with the standard library, or raw bytes for edge cases."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
    b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def school_email(
    number: int,
    *,
    sender: str = "Karen Liu <kliu@riverside-usd.example.org>",
    subject: str | None = None,
    body: str | None = None,
    attachment: bytes | None = None,
    attachment_name: str = "data sheet.pdf",
    date: str | None = "Tue, 17 Nov 2026 15:42:00 -0800",
) -> bytes:
    """A plain school email, optionally with one attachment, unique by ``number``."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Ana Rodríguez <ana.rodriguez@example.com>"
    message["Subject"] = subject if subject is not None else f"Weekly update {number}"
    if date is not None:
        message["Date"] = date
    message["Message-ID"] = f"<update-{number}@riverside-usd.example.org>"
    message.set_content(body if body is not None else f"Update number {number}: all went well.")
    if attachment is not None:
        maintype, subtype = ("application", "pdf")
        message.add_attachment(attachment, maintype=maintype, subtype=subtype,
                               filename=attachment_name)  # fmt: skip
    return message.as_bytes(policy=SMTP)


def raw_email(headers: list[str], body: bytes) -> bytes:
    """An email written byte by byte (for headers the email package would not produce)."""
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


def tracking_pixel_email(url: str) -> bytes:
    """An HTML email with a 1x1 tracking picture, a remote style sheet and a background."""
    message = EmailMessage()
    message["From"] = "Newsletter <news@district.example.org>"
    message["To"] = "ana.rodriguez@example.com"
    message["Subject"] = "District news"
    message["Date"] = "Wed, 18 Nov 2026 08:00:00 -0800"
    message["Message-ID"] = "<news-1@district.example.org>"
    message.set_content("District news (text part).")
    message.add_alternative(
        f"""<html><head><link rel="stylesheet" href="{url}/style.css">
<style>body {{ background: url('{url}/bg.png') }}</style>
<script src="{url}/track.js"></script><script>fetch('{url}/beacon')</script></head>
<body background="{url}/body.png"><p>Hello <b>families</b>,</p>
<p style="background-image:url({url}/p.png)">Conferences are next week.</p>
<img src="{url}/pixel.gif?id=ana" width="1" height="1">
<iframe src="{url}/frame.html"></iframe>
<a href="javascript:alert(1)">click</a> <a href="{url}/read-more">Read more</a>
</body></html>""",
        subtype="html",
    )
    return message.as_bytes(policy=SMTP)
