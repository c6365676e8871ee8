"""Whether a PDF page that PDFium read as empty really is empty, or its content stream is damaged.

PDFium reads a page whose content stream cannot be decoded (a broken Flate or ASCII85 stream, a
stream cut short) as a blank page: no text, no objects, no error. Such a page would be called clean.
A page that shows nothing is therefore copied alone into a new document (PDFium writes it back with
its streams as stored, decrypted, one object after the other) and its content streams are decoded
here; a stream that does not decode, or that decodes to drawing operators of which PDFium made
nothing, is a page that could not be read.
"""

from __future__ import annotations

import base64
import binascii
import io
import mmap
import re
import zlib
from collections.abc import Callable
from typing import Any, BinaryIO, TypeVar

from pii_scanner.core.errors import LimitExceeded
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.members import RATIO_FLOOR

T = TypeVar("T")
_OBJECT = re.compile(rb"(?<![0-9])(\d+) (\d+) obj\s*<<")
_CONTENTS = re.compile(rb"/Contents\s*(?:(\d+)\s+(\d+)\s+R|\[([^\]]*)\])")
_REF = re.compile(rb"(\d+)\s+(\d+)\s+R")
_FILTER = re.compile(rb"/Filter\s*(/[^\s/\[\]<>()]+|\[[^\]]*\])")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
# Operators that put something on a page: text, an XObject (image, form), an inline image.
_DRAWS = re.compile(rb"(?:^|[\s\])>])(?:Tj|TJ|'|\"|Do|BI)(?=[\s\[(</]|$)")
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class ContentError(ValueError):
    """A content stream that cannot be decoded."""


def _dictionary(saved: bytes, start: int) -> tuple[bytes, int]:
    """The dictionary ``<< ... >>`` that starts at ``start`` (nested dictionaries counted) and its end."""
    depth, pos = 0, start
    while pos < len(saved) - 1:
        pair = saved[pos : pos + 2]
        if pair == b"<<":
            depth, pos = depth + 1, pos + 2
            continue
        if pair == b">>":
            depth, pos = depth - 1, pos + 2
            if depth == 0:
                return saved[start:pos], pos
            continue
        pos += 1
    raise ContentError("dictionary without end")


def _objects(saved: bytes) -> dict[tuple[int, int], tuple[bytes, int]]:
    found: dict[tuple[int, int], tuple[bytes, int]] = {}
    for m in _OBJECT.finditer(saved):
        found[(int(m.group(1)), int(m.group(2)))] = _dictionary(saved, m.end() - 2)
    return found


def _a85(data: bytes) -> bytes:
    text = re.sub(rb"\s+", b"", data)
    end = text.find(b"~>")
    text = text[:end] if end >= 0 else text
    try:
        return base64.a85decode(text)
    except ValueError as exc:
        raise ContentError("ASCII85") from exc


def _hex(data: bytes) -> bytes:
    text = re.sub(rb"\s+", b"", data).split(b">")[0]
    text += b"0" * (len(text) % 2)
    try:
        return binascii.unhexlify(text)
    except binascii.Error as exc:
        raise ContentError("ASCIIHex") from exc


def _flate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data)
    except zlib.error as exc:
        raise ContentError("Flate") from exc
    if not inflater.eof:
        raise ContentError("Flate stream cut short")
    return out


def _run_length(data: bytes) -> bytes:
    out, pos = bytearray(), 0
    while pos < len(data):
        n = data[pos]
        if n == 128:
            return bytes(out)
        if n < 128:
            chunk = data[pos + 1 : pos + 2 + n]
            if len(chunk) != n + 1:
                raise ContentError("RunLength cut short")
            out += chunk
            pos += n + 2
        else:
            if pos + 1 >= len(data):
                raise ContentError("RunLength cut short")
            out += data[pos + 1 : pos + 2] * (257 - n)
            pos += 2
    return bytes(out)


def _lzw(data: bytes) -> bytes:
    """LZWDecode with the early change PDF uses by default."""
    out = bytearray()
    table: list[bytes] = [bytes([i]) for i in range(256)] + [b"", b""]
    value, nbits, width, prev = 0, 0, 9, b""
    for byte in data:
        value, nbits = (value << 8) | byte, nbits + 8
        while nbits >= width:
            nbits -= width
            code = (value >> nbits) & ((1 << width) - 1)
            value &= (1 << nbits) - 1
            if code == 256:
                table, width, prev = table[:258], 9, b""
                continue
            if code == 257:
                return bytes(out)
            if code < len(table):
                entry = table[code]
            elif code == len(table) and prev:
                entry = prev + prev[:1]
            else:
                raise ContentError("LZW code out of range")
            out += entry
            if prev:
                table.append(prev + entry[:1])
            prev = entry
            if len(table) + 1 >= (1 << width) and width < 12:
                width += 1
    return bytes(out)


_DECODERS = {
    b"FlateDecode": _flate,
    b"Fl": _flate,
    b"ASCII85Decode": _a85,
    b"A85": _a85,
    b"ASCIIHexDecode": _hex,
    b"AHx": _hex,
    b"RunLengthDecode": _run_length,
    b"RL": _run_length,
    b"LZWDecode": _lzw,
    b"LZW": _lzw,
}


def _decoded(saved: bytes, objects: dict[tuple[int, int], tuple[bytes, int]], ref: tuple[int, int]) -> bytes:
    if ref not in objects:
        return b""  # a missing content stream is an empty page in PDF
    head, end = objects[ref]
    rest = saved[end : end + 16].lstrip()
    if not rest.startswith(b"stream"):
        raise ContentError("content is not a stream")
    start = end + saved[end:].index(b"stream") + len(b"stream")
    start += 2 if saved[start : start + 2] == b"\r\n" else 1
    length = _LENGTH.search(head)
    if length is None:
        raise ContentError("stream without length")
    data = saved[start : start + int(length.group(1))]
    found = _FILTER.search(head)
    for name in _NAME.findall(found.group(1)) if found else []:
        decoder = _DECODERS.get(name)
        if decoder is None:
            raise ContentError("a filter this reader does not know")  # its name is the file's text: not echoed
        data = decoder(data)
    return data


def page_unreadable(doc: Any, index: int, objects_found: int = 0, dangling: int = 0) -> str | None:
    """Why page ``index`` of ``doc``, which PDFium read without text or picture, could not be read; None
    when it really holds none. ``objects_found``: the page objects PDFium made of it (paths, forms); when
    it made some, the content was parsed and only a stream that does not decode is a fault. ``dangling``:
    how many /Contents references in the file name an object the file does not hold."""
    import pypdfium2 as pdfium

    copy = pdfium.PdfDocument.new()
    try:
        copy.import_pages(doc, [index])
        buf = io.BytesIO()
        copy.save(buf)
    except pdfium.PdfiumError:
        return "its content could not be copied out"
    finally:
        copy.close()
    saved = buf.getvalue()
    try:
        objects = _objects(saved)
        page = next((head for head, _ in objects.values() if _PAGE.search(head)), None)
        if page is None:
            return "no page object"
        contents = _CONTENTS.search(page)
        if contents is None:
            # PDFium drops a /Contents it cannot resolve: one in the file pointing nowhere is a lost page
            return "its content stream is missing" if dangling else None
        if contents.group(1):
            refs = [(int(contents.group(1)), int(contents.group(2)))]
        else:
            refs = [(int(a), int(b)) for a, b in _REF.findall(contents.group(3))]
        content = b"\n".join(_decoded(saved, objects, ref) for ref in refs)
    except ContentError as exc:
        return f"its content stream is damaged ({exc})"
    if not objects_found and _DRAWS.search(content):
        return "its content stream could not be parsed"
    if not objects_found and not _plausible(content):
        return "its content is not a content stream"
    return None


_STRING = re.compile(rb"\((?:[^()\\]|\\.)*\)", re.S)
_TOKENS = re.compile(rb"[^\s\[\]()<>{}/%]+")
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_OPERATORS = frozenset(
    b"b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP "
    b"n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf TJ Tj TL Tm Tr Ts Tw Tz v w W W* y ' \"".split()
)


def _plausible(content: bytes) -> bool:
    """Whether decoded bytes read as a content stream (numbers and operators), not as the still-encoded
    or foreign bytes PDFium made nothing of (a damaged /Filter key leaves the stream undecoded)."""
    tokens = _TOKENS.findall(_STRING.sub(b" ", content[: 1 << 20]))
    if not tokens:
        return True
    known = sum(1 for t in tokens if t in _OPERATORS or _NUMBER.fullmatch(t))
    return known * 2 >= len(tokens)


# A stream's dictionary: what follows the last "obj" before ``stream`` (searched this far back).
_DICT_WINDOW = 1 << 16
_STREAM = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image(?![a-zA-Z])")
_FIRST_FILTER = re.compile(rb"/Filter\s*\[?\s*/(FlateDecode|Fl)(?![a-zA-Z])")
_FEED = 1 << 16
_OUT = 1 << 20


def _inflated_within(buf: Any, start: int, ctx: ExtractContext) -> None:
    """Inflate the Flate stream at ``start`` piece by piece, output dropped, every byte charged to the
    budget and checked against the expansion ratio; a stream that does not inflate is left to PDFium."""
    lim = ctx.config.limits
    inflater = zlib.decompressobj()
    pos, fed, out = start, 0, 0
    pending = b""
    while not inflater.eof:
        if not pending:
            if pos >= len(buf):
                return
            pending = bytes(buf[pos : pos + _FEED])
            pos += len(pending)
            fed += len(pending)
        try:
            produced = inflater.decompress(pending, _OUT)
        except zlib.error:
            return  # damaged or encrypted: the page check or PDFium reports it
        pending = inflater.unconsumed_tail
        out += len(produced)
        ctx.budget.spend(len(produced))
        ctx.budget.check_time()
        if out > max(RATIO_FLOOR, int((fed - len(pending)) * lim.max_ratio)):
            raise LimitExceeded(f"PDF content stream expands more than {lim.max_ratio:g} times its compressed size")


def check_expansion(data: bytes | BinaryIO, ctx: ExtractContext) -> int:
    """Stop a PDF whose Flate streams (page contents, forms, fonts, object streams: PDFium inflates each
    whole in memory) expand past the ratio or the item's budget, before PDFium is given it. Images are
    left out: PDFium decodes them only to render a page, and a blank scan compresses far beyond the
    ratio. Returns how many /Contents references name an object the file does not hold."""
    return on_buffer(data, lambda buf: _check_buffer(buf, ctx), 0)


def on_buffer(data: bytes | BinaryIO, read: Callable[[Any], T], default: T) -> T:
    """``read`` called with the PDF's bytes: ``data`` itself, or a file mapped into memory (never read
    whole); ``default`` for a stream that can be neither."""
    if isinstance(data, bytes):
        return read(data)
    try:
        mapped = mmap.mmap(data.fileno(), 0, access=mmap.ACCESS_READ)
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        getvalue = getattr(data, "getvalue", None)
        return read(getvalue()) if getvalue is not None else default
    try:
        return read(mapped)
    finally:
        mapped.close()


_DEFINED = re.compile(rb"(?<![0-9])(\d+)\s+(\d+)\s+obj(?![a-zA-Z])")


def _dangling_contents(buf: Any) -> int:
    """/Contents references (direct or in an array) to objects the file defines nowhere. Content
    streams are never inside object streams, so each must appear as ``N G obj`` in the file."""
    defined = {(int(a), int(b)) for a, b in _DEFINED.findall(buf)}
    refs: list[tuple[bytes, bytes]] = []
    for m in _CONTENTS.finditer(buf):
        refs += [(m.group(1), m.group(2))] if m.group(1) else _REF.findall(m.group(3))
    return sum(1 for a, b in refs if (int(a), int(b)) not in defined)


def _check_buffer(buf: Any, ctx: ExtractContext) -> int:
    for m in _STREAM.finditer(buf):
        head_start = buf.rfind(b"obj", max(0, m.start() - _DICT_WINDOW), m.start())
        if head_start < 0:
            continue
        head = bytes(buf[head_start : m.start() + 2])
        if _IMAGE.search(head) or not _FIRST_FILTER.search(head):
            continue
        _inflated_within(buf, m.end(), ctx)
    return _dangling_contents(buf)
