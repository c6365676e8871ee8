"""HTML (and SVG) to text with the standard library parser: visible text plus the attributes a person
sees (alt, title, a field's value or placeholder), meta descriptions, ``mailto:`` targets, comments.

Script and style content is dropped (JSON data blocks are read); block elements end a line so table
cells and paragraphs do not run together. Tolerant of broken markup (the parser never raises on bad HTML).
"""

from __future__ import annotations

import base64
import binascii
import re
from html.parser import HTMLParser
from urllib.parse import unquote

from pii_scanner.core.mail_policy import may_read_private
from pii_scanner.core.model import Extracted, Item, MailMeta, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail_sniff import PRIVATE_MARK, quoted_private_reason
from pii_scanner.extract.text import decode_text

# Script code and styles are dropped; <noscript> is shown whenever scripts are off, so it is read, and
# <template> content (rows a script clones into the page) is the page's own text, read too.
_SKIP = frozenset({"script", "style"})
MAX_NESTED = 3  # HTML inside HTML (an iframe's srcdoc, a data: URL) read this deep
MAX_DATA_URL = 1 << 20  # characters of one data: URL decoded at most
_DATA_URL = re.compile(r"data:(text/(?:html|plain))?[^,]*?(;base64)?,(.*)", re.I | re.S)
# Attributes whose value a person sees (tooltip, alt text, a field's value or hint) or that hold data
# shown by the page (a meta description or author).
_SHOWN = frozenset({"alt", "title", "placeholder", "value", "aria-label", "label"})
# Script blocks that are data, not code: a saved page's own records (Next.js __NEXT_DATA__, JSON-LD).
_DATA_SCRIPTS = frozenset({"application/json", "application/ld+json"})
# Characters with no glyph: a soft hyphen or zero-width space inside a number is not seen ("0707&shy;61").
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "title",
        "dt",
        "dd",
        "text",  # SVG: each text element a line
        "desc",
        "option",
    }
)
_CELL = frozenset({"td", "th"})


def _data_url(value: str, depth: int) -> str | None:
    """The text of a ``data:text/html`` or ``data:text/plain`` URL (a page or a download a link opens),
    None for another type."""
    m = _DATA_URL.fullmatch(value.strip()[: MAX_DATA_URL * 2])
    if m is None or m.group(1) is None:
        return None
    payload = m.group(3)
    if m.group(2):
        try:
            packed = re.sub(r"\s+", "", payload)[: MAX_DATA_URL * 4 // 3 + 4]
            # cut short (a long URL) or written without padding: decoded as far as it goes
            packed = packed[:-1] if len(packed) % 4 == 1 else packed + "=" * (-len(packed) % 4)
            raw = base64.b64decode(packed, validate=False)
        except (binascii.Error, ValueError):
            return None
        text = raw.decode("utf-8", "replace")
    else:
        text = unquote(payload)
    return html_to_text(text, depth + 1) if m.group(1).lower() == "text/html" else text


class _TextParser(HTMLParser):
    def __init__(self, depth: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = depth
        self.out: list[str] = []
        self.skip = 0
        self.data_script = False  # inside <script type="application/json">: data, read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script" and (found.get("type") or "").strip().lower() in _DATA_SCRIPTS:
            self.data_script = True
            self.out.append("\n")
        elif tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.out.append("\n")
        for name, value in attrs:
            if not value:
                continue
            if name in _SHOWN or (name == "content" and tag == "meta" and "http-equiv" not in found):
                self.out.append(f" {value} ")
            elif name in ("href", "src", "action") and value.lstrip().lower().startswith("mailto:"):
                self.out.append(f" {unquote(value.strip())} ")
            elif name in ("href", "src", "data") and value.lstrip()[:5].lower() == "data:" and self.depth < MAX_NESTED:
                text = _data_url(value, self.depth)
                if text:
                    self.out.append(f"\n{text}\n")
            elif name == "srcdoc":  # an iframe's page, written in the attribute (deeper down: as written)
                text = html_to_text(value, self.depth + 1) if self.depth < MAX_NESTED else value
                self.out.append(f"\n{text}\n")
            elif name.startswith("data-") and not value.lstrip()[:5].lower().startswith(("http:", "https", "data:")):
                # data-* attributes: records a script shows (a tooltip, a row's details)
                self.out.append(f" {value} ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.data_script:
            self.data_script = False
            self.out.append("\n")
        elif tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")
        elif tag in _CELL:
            self.out.append("\t")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)

    def handle_comment(self, data: str) -> None:
        # A commented-out block keeps its text in the file; Office's conditional comments hold markup.
        if not self.skip and not data.lstrip().startswith("["):
            self.out.append(f"\n{data}\n")


def html_to_text(markup: str, depth: int = 0) -> str:
    parser = _TextParser(depth)
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.out).translate(_INVISIBLE).splitlines())
    return "\n".join(line for line in lines if line)


def extract_html(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    markup, encoding = decode_text(data)
    text = html_to_text(markup)
    raw = text.encode("utf-8", "replace")
    if PRIVATE_MARK.search(raw) is not None:
        # Outlook's "Save As" HTML of a message: its header fields above the body, a private one unread
        reason = None if may_read_private(ctx.config.mail) else quoted_private_reason(raw, ctx.config)
        if reason is not None:  # metadata only, as a private message
            return Extracted(
                mime="text/html", mail=MailMeta(sensitivity="unreadable"), metadata={"private_reason": reason}
            )
    return Extracted(mime="text/html", parts=[TextPart(text, "body")], metadata={"encoding": encoding})
