"""Transfer encodings of MIME parts that cannot be undone whole: the part is then read only in part,
which the message says (exit 4), never silently. The email package reads an unknown encoding as the
text it is written in, and decodes a base64 part cut short as far as it goes, both without a word."""

from __future__ import annotations

import re
from email.message import Message

_IDENTITY = frozenset({"", "7bit", "8bit", "binary", "7-bit", "8-bit", "none", "plain", "text"})
_DECODED = frozenset({"base64", "quoted-printable", "x-uuencode", "uuencode", "x-uue", "uue"})
_LABEL = re.compile(r"[a-z][a-z0-9-]{0,30}")
# Every byte outside the base64 alphabet and "=": deleted by ``bytes.translate`` in one C pass (a regex
# substitution over a whole attachment cost ~0.6 ms per 50 KB part, only to count what is left).
_NOT_BASE64 = bytes(sorted(set(range(256)) - set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")))


def transfer_problem(part: Message) -> str | None:
    """Why the content of a (non-multipart) part cannot be read whole, or None."""
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte in _IDENTITY:
        return None
    if cte not in _DECODED:
        # The label is the sender's text: shown only when it cannot carry an identifier.
        shown = repr(cte) if _LABEL.fullmatch(cte) and sum(c.isdigit() for c in cte) < 4 else "of a part"
        return f"transfer encoding {shown} unknown: not decoded"
    if cte == "base64":
        return _base64_problem(part)
    return None


def _base64_problem(part: Message) -> str | None:
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    code = payload.encode("ascii", errors="replace").translate(None, _NOT_BASE64)
    # Whole base64 (RFC 2045: padded) comes in groups of four; a part cut short rarely ends on one.
    if len(code) % 4:
        return "base64 content cut short or damaged: its end not read"
    return None
