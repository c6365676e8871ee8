"""RTF through striprtf (BSD-3): body, tables and header/footer groups, code-page escapes decoded."""

from __future__ import annotations

import re
from urllib.parse import unquote

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext

RTF = "text/rtf"
_HYPERLINK = re.compile(rb'HYPERLINK\s+"([^"\\{}]{1,2000})"')
# striprtf drops these destinations; they hold text people write or see: headers, footnotes, comments,
# text boxes (a shape's \shptxt inside \shp/\shpinst; its \shprslt fallback stays dropped), an embedded
# object's shown \result, the document information (\info: title, author, company...) and the user-defined
# properties (\userprops: \propname and \staticval), and the ANSI text of a \upr pair (its \ud twin stays dropped).
_TOKENS = re.compile(
    rb"\\[\\{}]|\{(?:\\\*)?\\(header[lrf]?|footer[lrf]?|footnote|annotation|shpgrp|shp|shpinst|shptxt|object|result"
    rb"|info|title|subject|author|manager|company|operator|category|keywords|comment|doccomm|hlinkbase"
    rb"|userprops|propname|staticval|upr)(?![a-z]) ?|[{}]"
)


def _open_kept(data: bytes) -> bytes:
    """The RTF with the groups above turned into plain groups that begin and end a paragraph (their
    text neither glued to the text before nor after: "070761-4285" then "Referat")."""
    out: list[bytes] = []
    kept: list[bool] = []  # per open group: one of ours
    last = 0
    for m in _TOKENS.finditer(data):
        token = m.group(0)
        if token[:1] == b"\\":  # an escaped brace or backslash: text
            continue
        if m.group(1) is not None:
            kept.append(True)
            out += (data[last : m.start()], b"{\\par ")
            last = m.end()
        elif token == b"{":
            kept.append(False)
        elif kept and kept.pop():
            out += (data[last : m.start()], b"\\par }")
            last = m.end()
    out.append(data[last:])
    return b"".join(out)


def rtf_text(data: bytes) -> str:
    """The text of an RTF document; ExtractionError when it is not one or striprtf cannot read it."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise ExtractionError("corrupt RTF: no {\\rtf header")
    # RTF is 7-bit; anything else came from \'xx escapes decoded by striprtf with the code page.
    markup = _open_kept(data).decode("latin-1")
    try:
        # striprtf ships py.typed but leaves rtf_to_text unannotated: the one untyped call kept.
        text: str = rtf_to_text(markup, errors="replace")  # type: ignore[no-untyped-call]
    except (ValueError, IndexError, LookupError) as exc:
        raise ExtractionError(f"corrupt RTF: {type(exc).__name__}") from exc
    # A hyperlink's target (a field instruction, dropped with it) is where a mailto: address is kept.
    links = [unquote(m.decode("latin-1")) for m in _HYPERLINK.findall(data)]
    if links:
        text = text.rstrip() + "\n" + "\n".join(links)
    # An optional hyphen (\\-) is invisible unless a line breaks there: "0707\\-61-4285" shows 070761-4285.
    return text.replace("\xad", "").strip()


def extract_rtf(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    text = rtf_text(data)
    return Extracted(mime=RTF, parts=[TextPart(text, "body")] if text else [])
