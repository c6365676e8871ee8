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

from pii_scanner.access.subject import SubjectKey
from pii_scanner.core.config import DEFAULT_ENTITIES, DetectConfig, ScanConfig
from pii_scanner.core.model import FLAG_NOT_READ, FLAG_SKIPPED, Explanation, Finding, ItemResult
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.known import find_known
from pii_scanner.detect.known import with_known as with_known  # re-exported: the access paths' name for it

_DEFAULT_MIN_SCORE = DetectConfig().min_score
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


def known_findings(text: str, fp: Fingerprinter, key: SubjectKey, *, part: str | None = None) -> list[Finding]:
    """The subject's own CPR, personnummer, phone and e-mail wherever ``text`` writes them, as findings
    (offsets index ``text``; the widest match where forms overlap). The matcher is detect.known's."""
    return find_known(text, fp, _wanted(key), _EXPLANATION, part=part)
