"""Is this a message? Content checks libmagic lacks for mail: RFC 822 header blocks, mbox, PST/OST, .msg.

libmagic calls most .eml files text/plain, text/html (an HTML body after a ``Subject`` first line) or
nothing useful at all (a UTF-8 byte order mark or a blank line before the headers), all mbox files
text/plain, and .msg files generic OLE storage. A message typed as text would be read whatever its
``Sensitivity`` says, so mail is recognised here by content first and by the file name second:
whatever looks like a message goes to the mail extractors, which decide privacy before reading.
"""

from __future__ import annotations

import re

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import (
    english_labels,
    message_start,
    private_reason,
    read_meta,
    undoubled_line_ends,
    utf8_message,
)
from pii_scanner.core.model import MailMeta

MBOX = "application/mbox"
PST = "application/vnd.ms-outlook-pst"
OUTLOOK = "application/vnd.ms-outlook"
RFC822 = "message/rfc822"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MSG_STREAM = "__substg1.0_".encode("utf-16-le")
_HEADER_LINE = re.compile(rb"^([!-9;-~]{1,76})[ \t]*:")
_MAIL_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"bcc",
        b"subject",
        b"date",
        b"message-id",
        b"received",
        b"return-path",
        b"mime-version",
        b"content-type",
        b"content-transfer-encoding",
        b"delivered-to",
        b"reply-to",
        b"sender",
        b"x-mailer",
        b"in-reply-to",
        b"references",
        b"x-original-to",
        b"priority",
        b"x-priority",
        b"importance",
        b"sensitivity",
        b"thread-topic",
        b"thread-index",
        b"x-ms-has-attach",
        b"x-ms-tnef-correlator",
        b"x-unsent",
        b"user-agent",
        b"authentication-results",
        b"dkim-signature",
        b"arc-seal",
    }
)
# Headers that only mail carries: one of them with any other known header makes a message.
_MAIL_ONLY = frozenset(
    {b"sensitivity", b"thread-topic", b"thread-index", b"x-ms-has-attach", b"message-id", b"received"}
)
# libmagic answers that do not contradict mail (text, generic binary, its own mail types).
_MAILISH = frozenset(
    {
        "text/plain",
        "text/html",
        "text/xml",
        "text/x-mail",
        "text/x-news",
        "application/octet-stream",
        "message/rfc822",
        "message/news",
        "application/mbox",
        "inode/x-empty",
    }
)
_BY_SUFFIX = {".eml": RFC822, ".mbox": MBOX, ".mbx": MBOX, ".pst": PST, ".ost": PST, ".msg": OUTLOOK}
# The mboxo/mboxrd separator: "From " sender, asctime date (weekday optional), optional zone, year.
FROM_LINE = re.compile(
    rb"From [^ \r\n]+ +(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +)?"
    rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} +\d{1,2}:\d{2}(?::\d{2})?"
    rb"(?: +(?:[A-Z]{1,5}|[+-]\d{4}))* +\d{4}\b[^\r\n]*",
    re.IGNORECASE,
)


def _tally(lines: list[bytes]) -> tuple[int, int, int]:
    """(known mail headers, mail-only headers, stray lines) among header-block lines."""
    known = mail_only = stray = 0
    for line in lines:
        if not line.strip() or line[:1] in (b" ", b"\t"):
            continue
        m = _HEADER_LINE.match(line)
        if m is None:
            stray += 1
            continue
        name = m.group(1).lower()
        known += name in _MAIL_HEADERS
        mail_only += name in _MAIL_ONLY
    return known, mail_only, stray


def looks_like_headers(data: bytes) -> bool:
    """An RFC 822 header block: a header first, mail headers in it, few stray lines.

    Tolerates a byte order mark or blank lines before it and malformed lines inside it (a line
    without a colon must not hide the ``Sensitivity`` header after it). A block of nothing but header
    lines that goes on past the first 300 lines or 64 KB (hundreds of ``X-`` headers, one huge header)
    is judged on the rest of it in ``data`` too: its mail headers may all come later.
    """
    start = message_start(data)
    window = data[start : start + 65536]
    head = re.split(rb"\r?\n\r?\n", window, maxsplit=1)[0]
    all_lines = head.splitlines()
    lines = all_lines[:300]
    if not lines or _HEADER_LINE.match(lines[0]) is None:
        return False
    known, mail_only, stray = _tally(lines)
    if stray > max(1, known // 2):
        return False
    if known >= 2 or mail_only >= 1:
        return True
    if stray == 0 and (len(all_lines) > 300 or len(head) == len(window) == 65536):
        block = re.split(rb"\r?\n\r?\n", data[start:], maxsplit=1)[0]
        more_known, more_only, more_stray = _tally(block.splitlines()[len(lines) :])
        known, mail_only, stray = known + more_known, mail_only + more_only, more_stray
        if stray > max(1, known // 2):
            return False
    return known >= 2 or mail_only >= 1


# A line that can mark a message private (Sensitivity, Subject, keywords): only a text or body holding one
# is looked at for a private message's header block inside it.
# (also Outlook's Danish, Norwegian and Swedish labels for them in its text and HTML exports)
PRIVATE_MARK = re.compile(
    "^[ \t]*(?:sensitivity|subject|keywords|x-keywords|x-mozilla-keys|x-labels?|x-gmail-labels"
    "|følsomhed|følsomhet|känslighet|emne|ämne|Ämne)[ \t]*:".encode(),
    re.IGNORECASE | re.MULTILINE,
)


def header_run(block: bytes) -> bytes:
    """The header lines a paragraph starts with (folded continuations included): the header block of an
    export that writes no blank line before the body (Outlook's HTML, read as text)."""
    run: list[bytes] = []
    for line in block.splitlines(keepends=True):
        if _HEADER_LINE.match(line) is None and not (run and line[:1] in (b" ", b"\t")):
            break
        run.append(line)
    return b"".join(run)


def whole_header_block(block: bytes) -> bool:
    """A paragraph that is a message's header block and nothing else: every line a header (or a folded
    continuation), two of them mail headers. Stricter than :func:`looks_like_headers`, for header blocks
    looked for inside a text, where a body line "Sensitivity: Private" alone is no message."""
    lines = block.splitlines()
    if not lines or _HEADER_LINE.match(lines[0]) is None:
        return False
    known, _mail_only, stray = _tally(lines)
    return stray == 0 and known >= 2


_PARAGRAPH_BREAK = re.compile(rb"\r?\n(?:[ \t]*\r?\n)+")  # all the blank lines: the next starts with text
# The same break found from its "\n": a pattern with a literal first byte is searched for in C (~7x faster on
# prose than trying the optional "\r" at every byte); a "\r" right before it belongs to the break.
_BREAK_FROM_LF = re.compile(rb"\n(?:[ \t]*\r?\n)+")


def paragraphs(data: bytes) -> list[bytes]:
    r"""``_PARAGRAPH_BREAK.split(data)``: the paragraphs of ``data`` between runs of blank lines.

    >>> paragraphs(b"a\r\n\r\nb\n \n\tc\r\nd")
    [b'a', b'b', b'\tc\r\nd']
    """
    out: list[bytes] = []
    pos = 0
    for found in _BREAK_FROM_LF.finditer(data):
        start = found.start()
        if start > pos and data[start - 1] == 13:  # "\r\n": the split's match starts at the "\r"
            start -= 1
        out.append(data[pos:start])
        pos = found.end()
    out.append(data[pos:])
    return out


def quoted_private_reason(data: bytes, config: ScanConfig, start: int = 0) -> str | None:
    r"""Why a text must count as private because a private message's header block sits in it after other
    text (a plain list digest, RFC 1153 / Mailman, whose messages start after a blank line with
    ``Message: 2``; a saved thread; such a digest sent as a mail body), or None. Each paragraph that
    holds a line able to mark a message private and looks like a header block is judged as a message's
    (fail closed, as a private message glued into an mbox body).

    >>> from pii_scanner.core.config import ScanConfig
    >>> text = b"Digest\n\nMessage: 2\nFrom: a@x.dk\nSubject: x\nSensitivity: Private\n\nCPR"
    >>> quoted_private_reason(text, ScanConfig())
    'embedded message: sensitivity private'
    >>> quoted_private_reason(b"Notat\n\nSubject: Sag\nFrom: a@x.dk\n\nhej", ScanConfig()) is None
    True
    """
    if PRIVATE_MARK.search(data, start) is None:
        return None
    for paragraph in paragraphs(data[start:]):
        reason = _paragraph_private_reason(paragraph, config)
        if reason:
            return reason
    return None


def _paragraph_private_reason(paragraph: bytes, config: ScanConfig) -> str | None:
    """Why a paragraph that starts with a private message's header block is private, or None."""
    found = _paragraph_private(paragraph, config)
    return f"embedded message: {found[0]}" if found else None


def _paragraph_private(paragraph: bytes, config: ScanConfig) -> tuple[str, MailMeta] | None:
    if b":" not in paragraph:  # a mark needs a colon, and english_labels adds one only where a label had one
        return None  # (nine paragraphs in ten of prose: skipped in C)
    block = header_run(english_labels(paragraph))  # the header lines it starts with, labels in English
    if PRIVATE_MARK.search(block) is None or not whole_header_block(block):
        return None
    meta = read_meta(block + b"\n\n")
    reason = private_reason(meta, config.mail)
    return (reason, meta) if reason else None


def quoted_private_senders(data: bytes, config: ScanConfig) -> list[str]:
    r"""The From addresses of the private messages :func:`quoted_private_reason` finds in a text: header
    fields, as a private message file keeps its sender (fingerprinted by the index, never stored plain), so an
    access search by a sender's address lists the file as holding a private message from them, unread.

    >>> from pii_scanner.core.config import ScanConfig
    >>> text = b"Digest\n\nFrom: Jens <a@x.dk>\nSubject: x\nSensitivity: Private\n\nCPR\n\nFrom: b@x.dk\n\nhej"
    >>> quoted_private_senders(text, ScanConfig())
    ['Jens <a@x.dk>']
    """
    if PRIVATE_MARK.search(data) is None:
        return []
    found = (_paragraph_private(p, config) for p in paragraphs(data))
    return [meta.sender for _, meta in filter(None, found) if meta.sender]


_PRIVATE_MARK_TEXT = re.compile(PRIVATE_MARK.pattern.decode(), PRIVATE_MARK.flags & ~re.ASCII)
_PARAGRAPH_BREAK_TEXT = re.compile(r"\r?\n(?:[ \t]*\r?\n)+")
_HOLD = 1 << 16  # characters of an open paragraph held back while it may still be a header block
_LONGEST_PARAGRAPH = 4 << 20  # characters held back waiting for a paragraph's end, at most


def _header_run_ended(lines: str) -> bool:
    """True when whole lines at a paragraph's start hold a line that is no header line: its header run (all a
    header block in it can be) is complete."""
    data = english_labels(lines.encode("utf-8", "replace"))
    return len(header_run(data)) < len(data)


class PrivateWatch:
    """The private-message check of :func:`quoted_private_reason` on a text read in pieces (a large text
    streamed or split in segments): :meth:`feed` gives back the text that may be read, whole paragraphs
    only (one is held back until its end is seen), and nothing from the first paragraph that starts with a
    private message's header block on. Where that is (a character offset) and why land in ``cut`` and
    ``reason``: the rest of the text is not read (fail closed, as the text held whole is private).
    """

    def __init__(self, config: ScanConfig) -> None:
        self.config = config
        self.released = 0  # characters given back so far
        self.cut: int | None = None
        self.reason: str | None = None
        self.sender = ""  # the From of the private message at the cut (a header field, as a message file keeps)
        self._held = ""  # text not given back yet: the paragraph still open
        self._mid = False  # the held text continues a paragraph whose start was judged and given back

    def feed(self, text: str, *, final: bool = False) -> str:
        if self.cut is not None:
            return ""
        held = self._held + text
        breaks = list(_PARAGRAPH_BREAK_TEXT.finditer(held, max(0, len(self._held) - 8)))
        upto = len(held) if final else breaks[-1].end() if breaks else 0
        open_after = False  # the last paragraph given back goes on after it
        tail = held[upto:]
        if len(tail) > _HOLD:  # a long paragraph: given back once its start cannot be a header block
            line_end = tail.rfind("\n") + 1
            start_of_paragraph = not (self._mid and not breaks)
            if not start_of_paragraph or len(tail) > _LONGEST_PARAGRAPH or _header_run_ended(tail[:line_end]):
                upto += line_end or len(tail)
                open_after = True
        ready, self._held = held[:upto], held[upto:]
        if _PRIVATE_MARK_TEXT.search(ready) is not None:
            starts = [0, *(m.end() for m in _PARAGRAPH_BREAK_TEXT.finditer(ready))]
            for start, stop in zip(starts, [*starts[1:], len(ready)], strict=True):
                paragraph = ready[start:stop]
                if (start == 0 and self._mid) or _PRIVATE_MARK_TEXT.search(paragraph) is None:
                    continue  # the rest of a paragraph whose start was judged, or no line that can mark it
                found = _paragraph_private(paragraph.encode("utf-8", "replace"), self.config)
                if found:
                    reason = f"embedded message: {found[0]}"
                    self.cut, self.reason, self._held = self.released + start, reason, ""
                    self.sender = found[1].sender
                    self.released += start
                    return ready[:start]
        if ready:
            self._mid = open_after
        self.released += len(ready)
        return ready

    @property
    def note(self) -> str | None:
        """The record's words for the cut, or None."""
        if self.cut is None:
            return None
        return (
            f"a private message's header block at character {self.cut} ({self.reason}): "
            "the text from there on was not read (private mail)"
        )


def unended_header_block(data: bytes, window: int) -> bool:
    """A header line first and no end of the header block within ``window`` bytes (a header hundreds of
    kilobytes long): :func:`looks_like_headers` cannot judge it from its window, and it may hold anything."""
    start = message_start(data)
    return (
        len(data) - start >= window
        and _HEADER_LINE.match(data, start) is not None
        and re.search(rb"\r?\n\r?\n", data[start : start + window]) is None
    )


def is_mbox(data: bytes) -> bool:
    """An mbox file: a ``From `` separator line (after a BOM or blank lines) followed by a header block.

    The first line's date is not checked: writers date it their own way, and a file taken for text
    would be read whole, private messages included.
    """
    start = message_start(data)
    first, _, rest = data[start : start + 65536].partition(b"\n")
    return first.startswith(b"From ") and looks_like_headers(rest)


def refine_mail_mime(mime: str, data: bytes, name: str = "") -> str:
    """A more exact type for mail content, or ``mime`` unchanged.

    Content decides first; a mail file name (.eml, .mbox, .pst, .msg) then claims content that
    libmagic could not place, so the mail extractors check it (and report it if it is not mail)
    instead of it being read as plain text.
    """
    if data.startswith(b"!BDN"):
        return PST
    if data.startswith(_OLE):
        if mime == OUTLOOK or _MSG_STREAM in data or name.lower().endswith(".msg"):
            return OUTLOOK
        return mime
    data = english_labels(undoubled_line_ends(utf8_message(data[:262144])), marked_only=True)
    suffix = name.lower().rpartition(".")[2] if "." in name else ""
    claimed = _BY_SUFFIX.get(f".{suffix}") if suffix else None
    if mime in _MAILISH or mime.startswith("text/"):
        if is_mbox(data):
            return MBOX
        if looks_like_headers(data):
            return RFC822
        if claimed is not None and (mime in _MAILISH or claimed == RFC822):
            return claimed
    return mime
