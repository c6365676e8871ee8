"""Plain text in any common encoding: BOMs first, then UTF-8, then a maintained detector.

charset-normalizer is used for the guess; Nordic text in cp1252/latin-1 must come out with æøå/åäö.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import html
import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import BinaryIO

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import may_read_private
from pii_scanner.core.model import PRIVATE_SENDERS, Extracted, Item, TextPart
from pii_scanner.extract.mail_sniff import PrivateWatch

# Metadata key of a large text read only up to a private message in it: the record's words for it.
PRIVATE_CUT = "private_cut"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def utf32_without_bom(data: bytes) -> str | None:
    """``utf-32-le`` / ``utf-32-be`` when ``data`` (its first 64 KiB) is UTF-32 text without a byte order
    mark: every 4-byte unit a valid code point, nine in ten of them readable characters. UTF-8 would decode it too
    (NUL is valid UTF-8), as text with three NULs after each character.

    Every DOCX, XLSX and zip (and many binaries) has two NULs in its first bytes and comes here: the
    codec's strict decode (in C) refuses it at its first unit that is no code point (above U+10FFFF or a
    surrogate: the same test as unit by unit), and the counts are taken in C over the decoded characters.
    """
    head = data[: 1 << 16]
    head = head[: len(head) - len(head) % 4]
    if len(head) < 8:
        return None
    for encoding in ("utf-32-le", "utf-32-be"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        units = len(text)  # one character per 4-byte unit: UTF-32 has no surrogate pairs
        readable = units - _UNREADABLE.subn("", text)[1]
        ascii_units = len(text.encode("ascii", "ignore"))
        if readable * 10 < units * 9 or ascii_units * 2 < units:
            continue  # a table of small integers is no text
        return encoding
    return None


def utf16_without_bom(data: bytes) -> str | None:
    r"""``utf-16-le`` / ``utf-16-be`` when ``data`` starts (32 characters) as UTF-16 text of the Latin range without
    a byte order mark (PowerShell's and .NET's "Unicode" files written without one): every other byte zero, the
    rest not. UTF-8 would decode it too, as text with a NUL after each character, and find nothing in it.

    >>> utf16_without_bom("Mit CPR er 070761-4285, Søren".encode("utf-16-le"))
    'utf-16-le'
    >>> utf16_without_bom(b"PK\x03\x04\x14\x00\x00\x00" * 8) is None
    True
    """
    head = data[:64]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 32:
        return None
    for encoding, zeros, chars in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        if not any(zeros) and all(chars):
            return encoding
    return None


# Not readable text: control codes except tab, line feed and carriage return; DEL and the C1 codes.
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding used).

    >>> decode_text("Søren Ærø".encode("cp1252"))
    ('Søren Ærø', 'cp1252')
    >>> decode_text("Åsa Öberg".encode("utf-16"))[0]
    'Åsa Öberg'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    wide = utf32_without_bom(data) if b"\x00\x00" in data[:64] else None
    wide = wide or (utf16_without_bom(data) if b"\x00" in data[:64] else None)
    if wide is not None:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_single_byte_latin(data):
        # Nordic text that is not UTF-8 is nearly always Windows-1252 (a superset of latin-1's
        # printable range); detectors often mistake short Danish/Swedish text for other code pages.
        return data.decode("cp1252", errors="replace"), "cp1252"
    from charset_normalizer import from_bytes  # a text neither UTF-8 nor Latin: rare, and a slow import

    best = from_bytes(data[: 1 << 20]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace"), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


_NORDIC_HIGH = frozenset(b"\xc6\xd8\xc5\xe6\xf8\xe5\xc4\xd6\xe4\xf6\xe9\xc9\xfc\xdc")


def _looks_single_byte_latin(data: bytes) -> bool:
    """True when every high byte is a common Nordic/West-European letter in cp1252."""
    high = [b for b in data[: 1 << 16] if b >= 0x80]
    return bool(high) and sum(b in _NORDIC_HIGH for b in high) / len(high) >= 0.8


# Types whose text is read in pieces when the file is large (markup needs the whole document).
STREAMABLE = frozenset({"text/plain", "text/csv", "text/tab-separated-values"})
_PIECE = 1 << 20  # bytes read per piece


def stream_encoding(prefix: bytes) -> str:
    """The encoding to decode a large file with, judged on its first bytes.

    A UTF-8 sequence cut at the end of the prefix does not count against UTF-8.
    """
    for bom, encoding in _BOMS:
        if prefix.startswith(bom):
            return encoding
    wide = utf32_without_bom(prefix) if b"\x00\x00" in prefix[:64] else None
    wide = wide or (utf16_without_bom(prefix) if b"\x00" in prefix[:64] else None)
    if wide is not None:
        return wide
    for cut in range(4):
        try:
            prefix[: len(prefix) - cut].decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            continue
    return decode_text(prefix)[1]


class TextStream:
    """A large text file decoded piece by piece; each call reads it again from the start.

    Decoding is incremental, so offsets are those of the whole file decoded at once. The SHA-256
    of the bytes lands in ``metadata["content_sha256"]`` once a pass has read them all.
    """

    def __init__(
        self,
        opener: Callable[[], BinaryIO],
        encoding: str,
        metadata: dict[str, object],
        watch: Callable[[], PrivateWatch] | None = None,
    ) -> None:
        self.opener, self.encoding, self.metadata, self.watch = opener, encoding, metadata, watch

    def __call__(self) -> Iterator[str]:
        digest = hashlib.sha256()
        watch = self.watch() if self.watch is not None else None
        with self.opener() as fh:
            for piece in decoded_pieces(fh, self.encoding, seen=digest.update):
                if watch is None:
                    yield piece
                elif text := watch.feed(piece):
                    yield text
            if watch is not None:
                if text := watch.feed("", final=True):
                    yield text
                if watch.note is not None:  # the rest is hashed, not read: a change to it is still seen
                    self.metadata[PRIVATE_CUT] = watch.note
                    if watch.sender:  # its From kept as a digest held whole keeps it (keyed by the index)
                        self.metadata[PRIVATE_SENDERS] = [watch.sender]
                    while chunk := fh.read(_PIECE):
                        digest.update(chunk)
        self.metadata["content_sha256"] = digest.hexdigest()


def decoded_pieces(fh: BinaryIO, encoding: str, *, seen: Callable[[bytes], object] | None = None) -> Iterator[str]:
    """The text of ``fh`` from where it stands, decoded incrementally in pieces: offsets are those of the
    text decoded at once. ``seen`` gets each block of bytes read (a digest)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    while chunk := fh.read(_PIECE):
        if seen is not None:
            seen(chunk)
        if text := decoder.decode(chunk):
            yield text
    if tail := decoder.decode(b"", final=True):
        yield tail


def stream_text(
    mime: str, opener: Callable[[], BinaryIO], prefix: bytes, config: ScanConfig | None = None
) -> Extracted:
    """An Extracted whose text is read in pieces (``Extracted.stream``) instead of held whole. With a
    ``config`` that does not let private mail be read, nothing from a private message's header block on
    is read (the record says so: :data:`PRIVATE_CUT`), as the text held whole would be private."""
    encoding = stream_encoding(prefix)
    metadata: dict[str, object] = {"encoding": encoding, "streamed": True}
    watch = None
    if config is not None and not may_read_private(config.mail):
        watch = partial(PrivateWatch, config)
    return Extracted(mime=mime, metadata=metadata, stream=TextStream(opener, encoding, metadata, watch))


def extract_text(item: Item, data: bytes) -> Extracted:
    text, encoding = decode_text(data)
    return Extracted(mime="text/plain", parts=[TextPart(text, "body")], metadata={"encoding": encoding})


# --- escapes in data formats -------------------------------------------------------------------
# JSON written by Python (json.dumps' default) or PHP (json_encode's default) escapes every non-ASCII
# character: "S\u00f8ren \u00d8stergaard", "N\u00f8rregade". XML may write any character as a reference
# ("&#48;70761-4285", "jens&#64;firma.dk"). Read raw, the names and numbers a person sees are never there.
_JSON_ESCAPE = re.compile(
    r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([\\/\"]))"
)
_XML_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);")
JSON_TYPES = frozenset({"application/json", "application/ld+json", "application/x-ndjson"})
XML_TYPES = frozenset({"text/xml", "application/xml"})


def _json_escape(m: re.Match[str]) -> str:
    if m.group(1):
        high, low = int(m.group(1), 16), int(m.group(2), 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    if m.group(3):
        code = int(m.group(3), 16)
        return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)
    return m.group(4)  # \\ \/ \" : the character itself


# YAML written by PyYAML (yaml.dump's default) escapes non-ASCII letters in double quotes: "S\xF8ren".
_YAML_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
YAML_TYPES = frozenset({"application/x-yaml", "application/yaml", "text/yaml", "text/x-yaml"})
_EXTENSION_TYPES = {
    ".json": "application/json",
    ".xml": "application/xml",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".md": "text/markdown",  # Markdown shows an HTML character reference as its character
    ".markdown": "text/markdown",
    ".properties": "application/json",  # Java properties: non-ASCII as \\uXXXX, as JSON writes it
    ".ldif": "text/x-ldif",
}
# LDIF (an LDAP or Active Directory export) writes every value that is not plain ASCII in base64
# ("cn:: U8O4cmVu..."): each Danish name with æ, ø or å. Such a value is read decoded.
_LDIF_BASE64 = re.compile(r"^([A-Za-z][\w;.-]*):: ?([A-Za-z0-9+/=]+)\r?$", re.M)


def _ldif_value(m: re.Match[str]) -> str:
    try:
        raw = base64.b64decode(m.group(2), validate=True)
        return f"{m.group(1)}: {raw.decode('utf-8')}"
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError: binary (a photo), as written
        return m.group(0)


def _yaml_escape(m: re.Match[str]) -> str:
    code = int(m.group(1) or m.group(2) or m.group(3), 16)
    return "\ufffd" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)


def is_xml(mime: str, name: str = "") -> bool:
    """Whether a text is XML data (by its type, or for plain text by its file name's extension)."""
    if mime == "text/plain" and "." in name:
        mime = _EXTENSION_TYPES.get(name[name.rfind(".") :].lower(), mime)
    return mime in XML_TYPES or (mime.endswith("+xml") and mime != "image/svg+xml")


def unescape_data(text: str, mime: str, name: str = "") -> str:
    """``text`` of a JSON, YAML, XML or Markdown file (by its type, or for plain text by its file name's
    extension) with its escapes and character references written out; other text as it is."""
    if mime == "text/plain" and "." in name:
        mime = _EXTENSION_TYPES.get(name[name.rfind(".") :].lower(), mime)
    if mime in JSON_TYPES or mime.endswith("+json"):
        return _JSON_ESCAPE.sub(_json_escape, text) if "\\" in text else text
    if mime == "text/x-ldif":
        return _LDIF_BASE64.sub(_ldif_value, re.sub(r"\r?\n ", "", text)) if "::" in text else text
    if mime in YAML_TYPES:
        return _YAML_ESCAPE.sub(_yaml_escape, text) if "\\" in text else text
    if mime in XML_TYPES or mime.endswith("+xml") or mime == "text/markdown":
        return _XML_REFERENCE.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text
    return text


# --- identifiers split across XML elements ------------------------------------------------------------------
# Generic XML is read as written, tags and all, so "<a>070761</a>-<b>4285</b>" never shows the number a reader
# of the document sees. Two shapes are joined, as DOCX runs are: a digit run cut by a closing and an opening tag
# with a separator written as text between them (mixed content: inline markup, the "-" is the document's own),
# and the children of an element whose name says it holds an identifier (<cpr><d>070761</d><n>4285</n></cpr>).
# Sibling fields with nothing (or only blanks: indentation) between them are a record's separate values and
# are never joined: <id>070761</id><amount>4285</amount> is two numbers.
_TAG = r"<[\w:.-]+(?:\s[^<>]*)?>"
_SPLIT_RUN = re.compile(
    r"(\d[\d./\-\u2010-\u2015 ]{0,20})</[\w:.-]+\s*>( ?[./\-\u2010-\u2015] ?)"
    + _TAG
    + r"(\d[\d./\-\u2010-\u2015 ]{0,20})"
)
_ID_ELEMENT = re.compile(
    r"<((?:[\w.-]+:)?(?:cpr(?:[_-]?n(?:r|umm?er))?|personn(?:umm)?e?r|pnr|ssn|national[_-]?id|person(?:al)?[_-]?id))"
    r"(?:\s[^<>]*)?>((?:[^<]{0,40}<[^<>]{1,200}>){1,12}[^<]{0,40})</\1\s*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<[^<>]*>")


def xml_split_identifiers(text: str) -> str:
    """The identifiers ``text`` (generic XML, as read) writes across elements, joined as a reader sees them, one
    a line with a few words of the text before them (a label such as "CPR"); "" when there are none.

    >>> xml_split_identifiers("<k>CPR <a>070761</a>-<b>4285</b></k>")
    'CPR 070761-4285'
    >>> xml_split_identifiers("<cpr><d>070761</d><n>4285</n></cpr>")
    'cpr: 0707614285'
    >>> xml_split_identifiers("<row><id>070761</id><amount>4285</amount></row>")
    ''
    """
    if "<" not in text:
        return ""
    out: list[str] = []
    for m in _SPLIT_RUN.finditer(text):
        before = _ANY_TAG.sub(" ", text[max(0, m.start() - 120) : m.start()])
        label = " ".join(before.split()[-3:])
        out.append(f"{label} {m.group(1)}{m.group(2)}{m.group(3)}".strip())
    for m in _ID_ELEMENT.finditer(text):
        joined = "".join(_ANY_TAG.sub("", m.group(2)).split())
        if any(ch.isdigit() for ch in joined):
            out.append(f"{m.group(1).rsplit(':', 1)[-1]}: {joined}")
    return "\n".join(out)
