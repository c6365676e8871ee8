"""Is a mail message encrypted? S/MIME (CMS), PGP, rights management (rpmsg) and Office 365 wrappers.

Only structure is inspected (content types, CMS content-type OIDs, OpenPGP packet tags); nothing is
decrypted. Signed-only mail is plaintext: ``cms_signed_content`` returns the signed content of an
opaque-signed S/MIME message so it can be scanned.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from email.message import Message

from pii_scanner.extract.mime_parse import part_filename

# CMS content types (RFC 5652, RFC 5083).
OID_ENVELOPED = "1.2.840.113549.1.7.3"
OID_AUTH_ENVELOPED = "1.2.840.113549.1.9.16.1.23"
OID_COMPRESSED = "1.2.840.113549.1.9.16.1.9"  # RFC 3274 compressed-data (smime.p7z), zlib only
MAX_COMPRESSED_CONTENT = 256 << 20  # bytes a compressed-data content may expand to
_ENCRYPTED_OIDS = {OID_ENVELOPED: "S/MIME enveloped-data", OID_AUTH_ENVELOPED: "S/MIME authEnveloped-data"}

PKCS7_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
RPMSG_TYPES = frozenset({"application/x-microsoft-rpmsg-message"})

# OpenPGP packet tags that only occur in encrypted messages (RFC 4880 / 9580).
_PGP_ENCRYPTED_TAGS = {1: "public-key", 3: "symmetric-key", 9: "symmetric", 18: "integrity-protected", 20: "AEAD"}
_PGP_ARMOR = re.compile(r"-----BEGIN PGP MESSAGE-----\r?\n(?P<body>.*?)-----END PGP MESSAGE-----", re.DOTALL)


class BerError(ValueError):
    """Not well-formed BER/DER."""


def _tlv(data: bytes, pos: int) -> tuple[int, int, int, int]:
    """(tag byte, content start, content end, next position) of the element at ``pos``."""
    if pos + 2 > len(data):
        raise BerError("truncated")
    tag = data[pos]
    if tag & 0x1F == 0x1F:
        raise BerError("high tag numbers unsupported")
    first = data[pos + 1]
    start = pos + 2
    if first < 0x80:
        length = first
    elif first == 0x80:  # indefinite length: children until an end-of-contents marker
        if not tag & 0x20:
            raise BerError("indefinite primitive")
        cur = start
        while data[cur : cur + 2] != b"\x00\x00":
            cur = _tlv(data, cur)[3]
            if cur >= len(data):
                raise BerError("unterminated")
        return tag, start, cur, cur + 2
    else:
        n = first & 0x7F
        if n > 4 or start + n > len(data):
            raise BerError("bad length")
        length = int.from_bytes(data[start : start + n], "big")
        start += n
    end = start + length
    if end > len(data):
        raise BerError("truncated")
    return tag, start, end, end


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    pos = start
    while pos < end:
        if data[pos : pos + 2] == b"\x00\x00":
            break
        tag, s, e, pos = _tlv(data, pos)
        out.append((tag, s, e))
    return out


def _oid(raw: bytes) -> str:
    parts = [raw[0] // 40, raw[0] % 40] if raw else []
    value = 0
    for b in raw[1:]:
        value = (value << 7) | (b & 0x7F)
        if not b & 0x80:
            parts.append(value)
            value = 0
    return ".".join(map(str, parts))


def cms_content_type(der: bytes) -> str | None:
    """The OID of a CMS ContentInfo (signed, enveloped...), or None when not CMS."""
    try:
        tag, s, e, _ = _tlv(der, 0)
        if tag != 0x30:
            return None
        kids = _children(der, s, e)
        if not kids or kids[0][0] != 0x06:
            return None
        return _oid(der[kids[0][1] : kids[0][2]])
    except (BerError, IndexError):
        return None


def cms_signed_content(der: bytes) -> bytes | None:
    """The encapsulated content of an opaque-signed CMS SignedData (what the signer signed), or of an
    S/MIME compressed-data (RFC 3274) decompressed: both are plaintext, read as the part's content."""
    try:
        _, s, e, _ = _tlv(der, 0)
        kids = _children(der, s, e)
        if len(kids) < 2 or kids[1][0] != 0xA0:
            return None
        sd = _children(der, kids[1][1], kids[1][2])[0]
        signed = _children(der, sd[1], sd[2])
        if _oid(der[kids[0][1] : kids[0][2]]) == OID_COMPRESSED:
            return _decompressed(der, signed)
        encap = next((k for k in signed if k[0] == 0x30 and _children(der, k[1], k[2])[0][0] == 0x06), None)
        if encap is None:
            return None
        inner = _children(der, encap[1], encap[2])
        if len(inner) < 2:
            return None  # detached signature: no content here
        octets = _children(der, inner[1][1], inner[1][2])[0]
        return _octets(der, *octets)
    except (BerError, IndexError, ValueError):
        return None


def cms_compressed_content(der: bytes) -> bytes | None:
    """The decompressed content of a CMS compressed-data file (``smime.p7z``), None for anything else."""
    return cms_signed_content(der) if cms_content_type(der) == OID_COMPRESSED else None


def _decompressed(der: bytes, fields: list[tuple[int, int, int]]) -> bytes | None:
    """CompressedData's content: version, compressionAlgorithm (zlib), encapContentInfo (OID, [0] octets)."""
    encap = _children(der, fields[-1][1], fields[-1][2])
    if len(fields) < 3 or len(encap) < 2:
        return None
    inflater = zlib.decompressobj()
    try:
        content = inflater.decompress(
            _octets(der, *_children(der, encap[1][1], encap[1][2])[0]), MAX_COMPRESSED_CONTENT
        )
    except zlib.error:
        return None
    return None if inflater.unconsumed_tail else content


def _octets(data: bytes, tag: int, start: int, end: int) -> bytes:
    if tag == 0x04:
        return data[start:end]
    if tag == 0x24:  # constructed OCTET STRING (BER): concatenate the pieces
        return b"".join(_octets(data, *k) for k in _children(data, start, end))
    raise BerError("not an octet string")


def pgp_armor_encrypted(text: str) -> bool:
    """True when ``text`` holds an ASCII-armored OpenPGP message whose packets are encrypted."""
    for match in _PGP_ARMOR.finditer(text):
        body = match.group("body").replace("\r", "")
        # Armor headers end at the first blank line; the checksum line starts with "=".
        _, _, b64 = body.partition("\n\n") if "\n\n" in body else ("", "", body)
        lines = [ln for ln in b64.split("\n") if ln and not ln.startswith("=")]
        try:
            raw = base64.b64decode("".join(lines), validate=False)
        except (binascii.Error, ValueError):
            continue
        if pgp_packets_encrypted(raw):
            return True
    return False


def pgp_packets_encrypted(raw: bytes) -> bool:
    """Whether binary OpenPGP data starts with (or holds at top level) encryption packets."""
    pos = 0
    while pos < len(raw):
        b = raw[pos]
        if not b & 0x80:
            return False
        if b & 0x40:  # new format
            tag = b & 0x3F
            if pos + 1 >= len(raw):
                return tag in _PGP_ENCRYPTED_TAGS
            first = raw[pos + 1]
            if first < 192:
                length, hdr = first, 2
            elif first < 224:
                length, hdr = ((first - 192) << 8) + raw[pos + 2] + 192, 3 if pos + 2 < len(raw) else 2
            elif first == 255:
                length, hdr = int.from_bytes(raw[pos + 2 : pos + 6], "big"), 6
            else:  # partial body length: the packet continues; its tag is what matters
                return tag in _PGP_ENCRYPTED_TAGS
        else:
            tag = (b >> 2) & 0x0F
            ltype = b & 3
            if ltype == 3:
                return tag in _PGP_ENCRYPTED_TAGS
            size = 1 << ltype
            length, hdr = int.from_bytes(raw[pos + 1 : pos + 1 + size], "big"), 1 + size
        if tag in _PGP_ENCRYPTED_TAGS:
            return True
        pos += hdr + length
    return False


def _filename(part: Message) -> str:
    return part_filename(part).lower()


def smime_reason(part: Message) -> str | None:
    """Encryption reason for an application/pkcs7-mime (or .p7m) part; None for signed-only."""
    smime_type = part.get_param("smime-type") or ""
    smime_type = smime_type.lower() if isinstance(smime_type, str) else ""
    if smime_type in ("enveloped-data", "authenveloped-data"):
        return "S/MIME " + ("enveloped-data" if smime_type == "enveloped-data" else "authEnveloped-data")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return None
    return _ENCRYPTED_OIDS.get(cms_content_type(payload) or "")


def message_encryption(msg: Message, message_class: str = "") -> str | None:
    """Why this message's content is encrypted, or None (plaintext or signed only).

    Looks at the top-level structure: S/MIME enveloped/authEnveloped, PGP/MIME multipart/encrypted,
    rights-managed mail (IPM.Note.rpmsg...), Office 365 Message Encryption headers. Inline PGP is checked
    on the decoded bodies by the caller (:func:`pgp_armor_encrypted`), an encrypted part beside a body
    by :func:`attached_encryption`.
    """
    ctype = msg.get_content_type()
    cls = message_class.lower()
    if ctype == "multipart/encrypted":
        proto = str(msg.get_param("protocol") or "").lower()
        return "PGP/MIME multipart/encrypted" if "pgp" in proto else f"multipart/encrypted ({proto or 'unknown'})"
    if ctype in PKCS7_TYPES or _filename(msg).endswith(".p7m"):
        reason = smime_reason(msg)
        if reason:
            return reason
    if cls.startswith("ipm.note.rpmsg") or ".rpmsg." in cls:
        return "rights-managed (rpmsg)"
    if cls == "ipm.note.smime":  # Outlook's class for encrypted (not multipart-signed) S/MIME
        return "S/MIME (IPM.Note.SMIME)"
    for key in msg.keys():  # noqa: SIM118 - Message is not a dict
        lowered = key.lower()
        if lowered.startswith("x-ms-exchange-omemessagestatecheck") or lowered == "x-ms-exchange-organization-ome":
            return "Office 365 Message Encryption"
    return None


def attached_encryption(msg: Message) -> tuple[str, Message] | None:
    """Why a top-level part of this message is its encrypted content (an attached ``smime.p7m``, a
    ``message.rpmsg``, OME's ``message.html`` wrapper), and that part; or None. Such a message's other
    parts travel in clear and are read: a body written beside the encrypted part is not encrypted."""
    if msg.is_multipart():
        for part in msg.iter_parts() if hasattr(msg, "iter_parts") else msg.get_payload():
            if not isinstance(part, Message):
                continue
            name = _filename(part)
            ptype = part.get_content_type()
            if ptype in RPMSG_TYPES or name == "message.rpmsg":
                return "rights-managed (message.rpmsg)", part
            reason = smime_reason(part) if ptype in PKCS7_TYPES or name.endswith(".p7m") else None
            if reason:
                return reason, part
            if name == "message.html" and _ome_wrapper(part):
                return "Office 365 Message Encryption", part
    return None


def _ome_wrapper(part: Message) -> bool:
    """OME's legacy wrapper: an attached message.html that opens the encrypted message in the portal."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return False
    head = payload[:65536].lower()
    return b"encrypted message" in head and (b"office365.com/encryption" in head or b"messageencryption" in head)
