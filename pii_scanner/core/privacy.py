"""Masking and keyed fingerprints: the only forms in which identifiers leave the process.

Fingerprint = hex HMAC-SHA256 of the normalised value (DESIGN.md). The key comes from the
``PII_SCANNER_KEY`` environment variable, or from a key file created on first use with mode 0600.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import functools
import hmac
import os
import re
import secrets
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import quote, unquote

from pii_scanner.core.entities import MaskRule, entity, is_known
from pii_scanner.core.errors import FingerprintKeyError
from pii_scanner.core.iban_lengths import LENGTHS
from pii_scanner.core.names import printable
from pii_scanner.core.regex_cache import configured, regex

KEY_ENV = "PII_SCANNER_KEY"
# A shorter HMAC key is guessable offline: fingerprints of 10-digit CPRs could be brute-forced.
MIN_KEY_BYTES = 16


def default_key_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("pii-scanner", appauthor=False)) / "fingerprint.key"


# Key files this process read or made: never read as an item by a walk (sources/files.py).
_KEY_FILES_USED: set[Path] = set()


def own_secret_paths(key_file: str | Path | None = None) -> tuple[Path, ...]:
    """The scanner's own secrets on disk, which no scan or sweep may read as items: the fingerprint key file
    given (a configuration's ``[scan] key_file``) and any this process used, and pii-scanner's own settings
    folder (the default key, the console's session secret). A key file elsewhere is skipped alone: its folder
    may be a share full of data."""
    found = [default_key_path().parent, *_KEY_FILES_USED]
    if key_file:
        found.append(Path(key_file))
    return tuple(dict.fromkeys(found))


def load_key(key_file: str | Path | None = None, environ: Mapping[str, str] | None = None) -> bytes:
    """Return the fingerprint key: env var first, then the key file (created 0600 if missing)."""
    env = os.environ if environ is None else environ
    if env.get(KEY_ENV):
        # surrogateescape: a key that is not UTF-8 is its bytes as the environment gave them (was exit 70)
        return _long_enough(env[KEY_ENV].encode("utf-8", "surrogateescape"), KEY_ENV)
    path = Path(key_file) if key_file else default_key_path()
    _KEY_FILES_USED.add(path)
    try:
        if path.exists():
            _owner_only(path)
            key = path.read_bytes().strip()
            if not key:
                raise FingerprintKeyError(f"fingerprint key file {path} is empty")
            return _long_enough(key, f"fingerprint key file {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32).encode("ascii")
        # O_EXCL: two processes creating the key at once must not overwrite each other's key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        return key
    except FileExistsError:
        _owner_only(path)
        return _long_enough(path.read_bytes().strip(), f"fingerprint key file {path}")
    except OSError as exc:
        raise FingerprintKeyError(f"cannot read or create fingerprint key {path}: {exc.strerror}") from exc


def key_available(key_file: str | Path | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether :func:`load_key` would find a key rather than create one."""
    env = os.environ if environ is None else environ
    return bool(env.get(KEY_ENV)) or (Path(key_file) if key_file else default_key_path()).exists()


def _owner_only(path: Path) -> None:
    # Whoever can read the key can brute-force every fingerprint back to its CPR (~4e8 candidates),
    # so a key others can read is refused, as mail password files and the console secret are.
    mode = path.stat().st_mode
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise FingerprintKeyError(
            f"fingerprint key file {path} can be read by other users (mode {stat.S_IMODE(mode):04o}); "
            f"chmod 600 it, or give ${KEY_ENV}"
        )


def _long_enough(key: bytes, where: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise FingerprintKeyError(
            f"{where} holds a {len(key)}-byte key; at least {MIN_KEY_BYTES} bytes are needed "
            "(e.g. the output of: python -c 'import secrets; print(secrets.token_hex(32))')"
        )
    return key


class Fingerprinter:
    """Keyed hash of normalised values; the same value gives the same fingerprint under one key."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        self._key = key

    def __call__(self, normalized: str) -> str:
        # hmac.digest: the one-shot C HMAC (same bytes as hmac.new(...).hexdigest(), without the objects)
        return hmac.digest(self._key, normalized.encode("utf-8"), "sha256").hex()


def mask_all_but_last(value: str, keep: int, fill: str = "*") -> str:
    """Mask every alphanumeric except the last ``keep`` ones.

    >>> mask_all_but_last("DK5000400440116243", 4)
    '**************6243'
    """
    if value.isalnum():  # a compact value (IBAN, card number): no separators to keep in place
        shown = min(max(keep, 0), len(value))
        return fill * (len(value) - shown) + value[len(value) - shown :]
    total = sum(map(str.isalnum, value))
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


# --- identifiers inside names, paths, locations and free text -----------------------------------
# A candidate: 6 or 8 leading digits (a birth date), an optional separator, then the serial part.
# Letters around it do not protect it ("0707614285Hansen.txt"); digits do (it is then part of a
# longer number). Each candidate is masked only when it validates as a national identifier, so
# case and invoice numbers ("2023-0147", "Faktura 2019-114") stay readable and distinct.
# Separators are the detector's (any dash, no-break and narrow spaces, "DDMMYY - SSSS") in plain or
# percent-encoded UTF-8, also encoded twice: a file literally named "pnr%20198002031006.txt" is
# stored as ``pnr%2520198002031006.txt`` and shown decoded.
_ESC = r"%(?:25)?"
# The figure and thin spaces, the em dash and the soft hyphen as the detector reads them between digits too.
_SPACE = rf"(?:[ \u00a0\u202f\u2007\u2009]|{_ESC}20|{_ESC}[Cc]2{_ESC}[Aa]0|{_ESC}[Ee]2{_ESC}80{_ESC}(?:[Aa][Ff]|8[79]))"
_DASH = (
    rf"(?:[-+\u2010-\u2014\u2212\u00ad]|{_ESC}2[BbDd]|{_ESC}[Ee]2{_ESC}80{_ESC}9[0-4]|{_ESC}[Ee]2{_ESC}88{_ESC}92"
    rf"|{_ESC}[Cc]2{_ESC}[Aa][Dd])"
)
_SEP = rf"(?:{_SPACE}?{_DASH}{_SPACE}?|{_SPACE}|_|{_ESC}5[Ff])?"
_CANDIDATE = regex(
    r"(?:(?<![0-9])|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))(?:"
    r"(?P<fi>[0-9]{6})(?P<fi_sep>[-+A-FU-Y])(?P<fi_tail>[0-9]{3}[0-9A-Y])(?![0-9])(?<![-+][0-9]{4})"
    r"|(?P<long>[0-9]{8})(?P<long_sep>" + _SEP + r")(?P<long_tail>[0-9]{4})(?![0-9])"
    r"|(?P<short>[0-9]{6})(?P<short_sep>" + _SEP + r")(?P<short_tail>[0-9]{4,5})(?![0-9])"
    r")"
)


# The same identifiers written in groups, as the detector also reads them in text: the date as a date
# ("07.07.61-4285", "07-07-61-4285"), read out in pairs ("07 07 61 4285", "19 81 12 18 98 76"), a
# fødselsnummer "05.11.57 11433". Groups of 2-8 digits joined by one separator (a dot, a dash or a space,
# plain or percent-encoded); any run of consecutive groups holding 10, 11 or 12 digits that validates is
# masked after its date. Slashes are left out: in a location they part folders, not digits.
_GROUP_SEP = rf"(?:{_SPACE}?(?:{_DASH}|\.|{_ESC}2[Ee]){_SPACE}?|{_SPACE})"
_GROUPS = rf"[0-9]{{2,8}}(?:{_GROUP_SEP}[0-9]{{2,8}})+(?![0-9])"
_GROUPED = regex(r"(?:(?<![0-9])|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))" + _GROUPS)
# The hex digits of a percent escape are digits too: "Sag%2004%2006%2071%200416" read from the "20" of the
# first escape groups 2004 06 71 0416 and validates nothing. A first pass that starts no run inside an
# escape finds 04 06 71 0416; the pass above then still masks a run that only the plain reading finds.
_GROUPED_AFTER_ESCAPES = regex(
    r"(?<!%)(?<!%[0-9A-Fa-f])(?<!%25)(?<!%25[0-9A-Fa-f])"
    r"(?:(?<![0-9])|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))" + _GROUPS
)
_GROUP_SPLIT = regex(rf"({_GROUP_SEP})")


def _date_ok(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _ddmmyy(digits: str, day_offsets: tuple[int, ...] = (0,), month_offsets: tuple[int, ...] = (0,)) -> bool:
    """A day-month-year date with the given offsets (D-numbers +40 days, samordning +60...)."""
    day, month, yy = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    return any(
        _date_ok(2000 + yy if yy % 4 == 0 else 1900 + yy, month - mo, day - do)
        for do in day_offsets
        for mo in month_offsets
        if day - do > 0 and month - mo > 0
    )


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _se_ok(yymmdd_serial: str) -> bool:
    """10-digit personnummer/samordningsnummer ``YYMMDDNNNC``: a date (day + 60 allowed) and Luhn."""
    yy, month, day = int(yymmdd_serial[:2]), int(yymmdd_serial[2:4]), int(yymmdd_serial[4:6])
    year = 2000 + yy if yy % 4 == 0 else 1900 + yy
    dated = _date_ok(year, month, day) or (day > 60 and _date_ok(year, month, day - 60))
    return dated and _luhn_ok(yymmdd_serial)


def _no_ok(eleven: str) -> bool:
    """Norwegian fødselsnummer / D-number / H-number: a date and both mod-11 check digits."""
    if not _ddmmyy(eleven[:6], day_offsets=(0, 40), month_offsets=(0, 40)):
        return False
    digits = [int(c) for c in eleven]
    for weights, pos in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - sum(w * d for w, d in zip(weights, digits, strict=False)) % 11
        if (0 if check == 11 else check) != digits[pos]:
            return False
    return True


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _identifier_digits(digits: str) -> bool:
    """Ten, eleven or twelve digits that validate as a Nordic identifier (the checks of :func:`_identifier`)."""
    if len(digits) == 12:
        return 1800 <= int(digits[:4]) <= 2099 and _se_ok(digits[2:])
    if len(digits) == 11:
        return _no_ok(digits)
    return len(digits) == 10 and (_ddmmyy(digits[:6]) or _se_ok(digits))


def _mask_runs(
    text: str,
    split: re.Pattern[str],
    lengths: tuple[int, int],
    valid: Callable[[str], bool],
    hide: Callable[[str], tuple[int, int]],
    *,
    joined: bool,
) -> str:
    """Mask every run of consecutive digit groups (``lengths``: fewest and most digits) that ``valid`` accepts,
    over the digit positions ``hide`` gives; where runs overlap all are masked (fail closed: no part of either
    stays readable). ``split`` parts digits from separators; ``joined``: a run spans two groups at least."""
    parts = split.split(text)  # digits, separator, digits, ...
    groups = parts[0::2]
    hidden = [[False] * len(g) for g in groups]
    for i in range(len(groups)):
        digits = ""
        for j in range(i, len(groups)):
            digits += groups[j]
            if len(digits) > lengths[1]:
                break
            if (j > i or not joined) and len(digits) >= lengths[0] and valid(digits):
                start, end = hide(digits)
                offset = 0
                for k in range(i, j + 1):
                    for n in range(len(groups[k])):
                        hidden[k][n] = hidden[k][n] or start <= offset + n < end
                    offset += len(groups[k])
    parts[0::2] = [
        "".join("X" if h else c for c, h in zip(g, m, strict=True)) for g, m in zip(groups, hidden, strict=True)
    ]
    return "".join(parts)


def _after_date(digits: str) -> tuple[int, int]:
    return (8 if len(digits) == 12 else 6), len(digits)


def _mask_groups(match: re.Match[str]) -> str:
    """Every run of consecutive groups (10 to 12 digits) that validates is masked after its date."""
    return _mask_runs(match[0], _GROUP_SPLIT, (10, 12), _identifier_digits, _after_date, joined=True)


def _identifier(match: re.Match[str]) -> bool:
    if match["fi"]:  # HETU: a date and the mod-31 check character
        return _ddmmyy(match["fi"]) and _HETU_CHECK[int(match["fi"] + match["fi_tail"][:3]) % 31] == match["fi_tail"][3]
    if match["long"]:
        head = match["long"]
        return 1800 <= int(head[:4]) <= 2099 and _se_ok(head[2:] + match["long_tail"])
    head, tail = match["short"], match["short_tail"]
    if len(tail) == 5:
        return match["short_sep"] in ("", " ", "%20") and _no_ok(head + tail)
    # CPR (and kennitala): a DDMMYY date, modulus 11 not required since 2007; else a personnummer.
    return _ddmmyy(head) or _se_ok(head + tail)


def _mask_match(match: re.Match[str]) -> str:
    for head, sep, tail in (("fi", "fi_sep", "fi_tail"), ("long", "long_sep", "long_tail")):
        if match[head]:
            return match[head] + match[sep] + "X" * len(match[tail])
    return match["short"] + match["short_sep"] + "X" * len(match["short_tail"])


# The Nordic ten-to-twelve digit numbers above share shapes and are validated here; an identifier
# added through the entity catalogue with a shape of its own (``candidate``) is masked by that shape
# after its date part (core cannot import its identifier module from detect to validate it).
# Checked by the catalogue's own candidate regex, so a new national ID needs no change here.
def _catalogue_shapes() -> list[tuple[re.Pattern[str], int]]:
    from pii_scanner.core.entities import CATALOGUE

    return [
        (configured(rf"(?<![0-9A-Za-z])(?:{spec.candidate})(?![0-9A-Za-z])"), spec.date_digits)
        for spec in CATALOGUE
        if spec.national_id and spec.candidate
    ]


def _mask_after_date(value: str, date_digits: int) -> str:
    out, seen = [], 0
    for ch in value:
        if ch.isalnum():
            out.append(ch if seen < date_digits else "X")
            seen += 1
        else:
            out.append(ch)
    return "".join(out)


def scrub(text: str | None, *, phones: bool = True) -> str | None:
    """Mask the serial part of national identifiers in names, paths, locations and messages.

    The birth date stays (as in ``mask_value``), so people still recognise their files; digits
    that do not validate as an identifier are left alone.

    >>> scrub("file:///s/ans%C3%B8gning%20070761-4285.txt")
    'file:///s/ans%C3%B8gning%20070761-XXXX.txt'
    >>> scrub("/u/0707614285Hansen.txt"), scrub("/u/196107074285.csv")
    ('/u/070761XXXXHansen.txt', '/u/19610707XXXX.csv')
    >>> scrub("Status på Deres sag 2023-0147.eml"), scrub("Faktura 2019-114.docx")
    ('Status på Deres sag 2023-0147.eml', 'Faktura 2019-114.docx')
    >>> scrub("order 1234567890")  # no date: not an identifier
    'order 1234567890'
    >>> scrub("file:///s/020271%E2%80%910034.txt"), scrub("file:///s/pnr%2520198002031006.txt")
    ('file:///s/020271%E2%80%91XXXX.txt', 'file:///s/pnr%252019800203XXXX.txt')
    >>> scrub("/s/f02_07.07.61-4285.txt"), scrub("file:///s/f08_07%2007%2061%204285.txt")
    ('/s/f02_07.07.61-XXXX.txt', 'file:///s/f08_07%2007%2061%20XXXX.txt')
    >>> scrub("imap://h/Sag%2004%2006%2071%200416;UID=1"), scrub("file:///s/Sag%200406%2071%2004%2016/n.txt")
    ('imap://h/Sag%2004%2006%2071%20XXXX;UID=1', 'file:///s/Sag%200406%2071%20XX%20XX/n.txt')
    >>> scrub("/s/pnr 19 81 12 18 98 76.pdf"), scrub("/s/2023-01-15 backup.log")
    ('/s/pnr 19 81 12 18 XX XX.pdf', '/s/2023-01-15 backup.log')

    A number written in a phone's form is masked but for its last two digits (``phones=False``: left to the
    caller, which masks long numbers whole):

    >>> scrub("/s/+45 22 33 44 55.txt"), scrub("/s/Faktura 87654321.pdf")
    ('/s/+45 XX XX XX 55.txt', '/s/Faktura 87654321.pdf')
    """
    if text is None:
        return None
    text = printable(text)  # names of any bytes (surrogateescape): only valid Unicode leaves
    if _BASE64_RUN.search(text):
        text = _mask_encoded(text)
    if _READ_OTHERWISE.search(text):
        return _scrub_as_read(text, phones)
    return _scrub_ascii(text, phones)


# A base64 copy of an identifier or address in a name ("MDcwNzYxNDI4NQ==.txt", a folder named by an encoded
# e-mail): decodable by anyone, so the blob is "[ENCODED]" as in the access pack when its decoded text holds what
# names are masked for. Standard and URL-safe alphabets; no "/" (a path's separator), the padding also
# percent-encoded as a location writes it. 14 characters and more: a 10-digit number's length.
_BASE64_RUN = regex(r"[A-Za-z0-9+_-]{14,}")
_BASE64_BLOBS = (
    (regex(rf"(?<![A-Za-z0-9+])[A-Za-z0-9+]{{14,}}(?:=|{_ESC}3[Dd]){{0,2}}(?![A-Za-z0-9+])"), b"+/"),
    (regex(rf"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{{14,}}(?:=|{_ESC}3[Dd]){{0,2}}(?![A-Za-z0-9_-])"), b"-_"),
)
_PADDING = regex(rf"(?:=|{_ESC}3[Dd])+$")
ENCODED_MASK = "[ENCODED]"


def _decoded_blob(blob: str, altchars: bytes) -> str | None:
    body = _PADDING.sub("", blob)
    if blob.isalpha() and blob[1:].islower():
        return None  # a long word ("Persondataforordningen"): a number or address encodes otherwise
    try:
        raw = base64.b64decode(body + "=" * (-len(body) % 4), altchars=altchars, validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _mask_encoded(text: str) -> str:
    """``text`` with each base64 blob whose decoded text writes an identifier or an address as ``[ENCODED]``."""
    spans: list[tuple[int, int]] = []
    for pattern, altchars in _BASE64_BLOBS:
        for m in pattern.finditer(text):
            plain = _decoded_blob(m[0], altchars)
            if plain is not None and scrub_text(plain) != plain:
                spans.append(m.span())
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start] + ENCODED_MASK)
        pos = end
    return "".join(out) + text[pos:]


# What the detector reads otherwise than written: full-width digits and hyphen-minus as ASCII ("０７０７６１－４２８５",
# an input method left in full-width mode), and the invisible format characters (zero-width space, non-joiner and
# joiner, word joiner, BOM) left out ("070761\u200b4285"); as written, or percent-encoded in a location, also twice.
_READ_OTHERWISE = regex(
    r"[０-９－\u200b-\u200d\u2060\ufeff]"
    rf"|{_ESC}[Ee][Ff]{_ESC}[Bb][Cc]{_ESC}(?:9[0-9]|8[Dd])"
    rf"|{_ESC}[Ee]2{_ESC}80{_ESC}8[BbCcDd]|{_ESC}[Ee]2{_ESC}81{_ESC}[Aa]0|{_ESC}[Ee][Ff]{_ESC}[Bb][Bb]{_ESC}[Bb][Ff]"
)
_WIDE_ESCAPED = regex(rf"{_ESC}[Ee][Ff]{_ESC}[Bb][Cc]{_ESC}(?:9[0-9]|8[Dd])")


def _scrub_as_read(text: str, phones: bool) -> str:
    """:func:`scrub` of a text the detector reads otherwise than written: masked as the detector's reading is,
    each masked digit written ``X`` where it stood (was: the identifier readable in a file name or location)."""
    units: list[tuple[str, str]] = []  # (as written, as read: one character, or "" for an invisible one)
    pos = 0
    for m in _READ_OTHERWISE.finditer(text):
        units.extend((ch, ch) for ch in text[pos : m.start()])
        units.append((m.group(), _as_read(m.group())))
        pos = m.end()
    units.extend((ch, ch) for ch in text[pos:])
    view = "".join(read for _, read in units)
    masked = _scrub_ascii(view, phones)
    if len(masked) != len(view):  # not masked character for character: the reading, masked
        return masked
    out: list[str] = []
    at = 0
    for written, read in units:
        if not read:
            out.append(written)
            continue
        out.append(written if masked[at] == read else masked[at])
        at += 1
    return "".join(out)


def _as_read(unit: str) -> str:
    if len(unit) == 1:
        return chr(ord(unit) - 0xFEE0) if "０" <= unit <= "９" or unit == "－" else ""
    if _WIDE_ESCAPED.fullmatch(unit):
        last = unit[-2:].upper()
        return "-" if last == "8D" else chr(ord("0") + int(last[1]))
    return ""  # an invisible character, escaped


def _scrub_ascii(text: str, phones: bool = True) -> str:
    if _IBAN_HEAD.search(text):  # first: an IBAN's digit groups would read as other numbers
        text = _IBAN.sub(_mask_iban, text)
    out: list[str] = []
    pos = 0
    # A candidate that does not validate may hide one starting a digit later ("%2019610707-4285"
    # reads first as 201961...): retry from the next character rather than after the candidate.
    while match := _CANDIDATE.search(text, pos):
        if _identifier(match):
            out.append(text[pos : match.start()] + _mask_match(match))
            pos = match.end()
        else:
            out.append(text[pos : match.start() + 1])
            pos = match.start() + 1
    out.append(text[pos:])
    masked = _GROUPED.sub(_mask_groups, _GROUPED_AFTER_ESCAPES.sub(_mask_groups, "".join(out)))
    for shape, date_digits in _CATALOGUE_SHAPES:
        masked = shape.sub(functools.partial(_mask_shape, date_digits=date_digits), masked)
    # Cards after the national identifiers: a personnummer is masked after its date first, so its digits never
    # join a neighbouring number into a card-shaped run.
    if _CARD_DIGITS.search(masked):
        masked = _CARD.sub(_mask_card, _CARD_AFTER_ESCAPES.sub(_mask_card, masked))
    if phones and _PHONE_DIGITS.search(masked):  # last: an identifier's or a card's groups are X already
        masked = _PHONE.sub(_mask_phone, masked)
    return masked


# Phone numbers in names are masked where they are written in a phone's form, all but the last two digits (as a
# phone finding is): after "+" and a country code (any) or "00" and a Nordic one, 6 to 12 digits, grouped or not
# ("+45 22 33 44 55", "004670 123 45 67"); a Danish number read out in four pairs or two fours
# ("22 33 44 55", "2233 4455", the first digit 2-9, neither four a year); a Swedish one after its area code and
# a dash or a space ("070-123 45 67", "08 123 456 78", 8 to 10 digits). A number unbroken without a prefix
# ("Faktura 12345678"), a date, a version or a case number after its year ("2023-0147") is no phone's form.
_PH_SEP = rf"(?:{_SPACE}|-|{_ESC}2[Dd]|\.|{_ESC}2[Ee])"
# Not inside an escape, and not the continuation of another number ("sag 2023-0147 070761 ..." holds no phone).
_PH_START = (
    r"(?<!%)(?<!%[0-9A-Fa-f])(?<!%25)(?<!%25[0-9A-Fa-f])(?:(?<![0-9+])|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))"
    r"(?<![0-9][-. _/])(?<![0-9]%20)(?<![0-9]%2[DdEe])(?<![0-9]%2520)(?<![0-9]%252[DdEe])"
)
_PHONE_DIGITS = regex(r"[0-9]{2}")
_PHONE = regex(
    rf"(?:(?<!%)(?<!%[0-9A-Fa-f])(?<!%25)(?<!%25[0-9A-Fa-f])"
    r"(?:(?<![0-9A-Za-z])|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))"
    rf"(?P<intl>(?:\+|{_ESC}2[Bb])[0-9]{{1,3}}|00(?:45|46|47|298|299|354|358))"
    rf"(?P<intl_rest>(?:{_PH_SEP}?[0-9]+)+)"
    rf"|{_PH_START}(?P<pairs>[2-9][0-9](?:{_PH_SEP}[0-9]{{2}}){{3}})"
    rf"|{_PH_START}(?P<fours>[2-9][0-9]{{3}}{_SPACE}[0-9]{{4}})"
    rf"|{_PH_START}(?P<se>0[1-9][0-9]{{0,2}}(?:{_SPACE}?(?:-|{_ESC}2[Dd]){_SPACE}?|{_SPACE})[0-9]{{2,8}}"
    rf"(?:{_SPACE}[0-9]{{2,3}}){{0,3}}))"
    rf"(?![0-9])(?!{_PH_SEP}[0-9])"
)
_YEAR = regex(r"(?:19|20)[0-9]{2}")


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in _ESCAPES.sub("", text))


_ESCAPES = regex(r"%(?:25)?[0-9A-Fa-f]{2}")


def _mask_phone(match: re.Match[str]) -> str:
    if match["intl"] is not None:
        head, rest = match["intl"], match["intl_rest"]
        if not 6 <= _digit_count(rest) <= 12:
            return match[0]
        return head + _all_but_last_two(rest)
    if match["fours"] is not None:
        digits = [g for g in re.findall(r"[0-9]{4}", _ESCAPES.sub(" ", match["fours"]))]
        if any(_YEAR.fullmatch(g) for g in digits):
            return match[0]
    elif match["se"] is not None and not 8 <= _digit_count(match["se"]) <= 10:
        return match[0]
    return _all_but_last_two(match[0])


def _all_but_last_two(text: str) -> str:
    """``text`` with every digit but the last two written X (the digits of percent escapes stay)."""
    units = list(_PH_UNIT.finditer(text))
    digits = [u for u in units if u[0].isdigit()]
    out = list(text)
    for unit in digits[:-2]:
        out[unit.start()] = "X"
    return "".join(out)


_PH_UNIT = regex(r"%(?:25)?[0-9A-Fa-f]{2}|.", re.DOTALL)


# Payment card numbers and IBANs in names are masked as in text (all but the last four), with "X" as
# the serials above; only numbers that validate (issuer range, length and Luhn; the country's IBAN
# length and mod 97), so order and invoice numbers stay readable. Groups joined by one space or dash,
# plain or percent-encoded; any run of consecutive groups that validates is masked.
_CARD_SEP = rf"(?:{_SPACE}?{_DASH}{_SPACE}?|{_SPACE})"
# A card is written whole or in groups of three to six (4-4-4-4, 4-6-5, 4-4-4-4-3): a run of groups of other
# sizes ("Faktura 2019-114 19811218...") is a case number beside another number, not a card.
_CARD_GROUPS = rf"(?:[0-9]{{12,19}}|[0-9]{{4,6}}(?:{_CARD_SEP}[0-9]{{3,6}}){{1,5}})(?![0-9])"
_CARD_DIGITS = regex(r"[0-9]{4}")  # cheap first look: most names hold no run of four digits
_CARD = regex(r"(?:(?<![0-9])|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))" + _CARD_GROUPS)
_CARD_AFTER_ESCAPES = regex(
    r"(?<!%)(?<!%[0-9A-Fa-f])(?<!%25)(?<!%25[0-9A-Fa-f])"
    r"(?:(?<![0-9])|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))" + _CARD_GROUPS
)
_CARD_SPLIT = regex(rf"({_CARD_SEP})")
_IBAN_HEAD = regex(r"[A-Za-z]{2}[0-9]{2}")
_IBAN = regex(
    r"(?:(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))"
    rf"[A-Za-z]{{2}}[0-9]{{2}}(?:{_CARD_SEP}?[A-Za-z0-9]){{11,32}}"
)
# An IBAN's characters: a percent escape is a separator, not two of them.
_IBAN_UNIT = regex(r"%(?:25)?[0-9A-Fa-f]{2}|[A-Za-z0-9]")


def _card_ok(digits: str) -> bool:
    """12 to 19 digits passing Luhn: masked whatever the issuer (failing closed: a name keeps no card number
    of a brand the detector may not know yet)."""
    return 12 <= len(digits) <= 19 and _luhn_ok(digits)


def _iban_ok(value: str) -> bool:
    """An IBAN of its country's length whose check digits pass ISO 7064 mod 97-10."""
    if len(value) != LENGTHS.get(value[:2], -1) or not value[2:4].isdigit():
        return False
    rearranged = value[4:] + value[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1
    except ValueError:
        return False


def _all_but_last_four(digits: str) -> tuple[int, int]:
    return 0, len(digits) - 4


def _mask_card(match: re.Match[str]) -> str:
    """Every run of groups (12 to 19 digits) passing the card check is masked but for its last four digits."""
    return _mask_runs(match[0], _CARD_SPLIT, (12, 19), _card_ok, _all_but_last_four, joined=False)


def _mask_iban(match: re.Match[str]) -> str:
    iban_ok, lengths = _iban_ok, LENGTHS
    text = match[0]
    units = [u for u in _IBAN_UNIT.finditer(text) if len(u[0]) == 1]
    length = lengths.get(text[:2].upper())
    if length is None or len(units) < length:
        return text
    if not iban_ok("".join(u[0] for u in units[:length]).upper()):
        return text
    out = list(text)
    for unit in units[2 : length - 4]:
        out[unit.start()] = "X"
    return "".join(out)


def _mask_shape(match: re.Match[str], date_digits: int) -> str:
    return _mask_after_date(match[0], date_digits)


def scrub_text(text: str, *, phones: bool = True) -> str:
    """:func:`scrub` plus e-mail addresses masked, also written percent-encoded as a location writes them
    (``%40``): for free text such as third-party log messages and error texts."""
    masked = scrub(text, phones=phones) or ""
    if "%40" in masked or "%2540" in masked:
        masked = _LOCATION_EMAIL.sub(functools.partial(_mask_location_email, tag=None), masked)
    return _EMAIL.sub(lambda m: mask_email(m[0]), masked)


# Long numbers in typed text: 8+ digits joined as a person writes a phone number ("22 33 44 55", "+46 70-123 45 67",
# "0045 2233 4455") or an account; a case number written after its year ("2023-0147", "2019/114") stays.
_LONG_NUMBER = regex(
    r"(?<![\w])\+?\d(?:[ \t\u00a0\u202f\u2007\u2009\u200b-\u200d\u2060\ufeff.\-/_\u00ad\u2010-\u2015\u2212]{0,3}"
    r"\d){7,}+(?![\w])"
)
_JOURNAL_NUMBER = regex(r"(?:19|20)\d\d[-/]\d{1,6}")


def scrub_operator_text(text: str) -> str:
    """:func:`scrub_text` plus phone numbers and other long numbers as ``[NUMBER]``: for free text a person
    types (a triage note, a case reference, an extension reason, an erasure's case, who did it), which can name
    anyone's phone number and lands in the index and the append-only audit log.

    >>> scrub_operator_text("Ring til Jens på 22 33 44 55 / +46 70-123 45 67, sag 2023-0147")
    'Ring til Jens på [NUMBER] / [NUMBER], sag 2023-0147'
    """
    masked = scrub_text(text, phones=False)  # every long number whole as [NUMBER], not a phone's last two
    return _LONG_NUMBER.sub(lambda m: m[0] if _JOURNAL_NUMBER.fullmatch(m[0]) else "[NUMBER]", masked)


def scrub_location(text: str | None, tag: Callable[[str], str] | None = None) -> str | None:
    """:func:`scrub` plus e-mail addresses masked after a URI's authority: for item locations and paths.

    A file, archive member, database key or folder named after someone's address names that person;
    the authority (the configured mailbox of a mail source, a server) stays, since the console finds
    a message by it and owners are matched on it. Addresses written percent-encoded (``%40``, or
    ``%2540`` for a literal ``%40`` in a name) count too. ``tag`` (see :func:`address_tag`) adds a
    short keyed tag to each masked address, so that two people's folders stay two folders in the
    index (``j***7c01d2@firma.dk``): retention groups a case or an employee's items by their folder.

    >>> scrub_location("sql://db/crm/public/kunder/jens.hansen%40example.dk")
    'sql://db/crm/public/kunder/j***%40example.dk'
    >>> scrub_location("graph://jens@firma.dk/Indbakke/AAMk"), scrub_location("/srv/x/anna@firma.se.pdf")
    ('graph://jens@firma.dk/Indbakke/AAMk', '/srv/x/a***@firma.se.pdf')

    A OneDrive or SharePoint location names its user or site at its start: there the authority is masked
    like the rest, and a personal site (a user's OneDrive, named after the sign-in address with "@" and
    "." written "_") is masked wherever it stands, in a ``sharepoint://`` authority or a URL's
    ``/personal/`` segment:

    >>> scrub_location("onedrive://jens@firma.dk/Dokumenter/a.docx")
    'onedrive://j***@firma.dk/Dokumenter/a.docx'
    >>> scrub_location("sharepoint://jens_hansen_firma_dk/Dokumenter/a.docx")
    'sharepoint://j***/Dokumenter/a.docx'
    >>> scrub_location("https://firma-my.sharepoint.com/personal/jens_hansen_firma_dk/Documents/a.docx")
    'https://firma-my.sharepoint.com/personal/j***/Documents/a.docx'
    """
    return _scrub_addresses(text, tag, keep_authority=True)


def _scrub_addresses(text: str | None, tag: Callable[[str], str] | None, *, keep_authority: bool) -> str | None:
    """:func:`scrub`, personal sites and the e-mail addresses of a location; with ``keep_authority`` a
    URI's authority (the configured mailbox or server) stays as written."""
    masked = scrub(text)
    if masked is None:
        return None
    if "/personal/" in masked or masked.startswith(_SITE_SCHEMES):
        masked = _mask_personal_sites(masked, tag)
    if "@" not in masked and "%40" not in masked and "%2540" not in masked:
        return masked
    head = ""
    authority = _AUTHORITY.match(masked) if keep_authority else None
    if authority and not masked.startswith(_SITE_SCHEMES):
        head, masked = masked[: authority.end()], masked[authority.end() :]
    return head + _LOCATION_EMAIL.sub(functools.partial(_mask_location_email, tag=tag), masked)


def _mask_personal_sites(text: str, tag: Callable[[str], str] | None) -> str:
    def hide(match: re.Match[str]) -> str:
        site = match["site"]
        if site[1:4] == "***":  # masked already
            return match[0]
        mark = tag(unquote(site).casefold()) if tag is not None else ""
        return f"{match['head']}{site[:1]}***{mark}"

    if text.startswith("sharepoint://"):
        site = text[len("sharepoint://") :].split("/", 1)[0]
        if site.count("_") >= 2 and _PERSONAL_SITE_NAME.fullmatch(site):
            text = _PERSONAL_SITE_AUTHORITY.sub(hide, text, count=1)
    return _PERSONAL_SITE_PATH.sub(hide, text) if "/personal/" in text else text


def scrub_config(text: str | None, tag: Callable[[str], str] | None = None) -> str | None:
    """:func:`scrub_location` with no authority kept: for what a source's configuration names (OneDrive
    users, mailboxes, sites, a label written by the user), stored in the index as a record of what was
    swept. Every address is masked with its keyed tag, so two users' sources stay apart.

    >>> scrub_config("imaps://jens@firma.dk/INBOX"), scrub_config("Postkasse anna.berg@firma.se")
    ('imaps://j***@firma.dk/INBOX', 'Postkasse a***@firma.se')
    """
    return _scrub_addresses(text, tag, keep_authority=False)


def address_tag(fingerprint: Callable[[str], str]) -> Callable[[str], str]:
    """Six hex digits of a keyed hash of an address (a ``Fingerprinter``): which address it was stays
    unknown without the key, whether two masked addresses are one is not."""
    return lambda address: fingerprint("address-in-location:" + address)[:6]


# File-name extensions read off the end of an address in a name ("soren@x.dk.txt" names soren@x.dk): the ones
# documents, mail, archives and pictures carry; none a country's domain ("firma.pl", "firma.md" stay), and
# an address keeps at least two labels in its domain, so a real domain is never cut short.
FILE_EXTENSIONS = frozenset(
    {
        "txt",
        "csv",
        "tsv",
        "log",
        "pdf",
        "doc",
        "docx",
        "docm",
        "dotx",
        "odt",
        "ods",
        "odp",
        "rtf",
        "xls",
        "xlsx",
        "xlsm",
        "ppt",
        "pptx",
        "eml",
        "msg",
        "mbox",
        "pst",
        "vcf",
        "ics",
        "html",
        "htm",
        "xml",
        "json",
        "yaml",
        "yml",
        "bak",
        "tmp",
        "zip",
        "7z",
        "rar",
        "tar",
        "gz",
        "tgz",
        "bz2",
        "xz",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "tif",
        "tiff",
        "heic",
        "mp3",
        "mp4",
        "wav",
        "mov",
        "sql",
        "sqlite",
    }
)


def address_readings(address: str) -> list[str]:
    """``address`` and, when its domain ends in file-name extensions (an address that names a file:
    ``soren@x.dk.txt``, ``anna@firma.se.pdf.zip``), the address without them: both are compared, so a real
    domain ending alike (``google.zip``) is still met. The shortest reading is last."""
    out = [address]
    local, at, domain = address.rpartition("@")
    labels = domain.split(".")
    while at and len(labels) > 2 and labels[-1].casefold() in FILE_EXTENSIONS:
        labels.pop()
        out.append(local + at + ".".join(labels))
    return out


def _mask_location_email(match: re.Match[str], tag: Callable[[str], str] | None) -> str:
    local = match["local"]
    if local.startswith("***"):  # masked and tagged already
        return match[0]
    first = local[:1] if not local.startswith("%") else quote(unquote(local)[:1], safe="")
    mark = ""
    if tag is not None:  # tagged as the address it names, not the file's extension with it
        domain = address_readings("x@" + unquote(unquote(match["domain"])).casefold())[-1][2:]
        mark = tag(unquote(unquote(local)).casefold() + "@" + domain)
    return f"{first}***{mark}{match['at']}{match['domain']}"


_CATALOGUE_SHAPES = _catalogue_shapes()
# Local parts are bounded (RFC 5321: 64 octets; percent-encoded up to three characters each) so that a
# long run of word characters in a message costs linear time, not a retry of the whole run per character;
# a longer local part is still masked from its last 64 characters on.
_EMAIL = regex(r"[\w.+'-]{1,64}@[\w-]+(?:\.[\w-]+)+")
_AUTHORITY = regex(r"[A-Za-z][A-Za-z0-9+.-]*://[^/]*")
# Sources whose location starts with a user or a site (not a configured mailbox or a server).
_SITE_SCHEMES = ("onedrive://", "sharepoint://")
# A personal site's name: the user's sign-in address with "@" and "." written "_" (jens_hansen_firma_dk),
# bounded so that a long name costs linear time.
_PERSONAL_SITE_NAME = regex(r"[A-Za-z0-9][\w.'%-]*_[A-Za-z]{2,24}")  # with two "_" or more (checked apart)
_PERSONAL_SITE_AUTHORITY = regex(r"(?P<head>sharepoint://)(?P<site>[^/]+)")
_PERSONAL_SITE_PATH = regex(r"(?P<head>/personal/)(?P<site>[^/?#\s]+)", re.IGNORECASE)
# Percent-escapes of non-ASCII bytes belong to a name; an escaped space, slash or "%40" ends it.
_NAME_UNIT = r"(?:[\w.+'-]|%[89A-Fa-f][0-9A-Fa-f])"
_LOCATION_EMAIL = regex(
    rf"(?<!%)(?<!%[0-9A-Fa-f])(?P<local>\*\*\*[0-9a-f]{{6}}|{_NAME_UNIT}{{1,192}})(?P<at>@|%40|%2540)(?P<domain>(?:[\w-]|%[89A-Fa-f][0-9A-Fa-f])+"
    r"(?:\.(?:[\w-]|%[89A-Fa-f][0-9A-Fa-f])+)+)"
)
