"""The one mail decision: is this a message, and is it private? Plus the mail rules classification needs.

Kept in core because every path into a message needs it before reading a body (file extractors,
mailbox splitting, PST, IMAP, EWS, Graph) and extraction may not import the classify stage.

Sensitivity is read from every place a message can carry it (an RFC 822 ``Sensitivity`` header,
MAPI ``PR_SENSITIVITY`` 0x0036 as a number, EWS's enumeration name) through ONE table each; when a
message says it twice the most restrictive value wins, and a value that cannot be read is
``"unreadable"``, which counts as private (fail closed).
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, SupportsIndex, SupportsInt

from pii_scanner.core.config import MailConfig
from pii_scanner.core.model import MailMeta, Sensitivity

if TYPE_CHECKING:
    from email.message import Message
    from email.parser import BytesParser

# MAPI PR_SENSITIVITY (0x0036, PT_LONG) values; also Graph's extended property and .msg/.pst files.
SENSITIVITY_BY_NUMBER: dict[int, Sensitivity] = {0: "normal", 1: "personal", 2: "private", 3: "confidential"}
# The RFC 2156 ``Sensitivity`` header and EWS's Sensitivity enumeration (compared case-insensitively).
SENSITIVITY_BY_NAME: dict[str, Sensitivity] = {
    "normal": "normal",
    "personal": "personal",
    "private": "private",
    "company-confidential": "confidential",
    "confidential": "confidential",
}
# How each value is written back into a header block (metadata-only records of private mail).
SENSITIVITY_HEADER: dict[Sensitivity, str] = {
    "personal": "Personal",
    "private": "Private",
    "confidential": "Company-Confidential",
    "unreadable": "Unreadable",
}
# Most restrictive last: a message that says "Normal" and "Private" is private.
_RANK: dict[Sensitivity, int] = {"normal": 0, "personal": 1, "confidential": 2, "private": 3, "unreadable": 4}
PR_SENSITIVITY = ("integer", 0x0036)
REASON_UNREADABLE = "sensitivity_unreadable"

_COMMENT = re.compile(r"\([^()]*\)")
_SENS_LINE = re.compile(rb"^sensitivity[ \t]*:(.*)$", re.IGNORECASE)
_BOM = b"\xef\xbb\xbf"
_HEADER_NAME = re.compile(rb"^([!-9;-~]{1,76})[ \t]*:")
_TWO_LINE_ENDS = re.compile(rb"\n[\n\r]|\r\r")
_ESCAPED = re.compile("[\udc80-\udcff]")  # raw 8-bit header bytes as the compat32 parser keeps them
# Characters that show nothing: soft hyphen, zero-width and direction marks, variation selectors, BOM.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufe00-\ufe0f\ufeff]"
)


def most_restrictive(values: Iterable[Sensitivity]) -> Sensitivity:
    """The strictest of several sensitivity statements (``"normal"`` when there are none).

    >>> most_restrictive(["normal", "private"])
    'private'
    >>> most_restrictive(["private", "unreadable"])
    'unreadable'
    """
    best: Sensitivity = "normal"
    for value in values:
        if _RANK[value] > _RANK[best]:
            best = value
    return best


def sensitivity_from_number(value: object) -> Sensitivity:
    """PR_SENSITIVITY as a number (int or numeric text); anything else is ``"unreadable"``.

    >>> sensitivity_from_number(2), sensitivity_from_number("0"), sensitivity_from_number(7)
    ('private', 'normal', 'unreadable')
    >>> sensitivity_from_number(b"3"), sensitivity_from_number(2.0), sensitivity_from_number(None)
    ('confidential', 'private', 'unreadable')
    """
    if isinstance(value, bool) or not isinstance(value, str | bytes | bytearray | SupportsInt | SupportsIndex):
        return "unreadable"
    try:
        number = int(value.strip()) if isinstance(value, str) else int(value)
    except (TypeError, ValueError, OverflowError):
        return "unreadable"
    return SENSITIVITY_BY_NUMBER.get(number, "unreadable")


def sensitivity_from_name(value: object) -> Sensitivity:
    """A header or EWS value: ``Private``, ``Private (user)``, ``"private"``, RFC 2047 words...

    Unknown or empty values are ``"unreadable"``: someone marked the message and we cannot tell how.

    >>> sensitivity_from_name("Private (user)"), sensitivity_from_name(" Company-Confidential ")
    ('private', 'confidential')
    >>> sensitivity_from_name("=?utf-8?q?Private?="), sensitivity_from_name("Privat")
    ('private', 'unreadable')
    >>> sensitivity_from_name("Normal; Private"), sensitivity_from_name("Normal;")
    ('unreadable', 'normal')
    """
    from email.header import decode_header, make_header

    text = str(value or "")
    with contextlib.suppress(LookupError, ValueError, UnicodeError, TypeError):
        text = str(make_header(decode_header(text)))
    previous = None
    while previous != text:  # nested comments
        previous, text = text, _COMMENT.sub(" ", text)
    words = text.replace('"', " ").replace(";", " ").split()
    if len(words) != 1:  # none, or two values ("Normal; Private", "Normal =?utf-8?q?Private?="): which one holds?
        return "unreadable"
    return SENSITIVITY_BY_NAME.get(words[0].casefold(), "unreadable")


_WIDE_HEADER = re.compile(r"[!-9;-~]{1,76}[ \t]*:")


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte order mark, told by the zero bytes of ASCII text (8 characters)."""
    head = data[:32]
    if len(head) < 32 or b"\x00" not in head:
        return None
    for name, width, zeros in (("utf-32-le", 4, slice(1, 4)), ("utf-32-be", 4, slice(0, 3))):
        chars = [head[i : i + width] for i in range(0, 32, width)]
        if all(c[zeros] == b"\x00\x00\x00" and any(c) for c in chars):
            return name
    if head[1::2] == bytes(16) and all(head[0::2]):
        return "utf-16-le"
    if head[0::2] == bytes(16) and all(head[1::2]):
        return "utf-16-be"
    return None


def utf8_message(data: bytes) -> bytes:
    r"""A message saved as UTF-16 or UTF-32 (a byte order mark first, as Windows "Unicode" saves; or none,
    when its first header line reads so) as UTF-8 bytes. Without a mark a UTF-32 message was read as
    nothing at all (a CPR in it missed, a private one neither private nor an error).

    >>> utf8_message("Subject: x\n".encode("utf-16"))
    b'Subject: x\n'
    >>> utf8_message("Subject: x\n".encode("utf-32-le"))
    b'Subject: x\n'
    >>> utf8_message("Subject: x\nSensitivity: y\n".encode("utf-16-be"))
    b'Subject: x\nSensitivity: y\n'
    >>> utf8_message("Subject".encode("utf-16-le") * 3)[:6]  # no header line: left as it is
    b'S\x00u\x00b\x00'

    """
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return data.decode("utf-32", errors="replace").encode("utf-8")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace").encode("utf-8")
    wide = _wide_encoding(data)
    if wide is not None:
        text = data[: len(data) - len(data) % (4 if "32" in wide else 2)].decode(wide, errors="replace")
        if _WIDE_HEADER.match(text):
            return text.encode("utf-8")
    return data


_FIRST_LINE_END = re.compile(rb"\r*\n|\r")
_BARE_CR = re.compile(rb"\r(?!\n)")


def _doubling(data: bytes) -> bytes | None:
    """The line end a converter doubled (``\\r\\r\\n``, or ``\\n\\r`` written the other way round) when the
    first line ends so, else None."""
    m = _FIRST_LINE_END.search(data, 0, 1 << 16)
    if m is None:
        return None
    if m.group() == b"\r\r\n":
        return m.group()
    if m.group() == b"\r" and data[m.end() : m.end() + 1] != b"\n":
        return b"\r"  # bare CR: classic Mac OS mail (Eudora, old Mac exports); no other reader splits it
    after = data[m.end() : m.end() + 2]
    if m.group() == b"\n" and after[:1] == b"\r" and after[1:] not in (b"", b"\r", b"\n"):
        return b"\n\r"
    return None


def doubled_line_ends(data: bytes) -> bool:
    r"""True when lines end in CR CR LF (a CRLF file written again through a text-mode conversion: FTP
    ASCII mode, a Windows tool) or LF CR: every parser reads each such line end as a line end plus an
    empty line, so the header block would end after its first line and ``Sensitivity`` be read as body.
    Also true for a bare CR (classic Mac OS mail): an mbox splitter sees one line and no message in it.

    >>> doubled_line_ends(b"From: a\r\r\nSensitivity: Private\r\r\n"), doubled_line_ends(b"From: a\n\rTo: b\n\r")
    (True, True)
    >>> doubled_line_ends(b"From: a\r\n\r\n"), doubled_line_ends(b"From: a\n\n\rbody")
    (False, False)
    """
    return _doubling(data) is not None


def undoubled_line_ends(data: bytes) -> bytes:
    r"""``data`` with such line ends made single again (CR LF, LF) when its first line ends so, else unchanged.

    >>> undoubled_line_ends(b"From: a\r\r\nSensitivity: Private\r\r\n\r\r\nbody")
    b'From: a\r\nSensitivity: Private\r\n\r\nbody'
    >>> undoubled_line_ends(b"From: a\n\rSensitivity: Private\n\r\n\rbody")
    b'From: a\nSensitivity: Private\n\nbody'
    >>> undoubled_line_ends(b"From a@x Mon Jan  1 10:00:00 2024\rSensitivity: Private\r\rbody\r")
    b'From a@x Mon Jan  1 10:00:00 2024\nSensitivity: Private\n\nbody\n'
    """
    doubled = _doubling(data)
    if doubled == b"\r":
        return _BARE_CR.sub(b"\n", data)
    return data.replace(doubled, doubled.replace(b"\r\r", b"\r").replace(b"\n\r", b"\n")) if doubled else data


def lf_only_reading(data: bytes) -> bytes | None:
    r"""The message as a reader that breaks lines at LF only sees it (a lone CR is part of its line), or None
    when no lone CR stands in it. A lone ``CR CR`` ends the header block to the email parser but not to such
    a reader, which may find ``Sensitivity: Private`` after it: the privacy decision takes both readings.

    >>> lf_only_reading(b"Subject: a\rX-Keywords: Privat\n\nbody")
    b'Subject: a X-Keywords: Privat\n\nbody'
    >>> lf_only_reading(b"Subject: a\r\n\r\nbody") is None
    True
    """
    return _BARE_CR.sub(b" ", data) if _BARE_CR.search(data) else None


# Apple Mail .emlx: the message's length in bytes on a line of its own, then the message itself.
_EMLX_COUNT = re.compile(rb"[0-9]{1,12}[ \t]*\r?\n(?=[!-9;-~]{1,76}[ \t]*:)")


def message_start(data: bytes) -> int:
    """Offset of the first header line: after a UTF-8 byte order mark, leading blank lines and the byte
    count line of Apple Mail's ``.emlx`` files (a message stored behind it is still a message).

    >>> message_start(b"\\xef\\xbb\\xbf\\r\\n\\nSubject: x")
    6
    >>> message_start(b"1412\\nFrom: a@x.dk\\nSensitivity: Private\\n\\nbody")
    5
    """
    pos = len(_BOM) if data.startswith(_BOM) else 0
    while pos < len(data):
        end = data.find(b"\n", pos, pos + 4096)
        if end < 0 or data[pos:end].strip():  # a line with content: the first header
            break
        pos = end + 1
    count = _EMLX_COUNT.match(data, pos)
    return count.end() if count else pos


# Outlook's "Save As" text and printed memos label the header fields in Outlook's language; the header
# names they stand for, so that such an export of a private message is judged as the English one is.
_OUTLOOK_LABELS = {
    "fra": "From",
    "från": "From",
    "til": "To",
    "till": "To",
    "cc": "Cc",
    "kopi": "Cc",
    "kopia": "Cc",
    "emne": "Subject",
    "ämne": "Subject",
    "sendt": "X-Sent",
    "skickat": "X-Sent",
    "prioritet": "Importance",
    "vigtighed": "Importance",
    "viktighet": "Importance",
    "følsomhed": "Sensitivity",
    "følsomhet": "Sensitivity",
    "känslighet": "Sensitivity",
}
_SENSITIVITY_WORDS = {
    "privat": "Private",
    "personlig": "Personal",
    "personligt": "Personal",
    "fortrolig": "Confidential",
    "konfidentiel": "Confidential",
    "konfidentiell": "Confidential",
}
_LABEL = re.compile(rb"([^\s:][^:\r\n]{0,30}?)[ \t]*:")


def _label_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8").casefold()
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace").casefold()


def english_labels(data: bytes, *, marked_only: bool = False) -> bytes:
    r"""A Danish, Norwegian or Swedish Outlook text export (``Fra:``/``Från:`` first) with its header labels
    written as the header names they stand for (``Følsomhed:\tPrivat`` as ``Sensitivity:\tPrivate``);
    anything else unchanged. Read as it was, such an export was plain text, a private one read whole.

    >>> english_labels("Fra:\tJens\r\nEmne:\tLæge\r\nFølsomhed:\tPrivat\r\n\r\nbody".encode())
    b'From:\tJens\r\nSubject:\tL\xc3\xa6ge\r\nSensitivity:\tPrivate\r\n\r\nbody'
    >>> english_labels(b"Fra: Jens\n\nHej")
    b'Fra: Jens\n\nHej'

    ``marked_only``: only an export whose header says it is not an ordinary message (a sensitivity label,
    or a subject marked with a default private word) is rewritten. Type sniffing uses it, so that an
    ordinary letter or e-mail pasted into a text file keeps its type and its offsets (a text file's
    offsets index its own text; a message's index the parts the mail reader joins).

    >>> english_labels(b"Fra: Jens\nTil: Kim\nEmne: Fakturaer\n\nHej", marked_only=True)[:4]
    b'Fra:'
    >>> english_labels(b"Fra: Jens\nTil: Kim\nEmne: Privat: tandlaege\n\nHej", marked_only=True)[:5]
    b'From:'
    """
    start = message_start(data)
    first = _LABEL.match(data, start)
    if first is None or _OUTLOOK_LABELS.get(_label_text(first.group(1))) != "From":
        return data
    lines: list[bytes] = []
    pos, renamed, marked = start, 0, False
    while pos < len(data) and len(lines) < 200:
        end = data.find(b"\n", pos, pos + 65536)
        end = len(data) if end < 0 else end + 1
        line = data[pos:end]
        if not line.strip():
            break
        m = _LABEL.match(line)
        name = _OUTLOOK_LABELS.get(_label_text(m.group(1))) if m else None
        if m is not None and name is not None:
            value = line[m.end() :]
            word = _SENSITIVITY_WORDS.get(_label_text(value.strip())) if name == "Sensitivity" else None
            if word:
                value = value.replace(value.strip(), word.encode(), 1)
            marked = (
                marked
                or name == "Sensitivity"
                or (name == "Subject" and marked_word(_label_text(value), MailConfig().private_words) is not None)
            )
            line = name.encode() + b":" + value
            renamed += 1
        lines.append(line)
        pos = end
    if renamed < 2 or (marked_only and not marked):
        return data
    return data[:start] + b"".join(lines) + data[pos:]


HEADER_WINDOW = 1 << 18  # where the header block is looked for by default (mbox splitting)
SENSITIVITY_WINDOW = 1 << 24  # how far a header block is read for the privacy decision (repair, Sensitivity)


def header_block(data: bytes, window: int = HEADER_WINDOW) -> bytes:
    """The raw header block of a message: from :func:`message_start` up to (without) the first empty line,
    at most ``window`` bytes of it."""
    start = message_start(data)
    end = _TWO_LINE_ENDS.search(data, start, start + window)  # not copying a window of a large message
    out: list[bytes] = []
    for line in data[start : end.start() + 2 if end else start + window].splitlines(keepends=True):
        if not line.strip(b"\r\n"):
            break
        out.append(line)
    return b"".join(out)


# Line breaks some readers break header lines at besides CR and LF: VT, FF, the file separators, NEL (raw
# and UTF-8), LINE SEPARATOR and PARAGRAPH SEPARATOR (UTF-8). A header behind one ("X-Mailer: a<VT>
# Sensitivity: Private") is a header of its own to such a reader, so it is one here too.
_OTHER_BREAKS = re.compile(rb"\x0b|\x0c|[\x1c-\x1e]|\xc2\x85|\x85|\xe2\x80[\xa8\xa9]")


def unhidden_lines(line: bytes) -> list[bytes]:
    r"""A header line cut where another line break stands before something that reads as a header.

    >>> unhidden_lines(b"X-Mailer: Outlook\x0bSensitivity: Private\r\n")
    [b'X-Mailer: Outlook\r\n', b'Sensitivity: Private\r\n']
    >>> unhidden_lines(b"\xe2\x80\xa8Sensitivity: Private\n"), unhidden_lines(b"Subject: a\xe2\x80\xa8 b\n")
    ([b'Sensitivity: Private\n'], [b'Subject: a\xe2\x80\xa8 b\n'])
    """
    if not _OTHER_BREAKS.search(line):
        return [line]
    body = line.rstrip(b"\r\n")
    end = line[len(body) :] or b"\r\n"
    out: list[bytes] = []
    pos = 0
    for m in _OTHER_BREAKS.finditer(body):
        after = body[m.end() :].lstrip(b" \t")
        if m.start() >= pos and _HEADER_NAME.match(after):
            if body[pos : m.start()].strip():  # never an empty line: that would end the header block
                out.append(body[pos : m.start()] + end)
            pos = len(body) - len(after)
    if not out and pos == 0:
        return [line]
    return [*out, body[pos:] + end]


def repaired(data: bytes) -> bytes:
    """The message from its first header line, its header block made parseable.

    Stray lines (no colon) are dropped and ``Name :`` becomes ``Name:``; Python's parser would
    otherwise end the header block there and lose every header after it, ``Sensitivity`` included.
    """
    start = message_start(data)
    block = header_block(data, SENSITIVITY_WINDOW)  # a line to drop may come after a header of any length
    lines = block.splitlines(keepends=True)
    fixed: list[bytes] = []
    for line in (piece for whole in lines for piece in unhidden_lines(whole)):
        m = _HEADER_NAME.match(line)
        if m is not None:
            fixed.append(m.group(1) + b":" + line[m.end() :])
        elif line[:1] in (b" ", b"\t") and fixed:
            fixed.append(line)
    if fixed == lines:
        return data[start:] if start else data
    return b"".join(fixed) + data[start + len(block) :]


def through_blank_line(data: bytes) -> bytes:
    """``data`` up to and including its first empty line (lines end in CRLF, CR or LF, as the email
    parser reads them): all a header-only parse reads headers from. Two line ends in a row ("\\n\\n",
    "\\n\\r", "\\r\\r") are always an empty line, and every empty line holds one of them, so the
    first of them ends the header block; the parser need not run through a message's bodies and
    attachments to find nothing more.

    >>> through_blank_line(b"A: 1\\r\\nB: 2\\r\\n\\r\\nbody")
    b'A: 1\\r\\nB: 2\\r\\n\\r'
    """
    m = _TWO_LINE_ENDS.search(data)  # the first of them; stops there (not three scans of every attachment)
    return data[: m.start() + 2] if m else data


# The email package (~15 ms of imports with socket) is imported when a header block is first parsed: a scan
# of text files that never meets one does without it.
@functools.cache
def _parser() -> BytesParser:
    """The header parser: compat32 headers are plain strings (the default policy's header objects cost ~10x
    more per message)."""
    from email import policy
    from email.parser import BytesParser

    return BytesParser(policy=policy.compat32)


def read_meta(data: bytes, preset: MailMeta | None = None) -> MailMeta:
    """MailMeta from a raw message (or its header block); ``preset`` (what the source knew) fills gaps.

    Sensitivity is the strictest of the source's value and every ``Sensitivity`` header; a subject
    given twice is kept whole so a second ``PRIVAT`` subject is not lost.
    """
    base = preset or MailMeta()
    msg = _parser().parsebytes(through_blank_line(repaired(data)), headersonly=True)
    subjects = [_decode(v) for v in _raw_values(msg, "subject")]
    stated = [sensitivity_from_name(v) for v in msg.get_all("sensitivity") or []]
    raw = header_sensitivity(data)  # also past lines the parser stops at
    stated += [raw] if raw is not None else []
    return replace(
        base,
        subject=" | ".join(s for s in subjects if s) or base.subject,
        sender=(_addresses(msg, "from") or (base.sender,))[0],
        to=_addresses(msg, "to") or base.to,
        cc=_addresses(msg, "cc") or base.cc,
        bcc=_addresses(msg, "bcc") or base.bcc,
        date=_date(msg) or base.date,
        sensitivity=most_restrictive([base.sensitivity, *stated]),
        message_id=_header(msg, "message-id") or base.message_id,
        keywords=base.keywords + _keywords(msg),
    )


# Where mail stores and exports write a message's tags into it: Dovecot mbox, Thunderbird, Google Takeout
# (a Gmail label is the message's folder and its tag at once), mutt and Claws, RFC 5322 itself.
_KEYWORD_HEADERS = ("x-keywords", "x-mozilla-keys", "x-gmail-labels", "x-label", "x-labels", "keywords")


def _keywords(msg: Message) -> tuple[str, ...]:
    """The keywords a mail store wrote into the header block (Dovecot mbox ``X-Keywords``, Thunderbird
    ``X-Mozilla-Keys``, Takeout ``X-Gmail-Labels``, ``X-Label(s)``, ``Keywords``; space or comma separated),
    system flags (``\\Seen``) left out. A label of several words or a nested one (``Privat/Læge``) still
    holds the private word as a word of its own.

    >>> _keywords(_parser().parsebytes(b"X-Keywords: $label1 Privat\\nX-Mozilla-Keys: a,b  \\n\\n"))
    ('$label1', 'Privat', 'a', 'b')
    >>> _keywords(_parser().parsebytes(b"X-Gmail-Labels: Indbakke,Privat/Laege\\nKeywords: Sag 7\\n\\n"))
    ('Indbakke', 'Privat/Laege', 'Sag', '7')
    """
    words = [w for name in _KEYWORD_HEADERS for v in _raw_values(msg, name) for w in re.split(r"[\s,]+", _decode(v))]
    return tuple(w for w in words if w and not w.startswith("\\"))


def _unescaped(text: str) -> str:
    """Raw 8-bit header bytes as text: UTF-8 (RFC 6532), else Windows-1252.

    The compat32 parser keeps such bytes as surrogate escapes, which ``make_header`` turned into
    replacement characters ("M\ufffd\ufffdde" for "Møde"): a display name "Søren Østergaard" was lost.
    """
    if not _ESCAPED.search(text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _raw_values(msg: Message, name: str) -> list[str]:
    """Every value of header ``name`` as parsed, raw 8-bit bytes still surrogate escapes (``get_all`` would
    wrap those in a Header that prints replacement characters)."""
    return [v for k, v in msg.raw_items() if k.lower() == name]


def _decode(value: object) -> str:
    """Header text with RFC 2047 encoded words and raw UTF-8 decoded; never raises."""
    from email.header import decode_header, make_header

    text = _unescaped(str(value))
    try:
        return str(make_header(decode_header(text))).strip()
    except (LookupError, ValueError, UnicodeError, TypeError):
        return text.strip()


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    return _decode(value) if value is not None else ""


def _addresses(msg: Message, name: str) -> tuple[str, ...]:
    from email.utils import getaddresses

    out: list[str] = []
    for value in (_unescaped(v) for v in _raw_values(msg, name)):
        if "@" not in value and "<" not in value:
            # names without an address ("To: Ulla Yilmaz", an Outlook text export's "Til: Ulla Yilmaz"):
            # getaddresses reads only the first word of each ("Ulla"), hiding the rest of the name
            decoded = " ".join(_decode(value).split())
            if decoded:
                out.append(decoded)
            continue
        out.extend(display_address(_decode(n), a) if n else a for n, a in getaddresses([value]) if a)
    return tuple(out)


_SPECIALS = re.compile(r'[][\\()<>@,:;".]')


def display_address(name: str, address: str) -> str:
    """``Name <address>`` as ``formataddr`` writes it, in Unicode: a name or address beyond ASCII ("Søren
    Østergaard", RFC 6532 "jørgen@x.dk") stays readable text, not an RFC 2047 encoded word (which hid the
    name from the name finder) nor an error (``formataddr`` refuses such addresses)."""
    if name.isascii() and address.isascii():
        from email.utils import formataddr

        return formataddr((name, address))
    if _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def _date(msg: Message) -> datetime | None:
    from email.utils import parsedate_to_datetime

    raw = _header(msg, "date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def header_sensitivity(data: bytes) -> Sensitivity | None:
    """Every ``Sensitivity`` header line of a raw message, the strictest value; None when there is none.

    Read from the raw bytes, not from a parser: a malformed line before it (no colon) makes
    Python's parser end the header block early, and the header would be lost.

    >>> header_sensitivity(b"From: a\\nSensitivity: Normal\\nSensitivity: Private\\n\\nbody")
    'private'
    >>> header_sensitivity(b"From: a\\nbroken line\\nsensitivity : private (user)\\n\\nbody")
    'private'
    >>> header_sensitivity(b"From: a\\n\\nSensitivity: Private") is None
    True

    The whole header block is read, however long (a line the parser stops at may come first), up to
    16 MiB: a header block that goes on beyond that is ``unreadable``.
    """
    found: list[Sensitivity] = []
    block = header_block(data, SENSITIVITY_WINDOW)
    if len(block) >= SENSITIVITY_WINDOW:  # a header block without end in sight: it may say anything later
        return "unreadable"
    lines = [piece.rstrip(b"\r\n") for line in block.splitlines(keepends=True) for piece in unhidden_lines(line)]
    suspect = _DAMAGED_HINT.search(block) is not None or _ENCODED_NAME.search(b"\n" + block) is not None
    for n, line in enumerate(lines):
        m = _SENS_LINE.match(line)
        if m is None:
            if suspect and _damaged_sensitivity_name(line):
                found.append("unreadable")
            continue
        value = m.group(1)
        for cont in lines[n + 1 :]:  # folded continuation lines
            if cont[:1] not in (b" ", b"\t"):
                break
            value += b" " + cont.strip()
        found.append(sensitivity_from_name(value.decode("utf-8", "replace")))
    return most_restrictive(found) if found else None


_NAME_NOISE = re.compile(rb"[\x00-\x20\x7f]")
# A header block holding no such name (nor a line opening with an encoded word) is not looked at line by line.
_DAMAGED_HINT = re.compile(rb"[\x00-\x20\x7f]*".join(bytes([c]) for c in b"sensitivity"), re.IGNORECASE)
_ENCODED_NAME = re.compile(rb"\n[\x00-\x08\x0b-\x1f\x7f]*=\?")  # a line opening with an encoded word
_NO_COLON_SENSITIVITY = re.compile(rb"sensitivity[\x00-\x20\x7f]*[;=\x00-\x20\x7f]", re.IGNORECASE)


def _damaged_sensitivity_name(line: bytes) -> bool:
    """A header line whose name reads ``Sensitivity`` once control bytes, blanks and RFC 2047 encoding are
    taken out (``Sensi\\0tivity:``, ``Sensitivity\\x0b:``, ``=?utf-8?q?Sensitivity?=:``): someone marked the
    message and the mark is damaged, so what it says cannot be read (fail closed). Continuation lines
    are text of the header before them, never a name.

    >>> _damaged_sensitivity_name(b"Sensi\\x00tivity: Private")
    True
    >>> _damaged_sensitivity_name(b"=?utf-8?q?Sensitivity?=: Private")
    True
    >>> _damaged_sensitivity_name(b"Sensitivity;Private"), _damaged_sensitivity_name(b"Sensitivity Private")
    (True, True)
    >>> _damaged_sensitivity_name(b" Sensitivity: Private"), _damaged_sensitivity_name(b"X-Sensitivity: Private")
    (False, False)
    """
    colon = line.find(b":", 0, 200)
    if line[:1] in (b" ", b"\t"):
        return False
    if colon < 0:  # the colon itself damaged: "Sensitivity;Private", "Sensitivity= Private"
        return _NO_COLON_SENSITIVITY.match(line) is not None
    name = _NAME_NOISE.sub(b"", line[:colon])
    if b"=?" in name:
        from email.header import decode_header, make_header

        with contextlib.suppress(LookupError, ValueError, UnicodeError, TypeError):
            text = str(make_header(decode_header(name.decode("latin-1"))))
            name = _NAME_NOISE.sub(b"", _INVISIBLE.sub("", text).encode("utf-8", "replace"))
    return name.lower() == b"sensitivity"


def mapi_property_id(text: object) -> tuple[str, int] | None:
    """A single-value extended property id as (type, number): ``"Integer 0x36"`` == ``"Integer 0x0036"``.

    >>> mapi_property_id("Integer 0x36") == mapi_property_id("integer 0x0036") == PR_SENSITIVITY
    True
    >>> mapi_property_id("String {00020386-0000-0000-C000-000000000046} Name X") is None
    True
    """
    m = re.fullmatch(r"\s*([A-Za-z]+)\s+0x([0-9A-Fa-f]{1,8})\s*", str(text or ""))
    return (m.group(1).casefold(), int(m.group(2), 16)) if m else None


def private_reason(meta: MailMeta, config: MailConfig) -> str | None:
    """Why a message counts as private (its owner's only), or None.

    >>> from pii_scanner.core.config import MailConfig
    >>> private_reason(MailMeta(sensitivity="private"), MailConfig())
    'sensitivity private'
    >>> private_reason(MailMeta(sensitivity="unreadable"), MailConfig())
    'sensitivity_unreadable'
    >>> private_reason(MailMeta(subject="PRIVAT: lægebesøg"), MailConfig())
    'subject marked privat'
    >>> private_reason(MailMeta(subject="Privatkunder Q3"), MailConfig()) is None
    True
    """
    if meta.sensitivity == "unreadable":
        return REASON_UNREADABLE
    if meta.sensitivity in config.private_sensitivities:
        return f"sensitivity {meta.sensitivity}"
    for where, text in (("subject", meta.subject), ("folder", meta.folder)):
        word = marked_word(text, config.private_words)
        if word:
            return f"{where} marked {word}"
    for keyword in meta.keywords:  # a tag as the IMAP source reads flags: "Privat", "$Private", "$label3"
        word = marked_word(keyword_text(keyword), config.private_words)
        if word:
            return f"keyword marked {word}"
    return None


# Thunderbird writes its built-in tags as $label1..$label5 whatever the interface calls them ($label3 is
# "Personal", "Personligt" in Danish and Swedish), Evolution as $Label<name>: the personal tag is the private
# one, so it reads as "Private" (a word every private_words list keeps).
_BUILTIN_TAGS = {"$label3": "Private", "$labelpersonal": "Private"}


def keyword_text(keyword: str) -> str:
    """The words a keyword stands for (``$label3`` -> ``Private``, ``$Private`` -> ``Private``).

    >>> keyword_text("$label3"), keyword_text("$Labelpersonal"), keyword_text("$Private"), keyword_text("$label1")
    ('Private', 'Private', 'Private', 'label1')
    """
    return _BUILTIN_TAGS.get(keyword.strip().casefold(), keyword.strip().lstrip("$"))


def may_read_private(config: MailConfig) -> bool:
    """Private mail is read only with an explicit, non-empty reason (an audited policy exception)."""
    return bool(config.inspect_private and (config.inspect_private_reason or "").strip())


def skip_body(meta: MailMeta, config: MailConfig) -> bool:
    """True when a message is private and may not be read: fetch or keep its headers only."""
    return private_reason(meta, config) is not None and not may_read_private(config)


_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")


def mask_reason(reason: str | None) -> str:
    """The inspection reason as it may be logged and stored: digits and addresses masked.

    >>> mask_reason("Sag 17: 070761-4285 jens@firma.dk")
    'Sag ##: ######-#### j***@firma.dk'
    """
    text = _EMAIL.sub(lambda m: m.group(0)[:1] + "***@" + m.group(0).rpartition("@")[2], reason or "")
    return re.sub(r"\d", "#", text)


def marked_word(text: str, words: tuple[str, ...]) -> str | None:
    """The first whole word of ``words`` found in ``text`` (case-insensitive), or None."""
    if not text:
        return None
    # Full-width letters and invisible characters (soft hyphen, zero-width space) read as the word they show.
    lowered = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    for word, pattern in zip(words, _word_patterns(tuple(words)), strict=True):
        if pattern.search(lowered):
            return word
    return None


@functools.lru_cache(maxsize=32)
def _word_patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """One compiled pattern per word, once per configured word list (not per message and word)."""
    # "_" separates words here ("privat_sag"); a letter or digit glued on does not ("Privatkunder").
    return tuple(re.compile(rf"(?<![^\W_]){re.escape(word.casefold())}(?![^\W_])") for word in words)


def domain_of(address: str) -> str:
    """The lower-cased domain of an address such as ``"Jens <jens@Firma.dk>"``."""
    addr = address.strip().rstrip(">")
    return addr.rpartition("@")[2].strip().lower() if "@" in addr else ""


def has_external_recipients(meta: MailMeta, config: MailConfig) -> bool | None:
    """True when any recipient is outside the organisation's domains.

    The organisation's domains are configured; by default the sender's own domain.

    >>> from pii_scanner.core.config import MailConfig
    >>> m = MailMeta(sender="a@firma.dk", to=("b@firma.dk",), cc=("c@gmail.com",))
    >>> has_external_recipients(m, MailConfig())
    True
    >>> has_external_recipients(MailMeta(sender="a@firma.dk", to=("b@Firma.DK",)), MailConfig())
    False
    """
    domains = {d.lower().lstrip("@") for d in config.org_domains} or {domain_of(meta.sender)} - {""}
    recipients = [domain_of(r) for r in meta.recipients]
    recipients = [r for r in recipients if r]
    if not recipients:
        return None
    if not domains:
        return True
    return any(not any(r == d or r.endswith("." + d) for d in domains) for r in recipients)
