"""Output records (DESIGN.md contract): one dict per item and per finding, masked by default.

Plaintext (``value``, ``normalized``) is added only when the caller asks for values; so are
identifiers inside names: paths, locations, parents, mail folders, sheet/part names and error
texts have them and e-mail addresses after a URI's authority masked (``core.privacy.scrub_location``)
unless values are shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pii_scanner.core.finding_log import entity_counts
from pii_scanner.core.model import FLAG_SKIPPED, Explanation, Finding, ItemResult
from pii_scanner.core.privacy import Fingerprinter, mask_email, mask_value, scrub, scrub_location, scrub_text


def _shown(text: str | None, show_values: bool) -> str | None:
    return text if show_values else scrub_location(text)


def _address(text: str | None, show_values: bool) -> str | None:
    if not text or show_values:
        return text or None
    return mask_email(text) if "@" in text else scrub(text)


def explanation_record(explanation: Explanation, show_values: bool = False) -> dict[str, Any]:
    """A finding's explanation as records show it. Context words are words of the document as written
    ("cpr_0707614285" in a field key): identifiers and e-mail addresses in them are masked unless
    values are shown."""
    record = explanation.as_dict()
    if not show_values:
        record["context"] = [scrub_text(w) for w in record["context"]]
        record["negative_context"] = [scrub_text(w) for w in record["negative_context"]]
    return record


def shown_name(text: str | None, show_values: bool, shown: dict[str | None, str | None]) -> str | None:
    """``text`` as records show it (scrubbed unless values are shown), remembered in ``shown``."""
    if text not in shown:
        shown[text] = _shown(text, show_values)
    return shown[text]


def masked_and_fingerprint(finding: Finding, fingerprint: Fingerprinter) -> tuple[str, str]:
    """The ``masked`` and ``fingerprint`` fields of a finding's record."""
    return mask_value(finding.entity_type, finding.value, finding.normalized), fingerprint(finding.normalized)


def finding_record(
    result: ItemResult,
    finding: Finding,
    fingerprint: Fingerprinter,
    *,
    show_values: bool = False,
    shown: dict[str | None, str | None] | None = None,
) -> dict[str, Any]:
    """``shown``: names already passed through ``_shown`` for this item (path, location, part labels),
    so that an item with many findings masks its names once, not once per finding."""
    if shown is None:
        shown = {}
    masked, fingerprinted = masked_and_fingerprint(finding, fingerprint)
    record: dict[str, Any] = {
        "record": "finding",
        "path": shown_name(result.item.path, show_values, shown),
        "location": shown_name(result.item.location, show_values, shown),
        "entity_type": finding.entity_type,
        "subtype": finding.subtype,
        "score": finding.score,
        "start": finding.start,
        "end": finding.end,
        "part": shown_name(finding.part, show_values, shown),
        "masked": masked,
        "fingerprint": fingerprinted,
        "explanation": explanation_record(finding.explanation, show_values),
    }
    if show_values:
        record["value"] = finding.value
        record["normalized"] = finding.normalized
    return record


def item_record(result: ItemResult, *, show_values: bool = False) -> dict[str, Any]:
    item = result.item
    record: dict[str, Any] = {
        "record": "item",
        "path": _shown(item.path, show_values),
        "location": _shown(item.location, show_values),
        "parent": _shown(result.parent, show_values),
        "mime": result.mime,
        "size": item.size,
        "mtime": item.mtime.isoformat() if item.mtime else None,
        "owner": _address(item.owner, show_values),
        "origin": item.origin,
        "source": _shown(item.source or None, show_values),
        "encrypted": result.encrypted,
        "encryption_reason": _shown(result.encryption_reason, show_values),
        "private": result.private,
        "flags": list(result.flags),
        "error": _shown(result.error, show_values),
        "findings": len(result.findings),
        "entities": sorted(entity_counts(result.findings)),
        "categories": list(result.categories),
        "category_evidence": list(result.category_evidence),  # offsets and masked spans only
        "doc_type": result.doc_type,
        "risk": result.risk,
        "risk_reasons": [_shown(r, show_values) for r in result.risk_reasons],
        "languages": list(result.languages),
    }
    if FLAG_SKIPPED in result.flags:  # why this item was not read: the user's configuration
        record["skipped_reason"] = _shown(str(result.metadata.get("skipped")), show_values)
    if item.mail is not None:
        mail = item.mail
        record["external_recipients"] = result.external_recipients
        record["mail"] = {
            "folder": _shown(mail.folder, show_values),
            "mailbox": _address(mail.mailbox, show_values),
            "sensitivity": mail.sensitivity,
            "message_class": _shown(mail.message_class, show_values),  # written by the sender's client
            "date": mail.date.isoformat() if mail.date else None,
            "recipients": len(mail.recipients),
        }
        if result.private:
            record["private_reason"] = _shown(result.metadata.get("private_reason"), show_values)
    return record


def records_for(result: ItemResult, fingerprint: Fingerprinter, *, show_values: bool = False) -> list[dict[str, Any]]:
    """The item record followed by its finding records."""
    return list(iter_records(result, fingerprint, show_values=show_values))


def iter_records(
    result: ItemResult, fingerprint: Fingerprinter, *, show_values: bool = False
) -> Iterator[dict[str, Any]]:
    """Like :func:`records_for`, one record at a time (an item with a million findings is not
    turned into a million dicts at once)."""
    shown: dict[str | None, str | None] = {}
    yield item_record(result, show_values=show_values)
    for f in result.findings:
        yield finding_record(result, f, fingerprint, show_values=show_values, shown=shown)
