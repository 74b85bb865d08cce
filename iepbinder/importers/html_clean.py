"""Make an email's HTML safe to show: no scripts, no styles, no remote pictures, no network at all.

The result is a small subset of HTML that a rich-text view can show. Remote pictures (which
tell the sender when and where an email was opened) are dropped and counted; pictures that
travel inside the email (``cid:``) are kept under a local name the viewer resolves itself.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

INLINE_SCHEME = "binder-inline:"
_KEPT_TAGS = {
    "a", "b", "blockquote", "br", "caption", "code", "dd", "div", "dl", "dt", "em", "font", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "small", "span",
    "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u",
    "ul",
}  # fmt: skip
_VOID_TAGS = {"br", "hr", "img"}
# Everything inside these is dropped, text included.
_DROPPED_WITH_CONTENT = {
    "script", "style", "head", "title", "noscript", "template", "iframe", "object", "embed",
    "applet", "svg", "math", "frameset", "frame", "audio", "video", "canvas", "select", "textarea",
}  # fmt: skip
_SAFE_LINK = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)
_REMOTE = re.compile(r"^\s*(https?:|ftp:|//)", re.IGNORECASE)
_FETCHING_ATTRIBUTES = ("src", "background", "poster", "data", "srcset", "action", "lowsrc")
_CSS_FETCH = re.compile(r"url\s*\(|@import", re.IGNORECASE)
_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
           "table", "hr", "dt", "dd"}  # fmt: skip


@dataclass(frozen=True)
class CleanHtml:
    """Safe HTML, and how many remote pictures or other outside references were left out."""

    html: str
    blocked_remote: int


class _Cleaner(HTMLParser):
    def __init__(self, inline_ids: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip_depth = 0
        self.skip_tag: list[str] = []
        self.blocked = 0
        self.inline_ids = inline_ids
        self.last_tag = ""

    def _count_remote(self, tag: str, values: dict[str, str]) -> None:
        """Count what a browser would have fetched from the internet for this element."""
        self.blocked += sum(
            1 for name in _FETCHING_ATTRIBUTES if _REMOTE.match(values.get(name, ""))
        )
        if tag == "link" and _REMOTE.match(values.get("href", "")):
            self.blocked += 1
        self.blocked += len(_CSS_FETCH.findall(values.get("style", "")))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        values = {name.lower(): (value or "") for name, value in attrs}
        self._count_remote(tag, values)
        self.last_tag = tag
        if self.skip_depth:
            if tag == self.skip_tag[-1] and tag not in _VOID_TAGS:
                self.skip_depth += 1
            return
        if tag in _DROPPED_WITH_CONTENT:
            self.skip_depth, self.skip_tag = 1, [tag]
            return
        if tag == "img":
            self._image(values)
        elif tag in _KEPT_TAGS:
            self.out.append(self._open(tag, values))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID_TAGS:
            self.handle_endtag(tag)

    def _open(self, tag: str, values: dict[str, str]) -> str:
        kept = []
        if tag == "a" and _SAFE_LINK.match(values.get("href", "").strip()):
            kept.append(f'href="{html.escape(values["href"].strip(), quote=True)}"')
        for name in ("colspan", "rowspan"):
            if values.get(name, "").isdigit():
                kept.append(f'{name}="{values[name]}"')
        return f"<{tag}{' ' if kept else ''}{' '.join(kept)}>"

    def _image(self, values: dict[str, str]) -> None:
        source = values.get("src", "").strip()
        alt = values.get("alt", "").strip()
        if source.lower().startswith("cid:"):
            content_id = source[4:].strip("<>")
            if content_id in self.inline_ids:
                name = html.escape(INLINE_SCHEME + content_id, quote=True)
                self.out.append(f'<img src="{name}" alt="{html.escape(alt, quote=True)}">')
                return
        if source and not _REMOTE.match(source):
            self.blocked += 1  # a cid the email does not carry, or a file on some disk
        if alt:
            self.out.append(f"[{html.escape(alt)}]")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if self.skip_depth:
            if tag == self.skip_tag[-1]:
                self.skip_depth -= 1
            return
        if tag in _KEPT_TAGS and tag not in _VOID_TAGS:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.out.append(html.escape(data, quote=False))
        elif self.last_tag == "style":
            self.blocked += len(_CSS_FETCH.findall(data))


def clean_html(source: str, inline_ids: set[str] | None = None) -> CleanHtml:
    """Keep text, paragraphs, lists, tables, emphasis and safe links; drop everything else.

    ``inline_ids`` are the Content-IDs of pictures carried inside the email: those become
    ``binder-inline:<id>`` sources; every other picture is left out and counted.
    """
    cleaner = _Cleaner(inline_ids or set())
    cleaner.feed(source)
    cleaner.close()
    return CleanHtml("".join(cleaner.out), cleaner.blocked)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_WITH_CONTENT:
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_WITH_CONTENT and self.skip:
            self.skip -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(source: str) -> str:
    """The words of an HTML body, one paragraph per line, for search and summaries."""
    if not source:
        return ""
    parser = _TextOnly()
    parser.feed(source)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
