"""The text inside data of no known format: runs of readable characters, as ``strings`` finds them.

libmagic calls "data" (``application/octet-stream``) whatever it cannot name: plain text with a NUL
byte in it (fixed-width exports, logs of legacy systems), UTF-16 text without a byte order mark,
files of databases the scanner has no reader for (SQLite, dBase, Access). Skipped, a CPR in them was
never seen and the scan said "clean"; read here, the runs of at least four readable characters
(single-byte: ASCII, Latin-1, UTF-8; and UTF-16 little and big endian) become one text part,
``strings``, one run a line.

Fail closed on mail: data whose runs look like a message's header block (two known mail headers, or
one that only mail carries) may be a private message the mail extractors could not open; it is not
read, and its record says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item, PartPiece
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.pieces import PIECE, collect

PART = "strings"
MAX_BYTES = 64 * 1024 * 1024
_MIN_RUN = 4
_NOISY_RUN = 8
_BLOCK = 4096
_GLUED_RUN = 10
# A stretch of plain ASCII inside a run that is not text as a whole (bytes; "-" last in the class).
_PLAIN_STRETCH = re.compile(rb"[A-Za-z0-9 .,:;/()@'\"+&%%_#*=?!-]{%d,}" % _GLUED_RUN)
_LOW_BYTES = bytes(range(0x80))  # bytes.translate(None, delete): what is left is 0x80 and above
_SLICE = 1 << 16
_SINGLE = re.compile(rb"[\t\x20-\x7e\x80-\xff]{%d,}" % _MIN_RUN)
# UTF-16 runs are looked for from a NUL byte (a pattern that starts with a literal byte is searched for
# that byte at C speed: 50 times faster on data with few NULs, such as compressed audio and video).
# LE: the NUL after the first character; the character before it is added when it is one (see _le_runs).
_UTF16LE = re.compile(rb"\x00(?:[\t\x20-\x7e\xa0-\xff]\x00){%d,}" % (_MIN_RUN - 1))
_UTF16BE = re.compile(rb"\x00[\t\x20-\x7e\xa0-\xff](?:\x00[\t\x20-\x7e\xa0-\xff]){%d,}" % (_MIN_RUN - 1))
_WIDE_CHAR = frozenset(b"\t" + bytes(range(0x20, 0x7F)) + bytes(range(0xA0, 0x100)))
# Letters, digits, blanks and the punctuation of prose, addresses and numbers: what text is made of.
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t.,-:;/()[]<>@'\"+&%_#*=?!"
_NORDIC = "æøåäöüéÆØÅÄÖÜÉ"
_PLAIN_CHARS = dict.fromkeys(map(ord, _PLAIN + _NORDIC))  # str.translate deletes these: what is left is odd
_WORD_CHARS = dict.fromkeys(map(ord, _PLAIN[:63] + "\t" + _NORDIC))  # letters, digits, blanks
_WORD = re.compile(r"[A-ZÆØÅÄÖÜÉ]?[a-zæøåäöüé]{2}|[A-ZÆØÅÄÖÜÉ]{3}|\d\d")
# The same as bytes, for runs not yet decoded: ASCII, the Nordic letters in Latin-1, and their UTF-8 pairs
# (lead byte and continuation bytes); a run passing this test is then judged by its characters.
_TEXT_BYTES = bytes(sorted({*_PLAIN.encode("ascii"), *_NORDIC.encode("latin-1"), *_NORDIC.encode("utf-8")}))
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_HEADER = re.compile(r"^\s*([A-Za-z][A-Za-z0-9-]{0,40})\s*:", re.MULTILINE)
_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "reply-to",
        "sender",
        "importance",
        "sensitivity",
        "thread-topic",
        "thread-index",
        "x-ms-has-attach",
    }
)
_MAIL_ONLY = frozenset({"sensitivity", "thread-topic", "thread-index", "x-ms-has-attach", "message-id", "received"})


def _decode(run: bytes) -> str:
    try:
        return run.decode("utf-8")
    except UnicodeDecodeError:
        return run.decode("latin-1")


def _noisy_blocks(data: bytes) -> bytes:
    """One byte per ``_BLOCK`` of ``data``: 1 where the block looks compressed or random (45 % or more of
    its bytes at 0x80 or above; text, executables and fonts stay well below, compressed data is at 50 %)."""
    return bytes(
        len(data[i : i + _BLOCK].translate(None, _LOW_BYTES)) * 20 >= min(_BLOCK, len(data) - i) * 9
        for i in range(0, len(data), _BLOCK)
    )


def _single_runs(data: bytes) -> Iterator[str]:
    """Single-byte runs that read as text (stripped, at least ``_MIN_RUN`` long). Most runs of
    compressed or random bytes (video, audio, a zip's payload) are dropped by their bytes alone, before
    any decoding: a quarter or more of their bytes are not what text is made of; inside a block that
    looks compressed, a run must also be ``_NOISY_RUN`` bytes long (a CPR or a name and surname are)."""
    noisy = _noisy_blocks(data)
    for m in _SINGLE.finditer(data):
        raw = m.group().strip()
        if len(raw) < _MIN_RUN:
            continue
        if len(raw.translate(None, _TEXT_BYTES)) * 4 >= len(raw):
            # Not text as a whole; text glued to noise (an ID3 value followed by coded audio) is kept
            # when it is a long plain stretch of its own.
            if len(raw) >= _GLUED_RUN:
                yield from (p.decode("ascii") for p in _PLAIN_STRETCH.findall(raw) if _is_text(p.decode("ascii")))
            continue
        if len(raw) < _NOISY_RUN and noisy[m.start() // _BLOCK]:
            continue
        run = raw.decode("ascii") if raw.isascii() else _decode(raw).strip()
        if len(run) >= _MIN_RUN and _is_text(run):
            yield run


def _is_text(run: str) -> bool:
    """A run reads as text when it holds a word or a number (a lower-case word, a capitalised one, three
    capitals, two digits), at least 60 % of it is letters, digits and blanks, and fewer than a quarter of
    its characters fall outside the letters, digits, blanks and punctuation of Nordic and English text.
    Random bytes make runs of mixed-case letters, symbols and accented capitals ("Y/Rx", "ÆEY4G", "Åô"):
    read as text they gave hundreds of one-letter "names" and special categories per 10 MB of video."""
    n = len(run)
    return (
        len(run.translate(_PLAIN_CHARS)) * 4 < n
        and len(run.translate(_WORD_CHARS)) * 5 <= n * 2
        and _WORD.search(run) is not None
    )


def _raw_runs(data: bytes) -> Iterator[str]:
    """The readable runs that read as text, stripped, at least ``_MIN_RUN`` long (single-byte, UTF-16
    LE, UTF-16 BE)."""
    yield from _single_runs(data)
    # UTF-16 text read from the wrong byte is also UTF-16 text of the other order (the same characters
    # but one at an end): of two runs that overlap, the longer is the text and the other its shadow.
    le, be = _le_runs(data), ((m.start(), m.end()) for m in _UTF16BE.finditer(data))
    a, b = next(le, None), next(be, None)
    while a is not None or b is not None:
        if a is not None and b is not None and a[0] < b[1] and b[0] < a[1]:
            if a[1] - a[0] >= b[1] - b[0]:
                yield from _wide(data[a[0] : a[1]].decode("utf-16-le"))
            else:
                yield from _wide(data[b[0] : b[1]].decode("utf-16-be"))
            a, b = next(le, None), next(be, None)
        elif a is not None and (b is None or a[0] < b[0]):
            yield from _wide(data[a[0] : a[1]].decode("utf-16-le"))
            a = next(le, None)
        elif b is not None:
            yield from _wide(data[b[0] : b[1]].decode("utf-16-be"))
            b = next(be, None)


def _le_runs(data: bytes) -> Iterator[tuple[int, int]]:
    """Spans of UTF-16 LE runs of at least ``_MIN_RUN`` characters (pairs of a character and a NUL)."""
    for m in _UTF16LE.finditer(data):
        start, end = m.start(), m.end()
        if start > 0 and data[start - 1] in _WIDE_CHAR:
            yield start - 1, end
        elif (end - start - 1) // 2 >= _MIN_RUN:
            yield start + 1, end


def _wide(raw: str) -> Iterator[str]:
    run = raw.strip()
    if len(run) >= _MIN_RUN and _is_text(run):
        yield run


def iter_runs(data: bytes, headers: set[str] | None = None) -> Iterator[str]:
    """The readable runs of ``data`` in the order they stand (single-byte, then UTF-16 LE and BE).

    Database files store a record's values one after the other ("Jens Hansen070761-4285"): a run
    where letters meet digits is followed by a second line with a space at each such place, so a
    number glued to a name is read too (the run as it stands keeps codes such as IBANs whole).
    A generator: data of millions of short runs is never held as millions of strings. The mail
    header names that open runs are added to ``headers`` when given (the spaced lines never add one:
    a space inside a header name is never followed by its colon)."""
    for run in _raw_runs(data):
        if headers is not None and ":" in run:
            _add_header(run, headers)
        yield run
        apart = _apart(run)
        if apart != run:
            yield apart


def _apart(run: str) -> str:
    """``run`` with a space wherever letters meet digits; a long run in slices, because ``re.sub``
    keeps a reference per replacement until it joins (a 20 MB "a1a1..." run took 300 MB)."""
    if len(run) <= _SLICE:
        return _GLUED.sub(" ", run)
    out = [_GLUED.sub(" ", run[:_SLICE])]
    for i in range(_SLICE, len(run), _SLICE):
        # one character of look-behind: a boundary between two slices gets its space too
        out.append(_GLUED.sub(" ", run[i - 1 : i + _SLICE])[1:])
    return "".join(out)


def runs(data: bytes) -> list[str]:
    """All of :func:`iter_runs` (small data, tests)."""
    return list(iter_runs(data))


def _add_header(run: str, headers: set[str]) -> None:
    m = _HEADER.match(run)  # each run is one line
    if m is not None and (name := m.group(1).lower()) in _MAIL_HEADERS:
        headers.add(name)


def _is_mail(headers: set[str]) -> bool:
    """Two known mail headers, or one only mail has."""
    return len(headers) >= 2 or bool(headers & _MAIL_ONLY)


def _pieces(data: bytes, headers: set[str] | None = None) -> Iterator[PartPiece]:
    """The runs, one a line, as pieces of one ``strings`` part (bounded memory for large data);
    joined, the pieces are ``"\\n".join(runs)``."""
    batch: list[str] = []
    size = 0
    first = True
    for run in iter_runs(data, headers):
        if size >= PIECE:  # another run follows: the piece ends with its line break
            yield PartPiece("\n".join(batch) + "\n", PART, start=first)
            batch, size, first = [], 0, False
        batch.append(run)
        size += len(run) + 1
    if batch:
        yield PartPiece("\n".join(batch), PART, start=first)


_NOT_READ = "data of no known format that holds mail headers: not read (it may be private mail)"


def extract_strings(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    mime = item.mime_hint or "application/octet-stream"
    # Bounded: a disk image or a database of gigabytes is read for its first MAX_BYTES only, and the
    # record says the rest was not read (never a clean answer about what was not looked at).
    read = data[:MAX_BYTES] if len(data) > MAX_BYTES else data
    error = None
    if len(data) > MAX_BYTES:
        error = f"data of no known format: only its first {MAX_BYTES} bytes were read for text"
    metadata: dict[str, object] = {"read_as": "strings"}
    headers: set[str] = set()
    pieces = _pieces(read, headers)
    held: list[PartPiece] = []
    size = 0
    for piece in pieces:
        held.append(piece)
        size += len(piece.text)
        if size > ctx.config.limits.stream_above:
            break
    else:
        if _is_mail(headers):
            raise ExtractionError(_NOT_READ)
        parts, _ = collect(held)  # a run is never an error piece
        # No text in what was read is an answer about what was read (the error says when the rest was not).
        return Extracted(mime=mime, parts=parts, error=error, metadata=metadata)
    # A large text: the rest is read once for mail headers only (fail closed: nothing of it is
    # detected first), then handed on piece by piece and detected window by window.
    held.clear()
    for _ in pieces:
        if _is_mail(headers):
            break
    if _is_mail(headers):
        raise ExtractionError(_NOT_READ)
    return Extracted(mime=mime, part_stream=lambda: _pieces(read), error=error, metadata=metadata)
