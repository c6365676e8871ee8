"""Excerpts of the subject's data for the access-request export, other people masked.

The index holds no text, so each item is re-read from its source: the top-level item is found
again (a file path whose location key matches, or a walk of the configured sources' listings) and
extracted; detection runs on the text; around each of the subject's own findings a window is cut in
which every OTHER finding (other people's identifiers, names, addresses) is replaced by its masked
form, and ID-shaped digit runs the detector did not report are masked as well.

The subject's own values are shown: the export is the copy the data subject asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pii_scanner.access.live import load_sweep_config, name_spans
from pii_scanner.access.match import best_name_match, clusters, name_level
from pii_scanner.access.results import Hit
from pii_scanner.access.subject import SubjectKey
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import PiiScannerError
from pii_scanner.core.model import Extracted, Finding, Item, ItemResult
from pii_scanner.core.privacy import Fingerprinter, mask_value, scrub
from pii_scanner.core.state import MemoryState
from pii_scanner.extract import walk
from pii_scanner.pipeline import Processor
from pii_scanner.sources.files import file_item
from pii_scanner.sources.registry import open_source
from pii_scanner.sweeps.engine import sweep_sources_from

WINDOW = 160  # characters of context either side of the subject's data


@dataclass
class Excerpts:
    by_item: dict[str, list[str]] = field(default_factory=dict)  # location_key -> excerpts
    unavailable: dict[str, str] = field(default_factory=dict)  # location_key -> why not


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


def _tops_from_sources(fp: Fingerprinter, wanted: set[str], config_path: str | Path, cfg: ScanConfig) -> Iterator[Item]:
    _, doc = load_sweep_config(config_path)
    for spec in sweep_sources_from(None, doc, None):
        try:
            for item in open_source(spec, cfg, MemoryState()).items():
                if not item.metadata.get("deleted") and fp("location:" + item.location) in wanted:
                    yield item
        except (PiiScannerError, OSError):
            continue  # that source's items stay "unavailable"


def subject_spans(fp: Fingerprinter, key: SubjectKey, result: ItemResult) -> set[tuple[int, int]]:
    """Offsets of the subject's own data in the item's text."""
    own = {(f.start, f.end) for f in result.findings if f.entity_type != "PERSON" and fp(f.normalized) in key.ident_fps}
    spans = name_spans(fp, result)
    if key.names and best_name_match(key, (sp for sp, _ in spans), loose=False):
        for cluster in clusters(sp for sp, _ in spans):
            if any(name_level(n, cluster) for n in key.names):
                own.update((sp.start, sp.end) for sp in cluster)
    return own


def masked_excerpts(text: str, findings: list[Finding], own: set[tuple[int, int]], width: int = WINDOW) -> list[str]:
    """Windows around ``own`` spans; other findings masked, stray ID-shaped numbers masked."""
    windows: list[list[int]] = []
    for start, end in sorted(own):
        lo, hi = max(0, start - width), min(len(text), end + width)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    others = sorted((f for f in findings if (f.start, f.end) not in own), key=lambda f: f.start)
    out = []
    for lo, hi in windows:
        pieces: list[str] = []
        pos = lo
        marks = [(s, e, text[s:e]) for s, e in sorted(own) if lo <= s < hi]
        marks += [
            (f.start, f.end, mask_value(f.entity_type, f.value, f.normalized))
            for f in others
            if lo <= f.start < hi and not any(s <= f.start < e for s, e in own)
        ]
        for start, end, shown in sorted(marks):
            if start < pos:
                continue
            pieces.append(scrub(text[pos:start]) or "")
            pieces.append(shown)
            pos = end
        pieces.append(scrub(text[pos : max(pos, hi)]) or "")
        out.append(("…" if lo > 0 else "") + "".join(pieces).strip() + ("…" if hi < len(text) else ""))
    return out


def build_excerpts(
    fp: Fingerprinter,
    key: SubjectKey,
    hits: list[Hit],
    *,
    config_path: str | Path | None,
    config: ScanConfig | None = None,
) -> Excerpts:
    """Re-read every (non-private) hit from its source and cut masked excerpts."""
    out = Excerpts()
    wanted = {h.location_key: h for h in hits if not h.private}
    if not wanted:
        return out
    cfg = config or (load_sweep_config(config_path)[0] if config_path else ScanConfig())
    tops_wanted = {h.top_key for h in wanted.values()}
    processor = Processor.build(cfg.with_(workers=1))
    tops = list(_tops_from_paths(fp, wanted.values()))
    found_tops = {fp("location:" + t.location) for t in tops}
    if config_path and tops_wanted - found_tops:
        tops += list(_tops_from_sources(fp, tops_wanted - found_tops, config_path, cfg))
    for top in tops:
        for item, extracted in _walk(top, cfg):
            lk = fp("location:" + item.location)
            if lk in wanted and extracted.parts:
                result = ItemResult(item=item, findings=processor.engine.detect_parts(extracted.parts))
                text = extracted.text()
                out.by_item[lk] = masked_excerpts(text, result.findings, subject_spans(fp, key, result))
    for lk in wanted:
        if lk not in out.by_item:
            out.unavailable[lk] = (
                "could not be re-read from its source (moved, deleted, or not in the configured sources)"
                if config_path
                else "not re-read: give --config so its source can be opened"
            )
    return out


def _walk(top: Item, cfg: ScanConfig) -> Iterator[tuple[Item, Extracted]]:
    try:
        yield from walk(top, cfg)
    except (PiiScannerError, OSError):
        return
