"""Known identifiers found by their digits: a keyed fingerprint compared, whatever the words around it say.

The detector drops a number after "konto", "telefon" or "ordre" (negative context) and does not read
every written form ("01 05 70 10 20", "01.05.70-1020"). When the identifier looked for is known by its
fingerprint (a data subject's search key, the erasure ledger), every digit run of the text (and every
e-mail address) is fingerprinted and compared: no plaintext criterion is needed. The access paths
(access/known) and the sweep's check against the erasure ledger (pipeline.Processor) use this one matcher.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from urllib.parse import unquote

from pii_scanner.core.config import ErasedIdentifiers
from pii_scanner.core.errors import FingerprintKeyMismatch
from pii_scanner.core.model import Explanation, Finding, Item
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.engine import NAME_PART
from pii_scanner.detect.engine import _fullwidth_as_ascii as fullwidth_as_ascii  # the detector's reading

# Digit groups joined by at most three separators (blanks, dots, dashes, slashes, "+"): every way a
# CPR, personnummer or phone number is written on one line. A run never starts or ends inside digits.
_SEPARATORS = r"[ \t\u00a0\u202f.\-/+\u2010-\u2015]{1,3}"
_RUN = re.compile(r"(?<!\d)\+?\d+(?:" + _SEPARATORS + r"\d+)*(?!\d)")
_GROUP = re.compile(r"\d+")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
_MAX_DIGITS = 14  # the longest form looked for: a phone with its country code and a 00 prefix
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
    """(kind, normalised value) when ``digits`` are one of the wanted numbers."""
    n = len(digits)
    if n == 10 and "cpr" in wanted and fp(digits) in wanted["cpr"]:
        return "cpr", digits
    if "personnummer" in wanted:
        forms = [digits] if n == 12 else [c + digits for c in ("19", "20", "18")] if n == 10 else []
        for form in forms:
            if fp(form) in wanted["personnummer"]:
                return "personnummer", form
    if "phone" in wanted and n >= 5:
        forms = [digits]
        if plus:
            forms.insert(0, "+" + digits)
        elif digits.startswith("00"):
            forms.insert(0, "+" + digits[2:])
        for form in forms:
            if fp(form) in wanted["phone"]:
                return "phone", form
    return None


def find_known(
    text: str, fp: Fingerprinter, wanted: Wanted, explanation: Explanation, *, part: str | None = None
) -> list[Finding]:
    """The wanted CPR, personnummer, phone and e-mail wherever ``text`` writes them, as findings
    (offsets index ``text``; the widest match where forms overlap)."""
    if not wanted or not text:
        return []
    spans: list[tuple[int, int, str, str]] = []
    # Full-width digits read as the detector reads them ("０７０７６１－４２８５"); one character for one.
    hay = fullwidth_as_ascii(text)
    if wanted.keys() - {"email"}:
        for run in _RUN.finditer(hay):
            groups = list(_GROUP.finditer(run.group()))
            base = run.start()
            for i in range(len(groups)):
                digits = ""
                for j in range(i, len(groups)):
                    digits += groups[j].group()
                    if len(digits) > _MAX_DIGITS:
                        break
                    plus = i == 0 and run.group().startswith("+")
                    found = _number_matches(fp, digits, plus, wanted)
                    if found:
                        start = base + (0 if plus else groups[i].start())
                        spans.append((start, base + groups[j].end(), *found))
    if "email" in wanted:
        for m in _EMAIL.finditer(text):
            if fp(m.group().strip().casefold()) in wanted["email"]:
                spans.append((m.start(), m.end(), "email", m.group().casefold()))
    out: list[Finding] = []
    reach = -1
    for start, end, kind, value in sorted(spans, key=lambda s: (s[0], -s[1])):
        if end <= reach:  # inside a wider match ("12345678" within "+45 12 34 56 78")
            continue
        reach = end
        out.append(Finding(_ENTITY[kind], start, end, 1.0, text[start:end], value, explanation, part=part))
    return out


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
    if item.name and where.endswith(item.name):
        where = where[: -len(item.name)]
    return where


class ErasedMatcher:
    """The erasure ledger's identifiers (``ScanConfig.erased``) looked for in the text a worker holds,
    under the fingerprint key the index was swept with."""

    __slots__ = ("_fp", "_wanted")

    def __init__(self, erased: ErasedIdentifiers, fp: Fingerprinter) -> None:
        if fp(LEDGER_KEY_CHECK) != erased.key_check:
            raise FingerprintKeyMismatch(
                "the erasure ledger's fingerprints were made with another fingerprint key than this worker's "
                "(set PII_SCANNER_KEY, or [scan] key_file, as for the index)"
            )
        self._fp = fp
        self._wanted: dict[str, frozenset[str]] = {kind: frozenset(fps) for kind, fps in erased.by_kind}

    def findings(self, text: str, *, part: str | None = None, shift: int = 0) -> list[Finding]:
        found = find_known(text, self._fp, self._wanted, ERASED_EXPLANATION, part=part)
        return [replace(f, start=f.start + shift, end=f.end + shift) for f in found] if shift else found
