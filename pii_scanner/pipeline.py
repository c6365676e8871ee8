"""The scan pipeline: sources -> extract -> detect -> classify, per top-level item, in parallel.

Top-level items (files, messages) are processed in a process pool (one process per worker, not per
file); results come back in input order. The number of items in flight is bounded, so a source
that yields millions of files is consumed lazily. Nothing here prints: progress goes to a callback.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TYPE_CHECKING, Any, Union

import yaml

from pii_scanner.classify import apply_item_flags, apply_tree_flags
from pii_scanner.classify.special_categories import CATEGORIES, shift_evidence
from pii_scanner.core import collector
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.entities import NER_ENTITIES
from pii_scanner.core.errors import ConfigError, PiiScannerError
from pii_scanner.core.finding_log import FindingLog
from pii_scanner.core.model import (
    FLAG_SPECIAL_CATEGORY,
    PART_SEPARATOR,
    Extracted,
    Finding,
    Item,
    ItemResult,
    PartPiece,
    TextPart,
)
from pii_scanner.core.privacy import Fingerprinter, load_key, mask_text
from pii_scanner.core.worker_process import prepare_worker
from pii_scanner.detect import Engine
from pii_scanner.detect.engine import NAME_PART, NameFinder, Window
from pii_scanner.detect.known import ErasedMatcher, encoded_values, folders_of, with_known
from pii_scanner.extract import walk
from pii_scanner.extract.dispatch import extractor_for, resolved
from pii_scanner.extract.pieces import collect
from pii_scanner.extract.sniff import mime_by_name, sniff_mime
from pii_scanner.extract.split import (
    MessageBatch,
    TextPlan,
    TextSegment,
    batch_context,
    listing_error,
    plan_mailbox,
    plan_text,
    segment_pieces,
    walk_batch,
)
from pii_scanner.extract.split_pst import PstBatch, plan_pst, walk_pst_batch
from pii_scanner.extract.text import PRIVATE_CUT
from pii_scanner.extract.walk import error_message

if TYPE_CHECKING:  # the process pool's modules are imported when a scan has more than one worker
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

ItemHook = Callable[[ItemResult, Extracted], None]


def _own_folders(item: Item) -> str:
    """The folders an item lies in that are its own to answer for: a mail message none (its location is the
    server's), an archive member only those inside the archive (the archive's item holds the outer ones)."""
    if item.mail is not None:
        return ""
    folders = folders_of(item)
    return folders.partition("!/")[2] if item.depth > 0 else folders


def _given_name(item: Item) -> bool:
    """Whether the item's name is one a person gave (a file, an archive member, an attachment).
    A mail message's name is made up by its source from a server id (an IMAP UID has up to ten
    digits), so reading it would report invented identifiers, on private messages too."""
    return bool(item.name) and item.mail is None


# What ``Processor.warm`` runs through detection and the content hooks: Danish and Swedish prose with the
# kinds of thing they look for (made-up values; none is a valid identifier).
_WARM_TEXT = (
    "Kære Mette Hansen, tak for din mail om sagen. Hun er gift med sin hustru og har ondt i ryggen.\n"
    "Hej Anna Svensson, vi hörs på mötet i morgon. Personnummer 000000-0000, telefon 12 34 56 78,\n"
    "e-mail mette@example.dk, konto DK00 0000 0000 0000 00. Medlem af fagforeningen, troende.\n"
)


# What reading a recognizers data file of the wrong shape raises.
_DATA_ERRORS = (KeyError, AttributeError, TypeError, ValueError, IndexError, RecursionError, yaml.YAMLError, OSError)


@dataclass
class Processor:
    """Everything needed to process items in one process; built once per worker."""

    config: ScanConfig
    engine: Engine
    hooks: tuple[ItemHook, ...] = ()
    # The erasure ledger's identifiers, compared with the text while it is held (None: an empty ledger).
    erased: ErasedMatcher | None = None
    _folder_findings: dict[str, list[Finding]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, config: ScanConfig) -> Processor:
        try:
            names = _name_finder(config)
            hooks = _classifier_hooks(config)
            engine = Engine(config.detect, names=names)
        except PiiScannerError:
            raise
        except _DATA_ERRORS as exc:
            folder = config.detect.recognizers_dir
            if folder is None:
                raise  # the shipped data: a bug
            # The user's own copy of the recognizers data: a configuration error, one line (was: exit 70).
            raise ConfigError(
                f"[scan.detect] recognizers_dir {folder}: its data files cannot be read "
                f"({type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else 'wrong shape'}); "
                "start from a copy of the shipped recognizers/ folder"
            ) from exc
        erased = None
        if config.erased is not None:  # keyed as the index: the sweep's key file or PII_SCANNER_KEY
            erased = ErasedMatcher(config.erased, Fingerprinter(load_key(config.key_file)))
        return cls(config, engine, hooks, erased)

    def warm(self, ahead: Sequence[Item]) -> None:
        """Load now what this Processor loads on its first items, so that workers forked after it share
        one copy (each would otherwise load its own): libmagic's database, the readers of the formats
        ``ahead``'s names give, the detection kernel's lead tables, the name finder's and the
        classifiers' tables, and, when an item ahead may be small enough for a short text, all of
        lingua's models. Only what this configuration runs is loaded: a made-up text goes through the
        same detection and content hooks as an item's. Nothing of it is kept in a result or written."""
        sniff_mime(_WARM_TEXT.encode("utf-8"), "warm-up.txt")
        for mime in sorted({m for m in (mime_by_name(i.name or i.path) for i in ahead) if m}):
            reader = extractor_for(mime)
            if reader is not None:
                resolved(reader)  # imports its module (and its libraries) once, here
        parts = [TextPart(_WARM_TEXT)]
        result = ItemResult(item=Item(location="", path="", name="warm-up.txt"), mime="text/plain")
        result.findings = self.engine.detect_parts(parts)
        for hook in self.hooks:
            hook(result, Extracted(mime="text/plain", parts=parts))
        if short_items(ahead):
            from pii_scanner.detect.ner.langid import preload

            preload()

    def process(self, top: Item) -> list[ItemResult]:
        """All results for one top-level item and everything nested in it (pre-order)."""
        batches = plan_mailbox_file(top, self.config)
        if batches is not None:  # an mbox or PST file: read message by message, never whole
            usage = MailboxUsage.of(self.config)
            results: list[ItemResult] = []
            for batch in batches:  # one after the other: each takes up the budget where the last left it
                done_batch = self.process_batch(usage.start(batch))
                usage.add(done_batch)
                results.extend(done_batch)
            return _unchanged(results)
        return _unchanged(self._walked(walk(top, self.config), {}))

    def process_batch(self, batch: MailBatch) -> BatchResults:
        """The results of a batch of a mailbox file's messages (and the mailbox's own, for the first batch),
        with the budget the batch used."""
        ctx = batch_context(self.config, batch.expanded_before, batch.seconds_before)
        if isinstance(batch, PstBatch):
            pairs = walk_pst_batch(batch, self.config, ctx)
        else:
            pairs = walk_batch(batch, self.config, ctx)
        out = BatchResults(self._walked(pairs, {0: batch.top.location}))
        out.expanded = ctx.budget.expanded - batch.expanded_before
        out.seconds = max(0.0, ctx.budget.elapsed() - batch.seconds_before)
        return out

    def run(self, work: Work) -> Outcome:
        """One unit of work as the pool hands it out."""
        if isinstance(work, (MessageBatch, PstBatch)):
            return self.process_batch(work)
        if isinstance(work, TextSegment):
            return self.process_segment(work)
        if isinstance(work, TextFinish):
            return self.finish_text(work)
        return self.process(work)

    def _walked(self, pairs: Iterable[tuple[Item, Extracted]], parents: dict[int, str]) -> list[ItemResult]:
        results: list[ItemResult] = []
        for item, extracted in pairs:
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
        if extracted.part_stream is not None and not self._gather(result, extracted):
            return result  # large: detected window by window as it was read
        if sum(len(p.text) for p in extracted.parts) > self.config.limits.stream_above:
            self._large_parts(result, extracted)
            return result
        named = (self.engine.detect_name(item.name) if _given_name(item) else []) + self._in_folders(item)
        if self.erased is not None:
            named = self._erased_in_name(item, named)
        if extracted.parts:
            result.findings = self.engine.detect_parts(_with_language(extracted.parts)) + named
            if self.erased is not None:
                result.findings = with_known(result.findings, self._erased_in_parts(extracted.parts))
            result.text_length = sum(len(p.text) for p in extracted.parts)
            if self.config.encoded_traces:
                for part in extracted.parts:
                    result.encoded_values |= encoded_values(part.text)
            result.languages = sorted({p.lang for p in extracted.parts if p.lang})
            if result.findings and self.config.output.context_chars > 0:
                # The text is gone once the result leaves the worker: keep a MASKED context per finding
                # for the index (store.rows reads this key).
                result.metadata["finding_contexts"] = _masked_contexts(
                    extracted.text(), result, self.config.output.context_chars
                )
        elif named:
            result.findings = named
        apply_item_flags(result, self.config)
        for hook in self.hooks:
            hook(result, extracted)
        return result

    def _in_folders(self, item: Item) -> list[Finding]:
        """Identifiers in the folders the item lies in, so the index answers as the live paths do (a folder
        named ``Sag 070761-4285``). Offsets lie past the name, as ``_erased_in_name`` lays them out. An archive
        member: only the folders inside the archive (its archive's item holds the outer ones). Per folder once
        per worker: a folder's files share it."""
        folders = _own_folders(item)
        if not folders:
            return []
        found = self._folder_findings.get(folders)
        if found is None:
            if len(self._folder_findings) >= 1024:
                self._folder_findings.clear()
            found = self._folder_findings[folders] = self.engine.detect_folders(folders)
        if not found:
            return []
        shift = len(item.name) + 1 if _given_name(item) else 0
        return [replace(f, start=f.start + shift, end=f.end + shift) for f in found]

    def _erased_in_name(self, item: Item, named: list[Finding]) -> list[Finding]:
        """The name's findings with the ledger's identifiers written in it or in a folder the item lies in
        (``Sag 07 07 61 42 85/notat.txt``, as the live paths read them; a folder's offsets lie past the name)."""
        assert self.erased is not None
        places = "\x00".join(p for p in (item.name if _given_name(item) else "", _own_folders(item)) if p)
        return with_known(named, self.erased.findings(places, part=NAME_PART)) if places else named

    def _erased_in_parts(self, parts: list[TextPart]) -> list[Finding]:
        """The ledger's identifiers in an item's text parts (offsets into the parts joined, as detect_parts')."""
        assert self.erased is not None
        out: list[Finding] = []
        offset = 0
        for part in parts:
            out += self.erased.findings(part.text, part=part.label, shift=offset)
            offset += len(part.text) + len(PART_SEPARATOR)
        return out

    def _stream(self, result: ItemResult, extracted: Extracted) -> None:
        """A large text read in pieces: detection and the content hooks run window by window.

        Labels from the hooks are merged over the windows (categories and languages: union;
        document type: the first window's). The hooks then run once more on the whole result with
        no text (``parts`` empty), so the hooks that read only the result (risk) see every finding.
        No masked contexts: they need the text, which is never held whole here.
        """
        assert extracted.stream is not None
        partial = self._windows(result.item, extracted.mime, self.engine.windows(extracted.stream()), spill=True)
        self._finish_stream(result, partial, extracted.metadata)

    def _large_parts(self, result: ItemResult, extracted: Extracted) -> None:
        """A large extracted text (any extractor: PDF, DOCX, XLSX...) detected window by window.

        Each part is cut into the same windows as a streamed text file, so the findings (offsets
        into the parts joined by PART_SEPARATOR, part labels, OCR reading, names) are those of
        ``detect_parts`` on the whole, while the findings gather in a FindingLog and the content
        hooks see one window at a time, as for a streamed text. No masked contexts for the index
        (one per finding would grow with the findings).
        """
        partial = StreamPartial(findings=FindingLog(keep=self.config.limits.findings_in_memory))
        offset = 0
        size = self.config.detect.chunk_size
        for part in extracted.parts:
            text = part.text
            pieces = (text[i : i + size] for i in range(0, len(text), size))  # never one huge buffer
            self._windows(
                result.item,
                extracted.mime,
                self.engine.windows(pieces),
                out=partial,
                label=part.label,
                shift=offset,
                ocr=part.label == "ocr",
                lang=part.lang,
            )
            offset += len(text) + len(PART_SEPARATOR)
        partial.languages.update(p.lang for p in extracted.parts if p.lang)
        hash_ = result.content_hash
        self._finish_stream(result, partial, result.metadata)
        result.content_hash = result.content_hash or hash_

    def _gather(self, result: ItemResult, extracted: Extracted) -> bool:
        """Read a document's streamed text. While it stays within ``limits.stream_above`` characters
        it is gathered into ``extracted.parts`` (True: the caller goes on as for any document, so
        a small document gives exactly what it gave when built whole); once it is longer, what was
        held and the rest are detected window by window as they come (False: ``result`` is done),
        exactly as ``_large_parts`` detects a long text built whole."""
        assert extracted.part_stream is not None
        pieces = _readable(extracted.part_stream(), extracted.mime)
        extracted.part_stream = None
        held: list[PartPiece] = []
        size = 0
        for piece in pieces:
            held.append(piece)
            size += len(piece.text)
            if size > self.config.limits.stream_above:
                self._streamed_parts(result, extracted, chain(held, pieces))
                return False
        extracted.parts, error = collect(held)
        extracted.error = extracted.error or error
        result.error = result.error or error
        result.metadata = dict(extracted.metadata)  # what reading the text added (pages read...)
        return True

    def _streamed_parts(self, result: ItemResult, extracted: Extracted, pieces: Iterator[PartPiece]) -> None:
        """A long document's parts detected window by window as they are read (see ``_large_parts``)."""
        partial = StreamPartial(findings=FindingLog(keep=self.config.limits.findings_in_memory))
        errors: list[str] = []
        offset = 0
        for label, texts in _parts_of(pieces, errors):
            length = 0

            def counted(texts: Iterator[str] = texts) -> Iterator[str]:
                nonlocal length
                for text in texts:
                    length += len(text)
                    yield text

            self._windows(
                result.item,
                extracted.mime,
                self.engine.windows(counted()),
                out=partial,
                label=label,
                ocr=label == "ocr",
                shift=offset,
            )
            offset += length + len(PART_SEPARATOR)
        hash_ = result.content_hash
        self._finish_stream(result, partial, extracted.metadata)
        result.content_hash = result.content_hash or hash_
        result.error = result.error or (errors[0] if errors else None)

    def process_segment(self, segment: TextSegment) -> StreamPartial:
        """Windows ``[first, stop)`` of a large text, decoded from the segment's start only."""
        try:
            windows = self.engine.windows(
                segment_pieces(segment), base=segment.char_start, first=segment.first, stop=segment.stop
            )
            return self._windows(segment.top, segment.mime, windows)
        except Exception as exc:  # a file that changed or vanished: this item's error, not the scan's
            return StreamPartial(error=f"cannot read a segment of the file ({exc.__class__.__name__})")

    def finish_text(self, job: TextFinish) -> list[ItemResult]:
        """The one result of a large text whose segments were processed apart (``job.partial`` merged)."""
        result = ItemResult(item=job.top, mime=job.mime)
        self._finish_stream(result, job.partial, job.metadata)
        result.error = job.partial.error or result.error
        apply_tree_flags([result])
        return _unchanged([result])

    def _windows(
        self,
        item: Item,
        mime: str,
        windows: Iterable[Window],
        *,
        spill: bool = False,
        out: StreamPartial | None = None,
        label: str = "body",
        shift: int = 0,
        ocr: bool = False,
        lang: str | None = None,
    ) -> StreamPartial:
        """``spill``: the findings may be many (a whole text): held in a FindingLog. A segment's are
        bounded by its size and cross back to the coordinator, which spills them there. ``out``:
        add to this partial instead; ``label``/``shift``/``ocr``/``lang``: the text part the windows
        cut (its label, its offset in the item's text, how it is read)."""
        if out is None:
            out = StreamPartial(findings=FindingLog(keep=self.config.limits.findings_in_memory) if spill else [])
        move = self.engine.moved
        for window in windows:
            found = [
                move(f, window.base + shift, label)
                for f in self.engine.detect(window.text, ocr=ocr, lang=lang)
                if window.owns(f)
            ]
            if self.erased is not None:
                erased = self.erased.findings(window.text)
                found = with_known(found, [move(f, window.base + shift, label) for f in erased if window.owns(f)])
            out.findings.extend(found)
            if self.config.encoded_traces:  # windows overlap: a run cut at one's end is whole in the next
                out.encoded |= encoded_values(window.text)
            owned = window.owned_text()
            out.text_length += len(owned)
            # The hooks see the owned text alone, so they get findings and give evidence relative to it.
            at = window.base + window.owned_start + shift
            local = [move(f, -at, label) for f in found]
            scratch = ItemResult(item=item, mime=mime, findings=local)
            part = Extracted(mime=mime, parts=[TextPart(owned, "body")])
            for hook in self.hooks:
                hook(scratch, part)
            out.categories.update(dict.fromkeys(scratch.categories))
            out.evidence.extend(shift_evidence(e, at) for e in scratch.category_evidence)
            out.languages.update(scratch.languages)
            out.doc_type = out.doc_type or scratch.doc_type
        return out

    def _finish_stream(self, result: ItemResult, partial: StreamPartial, metadata: dict[str, Any]) -> None:
        if result.findings:
            result.findings.extend(partial.findings)
        else:  # taken over, never copied: it may be a spilled log
            result.findings = partial.findings
        named = self._in_folders(result.item)
        if _given_name(result.item):
            named = self.engine.detect_name(result.item.name) + named
            named = self._erased_in_name(result.item, named) if self.erased is not None else named
        result.findings.extend(named)
        result.text_length += partial.text_length
        result.encoded_values |= partial.encoded
        result.category_evidence.extend(partial.evidence)
        result.doc_type = result.doc_type or partial.doc_type
        result.categories = sorted(partial.categories, key=CATEGORIES.index)
        if result.categories:
            result.add_flag(FLAG_SPECIAL_CATEGORY)
        result.languages = sorted(partial.languages)
        result.metadata = dict(metadata)
        if metadata.get(PRIVATE_CUT):  # read up to a private message in it: the rest is not read (exit 4)
            result.error = result.error or str(metadata[PRIVATE_CUT])
        if metadata.get("content_sha256"):
            result.content_hash = str(metadata["content_sha256"])
        apply_item_flags(result, self.config)
        textless = Extracted(mime=result.mime)
        for hook in self.hooks:
            hook(result, textless)


@dataclass
class StreamPartial:
    """What a run of windows of one long text gave; runs are merged in text order into one result."""

    # A list for a segment's findings; a FindingLog where all of a text's findings gather.
    findings: list[Finding] | FindingLog = field(default_factory=list)
    text_length: int = 0
    categories: dict[str, None] = field(default_factory=dict)  # ordered set
    evidence: list[dict[str, Any]] = field(default_factory=list)
    languages: set[str] = field(default_factory=set)
    doc_type: str | None = None
    error: str | None = None
    encoded: set[str] = field(default_factory=set)  # what the windows write only encoded (sweeps)

    def summary(self) -> StreamPartial:
        """This partial with its findings reduced to their counts (what the last step needs)."""
        counts = (
            self.findings.summary() if isinstance(self.findings, FindingLog) else FindingLog(self.findings).summary()
        )
        return replace(self, findings=counts)

    def add(self, later: StreamPartial) -> None:
        self.findings.extend(later.findings)
        self.text_length += later.text_length
        self.categories.update(later.categories)
        self.evidence.extend(later.evidence)
        self.languages |= later.languages
        self.doc_type = self.doc_type or later.doc_type
        self.error = self.error or later.error
        self.encoded |= later.encoded


@dataclass(frozen=True)
class TextFinish:
    """The last step of a large text processed in segments: the merged windows become its result.

    Its findings stay with the coordinator (``partial.findings`` is a counts-only summary of
    them, enough for flags and risk); they are put back on the result when it returns.
    """

    top: Item
    mime: str
    partial: StreamPartial
    metadata: dict[str, Any]


class BatchResults(list[ItemResult]):
    """A batch's results, and how much of the mailbox's budget the batch used."""

    expanded: int = 0  # bytes expanded (attachments, archive members)
    seconds: float = 0.0  # extraction time (detection excluded)


@dataclass
class MailboxUsage:
    """One mailbox file's budget over all its batches, wherever they run.

    The whole-file walk has ONE budget per top-level file (expanded bytes, extraction time); spread
    over workers, a batch starts from what the batches before it had used when it was handed out.
    That is exact when they had all come back (one worker); otherwise the batch ran from an earlier
    figure, which changes nothing as long as the budget is not exhausted by it. When it would be,
    the batch is run again from the true figure, so the limit strikes where one pass strikes it.
    """

    max_expanded: int
    max_seconds: float
    expanded: int = 0
    seconds: float = 0.0

    @classmethod
    def of(cls, config: ScanConfig) -> MailboxUsage:
        return cls(config.limits.max_expanded, config.limits.time_budget)

    def start(self, batch: MailBatch) -> MailBatch:
        """The batch, to start from the budget used so far."""
        return replace(batch, expanded_before=self.expanded, seconds_before=self.seconds)

    def exact(self, batch: MailBatch, results: list[ItemResult]) -> bool:
        """True when ``results`` are what the batch gives from the budget used so far."""
        if (batch.expanded_before, batch.seconds_before) == (self.expanded, self.seconds):
            return True
        expanded, seconds = getattr(results, "expanded", 0), getattr(results, "seconds", 0.0)
        return self.expanded + expanded <= self.max_expanded and self.seconds + seconds <= self.max_seconds

    def add(self, results: list[ItemResult]) -> None:
        self.expanded += getattr(results, "expanded", 0)  # an abandoned batch used nothing known
        self.seconds += getattr(results, "seconds", 0.0)


MailBatch = Union[MessageBatch, PstBatch]  # noqa: UP007 - a run-time alias
Work = Union[Item, MessageBatch, PstBatch, TextSegment, TextFinish]  # noqa: UP007
Outcome = Union[list[ItemResult], StreamPartial]  # noqa: UP007


CHANGED_WHILE_READ = "file changed while being read (its size or modification time is no longer as listed)"


def _unchanged(results: list[ItemResult]) -> list[ItemResult]:
    """The results of a top-level file, its record given an error when the file was truncated, grown
    or rewritten while it was read: what was read is only part of it (exit 4), never the whole."""
    top = results[0] if results else None
    changed = getattr(top.item.read, "changed", None) if top is not None and top.item.depth == 0 else None
    if top is not None and changed is not None and not top.error and changed():
        top.error = CHANGED_WHILE_READ
    return results


def abandoned(work: Work, error: str) -> Outcome:
    """What a unit of work stands for when it had to be given up (its deadline passed)."""
    if isinstance(work, TextSegment):
        return StreamPartial(error=error)
    if isinstance(work, TextFinish):
        return [ItemResult(item=work.top, mime=work.mime, error=error)]
    if isinstance(work, MessageBatch):
        from pii_scanner.extract.mail import OneShot  # the mail modules: only where mail is scanned
        from pii_scanner.extract.mailbox_files import mbox_message

        top = work.top
        out = [ItemResult(item=top, mime="application/mbox")] if work.first else []
        for n, start, end in work.spans:
            message = mbox_message(top, work.folder, n, OneShot(b""), end - start)
            message.depth = 1
            out.append(ItemResult(item=message, error=error, parent=top.location))
        if work.error:
            out.append(ItemResult(item=listing_error(top), error=work.error, parent=top.location))
        return out
    if isinstance(work, PstBatch):
        from pii_scanner.extract.mailbox_files import damaged_part

        top = work.top
        out = [ItemResult(item=top, mime="application/vnd.ms-outlook-pst")] if work.first else []
        for step in work.steps:
            part = damaged_part(top, step.path, step.damaged or error)
            part.depth = 1
            out.append(ItemResult(item=part, error=part.source_error, parent=top.location))
        if work.error:
            out.append(ItemResult(item=listing_error(top), error=work.error, parent=top.location))
        return out
    return [ItemResult(item=work, error=error)]


def plan_mailbox_file(item: Item, config: ScanConfig) -> Iterator[MailBatch] | None:
    """Batches of an mbox or PST/OST file's messages, or None for any other item."""
    mbox = plan_mailbox(item, config)
    if mbox is not None:
        return mbox
    return plan_pst(item, config)


# A text this short gives the country evidence of its lines little to go on ("Reference: Mette Lund
# 141277-2632."): its language, identified once (as the content hooks would after detection), decides
# a number valid in two countries when its own lines do not.
_SHORT_TEXT = 2000


def _with_language(parts: list[TextPart]) -> list[TextPart]:
    """``parts`` with the item's language set on each, for a short item whose parts declare none."""
    if any(p.lang for p in parts) or sum(len(p.text) for p in parts) > _SHORT_TEXT:
        return parts
    from pii_scanner.detect.ner.langid import item_languages  # lingua: loaded by the first item that needs it

    langs = item_languages(parts)
    if len(langs) != 1:
        return parts
    for part in parts:
        part.lang = langs[0]  # also the item's languages (the content hook would set the same)
    return parts


def _readable(pieces: Iterator[PartPiece], mime: str) -> Iterator[PartPiece]:
    """A document's pieces; a failure the extractor did not turn into an error piece ends them with one."""
    try:
        yield from pieces
    except Exception as exc:  # a parser bug on hostile input: this item's error, never the scan's
        yield PartPiece("", error=error_message(exc, mime, "reading the text"))


def _parts_of(pieces: Iterator[PartPiece], errors: list[str]) -> Iterator[tuple[str, Iterator[str]]]:
    """(label, its texts) per part, in order; each part's texts must be read out before the next part
    is asked for. Error pieces go to ``errors``."""
    box: list[PartPiece] = []

    def texts(first: PartPiece) -> Iterator[str]:
        yield first.text
        for piece in pieces:
            if piece.error is not None:
                errors.append(piece.error)
            elif piece.start:
                box.append(piece)
                return
            else:
                yield piece.text

    for piece in pieces:  # the first text piece
        if piece.error is not None:
            errors.append(piece.error)
            continue
        box.append(piece)
        break
    while box:
        first = box.pop()
        yield first.label, texts(first)


def _masked_contexts(text: str, result: ItemResult, width: int) -> dict[str, str]:
    """``"start:end"`` -> the text around each finding passed through ``mask_text`` (no plaintext)."""
    return {
        f"{f.start}:{f.end}": mask_text(text[max(0, f.start - width) : f.end + width])
        for f in result.findings
        if f.part != NAME_PART  # offsets into the item's name, not its text
    }


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


# --- spreading work over a pool ----------------------------------------------------------------
_WORKER: Processor | None = None


def _init_worker(config: ScanConfig) -> None:
    global _WORKER  # one Processor per worker process, built once (not a setting)
    prepare_worker()  # default SIGTERM, and an end when the parent dies without closing the pool
    collector.hold()  # a worker's start-up, as the CLI's (core/collector.py)
    try:
        _WORKER = Processor.build(config)
    finally:
        collector.settle()


def _adopt_worker(processor: Processor) -> None:
    """A forked worker's initializer: the Processor the parent built before forking, shared copy-on-write
    (never pickled: a forked child starts with the parent's memory)."""
    global _WORKER  # as _init_worker
    prepare_worker()
    _WORKER = processor


def warmed_pool(
    workers: int,
    config: ScanConfig,
    ahead: Sequence[Item],
    work: Callable[[Work], Outcome],
    adopt: Callable[[Processor], None],
    build: Callable[[ScanConfig], None],
) -> RenewingPool:
    """A pool of ``workers`` processes running ``work``, each holding a Processor for ``config``. Forked
    workers inherit one built and warmed here (built once instead of once per worker, its lazily loaded
    tables and models shared copy-on-write; a renewed pool inherits it too): ``adopt(processor)`` is their
    initializer. Workers started any other way (spawn, forkserver) build their own: ``build(config)``.
    ``ahead``: the first items the pool will be given (see ``Processor.warm``). Used by ``scan_items``
    and the sweep's local executor."""
    import multiprocessing

    if multiprocessing.get_start_method() == "fork":
        processor = Processor.build(config)
        processor.warm(ahead)
        return RenewingPool(workers, work, adopt, (processor,))
    return RenewingPool(workers, work, build, (config,))


def _worker_pool(workers: int, config: ScanConfig, ahead: Sequence[Item] = ()) -> RenewingPool:
    """The scan's pool (``warmed_pool`` with this module's worker functions)."""
    return warmed_pool(workers, config, ahead, _work, _adopt_worker, _init_worker)


# How many top-level items are looked at before a pool is started.
LOOK_AHEAD = 64
# Items that may hold a text of under ~120 letters, where lingua needs all of its models (digits,
# punctuation and repeated blanks do not count; a longer text needs its trigrams only): a plain text file
# under SHORT_TEXT_FILE bytes, another file under SMALL_DOCUMENT bytes (an ODT of a few lines is ~2 KB, an
# empty DOCX from Word or python-docx ~10-36 KB, a mailbox file holds many messages), an unknown size.
SHORT_TEXT_FILE = 300
SMALL_DOCUMENT = 16 * 1024
_PLAIN_TEXT = frozenset({"text/plain", "text/csv", "text/tab-separated-values"})


def short_items(items: Sequence[Item]) -> bool:
    """Whether any of ``items`` may hold a text short enough for all of lingua's models (see above)."""
    for item in items:
        if item.size is None or item.size < SHORT_TEXT_FILE:
            return True
        if item.size < SMALL_DOCUMENT and mime_by_name(item.name or item.path) not in _PLAIN_TEXT:
            return True
    return False


def look_ahead(items: Iterable[Item], count: int = LOOK_AHEAD) -> tuple[list[Item], Iterator[Item]]:
    """The first ``count`` items, and every item (those first) as an iterator. An error the source
    raises while they are read is raised again where it was met, after the items before it."""
    source = iter(items)
    first: list[Item] = []
    error: Exception | None = None
    try:
        for item in source:
            first.append(item)
            if len(first) >= count:
                break
    except Exception as exc:  # the source's own error: the scan meets it after the items it gave
        error = exc

    def every() -> Iterator[Item]:
        yield from first
        if error is not None:
            raise error
        yield from source

    return first, every()


def _work(work: Work) -> Outcome:
    assert _WORKER is not None
    return _portable_outcome(_WORKER.run(work))


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


def _portable_outcome(outcome: Outcome) -> Outcome:
    return outcome if isinstance(outcome, StreamPartial) else _portable(outcome)


def done(outcome: Outcome) -> Future[Outcome]:
    """A future that already holds ``outcome`` (work run in this process)."""
    future: Future[Outcome] = Future()
    future.set_result(outcome)
    return future


Submit = Callable[[Work], "Future[Outcome]"]
# Large single texts are cut into segments of this many detection windows when work is spread.
WINDOWS_PER_SEGMENT = 4


class _Entry:
    """One thing awaited, in input order: a unit of work whose outcome yields results or folds."""

    __slots__ = ("batch", "fold", "future", "last", "later", "submit", "usage")

    def __init__(
        self,
        future: Future[Outcome] | None,
        *,
        last: bool,
        fold: StreamPartial | None = None,
        later: Callable[[], Future[Outcome]] | None = None,
        batch: MailBatch | None = None,
        usage: MailboxUsage | None = None,
        submit: Submit | None = None,
    ) -> None:
        self.future, self.last, self.fold, self.later = future, last, fold, later
        self.batch, self.usage, self.submit = batch, usage, submit

    def take(self) -> tuple[list[ItemResult], bool]:
        future = self.future if self.future is not None else self.later() if self.later else done([])
        outcome = future.result()
        if self.usage is not None and self.batch is not None and isinstance(outcome, list):
            if not self.usage.exact(self.batch, outcome) and self.submit is not None:
                outcome = self.submit(self.usage.start(self.batch)).result()  # the budget runs out here
            assert isinstance(outcome, list)  # a batch gives results, never a partial text
            self.usage.add(outcome)
        if isinstance(outcome, StreamPartial):
            if self.fold is not None:
                self.fold.add(outcome)
            return [], self.last
        if self.fold is not None and outcome:
            outcome[0].findings = self.fold.findings  # a finished text: its findings were kept here
        return outcome, self.last


def _finish_later(submit: Submit, item: Item, plan: TextPlan, merged: StreamPartial) -> Callable[[], Future[Outcome]]:
    """Submit the text's last step only when asked (once every segment came back and was merged)."""
    return lambda: submit(TextFinish(item, plan.mime, merged.summary(), plan.metadata))


def spread(
    items: Iterable[Item], config: ScanConfig, submit: Submit, *, window: int, split_text: bool
) -> Iterator[tuple[list[ItemResult], bool]]:
    """Every top-level item's results in input order, in pieces: (results, last piece of the item).

    An mbox file becomes batches of messages and (with ``split_text``) a large plain text becomes
    segments of windows, so several workers share one big item; results still come back in the
    order one process gives them (the mailbox, then each message and its attachments), and a
    segmented text as one result whose findings are those of one pass. At most ``window`` units
    are awaited at a time: a big source or a big file is consumed lazily.
    """
    pending: deque[_Entry] = deque()

    def add(entry: _Entry) -> Iterator[tuple[list[ItemResult], bool]]:
        pending.append(entry)
        while len(pending) >= window:
            yield pending.popleft().take()

    for item in items:
        batches = plan_mailbox_file(item, config)
        if batches is not None:
            usage = MailboxUsage.of(config)
            for planned in batches:
                batch = usage.start(planned)
                yield from add(_Entry(submit(batch), last=False, batch=batch, usage=usage, submit=submit))
            yield from add(_Entry(done([]), last=True))
            continue
        plan = plan_text(item, config, Engine.overlap_for(config.detect), WINDOWS_PER_SEGMENT) if split_text else None
        if plan is not None:
            merged = StreamPartial(findings=FindingLog(keep=config.limits.findings_in_memory))
            for segment in plan.segments:
                yield from add(_Entry(submit(segment), last=False, fold=merged))
            merged.error = merged.error or plan.error  # the text after a failed pass was not read
            yield from add(_Entry(None, last=True, fold=merged, later=_finish_later(submit, item, plan, merged)))
            continue
        yield from add(_Entry(submit(shippable(item)), last=True))
    while pending:
        yield pending.popleft().take()


def scan_items(
    items: Iterable[Item],
    config: ScanConfig,
    *,
    progress: Callable[[ItemResult], Any] | None = None,
) -> Iterator[ItemResult]:
    """Process items (each with its nested members) and yield every result in input order.

    With several workers a mailbox file's messages and a large text's segments are spread over
    the pool too (see :func:`spread`).
    """
    workers = config.workers or os.cpu_count() or 1
    ahead: list[Item] = []
    if workers > 1:  # even a few small files go to a pool: a C parser crashing on one ends a worker, not the scan
        ahead, items = look_ahead(items)
    if workers <= 1:
        processor = Processor.build(config)
        collector.settle()  # start-up over (a no-op unless the CLI held the collector)
        pieces = spread(items, config, lambda w: done(_portable_outcome(processor.run(w))), window=1, split_text=False)
        yield from _results(pieces, progress)
        return
    pool = _worker_pool(workers, config, ahead)
    collector.settle()  # as above; before any worker is forked, which then shares the frozen objects
    pieces = spread(items, config, pool.submit, window=workers * 4, split_text=True)
    try:
        yield from _results(pieces, progress)
    except BaseException:  # interrupted, or the caller stopped reading: nobody wants the queued work
        pool.stop()
        raise
    pool.pool.shutdown(wait=True)


WORKER_DIED = "not read: the process reading it stopped (killed, out of memory, or a crash in a parser)"


class RenewingPool:
    """A process pool that outlives a worker's death (the OOM killer, a C parser crashing on a hostile
    file). A dead worker breaks the whole pool and every unit in it: the pool is replaced and each of
    those units runs once more in the new one; a unit that breaks a pool twice is given up as an error
    record (``WORKER_DIED``). Results are taken in the caller's thread (``spread`` calls ``result()``),
    so pools are made and replaced there too."""

    def __init__(
        self, workers: int, work: Callable[[Work], Outcome], init: Callable[..., None], initargs: tuple[Any, ...]
    ) -> None:
        self._workers, self._init, self._initargs = workers, init, initargs
        self._work = work
        self.pool = self._make()

    def _make(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            max_workers=self._workers, initializer=_guarded_init, initargs=(self._init, *self._initargs)
        )

    def submit(self, work: Work) -> Future[Outcome]:
        return _Renewable(self, work)

    def start(self, work: Work) -> tuple[ProcessPoolExecutor, Future[Outcome]]:
        from concurrent.futures.process import BrokenProcessPool

        pool = self.pool
        try:
            return pool, pool.submit(self._work, work)
        except BrokenProcessPool as exc:
            pool = self.renew(pool, exc)
            return pool, pool.submit(self._work, work)

    def renew(self, broken: ProcessPoolExecutor, cause: BrokenProcessPool | None = None) -> ProcessPoolExecutor:
        """A new pool for ``broken``; a pool whose workers could not start is an internal error (raised)."""
        from concurrent.futures.process import BrokenProcessPool

        if self.pool is broken:
            processes = list((getattr(broken, "_processes", None) or {}).values())
            _stop_workers(broken)  # joins them: their exit codes are read only once the pool's thread reaped them
            if any(p.exitcode == _INIT_FAILED for p in processes):
                raise cause or BrokenProcessPool("the scan's worker processes could not start")
            self.pool = self._make()
        return self.pool

    def stop(self) -> None:
        _stop_workers(self.pool)


class _Renewable(Future[Outcome]):
    """A unit's outcome from a :class:`RenewingPool`: only ``result()`` is used (by ``spread``)."""

    def __init__(self, owner: RenewingPool, work: Work) -> None:
        super().__init__()
        self.owner, self.work, self.retried = owner, work, False
        self.pool, self.inner = owner.start(work)

    def result(self, timeout: float | None = None) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.inner.result(timeout)
        except BrokenProcessPool as exc:
            self.owner.renew(self.pool, exc)  # raises when the workers could not even start
            if self.retried:
                return abandoned(self.work, WORKER_DIED)
            self.retried = True
            self.pool, self.inner = self.owner.start(self.work)
            return self.result(timeout)


_INIT_FAILED = 86  # a worker's exit code when its initializer failed (the pool is then not renewed)


def _guarded_init(init: Callable[..., None], *args: Any) -> None:
    """A worker's initializer; when it fails the worker ends with ``_INIT_FAILED``, which tells a pool
    whose workers cannot start (an internal error) from one whose worker died on an item."""
    try:
        init(*args)
    except BaseException:
        logging.getLogger("concurrent.futures").critical("Exception in initializer:", exc_info=True)
        os._exit(_INIT_FAILED)


_WORKER_STOP_SECONDS = 5.0


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now: waiting would run every queued unit, and a worker left waiting for
    work after its parent died lives on forever."""
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.terminate()
    deadline = time.monotonic() + _WORKER_STOP_SECONDS
    for process in list(processes.values()):  # one that did not end at SIGTERM must not hold the shutdown
        with contextlib.suppress(Exception):
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
    # The workers end at SIGTERM (prepare_worker): the pool's manager sees them gone and returns at once.
    # wait=False would leave its wake-up pipe to the exit handler, which writes to it after it was
    # closed ("Exception ignored ... Bad file descriptor" on stderr when the pool had broken).
    pool.shutdown(wait=True, cancel_futures=True)


def _results(
    pieces: Iterator[tuple[list[ItemResult], bool]], progress: Callable[[ItemResult], Any] | None
) -> Iterator[ItemResult]:
    for results, _ in pieces:
        for result in results:
            if progress:
                progress(result)
            yield result
