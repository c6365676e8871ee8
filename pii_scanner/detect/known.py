"""Known identifiers found by their digits: a keyed fingerprint compared, whatever the words around it say.

The detector drops a number after "konto", "telefon" or "ordre" (negative context) and does not read
every written form ("01 05 70 10 20", "01.05.70-1020"). When the identifier looked for is known by its
fingerprint (a data subject's search key, the erasure ledger), every digit run of the text (and every
e-mail address) is fingerprinted and compared: no plaintext criterion is needed. The access paths
(access/known) and the sweep's check against the erasure ledger (pipeline.Processor) use this one matcher.
"""

from __future__ import annotations

import base64
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from urllib.parse import unquote

from pii_scanner.core.config import ErasedIdentifiers
from pii_scanner.core.errors import FingerprintKeyMismatch
from pii_scanner.core.model import Explanation, Finding, Item
from pii_scanner.core.privacy import Fingerprinter, address_readings
from pii_scanner.detect.engine import NAME_PART
from pii_scanner.detect.engine import _fullwidth_as_ascii as fullwidth_as_ascii  # the detector's reading

# Digit groups joined by at most three separators (blanks, dots, dashes, slashes, "+"): every way a
# CPR, personnummer or phone number is written on one line. A run never starts or ends inside digits.
# A run is found by one C-level search (it starts with a digit, so prose costs what a plain digit search
# does); only a run of several groups with enough digits is taken apart in Python. Number-heavy text (a
# CSV export) has a run in every field: most are one group, judged by its length alone.
# As the detector reads between digits also a soft hyphen, the figure and thin spaces, and the invisible zero-width
# characters, word joiner and BOM ("070761\u00ad4285", "0707\u200b614285"): missed, verify-erasure said "clean".
_SEPARATORS = " \t\u00a0\u202f.-/+\u2010\u2011\u2012\u2013\u2014\u2015\u00ad\u2007\u2009\u200b\u200c\u200d\u2060\ufeff"
_SEPARATOR_CHARS = frozenset(_SEPARATORS)
_MAX_GAP = 3
_GROUP = re.compile(r"\d+")
_RUN = re.compile(r"\d+(?:[" + re.escape(_SEPARATORS) + r"]{1,3}\d+)*")
_NO_SEPARATORS = str.maketrans("", "", _SEPARATORS)
EMAIL_IN_TEXT = _EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
_MAX_DIGITS = 14  # the longest form looked for: a phone with its country code and a 00 prefix
# A percent escape of a printable ASCII character; decoded twice at most (a URL inside a URL's query).
_PERCENT = re.compile(r"%([2-7][0-9A-Fa-f])")
_PERCENT_ROUNDS = 2
# A base64 blob long enough to hold a 10-digit number (16 characters), not inside a longer word.
_BASE64_MIN = 16
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{14,}={0,2}")  # 16 with its padding: "MjMwNDc5MTAwNw=="
_ENTITY = {"cpr": "DK_CPR", "personnummer": "SE_PERSONNUMMER", "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS"}

# The erasure ledger's fingerprints are the index's: a Processor keyed otherwise would match nothing.
LEDGER_KEY_CHECK = "pii-scanner:erasure-ledger-key-check"
ERASED_EXPLANATION = Explanation(
    recognizer="erasure_ledger",
    pattern="an erased data subject's identifier, matched by its digits",
    notes=("in the erasure ledger: a trace whatever the context words",),
)

Wanted = Mapping[str, Collection[str]]  # kind (cpr, personnummer, phone, email) -> fingerprints


def _number_matches(fp: Fingerprinter, digits: str, plus: bool, wanted: Wanted) -> tuple[str, str] | None:
    """(kind, normalised value) when ``digits`` are one of the wanted numbers. The digits as written are
    hashed once, whichever kinds compare them (a 10-digit run is a CPR's and a phone's form alike)."""
    n = len(digits)
    plain = ""
    if n == 10 and "cpr" in wanted:
        plain = fp(digits)
        if plain in wanted["cpr"]:
            return "cpr", digits
    if "personnummer" in wanted:
        if n == 12:
            plain = plain or fp(digits)
            if plain in wanted["personnummer"]:
                return "personnummer", digits
        elif n == 10:
            for form in (c + digits for c in ("19", "20", "18")):
                if fp(form) in wanted["personnummer"]:
                    return "personnummer", form
    if "phone" in wanted and n >= 5:
        phones = wanted["phone"]
        if plus or digits.startswith("00"):
            form = "+" + (digits if plus else digits[2:])
            if fp(form) in phones:
                return "phone", form
        if (plain or fp(digits)) in phones:
            return "phone", digits
    return None


def _lengths(wanted: Wanted, phone_digits: Collection[int] | None = None) -> frozenset[int]:
    """How many digits a wanted number of each kind can have (what ``_number_matches`` hashes); a phone's
    ``phone_digits`` when known (the erasure ledger keeps them), else any of 5-14."""
    out: set[int] = set()
    if "cpr" in wanted:
        out.add(10)
    if "personnummer" in wanted:
        out.update((10, 12))
    if "phone" in wanted:
        out.update(phone_digits if phone_digits else range(5, _MAX_DIGITS + 1))
    return frozenset(out)


def phone_digit_counts(variants: Iterable[str]) -> frozenset[int]:
    """The digit counts under which ``find_known`` meets a phone stored as ``variants`` (its normalised forms,
    ``+CC...`` or national): each form's digits, and a ``+`` form's written with ``00`` in its place."""
    out: set[int] = set()
    for form in variants:
        n = sum(ch.isdigit() for ch in form)
        out.add(n)
        if form.startswith("+"):
            out.add(n + 2)
    return frozenset(out)


def _runs(hay: str) -> Iterator[list[tuple[int, int]]]:
    """The digit groups of ``hay`` (start, end), a run at a time: groups joined by at most three separators."""
    run: list[tuple[int, int]] = []
    for m in _GROUP.finditer(hay):
        start, end = m.span()
        if run and start - run[-1][1] <= _MAX_GAP and _SEPARATOR_CHARS.issuperset(hay[run[-1][1] : start]):
            run.append((start, end))
            continue
        if run:
            yield run
        run = [(start, end)]
    if run:
        yield run


def numbers_in(text: str, lengths: Collection[int]) -> Iterator[str]:
    """Every digit string of one of ``lengths`` that ``text`` writes as a run of digit groups (joined by blanks,
    dots, dashes, slashes; full-width digits as the detector reads them), as ``find_known`` compares them:
    ``Sag 07 07 61-4285`` gives ``0707614285`` (and ``614285``... when shorter lengths are asked)."""
    hay = fullwidth_as_ascii(text)
    longest = max(lengths, default=0)
    for groups in _runs(hay):
        texts = [hay[s:e] for s, e in groups]
        for i in range(len(groups)):
            digits = ""
            for j in range(i, len(groups)):
                digits += texts[j]
                if len(digits) > longest:
                    break
                if len(digits) in lengths:
                    yield digits


def phone_forms_in(text: str) -> Iterator[str]:
    """Every form ``find_known`` compares a wanted phone with where ``text`` writes digits: each digit string of
    5-14 digits made of whole groups of a run, and its ``+`` form when the run starts with ``+`` or the digits
    with ``00`` (``ring +45 70 10 20 30`` gives ``70102030``, ``4570102030``, ``+4570102030``...)."""
    hay = fullwidth_as_ascii(text)
    for groups in _runs(hay):
        plus_at = bool(groups[0][0]) and hay[groups[0][0] - 1] == "+"
        texts = [hay[s:e] for s, e in groups]
        for i in range(len(groups)):
            digits = ""
            for j in range(i, len(groups)):
                digits += texts[j]
                if len(digits) > _MAX_DIGITS:
                    break
                if len(digits) < 5:
                    continue
                yield digits
                if i == 0 and plus_at:
                    yield "+" + digits
                elif digits.startswith("00"):
                    yield "+" + digits[2:]


def places_of(item: Item) -> str:
    """The item's file name and the folders it lies in, as the live paths compare them with a subject (a
    message's name is its server id, not a name anyone gave); "" when neither names anything."""
    name = "" if item.mail is not None else item.name
    return "\x00".join(p for p in (name, folders_of(item)) if p)


def find_known(
    text: str,
    fp: Fingerprinter,
    wanted: Wanted,
    explanation: Explanation,
    *,
    part: str | None = None,
    phone_digits: Collection[int] | None = None,
) -> list[Finding]:
    """The wanted CPR, personnummer, phone and e-mail wherever ``text`` writes them, as findings
    (offsets index ``text``; the widest match where forms overlap). ``phone_digits``: the digit counts the
    wanted phones can be met under (``phone_digit_counts``), when known: fewer digit strings hashed."""
    if not wanted or not text:
        return []
    spans = _spans(text, fp, wanted, phone_digits)
    # A value percent-encoded (a link's query: "cpr=070761%2D4285", "soren%40x.dk", encoded twice inside
    # another URL) is the same value: the decoded text is compared too, its spans put back on ``text``.
    decoded = percent_decoded(text)  # most texts: one C-level scan for "%", nothing built
    if decoded is not None:
        view, places = decoded
        for start, end, kind, value in _spans(view, fp, wanted, phone_digits):
            spans.append((places[start][0], places[end - 1][1], kind, value))
    # A copy re-encoded as base64 (a document blob in a JSON export: {"doc": "S3VuZGUgMDcwNzYx..."}) holds
    # the same values: each blob that decodes to UTF-8 text is compared too, the whole blob the span.
    for blob_start, blob_end, plain in base64_texts(text):
        for _start, _end, kind, value in _spans(plain, fp, wanted, phone_digits):
            spans.append((blob_start, blob_end, kind, value))
    out: list[Finding] = []
    reach = -1
    for start, end, kind, value in sorted(spans, key=lambda s: (s[0], -s[1])):
        if end <= reach:  # inside a wider match ("12345678" within "+45 12 34 56 78")
            continue
        reach = end
        out.append(Finding(_ENTITY[kind], start, end, 1.0, text[start:end], value, explanation, part=part))
    return out


def encoded_values(text: str) -> set[str]:
    """The forms ``find_known`` compares a subject's number or address with, of what ``text`` writes only
    encoded: a run percent-escaped (``cpr=070761%2D4285``, ``soren%40x.dk``) or a base64 blob's text. 10- and
    12-digit strings, every phone form and e-mail addresses casefolded; the sweep keeps keyed traces of them
    so the index search meets what ``search --live`` meets. Plain text's values are the detector's."""
    out: set[str] = set()
    pieces: list[str] = []
    for lo, hi in _escaped_words(text):  # only the words holding an escape are decoded: prose stays cheap
        decoded = percent_decoded(text[lo:hi])
        if decoded is None:
            continue
        view, places = decoded
        for pattern in (_RUN, _EMAIL):
            for m in pattern.finditer(view):
                if places[m.end() - 1][1] - places[m.start()][0] > m.end() - m.start():  # an escape in it
                    pieces.append(view[max(0, m.start() - 1) : m.end()])  # with a "+" before it
    pieces += [plain for _, _, plain in base64_texts(text)]
    for piece in pieces:
        digits = len(piece) - len(piece.translate(_NO_DIGITS))
        if digits >= 10:
            out.update(numbers_in(piece, (10, 12)))
        if digits >= 5:  # the fewest a phone form has
            out.update(phone_forms_in(piece))
        if "@" in piece:
            out.update(a.casefold() for m in _EMAIL.finditer(piece) for a in address_readings(m.group().strip()))
    return out


_BLANK = re.compile(r"\s")
_NO_DIGITS = str.maketrans("", "", "0123456789")


def _escaped_words(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between blanks (a link, a query, a field) that hold a percent escape."""
    if "%" not in text:
        return []
    out: list[tuple[int, int]] = []
    end = 0
    for m in _PERCENT.finditer(text):
        if m.start() < end:
            continue  # in the word taken already
        lo = max([end - 1] + [text.rfind(c, end, m.start()) for c in " \t\n\r\u00a0"]) + 1
        blank = _BLANK.search(text, m.end())
        end = blank.start() if blank else len(text)
        out.append((lo, end))
    return out


def base64_texts(text: str) -> Iterator[tuple[int, int, str]]:
    """Each base64 blob of ``text`` that decodes to UTF-8 text: its start, end and the decoded text."""
    if len(text) < _BASE64_MIN:
        return
    for m in _BASE64.finditer(text):
        blob = m.group()
        if len(blob) < _BASE64_MIN or (blob.isalpha() and blob[1:].islower()):
            continue  # a long word ("Persondataforordningen"): text with a number or address encodes otherwise
        try:
            plain = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        yield m.start(), m.end(), plain


def percent_decoded(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with its percent escapes decoded (twice at most) and, per decoded character, the span of
    ``text`` it was written as; None when nothing is escaped (the pack masks what a link hides this way)."""
    if "%" not in text or _PERCENT.search(text) is None:
        return None
    view, places = text, [(i, i + 1) for i in range(len(text))]
    for _ in range(_PERCENT_ROUNDS):
        decoded = _percent_decoded(view, places)
        if decoded is None:
            break
        view, places = decoded
    return view, places


def _percent_decoded(text: str, places: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with every percent-escaped printable ASCII character (``%2D``, ``%40``, ``%20``) decoded, and
    where each decoded character was written in the original text (``places`` gives ``text``'s); None when
    nothing is escaped. Non-ASCII escapes (UTF-8 bytes of a name) stay: no number or address needs them."""
    if "%" not in text or _PERCENT.search(text) is None:
        return None
    out: list[str] = []
    where: list[tuple[int, int]] = []
    last = 0
    for m in _PERCENT.finditer(text):
        start = m.start()
        out.append(text[last:start])
        where.extend(places[last:start])
        out.append(chr(int(m.group(1), 16)))
        where.append((places[start][0], places[start + 2][1]))
        last = m.end()
    out.append(text[last:])
    where.extend(places[last:])
    return "".join(out), where


def _spans(
    text: str, fp: Fingerprinter, wanted: Wanted, phone_digits: Collection[int] | None
) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, normalised value) of every wanted number and address ``text`` writes."""
    spans: list[tuple[int, int, str, str]] = []
    # Full-width digits read as the detector reads them ("０７０７６１－４２８５"); one character for one.
    hay = fullwidth_as_ascii(text)
    lengths = _lengths(wanted, phone_digits)
    if lengths:
        shortest = min(lengths)
        for run in _RUN.finditer(hay):
            written = run.group()
            if written.isdigit():  # one group: most runs
                if len(written) not in lengths:
                    continue
                start = run.start()
                plus = bool(start) and hay[start - 1] == "+"
                found = _number_matches(fp, written, plus, wanted)
                if found:
                    spans.append((start - 1 if plus else start, run.end(), *found))
                continue
            if len(written.translate(_NO_SEPARATORS)) < shortest:
                continue  # too few digits for any wanted number (most runs: dates, amounts, ids)
            base = run.start()
            groups = [(base + g.start(), base + g.end()) for g in _GROUP.finditer(written)]
            plus_at = groups[0][0] - 1 if groups[0][0] and hay[groups[0][0] - 1] == "+" else None
            texts = [hay[s:e] for s, e in groups]
            for i in range(len(groups)):
                digits = ""
                for j in range(i, len(groups)):
                    digits += texts[j]
                    if len(digits) > _MAX_DIGITS:
                        break
                    if len(digits) not in lengths:
                        continue  # no wanted kind has this many digits: nothing to hash
                    plus = i == 0 and plus_at is not None
                    found = _number_matches(fp, digits, plus, wanted)
                    if found:
                        start = plus_at if plus and plus_at is not None else groups[i][0]
                        spans.append((start, groups[j][1], *found))
    if "email" in wanted and "@" in text:  # one C-level scan spares the pattern's walk over most text
        for m in _EMAIL.finditer(text):
            # An address naming a file ("soren@x.dk.txt") is read without the extension too.
            for reading in address_readings(m.group().strip()):
                if fp(reading.casefold()) in wanted["email"]:
                    spans.append((m.start(), m.start() + len(reading), "email", reading.casefold()))
                    break
    return spans


def with_known(findings: Iterable[Finding], known: Sequence[Finding]) -> list[Finding]:
    """``findings`` with the known identifiers (``known``) in place of whatever the detector read over the
    same characters (a known number taken for a phone or an account number is still that number)."""
    if not known:
        return list(findings)

    # Per kind of offsets (the item's name, its text): the known spans by start, with the widest end so far.
    spans: dict[bool, tuple[list[int], list[int]]] = {}
    for in_name in (True, False):
        ordered = sorted((k.start, k.end) for k in known if (k.part == NAME_PART) == in_name)
        reach, ends = -1, []
        for _, end in ordered:
            reach = max(reach, end)
            ends.append(reach)
        spans[in_name] = ([s for s, _ in ordered], ends)

    def covered(f: Finding) -> bool:
        starts, ends = spans[f.part == NAME_PART]
        n = bisect_left(starts, f.end)  # known spans starting before the finding ends
        return n > 0 and ends[n - 1] > f.start

    return [f for f in findings if f.entity_type == "PERSON" or not covered(f)] + list(known)


# Mail servers' locations hold their own numbers (UIDVALIDITY, item ids), not names anyone gave.
_SERVER_SCHEMES = frozenset({"imap", "imaps", "ews", "graph"})


def folders_of(item: Item) -> str:
    """The folders an item lies in as its location names them (a share's, inside an archive): a folder
    named by the subject (``Sag 070761-4285 Søren Østergaard/notat.txt``) is their data too."""
    scheme, sep, rest = item.location.partition("://")
    if not sep or scheme.casefold() in _SERVER_SCHEMES:
        return ""
    where = unquote(rest.split("?", 1)[0])
    # Cut at the last "/", not by the name: a name that is not UTF-8 (a tar member's Latin-1 bytes) is
    # written percent-escaped in the location and reads back unlike ``item.name``, and was kept as a folder.
    return where[: where.rfind("/") + 1] if item.name else where


class ErasedMatcher:
    """The erasure ledger's identifiers (``ScanConfig.erased``) looked for in the text a worker holds,
    under the fingerprint key the index was swept with."""

    __slots__ = ("_fp", "_phone_digits", "_wanted")

    def __init__(self, erased: ErasedIdentifiers, fp: Fingerprinter) -> None:
        if fp(LEDGER_KEY_CHECK) != erased.key_check:
            raise FingerprintKeyMismatch(
                "the erasure ledger's fingerprints were made with another fingerprint key than this worker's "
                "(set PII_SCANNER_KEY, or [scan] key_file, as for the index)"
            )
        self._fp = fp
        self._wanted: dict[str, frozenset[str]] = {kind: frozenset(fps) for kind, fps in erased.by_kind}
        self._phone_digits = frozenset(erased.phone_digits)

    def findings(self, text: str, *, part: str | None = None, shift: int = 0) -> list[Finding]:
        found = find_known(text, self._fp, self._wanted, ERASED_EXPLANATION, part=part, phone_digits=self._phone_digits)
        return [replace(f, start=f.start + shift, end=f.end + shift) for f in found] if shift else found
