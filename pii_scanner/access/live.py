"""A fresh scan of the configured sources, matched against the subject in memory.

The sources of a sweep configuration are read from scratch (an empty in-memory incremental
state, so mail sources list everything), every item goes through the normal pipeline, and each
finding is fingerprinted on the fly and compared with the subject's fingerprints. Nothing is
written to the index; plaintext values stay in the worker results in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from pii_scanner.access.attribution import attribute, names_the_subject
from pii_scanner.access.index import folder_of
from pii_scanner.access.known import access_config, known_findings, not_verifiable, with_known
from pii_scanner.access.match import NameSpan, best_name_match
from pii_scanner.access.results import Hit, SubjectFinding, decide_without_text
from pii_scanner.access.subject import SubjectKey, name_fp
from pii_scanner.classify import apply_tree_flags
from pii_scanner.core.config import ScanConfig, load_config
from pii_scanner.core.errors import ConfigError, PiiScannerError
from pii_scanner.core.model import Explanation, Finding, Item, ItemResult
from pii_scanner.core.privacy import Fingerprinter, mask_email, mask_value, scrub, scrub_text
from pii_scanner.core.state import MemoryState
from pii_scanner.detect.engine import NAME_PART
from pii_scanner.detect.known import folders_of as folders_of  # the sweep's ledger check reads them too
from pii_scanner.extract import walk
from pii_scanner.pipeline import Processor
from pii_scanner.policy.retention import Facts, RetentionPolicy, load_policy
from pii_scanner.sources.registry import open_source
from pii_scanner.store.tokens import name_tokens
from pii_scanner.sweeps.engine import sweep_sources_from

EventFn = Callable[..., None]


@dataclass
class LiveScan:
    hits: list[Hit] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    namesakes: list[Hit] = field(default_factory=list)  # the name matched, a conflicting number says: not them
    unreadable: int = 0  # encrypted or unreadable items: their content could not be checked
    skipped: int = 0  # items of a type the configuration does not read (limits.skip_types): not checked
    private_unread: int = 0  # private-marked mail: only its metadata was checked
    read: set[str] = field(default_factory=set)  # location fingerprints of the top-level items listed


def load_sweep_config(config_path: str | Path | None) -> tuple[ScanConfig, dict[str, Any]]:
    if not config_path:
        raise ConfigError("a live scan needs --config (the sweep configuration with [[sources]])")
    return load_config(config_path)


def live_scan(
    fp: Fingerprinter,
    key: SubjectKey,
    config_path: str | Path | None,
    *,
    loose: bool = False,
    config: ScanConfig | None = None,
    events: EventFn | None = None,
) -> LiveScan:
    cfg, doc = load_sweep_config(config_path)
    cfg = config or cfg
    specs = sweep_sources_from(None, doc, None, str(config_path), known_kinds=False)
    policy = load_policy(doc.get("retention", {}).get("policy"), doc.get("retention", {}).get("jurisdiction"))
    out = LiveScan()
    every: list[Facts] = []  # retention facts of every item seen
    cfg = access_config(cfg)  # every entity the subject may be found by, whatever the sweep narrowed
    processor = Processor.build(cfg)
    for spec in specs:
        name = spec.name
        retention = policy.with_jurisdiction(spec.jurisdiction)
        try:
            source = open_source(spec, cfg, MemoryState())
            for top in _present(source.items()):
                top_key = fp("location:" + top.location)
                out.read.add(top_key)
                for result, text in process_with_text(processor, top, cfg):
                    unread = not_verifiable(result)
                    if unread == "unreadable":
                        out.unreadable += 1
                    elif unread == "skipped":
                        out.skipped += 1
                    if result.private:
                        out.private_unread += 1
                    else:
                        add_known(fp, key, result, text)
                    if result.item.depth == 0 or result.findings:  # what can date an anchor folder
                        context = Facts.of(result, fp("location:" + result.item.location))
                        context.jurisdiction = spec.jurisdiction
                        every.append(context)
                    hit = match_result(fp, key, result, scrub(name) or name, loose=loose, text=text)
                    if hit is None:
                        continue
                    hit.top_key = top_key
                    retention(result)  # may add past_retention; the index-wide decision below sets the dates
                    hit.flags = list(result.flags)
                    if not (result.item.depth == 0 or result.findings):
                        facts = Facts.of(result, hit.location_key)
                        facts.jurisdiction = spec.jurisdiction
                        every.append(facts)
                    if hit.decision == "namesake":
                        out.namesakes.append(hit)
                    else:
                        out.hits.append(hit)
            out.sources.append(scrub(name) or name)
        except (PiiScannerError, OSError) as exc:
            out.failed.append(scrub(name) or name)
            if events:
                events("source_failed", source=scrub_text(name), kind=type(exc).__name__, message=scrub_text(str(exc)))
    set_retention([*out.hits, *out.namesakes], policy, every)
    return out


def set_retention(hits: list[Hit], policy: RetentionPolicy, every: list[Facts]) -> None:
    """Each hit's retention decided with everything the live scan saw (anchor folders, registers)."""
    decisions = policy.decide(every)
    for hit in hits:
        decision = decisions.get(hit.location_key)
        if decision is not None:
            hit.retention_category, hit.retention_due, hit.retention_basis = decision.as_tuple()
            hit.retention_evidence = scrub(decision.evidence)
            hit.retention_approximate = decision.approximate


def process_with_text(processor: Processor, top: Item, cfg: ScanConfig) -> Iterator[tuple[ItemResult, str]]:
    """Like ``Processor.process`` but keeping each item's text (memory only) for attribution."""
    results: list[tuple[ItemResult, str]] = []
    parents: dict[int, str] = {}
    try:
        for item, extracted in walk(top, cfg):
            result = processor._one(item, extracted)
            if item.depth > 0:
                result.parent = parents.get(item.depth - 1)
            parents[item.depth] = item.location
            results.append((result, extracted.text() if extracted.parts else ""))
    except (PiiScannerError, OSError) as exc:
        results.append((ItemResult(item=top, error=scrub(str(exc))), ""))
    apply_tree_flags([r for r, _ in results])
    yield from results


_PLACE_NAME = Explanation("access", "the subject's full name in the item's file or folder name")


def add_known(fp: Fingerprinter, key: SubjectKey, result: ItemResult, text: str) -> None:
    """The subject's own identifiers, in whatever form the text and the item's name write them, become
    the item's findings (in place of what the detector read over them, or missed)."""
    known = known_findings(text, fp, key)
    # A message's name is its server id, not a name anyone gave. The folders after the name: offsets
    # within the name stay those of the detector's findings in it, a folder's lie past its end.
    name = "" if result.item.mail is not None else result.item.name
    places = "\x00".join(p for p in (name, folders_of(result.item)) if p)
    if places:
        known += known_findings(places, fp, key, part=NAME_PART)
        named = names_the_subject(fp, key, places)  # the subject's full name in the file or a folder name
        if named:
            known.append(Finding("PERSON", 0, 0, 1.0, named, named, _PLACE_NAME, part=NAME_PART))
    if known:
        result.findings = with_known(result.findings, known)


def _present(items: Iterator[Item]) -> Iterator[Item]:
    return (item for item in items if not item.deleted)  # tombstones: nothing to read


def mail_matches(fp: Fingerprinter, key: SubjectKey, result: ItemResult) -> set[str]:
    mail = result.item.mail
    if mail is None or not key.email_fps:
        return set()
    out: set[str] = set()
    for label, values in (
        ("email:sender", (mail.sender,)),
        ("email:recipient", mail.recipients),
        ("email:mailbox", (mail.mailbox,)),
    ):
        for value in values:
            address = parseaddr(value)[1] or value
            if address and fp(address.strip().casefold()) in key.email_fps:
                out.add(label)
    return out


def name_spans(fp: Fingerprinter, result: ItemResult) -> list[tuple[NameSpan, str]]:
    out = []
    for f in result.findings:
        if f.entity_type == "PERSON":
            tokens = tuple((name_fp(fp, t), len(t) == 1) for t in name_tokens(f.value))
            out.append((NameSpan(f.part, f.start, f.end, tokens), mask_value("PERSON", f.value, f.normalized)))
    return out


def match_result(
    fp: Fingerprinter, key: SubjectKey, result: ItemResult, source: str, *, loose: bool = False, text: str | None = None
) -> Hit | None:
    """A Hit when the item concerns the subject (identifier, mail address or name), else None.

    With the item's ``text`` the hit carries an attribution decision (answer / review / namesake,
    see access.attribution); without it, the name findings alone are matched.
    """
    headers = mail_matches(fp, key, result)
    if text is not None and not result.private:
        verdict = attribute(text, fp, key, result.findings, loose=loose, header_matches=headers)
        if verdict.decision is None:
            return None
        own = set(verdict.own)
        shown = [
            SubjectFinding(
                f.entity_type,
                mask_value(f.entity_type, f.value, f.normalized),
                key.ident_fps.get(fp(f.normalized)) or next(iter(sorted(verdict.matched))),
                f.part,
                f.start,
                f.end,
            )
            for f in result.findings
            if ((f.start, f.end) in own and f.part != NAME_PART)
            or (f.part == NAME_PART and f.entity_type != "PERSON" and fp(f.normalized) in key.ident_fps)
        ]
        hit = hit_from_result(result, source, verdict.matched, shown)
        hit.decision, hit.review_reason = verdict.decision, verdict.reason
        hit.location_key = fp("location:" + result.item.location)
        return hit
    matched = set(headers)
    kinds = key.ident_fps
    found: list[SubjectFinding] = []
    for f in result.findings:
        kind = kinds.get(fp(f.normalized)) if f.entity_type != "PERSON" else None
        if kind:
            matched.add(kind)
            found.append(
                SubjectFinding(
                    f.entity_type, mask_value(f.entity_type, f.value, f.normalized), kind, f.part, f.start, f.end
                )
            )
    if key.names:
        spans = name_spans(fp, result)
        level = best_name_match(key, (sp for sp, _ in spans), loose=loose)
        if level is not None:
            matched.add("name:" + level)
            wanted = set().union(*(n.all_fps for n in key.names))
            found += [
                SubjectFinding("PERSON", masked, "name:" + level, sp.part, sp.start, sp.end)
                for sp, masked in spans
                if any(t in wanted for t, _ in sp.tokens)
            ]
    if not matched:
        return None
    hit = hit_from_result(result, source, matched, found)
    hit.decision = decide_without_text(hit)
    hit.location_key = fp("location:" + result.item.location)  # = Store.location_key: joins index hits
    return hit


def hit_from_result(result: ItemResult, source: str, matched: set[str], found: list[SubjectFinding]) -> Hit:
    item, mail = result.item, result.item.mail
    owner = item.owner or ""
    path = scrub(item.path) or ""
    return Hit(
        location_key="",
        top_key="",
        location=scrub(item.location) or "",
        path=path,
        source=source,
        owner=mask_email(owner) if "@" in owner else owner,
        folder=folder_of(path, scrub(mail.folder) if mail else None),
        mime=result.mime,
        origin=item.origin,
        private=result.private,
        kinds=sorted({f.entity_type for f in result.findings}),
        categories=list(result.categories),
        flags=list(result.flags),
        doc_type=result.doc_type,
        modified=item.mtime,
        mail_date=mail.date if mail else None,
        external_recipients=result.external_recipients,
        matched=matched,
        findings=[] if result.private else found,
        seen_in={"live"},
        real_location=item.location,
    )
