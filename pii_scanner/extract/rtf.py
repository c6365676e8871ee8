"""RTF through striprtf (BSD-3): body, tables and header/footer groups, code-page escapes decoded."""

from __future__ import annotations

import re

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext

RTF = "text/rtf"
# striprtf drops these destinations; they hold text people write (headers, footnotes, comments).
_KEEP = re.compile(rb"(?:\\\*)?\\(header[lrf]?|footer[lrf]?|footnote|annotation)(?![a-z]) ?")


def rtf_text(data: bytes) -> str:
    """The text of an RTF document; ExtractionError when it is not one or striprtf cannot read it."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise ExtractionError("corrupt RTF: no {\\rtf header")
    # RTF is 7-bit; anything else came from \'xx escapes decoded by striprtf with the code page.
    markup = _KEEP.sub(rb"\\par ", data).decode("latin-1")
    try:
        # striprtf ships py.typed but leaves rtf_to_text unannotated: the one untyped call kept.
        text: str = rtf_to_text(markup, errors="replace")  # type: ignore[no-untyped-call]
    except (ValueError, IndexError, LookupError) as exc:
        raise ExtractionError(f"corrupt RTF: {type(exc).__name__}") from exc
    return text.strip()


def extract_rtf(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    text = rtf_text(data)
    return Extracted(mime=RTF, parts=[TextPart(text, "body")] if text else [])
