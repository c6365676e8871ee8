"""ItemResult -> database rows. The one place where what is stored is decided: masked or fingerprinted.

Nothing plaintext passes: values become ``mask_value`` + fingerprint, context ``mask_text``,
locations have national identifiers and e-mail addresses masked (``core.privacy.scrub_location``),
mail subject and addresses are dropped (mailbox and sender kept as masked form + fingerprint), free
metadata is allow-listed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parseaddr
from typing import Any

from pii_scanner.core.finding_log import entity_counts
from pii_scanner.core.model import PRIVATE_SENDERS, Finding, ItemResult
from pii_scanner.core.privacy import (
    Fingerprinter,
    address_tag,
    mask_email,
    mask_text,
    mask_value,
    scrub,
    scrub_location,
)

_STR_METADATA = frozenset({"private_reason", "unsupported", "encryption", "source_error", "skipped", "outlook_verdict"})
CONTEXTS_KEY = "finding_contexts"  # ItemResult.metadata key the pipeline fills: "start:end" -> masked text

RetentionFn = Callable[[ItemResult], tuple[str | None, datetime | None, str | None]]


def _fp_or_none(fp: Fingerprinter, value: str) -> str | None:
    return fp(value.strip().casefold()) if value and value.strip() else None


def _bare_address(value: str) -> str:
    """``Søren Østergaard <s@x.dk>`` -> ``s@x.dk``: searches and the erasure ledger fingerprint the bare
    address, so a display name (almost every From) must not be part of what is fingerprinted."""
    return (parseaddr(value)[1] or value) if value else value


def _mail(result: ItemResult, fp: Fingerprinter) -> dict[str, Any] | None:
    mail = result.item.mail
    if mail is None:  # a text read up to a private message in it (streamed) keeps that message's sender
        return _more_senders(result, fp) or None
    sender = _bare_address(mail.sender)
    sender_domain = sender.rpartition("@")[2].strip(" >").lower() if "@" in sender else ""
    return {
        "sensitivity": mail.sensitivity,
        "message_class": mail.message_class,
        "recipients": len(mail.recipients),
        "mailbox": mask_email(mail.mailbox) if "@" in mail.mailbox else scrub(mail.mailbox),
        "mailbox_fp": _fp_or_none(fp, _bare_address(mail.mailbox)),
        "sender_domain": sender_domain or None,
        "sender_fp": _fp_or_none(fp, sender),
        "message_id_fp": _fp_or_none(fp, mail.message_id),
    } | _more_senders(result, fp)


def _more_senders(result: ItemResult, fp: Fingerprinter) -> dict[str, Any]:
    """``sender_fps``: the other private messages' senders of a file made private by them (keyed only)."""
    more = result.metadata.get(PRIVATE_SENDERS)
    if not isinstance(more, list):
        return {}
    fps = sorted({f for f in (_fp_or_none(fp, _bare_address(str(a))) for a in more) if f})
    return {"sender_fps": fps} if fps else {}


def _outlook_verdict(result: ItemResult) -> dict[str, Any]:
    """The verdict category an owner set on a message in Outlook (read by the mail source)."""
    verdict = result.item.outlook_verdict
    return {"outlook_verdict": verdict} if verdict in ("found", "false_positive") else {}


def _metadata(meta: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if key in (CONTEXTS_KEY, "mail", "content_sha256"):
            continue
        if isinstance(value, bool | int | float) or value is None:
            out[key] = value
        elif isinstance(value, str) and key in _STR_METADATA:
            out[key] = scrub(value)
    return out


def _evidence(result: ItemResult) -> dict[str, Any]:
    """Why the special categories were set: offsets and masked spans only (classify builds them so)."""
    return {"category_evidence": list(result.category_evidence)} if result.category_evidence else {}


def _aware(ts: datetime | None) -> datetime | None:
    if ts is None:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def item_row(
    result: ItemResult,
    fp: Fingerprinter,
    location_key: str,
    top_key: str,
    parent_key: str | None,
    retention: RetentionFn | None,
) -> dict[str, Any]:
    item = result.item
    owner = item.owner or ""
    mail = item.mail
    category, due, basis = retention(result) if retention else (None, None, None)
    tag = address_tag(fp)
    return {
        "location_key": location_key,
        "location": scrub_location(item.location, tag) or "",
        "path": scrub_location(item.path, tag) or "",
        "top_key": top_key,
        "parent_key": parent_key,
        "depth": item.depth,
        "mime": result.mime,
        "size": item.size,
        "mtime": _aware(item.mtime),
        "change_key": item.change_key,
        "content_hash": result.content_hash,
        "origin": item.origin,
        "owner": mask_email(owner) if "@" in owner else owner,
        "encrypted": result.encrypted,
        "encryption_reason": scrub(result.encryption_reason),
        "private": result.private,
        "flags": list(result.flags),
        "error": scrub_location(result.error, tag),
        "categories": list(result.categories),
        "doc_type": result.doc_type,
        "risk": result.risk,
        "risk_reasons": [scrub(r) for r in result.risk_reasons],
        "languages": list(result.languages),
        "entities": sorted(entity_counts(result.findings)),
        "findings_count": len(result.findings),
        "metadata": _metadata(result.metadata) | _evidence(result) | _outlook_verdict(result),
        "mail_folder": scrub_location(mail.folder, tag) if mail else None,
        "mail_date": _aware(mail.date) if mail else None,
        "mail": _mail(result, fp),
        "external_recipients": result.external_recipients,
        "retention_category": category,
        "retention_due": _aware(due),
        "retention_basis": basis,
        "past_retention": "past_retention" in result.flags,
    }


def finding_row(result: ItemResult, finding: Finding, fp: Fingerprinter) -> dict[str, Any]:
    contexts = result.metadata.get(CONTEXTS_KEY) or {}
    context = contexts.get(f"{finding.start}:{finding.end}")
    return {
        "entity_type": finding.entity_type,
        "subtype": finding.subtype,
        "masked": mask_value(finding.entity_type, finding.value, finding.normalized)[:255],
        "fingerprint": fp(finding.normalized),
        "score": float(finding.score),
        "start_offset": finding.start,
        "end_offset": finding.end,
        "part": scrub_location(finding.part, address_tag(fp)),
        # Re-masked here too: whatever the pipeline put there, only masked text is stored.
        "context": mask_text(context) if context else None,
        "recognizer": finding.explanation.recognizer[:128],
        "checksum": finding.explanation.checksum,
    }
