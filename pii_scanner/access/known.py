"""What the access paths look for, and the subject's own identifiers found by their digits.

A sweep configuration may narrow what a sweep reports (``[scan.detect] entities``, ``min_score``)
for its own purpose. A search for one data subject, the response pack and the erasure check must
not inherit that narrowing: they look for every default entity (plus any the configuration adds)
and decide at the default reporting threshold, or the configuration's when it is lower
(:func:`access_config`).

When the subject's identifier is known, any occurrence of its digits is theirs whatever the words
around it say: the detector drops a number after "konto", "telefon" or "ordre" (negative context) and
does not read every written form ("01 05 70 10 20", "01.05.70-1020"). :func:`known_findings` finds
the subject's CPR, personnummer, phone and e-mail in the text by comparing the keyed fingerprint of
every digit run (and e-mail address) with the subject key's: no plaintext criterion is needed, so a
request case (fingerprints only) is served as well as a typed search.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from pii_scanner.access.subject import SubjectKey
from pii_scanner.core.config import DEFAULT_ENTITIES, DetectConfig, ScanConfig
from pii_scanner.core.model import FLAG_NOT_READ, FLAG_SKIPPED, Explanation, Finding, ItemResult
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.engine import NAME_PART

_DEFAULT_MIN_SCORE = DetectConfig().min_score
# Digit groups joined by at most three separators (blanks, dots, dashes, slashes, "+"): every way a
# CPR, personnummer or phone number is written on one line. A run never starts or ends inside digits.
_SEPARATORS = r"[ \t\u00a0\u202f.\-/+\u2010-\u2015]{1,3}"
_RUN = re.compile(r"(?<!\d)\+?\d+(?:" + _SEPARATORS + r"\d+)*(?!\d)")
_GROUP = re.compile(r"\d+")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
_MAX_DIGITS = 14  # the longest form looked for: a phone with its country code and a 00 prefix
_ENTITY = {"cpr": "DK_CPR", "personnummer": "SE_PERSONNUMMER", "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS"}
_EXPLANATION = Explanation(
    recognizer="subject_identifier",
    pattern="the data subject's own identifier, matched by its digits",
    notes=("searched for by its fingerprint: a trace whatever the context words",),
)


def access_config(cfg: ScanConfig) -> ScanConfig:
    """``cfg`` as the access paths run it: one worker, every default entity (and the configuration's
    own additions), the reporting threshold never above the default. Sources, mail rules and limits
    stay the configuration's."""
    entities = tuple(dict.fromkeys((*DEFAULT_ENTITIES, *cfg.detect.entities)))
    return cfg.with_(
        workers=1, detect__entities=entities, detect__min_score=min(cfg.detect.min_score, _DEFAULT_MIN_SCORE)
    )


def not_verifiable(result: ItemResult) -> str | None:
    """Why the item's content could not be checked for the subject: ``unreadable`` (an error, encrypted,
    nothing read: too large, a format nothing opens) or ``skipped`` (a type the configuration does not
    read, ``limits.skip_types``); None when it was read."""
    if result.error or result.encrypted or FLAG_NOT_READ in result.flags:
        return "unreadable"
    if FLAG_SKIPPED in result.flags:
        return "skipped"
    return None


def _wanted(key: SubjectKey) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ident in key.idents:
        out.setdefault(ident.kind, set()).update(ident.fps)
    return out


def _number_matches(fp: Fingerprinter, digits: str, plus: bool, wanted: dict[str, set[str]]) -> tuple[str, str] | None:
    """(kind, normalised value) when ``digits`` are one of the subject's numbers."""
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


def known_findings(text: str, fp: Fingerprinter, key: SubjectKey, *, part: str | None = None) -> list[Finding]:
    """The subject's own CPR, personnummer, phone and e-mail wherever ``text`` writes them, as findings
    (offsets index ``text``; the widest match where forms overlap)."""
    wanted = _wanted(key)
    if not wanted or not text:
        return []
    spans: list[tuple[int, int, str, str]] = []
    if wanted.keys() - {"email"}:
        for run in _RUN.finditer(text):
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
        out.append(Finding(_ENTITY[kind], start, end, 1.0, text[start:end], value, _EXPLANATION, part=part))
    return out


def with_known(findings: Iterable[Finding], known: Sequence[Finding]) -> list[Finding]:
    """``findings`` with the subject's own identifiers (``known``) in place of whatever the detector read
    over the same characters (the subject's number taken for a phone or an account number is still
    theirs)."""
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
