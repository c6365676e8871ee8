"""The scan pipeline: sources -> extract -> detect -> classify, per top-level item, in parallel.

Top-level items (files, messages) are processed in a process pool (one process per worker, not per
file); results come back in input order. The number of items in flight is bounded, so a source
that yields millions of files is consumed lazily. Nothing here prints: progress goes to a callback.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from pii_scanner.classify import apply_item_flags, apply_tree_flags
from pii_scanner.classify.special_categories import CATEGORIES, shift_evidence
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.entities import NER_ENTITIES
from pii_scanner.core.model import FLAG_SPECIAL_CATEGORY, Extracted, Item, ItemResult, TextPart
from pii_scanner.core.privacy import mask_text
from pii_scanner.detect import Engine
from pii_scanner.detect.engine import NameFinder
from pii_scanner.extract import walk

ItemHook = Callable[[ItemResult, Extracted], None]


@dataclass
class Processor:
    """Everything needed to process items in one process; built once per worker."""

    config: ScanConfig
    engine: Engine
    hooks: tuple[ItemHook, ...] = ()

    @classmethod
    def build(cls, config: ScanConfig) -> Processor:
        names = _name_finder(config)
        hooks = _classifier_hooks(config)
        return cls(config, Engine(config.detect, names=names), hooks)

    def process(self, top: Item) -> list[ItemResult]:
        """All results for one top-level item and everything nested in it (pre-order)."""
        results: list[ItemResult] = []
        parents: dict[int, str] = {}
        for item, extracted in walk(top, self.config):
            result = self._one(item, extracted)
            if item.depth > 0:
                result.parent = parents.get(item.depth - 1)
            parents[item.depth] = item.location
            results.append(result)
        apply_tree_flags(results)
        return results

    def _one(self, item: Item, extracted: Extracted) -> ItemResult:
        result = ItemResult(
            item=item,
            mime=extracted.mime,
            encrypted=extracted.encrypted,
            encryption_reason=extracted.encryption_reason,
            error=extracted.error,
            metadata=dict(extracted.metadata),
        )
        if item.mail is None and extracted.mail is not None:
            item.mail = extracted.mail
        if extracted.stream is not None:
            self._stream(result, extracted)
            return result
        if extracted.metadata.get("content_sha256"):
            result.content_hash = str(extracted.metadata["content_sha256"])
        elif item.data is not None:
            result.content_hash = hashlib.sha256(item.data).hexdigest()
        if extracted.parts:
            result.findings = self.engine.detect_parts(extracted.parts)
            result.text_length = sum(len(p.text) for p in extracted.parts)
            result.languages = sorted({p.lang for p in extracted.parts if p.lang})
            if result.findings and self.config.output.context_chars > 0:
                # The text is gone once the result leaves the worker: keep a MASKED context per finding
                # for the index (store.rows reads this key).
                result.metadata["finding_contexts"] = _masked_contexts(
                    extracted.text(), result, self.config.output.context_chars
                )
        apply_item_flags(result, self.config)
        for hook in self.hooks:
            hook(result, extracted)
        return result

    def _stream(self, result: ItemResult, extracted: Extracted) -> None:
        """A large text read in pieces: detection and the content hooks run window by window.

        Labels from the hooks are merged over the windows (categories and languages: union;
        document type: the first window's). The hooks then run once more on the whole result with
        no text (``parts`` empty), so the hooks that read only the result (risk) see every finding.
        No masked contexts: they need the text, which is never held whole here.
        """
        assert extracted.stream is not None
        categories: dict[str, None] = {}
        languages: set[str] = set()
        for window in self.engine.windows(extracted.stream()):
            found = [
                replace(f, start=f.start + window.base, end=f.end + window.base, part="body")
                for f in self.engine.detect(window.text)
                if window.owns(f)
            ]
            result.findings.extend(found)
            owned = window.owned_text()
            result.text_length += len(owned)
            # The hooks see the owned text alone, so they get findings and give evidence relative to it.
            at = window.base + window.owned_start
            local = [replace(f, start=f.start - at, end=f.end - at) for f in found]
            scratch = ItemResult(item=result.item, mime=result.mime, findings=local)
            part = Extracted(mime=extracted.mime, parts=[TextPart(owned, "body")])
            for hook in self.hooks:
                hook(scratch, part)
            categories.update(dict.fromkeys(scratch.categories))
            result.category_evidence.extend(shift_evidence(e, at) for e in scratch.category_evidence)
            languages.update(scratch.languages)
            result.doc_type = result.doc_type or scratch.doc_type
        result.categories = sorted(categories, key=CATEGORIES.index)
        if result.categories:
            result.add_flag(FLAG_SPECIAL_CATEGORY)
        result.languages = sorted(languages)
        result.metadata = dict(extracted.metadata)
        if extracted.metadata.get("content_sha256"):
            result.content_hash = str(extracted.metadata["content_sha256"])
        apply_item_flags(result, self.config)
        textless = Extracted(mime=extracted.mime)
        for hook in self.hooks:
            hook(result, textless)


def _masked_contexts(text: str, result: ItemResult, width: int) -> dict[str, str]:
    """``"start:end"`` -> the text around each finding passed through ``mask_text`` (no plaintext)."""
    return {f"{f.start}:{f.end}": mask_text(text[max(0, f.start - width) : f.end + width]) for f in result.findings}


def _name_finder(config: ScanConfig) -> NameFinder | None:
    """The NER hook for PERSON/LOCATION, when wanted and available."""
    if not config.ner.enabled or not NER_ENTITIES & set(config.detect.entities):
        return None
    # Our own module: a broken import must fail loudly, never silently switch names off. Optional
    # third-party pipelines (spaCy) are handled inside, with the offline fallback.
    from pii_scanner.detect.ner import build_name_finder

    return build_name_finder(config)


def _classifier_hooks(config: ScanConfig) -> tuple[ItemHook, ...]:
    """Content classifiers (special categories, document type, risk) run after detection."""
    from pii_scanner.classify.content import build_hooks  # our own module: fail loudly when broken

    return tuple(build_hooks(config))


# --- process pool --------------------------------------------------------------------------
_WORKER: Processor | None = None


def _init_worker(config: ScanConfig) -> None:
    global _WORKER  # one Processor per worker process, built once (not a setting)
    _WORKER = Processor.build(config)


def _work(item: Item) -> list[ItemResult]:
    assert _WORKER is not None
    return _WORKER.process(item)


def shippable(item: Item) -> Item:
    """An item ready to cross a process boundary.

    Mail sources read a message lazily through a live connection (so an unchanged message is
    never downloaded); such a reader cannot be pickled, so the message is read here, in the
    process that holds the connection, after the sweep decided the item must be read.
    """
    if item.origin == "mail" and item.read is not None and item.data is None:
        try:
            item.data = item.read()
        except Exception as exc:  # a dropped connection is this message's error, not the sweep's
            item.data = b""
            item.source_error = f"cannot download the message ({exc.__class__.__name__})"
        item.read = None
    return item


def _portable(results: list[ItemResult]) -> list[ItemResult]:
    """Drop lazy readers and raw bytes before results cross a process boundary."""
    for r in results:
        r.item.read = None
        r.item.data = None
    return results


def scan_items(
    items: Iterable[Item],
    config: ScanConfig,
    *,
    progress: Callable[[ItemResult], Any] | None = None,
) -> Iterator[ItemResult]:
    """Process items (each with its nested members) and yield every result in input order."""
    workers = config.workers or os.cpu_count() or 1
    if workers <= 1:
        processor = Processor.build(config)
        for item in items:
            for result in _portable(processor.process(item)):
                if progress:
                    progress(result)
                yield result
        return
    in_flight: deque[Future[list[ItemResult]]] = deque()
    window = workers * 4
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(config,)) as pool:
        for item in items:
            in_flight.append(pool.submit(_work, shippable(item)))
            while len(in_flight) >= window:
                yield from _drain(in_flight.popleft(), progress)
        while in_flight:
            yield from _drain(in_flight.popleft(), progress)


def _drain(future: Future[list[ItemResult]], progress: Callable[[ItemResult], Any] | None) -> Iterator[ItemResult]:
    for result in _portable(future.result()):
        if progress:
            progress(result)
        yield result
