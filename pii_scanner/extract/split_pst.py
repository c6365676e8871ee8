"""A PST/OST file's messages handed out in batches, like an mbox's (see :mod:`.split`).

The process that lists walks the folder tree (libpff through a reopened file: only the parts it
needs are read) and cuts each folder's message list into ranges; a worker reopens the file, follows
the folder route and takes its range exactly as the whole-file extractor would: a message's
privacy is decided from its properties before any body is read. The records for parts that cannot
be read (a folder list, a subfolder) come in the same places as when the file is walked whole.
"""

from __future__ import annotations

import contextlib
import copy
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, BinaryIO

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract.context import Budget, ExtractContext
from pii_scanner.extract.formats import PST, PST_MAGIC
from pii_scanner.extract.members import safe_segment
from pii_scanner.extract.sniff import sniff_mime
from pii_scanner.extract.split import BATCH_MESSAGES, batch_context, listing_error, reopenable
from pii_scanner.extract.walk import error_message, walk_nested

_PST_SUFFIXES = frozenset({".pst", ".ost"})
_WORTH_A_LOOK = 8 << 20


@dataclass(frozen=True, slots=True)
class PstStep:
    """Messages ``[start, stop)`` of the folder reached by ``route`` (sub-folder numbers from the root),
    ``total`` in it; or, with ``damaged``, the record for a part that could not be read."""

    route: tuple[int, ...]
    path: str
    start: int = 0
    stop: int = 0
    total: int = 0
    damaged: str | None = None


@dataclass(frozen=True, slots=True)
class PstBatch:
    top: Item
    steps: tuple[PstStep, ...]
    first: bool
    error: str | None = None  # the listing stopped here (a limit): one record after the steps
    # The file's budget already used by the messages before this batch (split.batch_context).
    expanded_before: int = 0
    seconds_before: float = 0.0


def plan_pst(item: Item, config: ScanConfig) -> Iterator[PstBatch] | None:
    """The batches of a PST/OST file, found lazily, or None when it is not a reopenable, readable one."""
    opener = reopenable(item)
    if opener is None or item.size is None or item.size > config.limits.max_file_size:
        return None
    suffix = PurePath(item.name or item.path).suffix.lower()
    if suffix not in _PST_SUFFIXES and item.size < _WORTH_A_LOOK:
        return None
    from pii_scanner.extract.mailbox_files import open_pff  # the mail modules: only for PST-like files

    try:
        with opener() as fh:
            prefix = fh.read(1 << 16)
            if not prefix.startswith(PST_MAGIC):
                return None
            open_pff(fh, item.name).close()  # unreadable: extracted whole, which records why
    except Exception:
        return None
    if not item.mime_hint or item.mime_hint == "application/octet-stream":
        item.mime_hint = sniff_mime(prefix, item.name)
    return _batches(item, opener, config)


def _batches(item: Item, opener: Callable[[], BinaryIO], config: ScanConfig) -> Iterator[PstBatch]:
    from pii_scanner.extract.mailbox_files import open_pff

    budget = ExtractContext.for_top_item(config).budget
    steps: list[PstStep] = []
    pending, first = 0, True
    try:
        with opener() as fh:
            pff = open_pff(fh, item.name)
            try:
                for step in _steps(pff, budget):
                    steps.append(step)
                    pending += step.stop - step.start
                    if pending >= BATCH_MESSAGES:
                        paused = time.monotonic()
                        yield PstBatch(item, tuple(steps), first)
                        budget.started += time.monotonic() - paused
                        steps, pending, first = [], 0, False
            finally:
                pff.close()
    except Exception as exc:  # a limit: the steps found so far, then one error record
        yield PstBatch(item, tuple(steps), first, error_message(exc, PST, "listing members"))
        return
    if steps or first:
        yield PstBatch(item, tuple(steps), first)


def _steps(pff: Any, budget: Budget) -> Iterator[PstStep]:
    try:
        root = pff.get_root_folder()
    except Exception as exc:  # libpff: OSError; damaged files raise more
        yield PstStep((), "", damaged=f"the folder tree cannot be read ({exc.__class__.__name__})")
        return
    yield from _folder_steps(root, (), "", budget)


def _folder_steps(folder: Any, route: tuple[int, ...], path: str, budget: Budget) -> Iterator[PstStep]:
    """The same walk as ``mailbox_files._pst_folder``: messages, then subfolders, damage where it is."""
    from pii_scanner.extract.mailbox_files import folder_count

    try:
        messages = folder_count(folder, "number_of_sub_messages")
    except Exception as exc:
        messages = 0
        yield PstStep(route, path, damaged=f"its message list cannot be read ({exc.__class__.__name__})")
    for start in range(0, messages, BATCH_MESSAGES):
        stop = min(messages, start + BATCH_MESSAGES)
        for _ in range(start, stop):
            budget.count_member()
            budget.check_time()
        yield PstStep(route, path, start, stop, messages)
    try:
        folders = folder_count(folder, "number_of_sub_folders")
    except Exception as exc:
        folders = 0
        yield PstStep(route, path, damaged=f"its subfolder list cannot be read ({exc.__class__.__name__})")
    for j in range(folders):
        try:
            sub = folder.get_sub_folder(j)
            name = safe_segment(sub.name or "", f"folder-{j}")
        except Exception as exc:
            what = f"subfolder {j + 1} of {folders} cannot be read ({exc.__class__.__name__})"
            yield PstStep(route, path, damaged=what)
            continue
        yield from _folder_steps(sub, (*route, j), f"{path}/{name}", budget)


def walk_pst_batch(
    batch: PstBatch, config: ScanConfig, ctx: ExtractContext | None = None
) -> Iterator[tuple[Item, Extracted]]:
    """(item, extracted) for a batch in pre-order: the PST (first batch), each message and its members."""
    from pii_scanner.extract.mailbox_files import damaged_part, open_pff

    top = batch.top
    if batch.first:  # a copy: the record's item is stripped of its reader, the batches still need it
        yield copy.copy(top), Extracted(mime=PST, metadata={"container": "pst"})
    ctx = ctx or batch_context(config, batch.expanded_before, batch.seconds_before)
    with contextlib.ExitStack() as stack:
        pff: Any = None
        failure = ""
        if any(s.damaged is None for s in batch.steps):
            try:
                opener = getattr(top.read, "open", None)
                if opener is None:
                    raise OSError(0, "the file cannot be reopened")
                pff = open_pff(stack.enter_context(opener()), top.name)
                stack.callback(pff.close)
            except Exception as exc:
                failure = error_message(exc, PST, "reopening the PST/OST file")
        for step in batch.steps:
            if step.damaged is not None:
                yield from _nested(damaged_part(top, step.path, step.damaged), ctx)
            elif pff is None:
                yield from _nested(damaged_part(top, step.path, failure), ctx)
            else:
                yield from _messages(top, pff, step, ctx)
    if batch.error:
        yield listing_error(top), Extracted(mime=PST, error=batch.error)


def _nested(item: Item, ctx: ExtractContext) -> Iterator[tuple[Item, Extracted]]:
    item.depth = 1
    yield from walk_nested(item, ctx)


def _messages(top: Item, pff: Any, step: PstStep, ctx: ExtractContext) -> Iterator[tuple[Item, Extracted]]:
    from pii_scanner.extract.mailbox_files import damaged_part, pst_message

    try:
        folder = pff.get_root_folder()
        for j in step.route:
            folder = folder.get_sub_folder(j)
    except Exception as exc:  # the file changed since it was listed
        what = f"the folder cannot be reopened ({exc.__class__.__name__})"
        yield from _nested(damaged_part(top, step.path, what), ctx)
        return
    for i in range(step.start, step.stop):
        try:
            child = pst_message(top, folder, i, step.path, ctx)
        except Exception as exc:  # one damaged message must not hide the others
            what = f"message {i + 1} of {step.total} cannot be read ({exc.__class__.__name__})"
            yield from _nested(damaged_part(top, step.path, what), ctx)
            continue
        if child is not None:
            yield from _nested(child, ctx)
            child.data = None
