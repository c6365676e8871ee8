"""Outlook .msg files through extract-msg (an optional extra: it is GPL-3.0, see docs/mail.md).

The licence decision: the scanner is Apache-2.0 and does not import extract-msg unless the user
installed it (``pip install nordic-pii-scanner[msg]``); without it .msg items get a clear error record.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import getaddresses
from typing import Any

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.mail_policy import (
    header_sensitivity,
    most_restrictive,
    read_meta,
    sensitivity_from_number,
    through_blank_line,
)
from pii_scanner.core.model import Extracted, Item, MailMeta, Sensitivity
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail import decide_private, extract_parsed, file_preset, private_result
from pii_scanner.extract.msg_props import stored_sensitivity

MIME = "application/vnd.ms-outlook"
_OLE_MINIMUM = 1536  # olefile.MINIMAL_OLEFILE_SIZE: one header and one sector


def _load() -> Any:
    try:
        import extract_msg
    except ImportError as exc:
        raise ExtractionError(
            ".msg support needs the optional extra 'msg' (extract-msg, GPL-3.0); not installed"
        ) from exc
    return extract_msg


def _addrs(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(addr for _name, addr in getaddresses(str(value).replace(";", ",").split(",")) if addr)


def _sensitivity_of_another_type(msg: Any) -> bool:
    """PR_SENSITIVITY stored with a type other than PT_LONG (0x0003): in the property stream, or as a
    stream of its own (``__substg1.0_0036....``). extract-msg then reports it absent."""
    try:
        keys = [str(k).upper() for k in msg.props]
        streams = ["/".join(entry).upper() for entry in msg.listDir() if len(entry) == 1]
    except Exception:  # a damaged property store: the other checks decide
        return False
    return any(k.startswith("0036") and k != "00360003" for k in keys) or any(
        s.startswith("__SUBSTG1.0_0036") for s in streams
    )


def _sensitivity(msg: Any) -> Sensitivity:
    """PR_SENSITIVITY and any Sensitivity transport header, the strictest; unreadable means private."""
    try:
        raw = msg.sensitivity  # an enum, or None when the property is absent
    except Exception:  # extract-msg raises ValueError for values outside its enum, and more
        return "unreadable"
    values: list[Sensitivity] = [sensitivity_from_number(getattr(raw, "value", raw)) if raw is not None else "normal"]
    if _sensitivity_of_another_type(msg):  # there, but not the PT_LONG extract-msg reads: cannot be decided
        values.append("unreadable")
    with contextlib.suppress(Exception):  # transport headers are optional and often odd
        header = header_sensitivity(str(msg.header or "").encode("utf-8", "replace"))
        if header is not None:
            values.append(header)
    return most_restrictive(values)


_PS_PUBLIC_STRINGS = "{00020329-0000-0000-C000-000000000046}"


def _categories(msg: Any) -> tuple[tuple[str, ...], bool]:
    """Outlook's categories (PidNameKeywords, the named property ``Keywords``) and any ``Keywords``/``X-Keywords``
    transport header: the keywords other mail paths read (IMAP flags, mbox ``X-Keywords``, OLM categories).
    The second value is False when the categories are there but cannot be read (fail closed: private)."""
    found: list[str] = []
    with contextlib.suppress(Exception):  # transport headers are optional and often odd
        header = str(msg.header or "").encode("utf-8", "replace")
        if header.strip():
            found.extend(read_meta(through_blank_line(header)).keywords)
    try:
        raw = msg.getNamedProp("Keywords", _PS_PUBLIC_STRINGS)
    except Exception:  # a damaged name map or value stream
        return tuple(found), False
    values = [raw] if isinstance(raw, str | bytes) else raw if isinstance(raw, list | tuple) else None
    if raw is not None and values is None:
        return tuple(found), False  # stored with a type we cannot read
    for value in values or ():
        if isinstance(value, bytes):
            value = value.decode("utf-16-le" if value[1:2] == b"\0" else "cp1252", "replace")
        if not isinstance(value, str):
            return tuple(found), False
        found.append(value.strip("\0"))
    return tuple(v for v in found if v), True


def _meta(msg: Any, preset: MailMeta | None) -> MailMeta:
    base = preset or MailMeta()
    sens = _sensitivity(msg)
    keywords, readable = _categories(msg)
    if not readable:
        sens = "unreadable"  # categories we cannot read may say private
    date = None
    with contextlib.suppress(Exception):  # extract-msg raises assorted errors on odd date headers
        raw = msg.date
        if isinstance(raw, datetime):
            date = raw if raw.tzinfo else raw.replace(tzinfo=UTC)
    sender = (_addrs(getattr(msg, "sender", "")) or ("",))[0]
    return MailMeta(
        subject=str(getattr(msg, "subject", "") or ""),
        sender=sender,
        to=_addrs(getattr(msg, "to", "")),
        cc=_addrs(getattr(msg, "cc", "")),
        bcc=_addrs(getattr(msg, "bcc", "")),
        date=date,
        folder=base.folder,
        sensitivity=most_restrictive([sens, base.sensitivity]),
        message_class=str(getattr(msg, "classType", "") or "IPM.Note"),
        message_id=str(getattr(msg, "messageId", "") or ""),
        mailbox=base.mailbox,
        keywords=keywords,
    )


def extract_msg_file(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    if not data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ExtractionError(f"{item.name or item.path}: not an Outlook .msg (OLE) file")
    if len(data) < _OLE_MINIMUM:
        # olefile takes bytes this short for a file name: it would open a path made of the content and
        # log the content (names, numbers) in its error
        raise ExtractionError(f"{item.name or item.path}: not an Outlook .msg (shorter than an OLE file)")
    extract_msg = _load()
    preset, item.mail = item.mail or file_preset(item), None
    try:
        msg = extract_msg.openMsg(data, delayAttachments=True)
    except Exception as exc:  # extract-msg raises its own hierarchy plus olefile errors
        raise ExtractionError(f"{item.name or item.path}: unreadable .msg ({exc.__class__.__name__})") from exc
    try:
        meta = _meta(msg, preset)
        reason, inspect = decide_private(meta, ctx.config)
        stored = stored_sensitivity(data)  # PidLidPrivate, attached messages, damaged streams
        if stored is not None and most_restrictive([meta.sensitivity, stored[0]]) != meta.sensitivity:
            meta = replace(meta, sensitivity=most_restrictive([meta.sensitivity, stored[0]]))
            reason, inspect = decide_private(meta, ctx.config)
            reason = f"{reason}: {stored[1]}" if reason else None
        if reason and not inspect:
            return private_result(MIME, meta, reason)
        if not hasattr(msg, "asEmailMessage"):
            return Extracted(mime=MIME, mail=meta, metadata={"msg_class": meta.message_class})
        email = msg.asEmailMessage()
        return extract_parsed(item, email, meta, ctx, MIME, reason)
    finally:
        with contextlib.suppress(Exception):
            msg.close()
