"""Files that are encryption envelopes as a whole, known by their first bytes: OpenPGP (binary and
armored), ``openssl enc`` (``Salted__``), age, CMS enveloped-data (a DER S/MIME ``.p7m``), KeePass
databases, LUKS and BitLocker volumes, Ansible Vault. Their content cannot be read without a key, so
they are recorded as encrypted (exit 4), never read for strings and called clean.

Only structure is inspected; nothing is decrypted.
"""

from __future__ import annotations

PGP = "application/pgp-encrypted"
OPENSSL = "application/x-openssl-encrypted"
AGE = "application/vnd.age"
CMS = "application/pkcs7-mime"
KEEPASS = "application/x-keepass2"
LUKS = "application/x-luks"
BITLOCKER = "application/x-bitlocker"
ANSIBLE_VAULT = "application/x-ansible-vault"

REASONS = {
    PGP: "OpenPGP-encrypted file",
    OPENSSL: "openssl enc encrypted file",
    AGE: "age-encrypted file",
    KEEPASS: "KeePass password database (encrypted)",
    LUKS: "LUKS-encrypted volume",
    BITLOCKER: "BitLocker-encrypted volume",
    ANSIBLE_VAULT: "Ansible Vault encrypted file",
}

# CMS ContentInfo content types that are encrypted: enveloped-data, authEnveloped-data (DER OIDs).
_CMS_ENCRYPTED = {
    bytes.fromhex("06092a864886f70d010703"): "S/MIME enveloped-data",
    bytes.fromhex("060b2a864886f70d0109100117"): "S/MIME authEnveloped-data",
}
_PGP_ESK = {1, 3}  # public-key / symmetric-key encrypted session key
_PGP_DATA = {9, 18, 20}  # symmetrically encrypted (integrity-protected, AEAD) data
_PGP_MARKER = 10


def _pgp_packet(data: bytes, pos: int) -> tuple[int, int, int] | None:
    """(tag, body start, body end) of the OpenPGP packet at ``pos``; None when no packet header;
    body end -1 for a partial (streamed) length."""
    if pos >= len(data) or not data[pos] & 0x80:
        return None
    b = data[pos]
    if b & 0x40:  # new format
        tag = b & 0x3F
        if pos + 1 >= len(data):
            return None
        first = data[pos + 1]
        if first < 192:
            return tag, pos + 2, pos + 2 + first
        if first < 224:
            if pos + 2 >= len(data):
                return None
            return tag, pos + 3, pos + 3 + ((first - 192) << 8) + data[pos + 2] + 192
        if first == 255:
            return tag, pos + 6, pos + 6 + int.from_bytes(data[pos + 2 : pos + 6], "big")
        return tag, pos + 2, -1
    tag, ltype = (b >> 2) & 0x0F, b & 3
    if ltype == 3:
        return tag, pos + 1, -1
    size = 1 << ltype
    return tag, pos + 1 + size, pos + 1 + size + int.from_bytes(data[pos + 1 : pos + 1 + size], "big")


def _pgp_esk_plausible(tag: int, body: bytes) -> bool:
    if not body:
        return False
    if tag == 1:  # PKESK: version 3 (8-byte key ID, algorithm) or 6
        return (body[0] == 3 and len(body) >= 10 and body[9] in (1, 2, 16, 18, 20, 22, 25, 26)) or body[0] == 6
    # SKESK: version 4 (cipher, S2K type), 5 or 6
    if body[0] == 4:
        return len(body) >= 3 and 1 <= body[1] <= 13 and body[2] in (0, 1, 3, 4)
    return body[0] in (5, 6)


def pgp_encrypted(data: bytes) -> bool:
    """Binary OpenPGP data laid out as an encrypted message: one or more plausible encrypted-session-key
    packets, each whole within ``data``, then an encrypted data packet. A random file whose first byte
    looks like a packet header is not taken."""
    pos, seen_esk = 0, False
    for _ in range(64):
        packet = _pgp_packet(data, pos)
        if packet is None:
            return False
        tag, start, end = packet
        if tag in _PGP_DATA:
            version_ok = tag == 9 or (start < len(data) and data[start] in ((1, 2) if tag == 18 else (1,)))
            return seen_esk and version_ok
        if tag == _PGP_MARKER and end == start + 3 and data[start:end] == b"PGP":
            pos = end
            continue
        if tag not in _PGP_ESK or end < 0 or end > len(data) or end - start > 4096:
            return False
        if not _pgp_esk_plausible(tag, data[start:end]):
            return False
        seen_esk, pos = True, end
    return False


def cms_encrypted(data: bytes) -> str | None:
    """The reason when ``data`` starts a DER/BER CMS ContentInfo whose content type is encrypted."""
    if len(data) < 4 or data[0] != 0x30:
        return None
    first = data[1]
    pos = 2 if first < 0x80 else 2 + (first & 0x7F)
    if first & 0x7F > 4:
        return None
    for oid, reason in _CMS_ENCRYPTED.items():
        if data[pos : pos + len(oid)] == oid:
            return reason
    return None


def envelope_reason(mime: str, data: bytes) -> str | None:
    """Why an item of type ``mime`` is encrypted; None for a CMS file that is not (signed-only)."""
    if mime in REASONS:
        return REASONS[mime]
    return cms_encrypted(data[:64])


def envelope_mime(prefix: bytes) -> str | None:
    """The type of an encryption envelope by its first bytes, or None."""
    head = prefix
    if head.startswith((b"Salted__", b"U2FsdGVkX1")):  # openssl enc, binary and base64 (-a)
        return OPENSSL
    if head.startswith((b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")):
        return AGE
    if head.startswith(b"$ANSIBLE_VAULT;"):
        return ANSIBLE_VAULT
    if prefix.startswith((b"\x03\xd9\xa2\x9a\x67\xfb\x4b\xb5", b"\x03\xd9\xa2\x9a\x65\xfb\x4b\xb5")):
        return KEEPASS
    if prefix.startswith(b"LUKS\xba\xbe"):
        return LUKS
    if prefix[3:11] == b"-FVE-FS-":
        return BITLOCKER
    if cms_encrypted(prefix):
        return CMS
    if pgp_encrypted(prefix[:65536]):
        return PGP
    return None
