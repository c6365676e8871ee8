"""Masking and keyed fingerprints: the only forms in which identifiers leave the process.

Fingerprint = hex HMAC-SHA256 of the normalised value (DESIGN.md). The key comes from the
``PII_SCANNER_KEY`` environment variable, or from a key file created on first use with mode 0600.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping
from pathlib import Path

from pii_scanner.core.entities import MaskRule, entity, is_known
from pii_scanner.core.errors import FingerprintKeyError

KEY_ENV = "PII_SCANNER_KEY"


def default_key_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("pii-scanner", appauthor=False)) / "fingerprint.key"


def load_key(key_file: str | Path | None = None, environ: Mapping[str, str] | None = None) -> bytes:
    """Return the fingerprint key: env var first, then the key file (created 0600 if missing)."""
    env = os.environ if environ is None else environ
    if env.get(KEY_ENV):
        return env[KEY_ENV].encode("utf-8")
    path = Path(key_file) if key_file else default_key_path()
    try:
        if path.exists():
            key = path.read_bytes().strip()
            if not key:
                raise FingerprintKeyError(f"fingerprint key file {path} is empty")
            return key
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32).encode("ascii")
        # O_EXCL: two processes creating the key at once must not overwrite each other's key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        return key
    except FileExistsError:
        return path.read_bytes().strip()
    except OSError as exc:
        raise FingerprintKeyError(f"cannot read or create fingerprint key {path}: {exc.strerror}") from exc


class Fingerprinter:
    """Keyed hash of normalised values; the same value gives the same fingerprint under one key."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        self._key = key

    def __call__(self, normalized: str) -> str:
        return hmac.new(self._key, normalized.encode("utf-8"), hashlib.sha256).hexdigest()


def mask_all_but_last(value: str, keep: int, fill: str = "*") -> str:
    """Mask every alphanumeric except the last ``keep`` ones.

    >>> mask_all_but_last("DK5000400440116243", 4)
    '**************6243'
    """
    total = sum(ch.isalnum() for ch in value)
    out: list[str] = []
    seen = 0
    for ch in value:
        if ch.isalnum():
            out.append(ch if seen >= total - keep else fill)
            seen += 1
        else:
            out.append(ch)
    return "".join(out)


def mask_email(value: str) -> str:
    """Keep the first letter of the local part and the domain.

    >>> mask_email("jens.hansen@example.dk")
    'j***@example.dk'
    """
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}"


def mask_name(value: str) -> str:
    """Initials only.

    >>> mask_name("Jens Ole Hansen")
    'J. O. H.'
    """
    return " ".join(f"{w[0]}." for w in value.split() if w)


def mask_text(text: str) -> str:
    """Mask every digit and letter run longer than 2 in free text kept as context.

    >>> mask_text("cpr 010190-1234, Jens")
    'cpr ######-####, J***'
    """
    out: list[str] = []
    word: list[str] = []

    def flush() -> None:
        if word:
            w = "".join(word)
            out.append(w if len(w) <= 3 and not w[0].isupper() else w[0] + "*" * min(3, len(w) - 1))
            word.clear()

    for ch in text:
        if ch.isdigit():
            flush()
            out.append("#")
        elif ch.isalpha():
            word.append(ch)
        else:
            flush()
            out.append(ch)
    flush()
    return "".join(out)


def mask_value(entity_type: str, value: str, normalized: str) -> str:
    """The display form of a finding that reveals no more than needed to recognise it.

    >>> mask_value("DK_CPR", "010190 1234", "0101901234")
    '010190-XXXX'
    >>> mask_value("SE_PERSONNUMMER", "900101-1234", "199001011234")
    '19900101-XXXX'
    >>> mask_value("CREDIT_CARD", "4571 1234 5678 9012", "4571123456789012")
    '**** **** **** 9012'
    """
    spec = entity(entity_type) if is_known(entity_type) else None
    rule = spec.mask if spec is not None else MaskRule.HIDDEN
    # A value of the wrong length is not what we think it is: it is shown as nothing (HIDDEN).
    if (
        spec is not None
        and rule is MaskRule.DATE_PREFIX
        and (spec.normalized_length is None or len(normalized) == spec.normalized_length)
    ):
        keep = spec.date_digits
        return f"{normalized[:keep]}-" + "X" * max(0, len(normalized) - keep)
    if rule is MaskRule.EMAIL:
        return mask_email(value)
    if rule is MaskRule.INITIALS:
        return mask_name(value)
    if rule is MaskRule.IBAN:
        return normalized[:2] + mask_all_but_last(normalized[2:], 4)
    if rule is MaskRule.LAST_FOUR:
        return mask_all_but_last(value, 4)
    if rule is MaskRule.LAST_TWO:
        return mask_all_but_last(value, 2)
    return mask_all_but_last(value, 0)
