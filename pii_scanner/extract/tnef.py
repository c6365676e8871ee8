"""TNEF (``application/ms-tnef``, ``winmail.dat``) parts of a MIME message, as far as privacy needs them.

Outlook and Exchange may carry a message's real properties only in a TNEF attachment: a message
marked private there says nothing in its outer header block. A message with a TNEF part whose
sensitivity cannot be read is therefore private (fail closed), decided before anything of it is read.
"""

from __future__ import annotations

import base64
import binascii
from email.message import Message

from pii_scanner.core.model import Sensitivity

TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"  # 0x223E9F78, little-endian
REASON_TNEF_UNREADABLE = "sensitivity_unreadable: TNEF (winmail.dat) part not read"
_MAX_DEPTH = 50


def _filename(part: Message) -> str:
    try:
        return (part.get_filename() or "").strip().casefold()
    except (TypeError, ValueError, IndexError):
        return ""


def _starts_with_signature(part: Message) -> bool:
    """Whether a leaf part's payload starts like a TNEF stream; only its first bytes are decoded."""
    raw = part.get_payload()
    if not isinstance(raw, str):
        return False
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        head = "".join(raw[:64].split())[:8]
        try:
            first = base64.b64decode(head + "=" * (-len(head) % 4))
        except (binascii.Error, ValueError):
            return False
    else:
        first = raw[:4].encode("latin-1", "replace")
    return first.startswith(TNEF_SIGNATURE)


def is_tnef(part: Message) -> bool:
    """A TNEF part, by its type, its customary name or its signature (a renamed winmail.dat counts)."""
    if part.get_content_type() in TNEF_TYPES or _filename(part) == "winmail.dat":
        return True
    return part.get_content_maintype() not in ("text", "multipart", "message") and _starts_with_signature(part)


def tnef_parts(part: Message, depth: int = 0) -> list[Message]:
    """The TNEF parts of a message's own MIME tree; attached messages keep their own decisions."""
    if depth > _MAX_DEPTH:
        return []
    if part.get_content_maintype() == "message":
        return []
    if part.is_multipart():
        found: list[Message] = []
        for sub in part.get_payload():
            if isinstance(sub, Message):
                found += tnef_parts(sub, depth + 1)
        return found
    return [part] if is_tnef(part) else []


def tnef_sensitivity(msg: Message) -> tuple[Sensitivity, str] | None:
    """(sensitivity, reason) that the message's TNEF parts give it, or None when it has none."""
    if not tnef_parts(msg):
        return None
    return "unreadable", REASON_TNEF_UNREADABLE
