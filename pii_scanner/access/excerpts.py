"""Excerpts of the subject's data for the access-request export, other people masked.

The index holds no text, so each item is re-read from its source: the top-level item is found
again (a file path whose location key matches, or a walk of the configured sources' listings) and
extracted; detection runs on the text with every candidate kept (any score), and access.attribution
decides again which mentions are the subject's. The excerpts are the subject's own segments, in
which every OTHER person's data (identifiers, names, phones, e-mails, addresses, even below the
reporting threshold) and any stray e-mail, long number or known name word is replaced by a
placeholder such as ``[CPR]`` or ``[NAME]``.

The subject's own values are shown: the export is the copy the data subject asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pii_scanner.access.attribution import attribute, render_excerpts
from pii_scanner.access.known import access_config
from pii_scanner.access.live import add_known, load_sweep_config, mail_matches, process_with_text
from pii_scanner.access.results import Hit
from pii_scanner.access.subject import SubjectKey
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import PiiScannerError
from pii_scanner.core.model import Item
from pii_scanner.core.privacy import Fingerprinter, scrub
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import Processor
from pii_scanner.sources.files import file_item
from pii_scanner.sources.registry import open_source
from pii_scanner.sweeps.engine import sweep_sources_from


@dataclass
class Excerpts:
    by_item: dict[str, list[str]] = field(default_factory=dict)  # location_key -> excerpts
    unavailable: dict[str, str] = field(default_factory=dict)  # location_key -> why not
    decisions: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # re-read: decision, reason
    failed_sources: list[str] = field(default_factory=list)  # configured sources that could not be opened
    unreadable: set[str] = field(default_factory=set)  # found again but could not be read (counted: exit 4)


def _tops_from_paths(fp: Fingerprinter, hits: Iterable[Hit]) -> Iterator[Item]:
    """Top-level files whose stored path still names them (no masked digits in the path)."""
    done: set[str] = set()
    for hit in hits:
        if hit.top_key in done or "://" in hit.path:
            continue
        path = Path(hit.path)
        if fp("location:" + path.absolute().as_uri()) == hit.top_key and path.is_file():
            done.add(hit.top_key)
            yield file_item(path)


def _tops_from_sources(
    fp: Fingerprinter, wanted: set[str], config_path: str | Path, cfg: ScanConfig, failed: list[str]
) -> Iterator[Item]:
    _, doc = load_sweep_config(config_path)
    for spec in sweep_sources_from(None, doc, None, str(config_path), known_kinds=False):
        try:
            for item in open_source(spec, cfg, MemoryState()).items():
                if not item.deleted and fp("location:" + item.location) in wanted:
                    yield item
        except (PiiScannerError, OSError):
            # Its items stay "unavailable", and the pack says the source failed (exit 4): an unmounted share
            # gave a pack without one copy of the data that called itself whole.
            failed.append(scrub(spec.name) or spec.name)
            continue


def build_excerpts(
    fp: Fingerprinter,
    key: SubjectKey,
    hits: list[Hit],
    *,
    config_path: str | Path | None,
    config: ScanConfig | None = None,
    loose: bool = False,
) -> Excerpts:
    """Re-read every (non-private) hit from its source, decide again from its text whose data it
    holds (``decisions``) and cut the excerpts of the subject's own data, everyone else masked."""
    out = Excerpts()
    wanted = {h.location_key: h for h in hits if not h.private}
    if not wanted:
        return out
    cfg = access_config(config or (load_sweep_config(config_path)[0] if config_path else ScanConfig()))
    tops_wanted = {h.top_key for h in wanted.values()}
    # Every candidate, whatever its score, so other people's data is masked even when not reported.
    processor = Processor.build(cfg.with_(detect__min_score=0.0))
    threshold = cfg.detect.min_score
    tops = list(_tops_from_paths(fp, wanted.values()))
    found_tops = {fp("location:" + t.location) for t in tops}
    if config_path and tops_wanted - found_tops:
        tops += list(_tops_from_sources(fp, tops_wanted - found_tops, config_path, cfg, out.failed_sources))
    for top in tops:
        for result, text in process_with_text(processor, top, cfg):
            lk = fp("location:" + result.item.location)
            if result.error is not None:
                # Still there but not readable now (over a limit, broken, encrypted): the pack is not the
                # whole answer, and says why (was: "moved, deleted", exit 0). A broken archive or message
                # takes the members and attachments the index holds of it along.
                why = f"could not be read now: {scrub(result.error)}"
                for h in wanted.values():
                    if h.location_key == lk or (h.top_key == lk and h.location_key not in out.decisions):
                        out.unavailable[h.location_key] = why
                        out.unreadable.add(h.location_key)
                continue
            if lk not in wanted or not text:
                continue
            add_known(fp, key, result, text)  # the subject's own number as written: shown, never [NUMBER]
            decide = [f for f in result.findings if f.score >= threshold]
            verdict = attribute(
                text,
                fp,
                key,
                decide,
                loose=loose,
                header_matches=mail_matches(fp, key, result),
                mask_findings=list(result.findings),
            )
            out.decisions[lk] = (verdict.decision or "none", verdict.reason)
            if verdict.decision == "answer":
                out.by_item[lk] = render_excerpts(text, verdict)
    for lk in wanted:
        if lk not in out.by_item and lk not in out.decisions and lk not in out.unreadable:
            out.unavailable[lk] = (
                "could not be re-read from its source (moved, deleted, or not in the configured sources)"
                if config_path
                else "not re-read: give --config so its source can be opened"
            )
    return out
