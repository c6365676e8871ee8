"""Output records (DESIGN.md contract): one dict per item and per finding, masked by default.

Plaintext (``value``, ``normalized``) is added only when the caller asks for values.
"""

from __future__ import annotations

from typing import Any

from pii_scanner.core.model import Finding, ItemResult
from pii_scanner.core.privacy import Fingerprinter, mask_value


def finding_record(
    result: ItemResult, finding: Finding, fingerprint: Fingerprinter, *, show_values: bool = False
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "record": "finding",
        "path": result.item.path,
        "location": result.item.location,
        "entity_type": finding.entity_type,
        "subtype": finding.subtype,
        "score": finding.score,
        "start": finding.start,
        "end": finding.end,
        "part": finding.part,
        "masked": mask_value(finding.entity_type, finding.value, finding.normalized),
        "fingerprint": fingerprint(finding.normalized),
        "explanation": finding.explanation.as_dict(),
    }
    if show_values:
        record["value"] = finding.value
        record["normalized"] = finding.normalized
    return record


def item_record(result: ItemResult) -> dict[str, Any]:
    item = result.item
    record: dict[str, Any] = {
        "record": "item",
        "path": item.path,
        "location": item.location,
        "parent": result.parent,
        "mime": result.mime,
        "size": item.size,
        "mtime": item.mtime.isoformat() if item.mtime else None,
        "owner": item.owner or None,
        "origin": item.origin,
        "source": item.source or None,
        "encrypted": result.encrypted,
        "encryption_reason": result.encryption_reason,
        "private": result.private,
        "flags": list(result.flags),
        "error": result.error,
        "findings": len(result.findings),
        "entities": sorted({f.entity_type for f in result.findings}),
        "categories": list(result.categories),
        "category_evidence": list(result.category_evidence),  # offsets and masked spans only
        "doc_type": result.doc_type,
        "risk": result.risk,
        "risk_reasons": list(result.risk_reasons),
        "languages": list(result.languages),
    }
    if item.mail is not None:
        mail = item.mail
        record["external_recipients"] = result.external_recipients
        record["mail"] = {
            "folder": mail.folder,
            "mailbox": mail.mailbox,
            "sensitivity": mail.sensitivity,
            "message_class": mail.message_class,
            "date": mail.date.isoformat() if mail.date else None,
            "recipients": len(mail.recipients),
        }
        if result.private:
            record["private_reason"] = result.metadata.get("private_reason")
    return record


def records_for(result: ItemResult, fingerprint: Fingerprinter, *, show_values: bool = False) -> list[dict[str, Any]]:
    """The item record followed by its finding records."""
    return [item_record(result)] + [
        finding_record(result, f, fingerprint, show_values=show_values) for f in result.findings
    ]
