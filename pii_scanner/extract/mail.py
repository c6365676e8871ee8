"""RFC 822 / MIME messages: MailMeta, bodies (text and HTML), attachments as child items.

Privacy comes first: the header block alone decides (with :func:`core.mail_policy.private_reason`)
whether the message is private; a private message yields metadata only, no text and no children,
unless ``config.mail.inspect_private`` is set. Encryption is judged on the MIME structure
(:mod:`pii_scanner.extract.mail_crypto`); an encrypted message yields its subject/header parts only.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterator
from dataclasses import replace
from email.errors import MissingHeaderBodySeparatorDefect
from email.message import Message
from html.parser import HTMLParser
from typing import Any

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import (
    SENSITIVITY_WINDOW,
    english_labels,
    header_block,
    header_sensitivity,
    lf_only_reading,
    may_read_private,
    message_start,
    most_restrictive,
    private_reason,
    read_meta,
    repaired,
    sensitivity_from_name,
    undoubled_line_ends,
    utf8_message,
)
from pii_scanner.core.model import Extracted, Item, MailMeta, Sensitivity, TextPart
from pii_scanner.extract.calendar_class import CALENDAR_TYPES, parse_calendar
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mail_crypto import (
    PKCS7_TYPES,
    attached_encryption,
    cms_signed_content,
    message_encryption,
    pgp_armor_encrypted,
)
from pii_scanner.extract.mail_cte import transfer_problem
from pii_scanner.extract.mail_folders import (
    MAILDIR_KEYWORDS,
    keyword_letters,
    layout_folder,
    maildir_keywords,
    read_keywords_file,
)
from pii_scanner.extract.mail_sniff import (
    FROM_LINE,
    looks_like_headers,
    quoted_private_reason,
    unended_header_block,
)
from pii_scanner.extract.members import safe_segment
from pii_scanner.extract.mime_parse import parse_bytes, part_filename
from pii_scanner.extract.text import decode_text
from pii_scanner.extract.tnef import is_tnef, tnef_sensitivity
from pii_scanner.extract.uuencode import UuBlock, uu_blocks, without_blocks

MIME = "message/rfc822"
_SKIP_TYPES = frozenset(
    {
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
        "application/pgp-keys",
    }
)
_PGP_BLOCK = re.compile(r"-----BEGIN PGP MESSAGE-----.*?-----END PGP MESSAGE-----", re.DOTALL)
# message/* parts that are reports about a message, not a message: read as the parser splits them.
_REPORT_TYPES = frozenset({"message/delivery-status", "message/disposition-notification"})
MAX_MIME_DEPTH = 50


class OneShot:
    """Lazy bytes for a child item that are dropped after the first read.

    The pipeline keeps every result of a top-level item until the item is done; child items of a
    mailbox must not keep their message bytes alive that long (bounded memory).
    """

    __slots__ = ("_data", "_make")

    def __init__(self, data: bytes | None = None, make: Any = None) -> None:
        self._data = data
        self._make = make

    def __call__(self) -> bytes:
        data = self._data if self._data is not None else (self._make() if self._make else None)
        self._data = self._make = None
        if data is None:
            raise OSError(0, "message content already consumed")
        return bytes(data)


def child_item(
    parent: Item,
    location: str,
    name: str,
    read: OneShot,
    size: int | None,
    mime_hint: str | None = None,
    mail: MailMeta | None = None,
) -> Item:
    """An item nested in ``parent`` (attachment, message of a mailbox) that inherits its context."""
    return Item(
        location=location,
        path=parent.path,
        name=name,
        size=size,
        mtime=parent.mtime,
        owner=parent.owner,
        origin=parent.origin,
        source=parent.source,
        read=read,
        mime_hint=mime_hint,
        mail=mail,
    )


# --- bodies and attachments ----------------------------------------------------------------------
class _HtmlText(HTMLParser):
    _SKIP = frozenset({"script", "style", "head", "title"})
    _BREAK = frozenset({"br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "td", "th"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BREAK:
            self.out.append("\n" if tag != "td" and tag != "th" else " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(data)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    return re.sub(r"[ \t\xa0]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip()


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            pass
    return decode_text(payload)[0]


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment" or bool(part.get_filename())
    except (TypeError, ValueError, IndexError):
        return True


def _is_attached_message(part: Message) -> bool:
    """A part that carries a whole message: message/rfc822, RFC 6532 message/global, message/news...

    The email package parses every message/* payload into the outer tree; read in place, a private
    message attached under any such type would become the outer message's body.
    """
    return part.get_content_maintype() == "message" and part.get_content_type() not in _REPORT_TYPES


def _collect(
    part: Message,
    bodies: list[TextPart],
    attachments: list[Message],
    depth: int = 0,
    cut: list[int] | None = None,
    problems: list[str] | None = None,
) -> None:
    """Split a MIME tree into body texts and attachment parts (signatures dropped).

    Parts nested deeper than ``MAX_MIME_DEPTH`` are not read; ``cut`` counts them so the message says so.
    ``problems`` gets why a part's transfer encoding could not be undone whole.
    """
    ctype = part.get_content_type()
    if depth > MAX_MIME_DEPTH:
        if cut is not None:
            cut.append(depth)
        return
    if _is_attached_message(part):  # an attached message (the email package calls it multipart)
        _note_transfer(part, problems)
        attachments.append(part)
        return
    if part.is_multipart():
        subparts = [p for p in part.get_payload() if isinstance(p, Message)]
        if ctype == "multipart/alternative" and subparts:
            plain = [p for p in subparts if p.get_content_type() == "text/plain" and not _is_attachment(p)]
            chosen = plain[0] if plain else subparts[-1]  # the richest variant comes last
            subparts = [chosen] + [p for p in subparts if _is_attachment(p)]
        elif ctype == "multipart/signed" and subparts:
            subparts = subparts[:1]  # the signed content; the signature is not text
        for sub in subparts:
            _collect(sub, bodies, attachments, depth + 1, cut, problems)
        return
    if ctype in _SKIP_TYPES:
        return
    if ctype in PKCS7_TYPES:
        payload = part.get_payload(decode=True)
        inner = cms_signed_content(payload) if isinstance(payload, bytes) else None
        if inner is not None:  # opaque-signed S/MIME: the signed content is plaintext
            _collect(parse_bytes(inner), bodies, attachments, depth + 1, cut, problems)
            return
    _note_transfer(part, problems)
    if ctype in ("text/plain", "text/html") and not _is_attachment(part) and not is_tnef(part):
        text = _part_text(part)
        bodies.append(TextPart(html_to_text(text) if ctype == "text/html" else text, "body"))
        return
    attachments.append(part)


def _note_transfer(part: Message, problems: list[str] | None) -> None:
    problem = transfer_problem(part)
    if problem is not None and problems is not None:
        problems.append(problem)


def inline_files(bodies: list[TextPart], problems: list[str]) -> list[UuBlock]:
    """Files uuencoded in the bodies, taken out of their text (the code is noise to the detectors)."""
    found: list[UuBlock] = []
    for body in bodies:
        if "begin " not in body.text:
            continue
        blocks = list(uu_blocks(body.text))
        if blocks:
            body.text = without_blocks(body.text, blocks)
            found.extend(blocks)
            problems.extend(f"uuencoded file in the text: {b.problem}" for b in blocks if b.problem)
    return found


def _decoded_attached_message(part: Message, inner: Message) -> bytes | None:
    """The bytes of a message attached with a base64 or quoted-printable transfer encoding, or None.

    RFC 2046 forbids encoding message/rfc822, but writers do it; the parser then reads the encoded
    text as a message of its own (no headers, the code as its body), so the attached message, its
    ``Sensitivity`` included, has to be decoded here before anything decides about it.
    """
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte not in ("base64", "quoted-printable"):
        return None
    encoded = inner.as_bytes()
    if cte == "quoted-printable":
        return quopri.decodestring(encoded)
    try:
        return base64.b64decode(b"".join(encoded.split()), validate=False)
    except (binascii.Error, ValueError):
        return None


def _attached_message_bytes(inner: Message, part: Message | None = None) -> bytes:
    """An attached message as bytes, its header block whole again.

    The parser ends a header block at a malformed line (no colon, ``Name :``) and the generator
    then writes a blank line there: every header after it, ``Sensitivity`` included, would read as
    body. The blank line the generator added is taken out again so the privacy decision sees them.
    """
    decoded = _decoded_attached_message(part, inner) if part is not None else None
    if decoded is not None:
        return decoded
    data = inner.as_bytes()
    if any(isinstance(d, MissingHeaderBodySeparatorDefect) for d in inner.defects):
        cut = data.find(b"\n\n")
        if cut >= 0:
            data = data[:cut] + data[cut + 1 :]
    return data


def _attachment_items(
    item: Item, parts: list[Message], ctx: ExtractContext, inline: list[UuBlock] | None = None
) -> Iterator[Item]:
    yield from _mime_attachments(item, parts, ctx)
    yield from inline_file_items(item, inline or [], ctx, len(parts) + 1)


def inline_file_items(item: Item, inline: list[UuBlock], ctx: ExtractContext, first: int = 1) -> Iterator[Item]:
    """The files uuencoded in a text as child items ``!/attachment/<n>/<name>`` (numbered from ``first``)."""
    for n, block in enumerate(inline, first):
        ctx.budget.count_member()
        ctx.budget.spend(len(block.data))
        name = safe_segment(block.name, f"part-{n}")
        location = f"{item.location}!/attachment/{n}/{name}"
        yield child_item(item, location, name, OneShot(block.data), len(block.data))


def _mime_attachments(item: Item, parts: list[Message], ctx: ExtractContext) -> Iterator[Item]:
    for n, part in enumerate(parts, 1):
        ctx.budget.count_member()
        filename = part_filename(part)
        hint: str | None = None
        preset: MailMeta | None = None
        if _is_attached_message(part):
            inner = part.get_payload()
            inner_msg = inner[0] if isinstance(inner, list) and inner else inner
            data = _attached_message_bytes(inner_msg, part) if isinstance(inner_msg, Message) else b""
            hint = MIME
            filename = filename or "message.eml"
            if not fragment_decidable(part, data):
                preset = MailMeta(sensitivity="unreadable")
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        ctx.budget.spend(len(data))
        name = safe_segment(filename, f"part-{n}")
        location = f"{item.location}!/attachment/{n}/{name}"
        yield child_item(item, location, name, OneShot(data), len(data), hint, preset)


def fragment_decidable(part: Message, data: bytes) -> bool:
    """False for a piece of a message sent in fragments (RFC 2046 ``message/partial``) whose privacy
    cannot be decided from the piece: the message's own header block, ``Sensitivity`` included, is at
    the start of fragment 1 only. A later fragment (or one without a number) is a body cut from a
    message whose headers are elsewhere; fragment 1 of several decides only when its header block
    ends inside it. Any other part is decidable (True).

    >>> from email import message_from_bytes as parse
    >>> fragment_decidable(parse(b'Content-Type: message/partial; id="a"; number=2\\n\\n'), b"the rest of a body")
    False
    >>> fragment_decidable(parse(b'Content-Type: message/partial; id="a"; number=1; total=2\\n\\n'), b"To: a\\n")
    False
    >>> fragment_decidable(parse(b'Content-Type: message/partial; number=1; total=2\\n\\n'), b"To: a\\n\\nbody")
    True
    """
    if part.get_content_type() != "message/partial":
        return True
    number, total = _fragment_number(part.get_param("number")), _fragment_number(part.get_param("total"))
    if number != 1:
        return False
    if total == 1:
        return True
    start = message_start(data)
    return start + len(header_block(data, SENSITIVITY_WINDOW)) < len(data.rstrip(b"\r\n"))


def _fragment_number(value: object) -> int | None:
    text = value if isinstance(value, str) else None
    return int(text.strip()) if text is not None and text.strip().isdigit() else None


# --- the extractor -------------------------------------------------------------------------------
def decide_private(meta: MailMeta, config: ScanConfig) -> tuple[str | None, bool]:
    """(private reason, whether to read anyway because of an explicit override)."""
    reason = private_reason(meta, config.mail)
    return reason, bool(reason and may_read_private(config.mail))


_MAX_EMBEDDED_LOOKS = 200  # separator-like lines examined per message: bounded work on hostile input
_EMBEDDED_WINDOW = 65536  # bytes after a separator-like line judged as a header block


def embedded_private_reason(data: bytes, config: ScanConfig) -> str | None:
    """Why a message must count as private because of a message hidden in its body, or None.

    A writer that leaves no blank line before an mbox ``From_`` separator glues the next message
    onto this one's body. If that glued message says it is private (or its sensitivity cannot be
    read), the whole message is private: splitting there instead could expose a private body that
    merely quotes such a block, so failing closed is the only safe reading.

    >>> from pii_scanner.core.config import ScanConfig
    >>> glued = b"From: a@x.dk\\n\\nhej\\nFrom a@x.dk Mon Jan  1 10:00:00 2024\\n"
    >>> glued += b"From: a@x.dk\\nSensitivity: Private\\n\\nCPR"
    >>> embedded_private_reason(glued, ScanConfig())
    'embedded message: sensitivity private'
    >>> embedded_private_reason(b"From: a@x.dk\\n\\nFrom here on we meet on Mondays.\\n", ScanConfig()) is None
    True
    """
    pos, looked = message_start(data) + len(header_block(data)), 0  # from the end of the header block
    while True:
        pos = data.find(b"\nFrom ", pos)
        if pos < 0:
            return None
        start = pos + 1
        end = data.find(b"\n", start, start + 1025)
        pos = start
        if end < 0 or FROM_LINE.fullmatch(data[start:end].rstrip(b"\r")) is None:
            continue
        looked += 1
        if looked > _MAX_EMBEDDED_LOOKS:  # decoys to hide a glued private message behind: not all checked
            return f"embedded message: more than {_MAX_EMBEDDED_LOOKS} separator lines, not all checked"
        inner = data[end + 1 : end + 1 + _EMBEDDED_WINDOW]
        if not looks_like_headers(inner):
            if not unended_header_block(data[end + 1 : end + 1 + _EMBEDDED_WINDOW + 1], _EMBEDDED_WINDOW):
                continue
            # a header block too long to judge from the window: its Sensitivity lines may come later
            inner = data[end + 1 : end + 1 + SENSITIVITY_WINDOW + 1]
        reason = private_reason(read_meta(inner), config.mail)
        lf_only = lf_only_reading(inner) if reason is None else None
        if lf_only is not None:  # either reading of its line breaks saying private decides (fail closed)
            reason = private_reason(read_meta(lf_only), config.mail)
        if reason:
            return f"embedded message: {reason}"


def private_result(mime: str, meta: MailMeta, reason: str) -> Extracted:
    """What a private message yields: its metadata, no text, no children."""
    return Extracted(mime=mime, mail=meta, metadata={"private_reason": reason})


def header_parts(meta: MailMeta) -> list[TextPart]:
    parts = [TextPart(meta.subject, "subject")] if meta.subject else []
    fields = (("From", (meta.sender,) if meta.sender else ()), ("To", meta.to), ("Cc", meta.cc), ("Bcc", meta.bcc))
    lines = [f"{k}: {', '.join(v)}" for k, v in fields if v]
    if lines:
        parts.append(TextPart("\n".join(lines), "header"))
    return parts


def extract_message(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """Extract one RFC 822 message (``.eml``, an IMAP/EWS/Graph MIME download, an attached message)."""
    preset, item.mail = item.mail or file_preset(item), None  # the pipeline moves Extracted.mail back
    data = english_labels(undoubled_line_ends(utf8_message(data)))  # an Outlook export in Danish or Swedish
    meta = read_meta(data, preset)
    reason, inspect = decide_private(meta, ctx.config)
    lf_only = lf_only_reading(data) if reason is None else None
    if lf_only is not None:  # two readings of its line breaks: private if either says so (fail closed)
        lf_meta = read_meta(lf_only, preset)
        lf_reason, lf_inspect = decide_private(lf_meta, ctx.config)
        if lf_reason is not None:
            meta, reason, inspect = lf_meta, lf_reason, lf_inspect
    if reason is None:
        reason = embedded_private_reason(data, ctx.config)
        inspect = bool(reason and may_read_private(ctx.config.mail))
    if reason and not inspect:
        return private_result(MIME, meta, reason)
    msg = parse_bytes(repaired(data))
    signed = signed_sensitivity(msg)
    if signed and most_restrictive([meta.sensitivity, *signed]) != meta.sensitivity:
        meta = replace(meta, sensitivity=most_restrictive([meta.sensitivity, *signed]))
        reason, inspect = decide_private(meta, ctx.config)
        if reason and not inspect:
            return private_result(MIME, meta, reason)
    for inner in (tnef_sensitivity, calendar_sensitivity):
        # Outlook may say "private" only inside winmail.dat, an invitation only in its calendar part
        said = None if reason else inner(msg)
        if said is not None:
            meta = replace(meta, sensitivity=most_restrictive([meta.sensitivity, said[0]]))
            reason, inspect = decide_private(meta, ctx.config)
            reason = f"{reason}: {said[1]}" if reason else None
            if reason and not inspect:
                return private_result(MIME, meta, reason)
    return extract_parsed(item, msg, meta, ctx, MIME, reason)


def calendar_sensitivity(msg: Message) -> tuple[Sensitivity, str] | None:
    """The CLASS marks of the calendar parts a message shows inline (an invitation: the message is the
    appointment, its text body repeats the event's description), strictest first; None without any.

    Attached calendar files and attached messages are left to their own decision."""
    found: list[Sensitivity] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > MAX_MIME_DEPTH or _is_attached_message(part):
            continue
        if part.is_multipart():
            children = part.get_payload()
            stack += [(c, depth + 1) for c in children if isinstance(c, Message)] if isinstance(children, list) else []
        elif part.get_content_type() in CALENDAR_TYPES and not _is_attachment(part):
            calendar = parse_calendar(_part_text(part))
            if calendar.entries or calendar.wide:
                found.append(calendar.sensitivity(None))
    if not found:
        return None
    return most_restrictive(found), "in the invitation's calendar part (CLASS)"


def file_preset(item: Item) -> MailMeta | None:
    """What a message file's place says before its headers do: the folder of a mail client's layout on
    disk (Apple Mail's ``Privat.mbox``, Maildir++ ``.Privat``, Thunderbird's ``Privat.sbd``) and the
    keywords a Maildir file name carries (``:2,Sa``), or None."""
    on_disk = item.location.startswith("file://") and "!/" not in item.location and bool(item.path)
    folder = layout_folder(item.location, item.path if on_disk else None)
    letters = keyword_letters(item.location, item.name)
    if not folder and not letters:
        return None
    keywords: tuple[str, ...] = ()
    known = True
    if letters:
        table = item.metadata.get(MAILDIR_KEYWORDS)
        if table is None and item.location.startswith("file://") and "!/" not in item.location:
            table = read_keywords_file(item.path)
        keywords, known = maildir_keywords(letters, table if isinstance(table, str) else None)
    # a keyword letter nobody can look up may be the private tag: cannot tell, so private
    return MailMeta(folder=folder, keywords=keywords, sensitivity="normal" if known else "unreadable")


def signed_sensitivity(part: Message, depth: int = 0) -> list[Sensitivity]:
    """``Sensitivity`` headers on the signed part of a clear-signed message (S/MIME, PGP/MIME) or inside the
    signed content of an opaque-signed one (``smime-type=signed-data``, whose content is read as the body):
    header protection repeats the message's headers there, and what a signer marked private counts
    although the outer header block does not say so. Attached messages are left to their own decision."""
    if depth > MAX_MIME_DEPTH:  # as deep as the bodies are read
        return []
    if part.get_content_type() in PKCS7_TYPES:
        payload = part.get_payload(decode=True)
        content = cms_signed_content(payload) if isinstance(payload, bytes) else None
        if content is None:  # enveloped (encrypted) or a detached signature: nothing of it is read
            return []
        raw = header_sensitivity(content)  # raw lines: also after a line the parser stops at
        return ([raw] if raw is not None else []) + signed_sensitivity(parse_bytes(content), depth + 1)
    if part.get_content_maintype() != "multipart":
        return []
    children = part.get_payload()
    if not isinstance(children, list):
        return []
    found: list[Sensitivity] = []
    if part.get_content_type() == "multipart/signed" and children and isinstance(children[0], Message):
        found += [sensitivity_from_name(v) for v in children[0].get_all("sensitivity") or []]
    for child in children:
        if isinstance(child, Message):
            found += signed_sensitivity(child, depth + 1)
    return found


def extract_parsed(
    item: Item, msg: Message, meta: MailMeta, ctx: ExtractContext, mime: str, reason: str | None = None
) -> Extracted:
    """Bodies, attachments and encryption of a parsed message whose privacy was already decided."""
    metadata: dict[str, Any] = {}
    if reason:
        metadata["private_reason"] = reason
        metadata["inspected_private"] = True
    encryption = message_encryption(msg, meta.message_class)
    if encryption:
        return Extracted(
            mime=mime,
            parts=header_parts(meta),
            encrypted=True,
            encryption_reason=encryption,
            mail=meta,
            metadata=metadata,
        )
    bodies: list[TextPart] = []
    attachments: list[Message] = []
    cut: list[int] = []
    problems: list[str] = []
    _collect(msg, bodies, attachments, cut=cut, problems=problems)
    if not reason and not may_read_private(ctx.config.mail):
        # a private message's header block in a body: a plain list digest, a thread pasted in
        held = next(
            (r for b in bodies if (r := quoted_private_reason(b.text.encode("utf-8", "replace"), ctx.config))), None
        )
        if held:
            return private_result(mime, replace(meta, sensitivity="unreadable"), held)
    inline = inline_files(bodies, problems)
    if cut:
        problems.insert(0, f"MIME parts nested deeper than {MAX_MIME_DEPTH} levels; not read")
    error = "; ".join(dict.fromkeys(problems)) or None
    encrypted, why = False, None
    sealed = attached_encryption(msg)
    if sealed is not None:  # the encrypted part holds no text; the parts beside it travelled in clear
        encrypted, why = True, sealed[0]
        attachments = [a for a in attachments if a is not sealed[1]]
    if any("-----BEGIN PGP MESSAGE-----" in b.text and pgp_armor_encrypted(b.text) for b in bodies):
        encrypted, why = True, "inline PGP encrypted"
        for b in bodies:  # ciphertext is not text; the words around it still are
            b.text = _PGP_BLOCK.sub("", b.text)
    parts = header_parts(meta) + [b for b in bodies if b.text.strip()]
    return Extracted(
        mime=mime,
        parts=parts,
        children=_attachment_items(item, attachments, ctx, inline),
        encrypted=encrypted,
        encryption_reason=why,
        error=error,
        mail=meta,
        metadata=metadata,
    )
