"""One Outlook message from libpff (pypff): MAPI properties -> MailMeta, and -> MIME bytes.

Properties used: PR_MESSAGE_CLASS 0x001A, PR_SENSITIVITY 0x0036, PR_SUBJECT 0x0037,
PR_SENDER_EMAIL_ADDRESS 0x0C1F / PR_SENDER_SMTP_ADDRESS 0x5D01, PR_INTERNET_MESSAGE_ID 0x1035,
recipient rows (PR_RECIPIENT_TYPE 0x0C15, PR_SMTP_ADDRESS 0x39FE, PR_EMAIL_ADDRESS 0x3003,
PR_DISPLAY_NAME 0x3001), attachments (PR_ATTACH_METHOD 0x3705, PR_ATTACH_LONG_FILENAME 0x3707).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import encoders
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from typing import Any

from pii_scanner.core.mail_policy import SENSITIVITY_HEADER, display_address, sensitivity_from_number
from pii_scanner.core.model import MailMeta, Sensitivity
from pii_scanner.extract.context import Budget
from pii_scanner.extract.text import decode_text

ATTACH_EMBEDDED_MSG = 5


def _entry(obj: Any, tag: int, index: int = 0) -> Any:
    try:
        if obj.number_of_record_sets <= index:
            return None
        return obj.get_record_set(index).get_entry_by_type(tag)
    except (OSError, AttributeError):
        return None


def _str(obj: Any, tag: int, index: int = 0) -> str:
    entry = _entry(obj, tag, index)
    try:
        return (entry.data_as_string or "") if entry is not None else ""
    except (OSError, ValueError, TypeError):
        return ""


def _int(obj: Any, tag: int) -> int | None:
    entry = _entry(obj, tag)
    try:
        return int(entry.data_as_integer) if entry is not None else None
    except (OSError, ValueError, TypeError):
        return None


def _recipients(message: Any) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {1: [], 2: [], 3: []}
    rcpts = getattr(message, "recipients", None)
    if rcpts is None:
        return out
    for k in range(_safe_int(rcpts, "number_of_record_sets")):
        addr = _str(rcpts, 0x39FE, k) or _str(rcpts, 0x3003, k)
        name = _str(rcpts, 0x3001, k)
        entry = _entry(rcpts, 0x0C15, k)
        kind = int(entry.data_as_integer) if entry is not None else 1
        if addr and "@" in addr:
            out.setdefault(kind, []).append(display_address(name, addr) if name and name != addr else addr)
    return out


def _safe_int(obj: Any, attr: str) -> int:
    try:
        return int(getattr(obj, attr, 0) or 0)
    except (OSError, ValueError):
        return 0


def message_sensitivity(message: Any) -> Sensitivity:
    """PR_SENSITIVITY; absent means normal, present but unreadable (or out of range) means unreadable."""
    try:
        if int(message.number_of_record_sets) < 1:
            return "unreadable"
        entry = message.get_record_set(0).get_entry_by_type(0x0036)
        if entry is None:
            return "normal"
        return sensitivity_from_number(entry.data_as_integer)
    except Exception:  # libpff raises OSError, and assorted errors on damaged records
        return "unreadable"


def message_meta(message: Any, folder: str, mailbox: str) -> MailMeta | None:
    """MailMeta from properties only (no body read); None for items that are not messages."""
    if not hasattr(message, "get_plain_text_body"):
        return None
    cls = _str(message, 0x001A) or "IPM.Note"
    sender_addr = _str(message, 0x5D01) or _str(message, 0x0C1F) or _str(message, 0x0065)
    sender_name = _str(message, 0x0C1A)
    sender = display_address(sender_name, sender_addr) if "@" in sender_addr else sender_addr
    rcpts = _recipients(message)
    date: datetime | None = None
    for attr in ("delivery_time", "client_submit_time", "creation_time"):
        try:
            value = getattr(message, attr, None)
        except (OSError, ValueError):
            value = None
        if isinstance(value, datetime):
            date = value if value.tzinfo else value.replace(tzinfo=UTC)
            break
    sensitivity = message_sensitivity(message)
    try:
        subject = message.subject or ""
    except (OSError, UnicodeError, ValueError):
        subject = _str(message, 0x0037)
        if not subject and _entry(message, 0x0037) is not None:
            sensitivity = "unreadable"  # a subject that says PRIVAT may be what we cannot read
    return MailMeta(
        subject=subject,
        sender=sender,
        to=tuple(rcpts.get(1, [])),
        cc=tuple(rcpts.get(2, [])),
        bcc=tuple(rcpts.get(3, [])),
        date=date,
        folder=folder,
        sensitivity=sensitivity,
        message_class=cls,
        message_id=_str(message, 0x1035),
        mailbox=mailbox,
    )


def _h(value: str) -> str:
    """A header value safe for the compat32 generator (RFC 2047 when not ASCII)."""
    value = value.replace("\r", " ").replace("\n", " ")
    return value if value.isascii() else Header(value, "utf-8").encode()


def _headers(msg: Message, meta: MailMeta) -> None:
    if meta.sender:
        msg["From"] = _h(meta.sender)
    for key, values in (("To", meta.to), ("Cc", meta.cc), ("Bcc", meta.bcc)):
        if values:
            msg[key] = _h(", ".join(values))
    msg["Subject"] = _h(meta.subject)
    if meta.date:
        msg["Date"] = format_datetime(meta.date)
    if meta.message_id:
        msg["Message-ID"] = _h(meta.message_id)
    if meta.sensitivity != "normal":
        msg["Sensitivity"] = SENSITIVITY_HEADER[meta.sensitivity]
    msg["X-MS-Message-Class"] = _h(meta.message_class)


def private_headers(meta: MailMeta) -> bytes:
    """The header block of a private message: what it is, never what it says."""
    msg = Message()
    _headers(msg, meta)
    return msg.as_bytes()


def _body(message: Any, attr: str) -> str:
    try:
        raw = getattr(message, attr, None)
    except (OSError, UnicodeDecodeError):
        return ""
    if isinstance(raw, bytes):
        return decode_text(raw.rstrip(b"\x00"))[0]
    return raw or ""


def _attachment(data: bytes, mime: str, name: str) -> MIMEBase:
    maintype, _, subtype = mime.lower().partition("/")
    if maintype in ("multipart", "message") or not subtype:
        maintype, subtype = "application", "octet-stream"
    part = MIMEBase(maintype, subtype)
    part.set_payload(data)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=name if name.isascii() else ("utf-8", "", name))
    return part


def _to_mime(message: Any, meta: MailMeta, budget: Budget, depth: int) -> Message:
    # Built with the compat32 MIME classes: EmailMessage's header objects cost ~10x more.
    plain, html = _body(message, "plain_text_body"), _body(message, "html_body")
    bodies: list[Message] = []
    if plain and html:
        bodies.append(
            MIMEMultipart("alternative", _subparts=[MIMEText(plain, "plain", "utf-8"), MIMEText(html, "html", "utf-8")])
        )
    elif plain or html:
        bodies.append(MIMEText(plain or html, "plain" if plain else "html", "utf-8"))
    else:
        rtf = getattr(message, "rtf_body", None)
        if isinstance(rtf, bytes) and rtf:
            bodies.append(_attachment(rtf, "application/rtf", "body.rtf"))
    for k in range(_safe_int(message, "number_of_attachments")):
        budget.count_member()
        try:
            att = message.get_attachment(k)
        except OSError:
            continue
        name = _str(att, 0x3707) or _str(att, 0x3704) or f"attachment-{k + 1}"
        embedded = att.get_sub_item(0) if _safe_int(att, "number_of_sub_items") else None
        if _int(att, 0x3705) == ATTACH_EMBEDDED_MSG and embedded is not None and depth < 10:
            inner_meta = message_meta(embedded, meta.folder, meta.mailbox)
            if inner_meta is not None:
                bodies.append(MIMEMessage(_to_mime(embedded, inner_meta, budget, depth + 1)))
                continue
        size = _safe_int(att, "size")
        budget.spend(size)
        try:
            data = att.read_buffer(size) if size else b""
        except OSError:
            data = b""
        bodies.append(_attachment(data, _str(att, 0x370E) or "application/octet-stream", name))
    msg: Message = (
        bodies[0]
        if len(bodies) == 1 and bodies[0].get_content_maintype() == "text"
        else MIMEMultipart("mixed", _subparts=bodies)
    )
    _headers(msg, meta)
    return msg


def message_mime(message: Any, meta: MailMeta, budget: Budget) -> bytes:
    """The message as RFC 822 bytes (headers from properties, bodies, attachments)."""
    return _to_mime(message, meta, budget, 0).as_bytes()
