"""HTML to text with the standard library parser: visible text plus alt/title attributes.

Script and style content is dropped; block elements end a line so table cells and paragraphs do
not run together. Tolerant of broken markup (the parser never raises on bad HTML).
"""

from __future__ import annotations

from html.parser import HTMLParser

from pii_scanner.core.mail_policy import may_read_private
from pii_scanner.core.model import Extracted, Item, MailMeta, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail_sniff import PRIVATE_MARK, quoted_private_reason
from pii_scanner.extract.text import decode_text

_SKIP = frozenset({"script", "style", "template", "noscript"})
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
    }
)
_CELL = frozenset({"td", "th"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.out.append("\n")
        for name, value in attrs:
            if name in ("alt", "title") and value:
                self.out.append(f" {value} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")
        elif tag in _CELL:
            self.out.append("\t")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.out).splitlines())
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
