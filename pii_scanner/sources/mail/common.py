"""Pieces the mail sources share: header-only metadata (privacy before any body is fetched), UID sets."""

from __future__ import annotations

from collections.abc import Iterable
from email import policy
from email.parser import BytesParser

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import private_reason
from pii_scanner.core.model import MailMeta, Sensitivity

_SENSITIVITY: dict[str, Sensitivity] = {
    "personal": "personal",
    "private": "private",
    "company-confidential": "confidential",
    "confidential": "confidential",
}
_PARSER = BytesParser(policy=policy.compat32)


def header_meta(
    headers: bytes, folder: str, mailbox: str, sensitivity: Sensitivity = "normal", message_class: str = "IPM.Note"
) -> MailMeta:
    """Just what the privacy rule needs (subject, sensitivity, folder) from a raw header block."""
    msg = _PARSER.parsebytes(headers, headersonly=True)
    subject = str(msg.get("subject", "") or "")
    try:
        from email.header import decode_header, make_header

        subject = str(make_header(decode_header(subject)))
    except (LookupError, ValueError, UnicodeDecodeError):
        pass
    if sensitivity == "normal":
        sensitivity = _SENSITIVITY.get(str(msg.get("sensitivity", "") or "").strip().lower(), "normal")
    return MailMeta(
        subject=subject, folder=folder, mailbox=mailbox, sensitivity=sensitivity, message_class=message_class
    )


def skip_body(meta: MailMeta, config: ScanConfig) -> bool:
    """True when a message is private and no override says to read it: fetch its headers only."""
    return private_reason(meta, config.mail) is not None and not config.mail.inspect_private


def format_uids(uids: Iterable[int]) -> str:
    """Compact IMAP-style UID set: ``1:5,7,9:12``.

    >>> format_uids([1, 2, 3, 5, 9, 10])
    '1:3,5,9:10'
    """
    out: list[str] = []
    run: list[int] = []
    for uid in sorted(set(uids)):
        if run and uid == run[-1] + 1:
            run.append(uid)
            continue
        if run:
            out.append(f"{run[0]}:{run[-1]}" if len(run) > 1 else str(run[0]))
        run = [uid]
    if run:
        out.append(f"{run[0]}:{run[-1]}" if len(run) > 1 else str(run[0]))
    return ",".join(out)


def parse_uids(text: str | None) -> set[int]:
    """
    >>> sorted(parse_uids("1:3,5"))
    [1, 2, 3, 5]
    """
    out: set[int] = set()
    for piece in (text or "").split(","):
        if not piece:
            continue
        lo, _, hi = piece.partition(":")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out
