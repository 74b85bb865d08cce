"""A mailto: link (RFC 6068) that opens the parent's mail program with a letter filled in."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

# Some mail programs cut links longer than about 2,000 characters.
SAFE_MAILTO_LENGTH = 2000


def mailto_url(to: Sequence[str], subject: str, body: str, cc: Sequence[str] = ()) -> str:
    """'mailto:a@b.org?cc=...&subject=...&body=...' with line breaks as CRLF."""
    recipients = ",".join(quote(address.strip(), safe="@") for address in to if address.strip())
    query = []
    cc_list = [address.strip() for address in cc if address.strip()]
    if cc_list:
        query.append("cc=" + ",".join(quote(address, safe="@") for address in cc_list))
    query.append("subject=" + quote(subject, safe=""))
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query.append("body=" + quote(crlf_body, safe=""))
    return f"mailto:{recipients}?{'&'.join(query)}"


def mailto_may_be_cut(url: str) -> bool:
    """True when the link is long enough that some mail programs may shorten the letter."""
    return len(url) > SAFE_MAILTO_LENGTH
