"""Path traces: what an item's file and folder names could name a person by, kept as keyed fingerprints.

The live paths (``search --live``, ``verify-erasure``) compare a subject with every digit run, e-mail
address and full name in an item's file and folder names, whatever the words around them: ``Sag
070761-4285/`` (the detector reads a case number there), a folder named by the bare number, ``CV Søren
Østergaard.pdf``. The detector reports none of these, so without traces the index search answered less
than the live one. At write time the store keeps, per item, the fingerprints of

- every 10- and 12-digit string its places write (a CPR as written; a personnummer in its 12-digit form,
  a 10-digit one with each century), as ``Fingerprinter(digits)``, the form the subject key holds;
- every e-mail address, casefolded;
- every name token (``name:`` + token, as ``finding_tokens``), two letters or more.

- every phone form the live paths compare (``phone_forms_in``: each 5-14 digit string of whole digit groups,
  and its ``+`` form after a ``+`` or a ``00``), as ``Fingerprinter(form)``, the subject key's phone variants
  (runs traced so mark ``paths_traced`` >= ``PHONES_TRACED``).

And, in the same table, the traces of what an item's TEXT writes only encoded (percent-escaped, base64:
``detect.known.encoded_values``): ``Fingerprinter("encoded:" + Fingerprinter(form))``, computable from the
subject key's fingerprints alone and never equal to a path trace, so the search tells them apart (runs
traced so mark ``paths_traced`` >= ``ENCODED_TRACED``).

They are never reported, counted or flagged: only the access search reads them.
"""

from __future__ import annotations

from collections.abc import Iterable

from pii_scanner.core.model import Item
from pii_scanner.core.privacy import Fingerprinter, address_readings
from pii_scanner.detect.known import (
    EMAIL_IN_TEXT,
    encoded_values,
    folders_of,
    numbers_in,
    phone_forms_in,
    places_of,
)
from pii_scanner.store.tokens import name_tokens

_CENTURIES = ("19", "20", "18")
# A trace keeps the first 16 hex digits (64 bits) of its fingerprint: every item has a dozen, and the whole
# fingerprint tripled a file-heavy index; a chance match of 64 keyed bits is negligible (the search truncates
# what it looks for the same way).
TRACE_CHARS = 16
# ``runs.stats.paths_traced`` of a run whose traces hold phones' forms too (1: store migration 16, no phones).
PHONES_TRACED = 2
# ... and the traces of values the text writes only encoded (store migration 20).
ENCODED_TRACED = 3
ENCODED = "encoded:"


def trace_of(fingerprint: str) -> str:
    """The stored form of one fingerprint in ``path_traces``."""
    return fingerprint[:TRACE_CHARS]


def path_traces(item: Item, fp: Fingerprinter, cache: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """The keyed traces of ``item``'s places: its name's and its folders' (``cache``: per folders string, as a
    folder's files share it). A digit run never spans the two (``places_of`` parts them), so they are apart."""
    if not places_of(item):
        return frozenset()
    name = "" if item.mail is not None else item.name
    folders = folders_of(item)
    found = _traces(name, fp) if name else frozenset()
    if not folders:
        return found
    held = cache.get(folders) if cache is not None else None
    if held is None:
        held = _traces(folders, fp)
        if cache is not None:
            if len(cache) >= 4096:
                cache.clear()
            cache[folders] = held
    return found | held


def encoded_trace(fp: Fingerprinter, fingerprint: str) -> str:
    """The trace of a value the text writes encoded, from the value's fingerprint (what a subject key holds)."""
    return trace_of(fp(ENCODED + fingerprint))


def encoded_traces(values: Iterable[str], fp: Fingerprinter) -> frozenset[str]:
    """The traces of ``values`` (``detect.known.encoded_values``: numbers, phone forms, addresses); a 10-digit
    number also in each century's 12-digit form, as a personnummer is looked for."""
    out: set[str] = set()
    for value in values:
        out.add(encoded_trace(fp, fp(value)))
        if len(value) == 10 and value.isdigit():
            out.update(encoded_trace(fp, fp(c + value)) for c in _CENTURIES)
    return frozenset(out)


def _traces(places: str, full: Fingerprinter) -> frozenset[str]:
    out: set[str] = set()

    def fp(value: str) -> str:
        return full(value)[:TRACE_CHARS]

    for digits in numbers_in(places, (10, 12)):
        out.add(fp(digits))
        if len(digits) == 10:
            out.update(fp(c + digits) for c in _CENTURIES)
    out.update(fp(form) for form in phone_forms_in(places))  # 10/12 digits: the same hash as above
    if "@" in places:
        out.update(
            fp(a.casefold()) for m in EMAIL_IN_TEXT.finditer(places) for a in address_readings(m.group().strip())
        )
    out.update(fp("name:" + t) for t in name_tokens(places) if len(t) > 1)
    # A name writing a value encoded (a literal "%2D" or "%40" kept from a link, a base64 copy), as the live
    # paths' matcher reads places decoded.
    for value in encoded_values(places):
        out.add(fp(value))
        if len(value) == 10 and value.isdigit():
            out.update(fp(c + value) for c in _CENTURIES)
    return frozenset(out)
