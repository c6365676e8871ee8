"""Hostile tests for mailbox files read in batches of messages (extract/split.py, pipeline.spread).

The spread path reads an mbox message by message from byte ranges found by a forward block
reader, so the privacy decision must still come before any body is read for every message:
hostile Sensitivity headers, private messages on a batch boundary or a read-block boundary, CRLF
files, mboxrd quoting and Content-Length. A file that changes under the scan is an error record,
never a silent loss, and never an identifier in an error text.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from pii_scanner import pipeline
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item, ItemResult
from pii_scanner.extract import mailbox_files, split
from pii_scanner.pipeline import Processor, scan_items
from pii_scanner.sources.files import file_item
from tests.extract.test_mail_privacy_hostile import HEADER_VARIANTS, UNREADABLE_VARIANTS
from tests.helpers.mail_messages import CONFIG, CPR, make_mail

SEPARATOR = b"From jens@firma.dk Mon Jan  1 10:00:00 2024\n"
PUBLIC_CPR = "010203-1236"  # not CPR: what public messages carry, so a private CPR in findings is a leak
PRIVATE_NORMALIZED = CPR.replace("-", "")
IDS = ("DK_CPR", "EMAIL_ADDRESS")


def _public(i: int) -> bytes:
    return bytes(make_mail(body=f"Besked {i}\nIngen hemmeligheder, tlf. og ref {i}.\n", subject=f"Sag {i}"))


def _quoted(raw: bytes) -> bytes:
    """mboxrd quoting of a message's ``From `` lines."""
    return b"\n".join(b">" + line if line.lstrip(b">").startswith(b"From ") else line for line in raw.split(b"\n"))


# A header block that runs past the splitter's look-ahead (300 KB) cannot confirm its From_ line: the
# message stays glued to the one before it, which its Sensitivity then makes private (tested below).
GLUED = frozenset({"huge_header_then_broken_line", "huge_header_broken_line_then_private_subject"})


def _private_variants() -> list[tuple[str, bytes]]:
    listed = sorted(HEADER_VARIANTS.items()) + sorted(UNREADABLE_VARIANTS.items())
    return [(name, raw) for name, raw in listed if name not in GLUED]


def _write_mbox(path: Path, messages: list[bytes], nl: bytes = b"\n") -> Path:
    out = b"".join(SEPARATOR + _quoted(m).rstrip(b"\n") + b"\n\n" for m in messages)
    path.write_bytes(out.replace(b"\r\n", b"\n").replace(b"\n", nl) if nl != b"\n" else out)
    return path


def _layout(batch: int) -> tuple[list[bytes], list[int]]:
    """Public messages with every private variant placed on batch edges (last of one, first of the next)."""
    variants = [raw for _, raw in _private_variants()]
    messages: list[bytes] = []
    private_numbers: list[int] = []
    n = 0
    while variants:
        n += 1
        if n % batch in (0, 1) and n > 1:  # message numbers from 1: batch k holds (k-1)*batch+1 .. k*batch
            messages.append(variants.pop())
            private_numbers.append(n)
        else:
            messages.append(_public(n))
    messages.append(_public(n + 1))  # a public message after the last private one: it is read
    return messages, private_numbers


def _check_private_unread(results: list[ItemResult], mbox: Path, private_numbers: list[int], total: int) -> None:
    top = mbox.absolute().as_uri()
    messages = {int(r.item.location.rsplit("/", 1)[1]): r for r in results if r.item.depth == 1}
    assert sorted(messages) == list(range(1, total + 1)), "a message was lost or split"
    for n in private_numbers:
        r = messages[n]
        assert r.private and "private_mail" in r.flags, f"message {n} not private"
        assert not r.findings, f"private message {n} was read"
        assert not [x for x in results if x.item.location.startswith(f"{r.item.location}!/")], "attachment read"
    for n, r in messages.items():
        if n not in private_numbers:
            assert not r.private and r.error is None, f"public message {n}: {r.error}"
    assert not any(f.normalized == PRIVATE_NORMALIZED for r in results for f in r.findings), "private CPR read"
    assert results[0].item.location == top


@pytest.mark.parametrize("nl", [b"\n", b"\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("workers", [1, 2])
def test_hostile_private_headers_on_batch_edges_are_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nl: bytes, workers: int
) -> None:
    monkeypatch.setattr(split, "BATCH_MESSAGES", 4)  # planning runs in this process: the patch holds
    messages, private_numbers = _layout(4)
    path = _write_mbox(tmp_path / "Inbox.mbox", messages, nl)
    config = CONFIG.with_(detect__entities=IDS, workers=workers)
    assert len(list(split.plan_mailbox(file_item(path), config) or [])) > 5  # really spread
    results = list(scan_items([file_item(path)], config))
    _check_private_unread(results, path, private_numbers, len(messages))


def test_private_message_on_every_read_block_boundary_is_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The separator before a private message cut at every offset by the block reader's end."""
    private = HEADER_VARIANTS["folded_value"]
    config = CONFIG.with_(detect__entities=IDS)
    processor = Processor.build(config)
    for block in range(64, 64 + 24):
        monkeypatch.setattr(mailbox_files, "_BLOCK", block)
        pad = b"x" * max(0, block - 30 - len(SEPARATOR))
        first = bytes(make_mail(body=f"{pad.decode()}\n", subject="Sag"))
        path = _write_mbox(tmp_path / f"b{block}.mbox", [first, private, _public(3)])
        results = processor.process(file_item(path))
        _check_private_unread(results, path, [2], 3)


def test_private_message_after_a_content_length_body_with_separator_lines(tmp_path: Path) -> None:
    """A Content-Length that covers an unquoted ``From`` line keeps the body one message; the private one after it
    is still found and not read."""
    body = b"Hej\n\nFrom eve@evil.dk Mon Jan  1 10:00:00 2024\nSubject: fake\nTo: a@b.dk\n\nstill body\n"
    public = b"From: a@firma.dk\nSubject: x\nContent-Length: %d\n\n" % len(body) + body
    private = HEADER_VARIANTS["importance_first"]
    path = tmp_path / "Inbox.mbox"
    path.write_bytes(SEPARATOR + public + b"\n" + SEPARATOR + private)
    for workers in (1, 2):
        results = list(scan_items([file_item(path)], CONFIG.with_(detect__entities=IDS, workers=workers)))
        _check_private_unread(results, path, [2], 2)


def test_mailbox_changed_after_listing_is_error_records_and_the_scan_goes_on(tmp_path: Path) -> None:
    """Batches planned, then the file rewritten: every later message is an error record, none lost, none
    read from the new bytes; the next file is still scanned."""
    messages = [_public(i) for i in range(1, 9)]
    path = _write_mbox(tmp_path / "Inbox.mbox", messages)
    config = CONFIG.with_(detect__entities=IDS)
    batches = list(split.plan_mailbox(file_item(path), config) or [])
    assert batches
    st = path.stat()
    path.write_bytes(path.read_bytes().replace(b"Besked", b"BESKED"))  # same size, new mtime
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    processor = Processor.build(config)
    results = [r for b in batches for r in processor.process_batch(b)]
    messages_out = [r for r in results if r.item.depth == 1]
    assert len(messages_out) == 8 and all(r.error for r in messages_out)
    assert all("changed" in (r.error or "") for r in messages_out)


def test_mailbox_cut_short_after_listing_is_an_error_record(tmp_path: Path) -> None:
    """A message whose bytes are gone when read (the file truncated under an open handle) is an error record."""
    messages = [_public(i) for i in range(1, 5)]
    path = _write_mbox(tmp_path / "Inbox.mbox", messages)
    config = CONFIG.with_(detect__entities=IDS)
    (batch,) = list(split.plan_mailbox(file_item(path), config) or [])
    reader = batch.top.read

    class TruncatedOnOpen:
        def __call__(self) -> bytes:
            return reader()

        def open(self) -> BinaryIO:
            fh = reader.open()  # type: ignore[attr-defined]
            with path.open("r+b") as w:
                w.truncate(path.stat().st_size // 2)
            return fh  # type: ignore[no-any-return]

    batch.top.read = TruncatedOnOpen()
    results = Processor.build(config).process_batch(batch)
    messages_out = [r for r in results if r.item.depth == 1]
    assert len(messages_out) == 4
    assert messages_out[0].error is None and messages_out[-1].error
    assert "changed while being scanned" in (messages_out[-1].error or "")


def _big_text(path: Path) -> Path:
    path.write_text(("Tekst uden noget særligt. " * 300 + f"CPR {CPR}\n") * 120, encoding="utf-8")
    return path


def _text_config(workers: int) -> ScanConfig:
    return CONFIG.with_(workers=workers, detect__entities=IDS, limits__stream_above=65536, detect__chunk_size=16384)


def test_large_text_changed_after_planning_is_an_error_record_and_the_scan_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pass that cuts a large text into segments meets a file changed since it was listed: that text's
    record says so (exit 4), the next file is still scanned; before, the scan stopped (exit 70)."""
    big = _big_text(tmp_path / "big.txt")
    other = _write_mbox(tmp_path / "Inbox.mbox", [_public(1), _public(2)])
    real = pipeline.plan_text

    def plan_then_change(item: Item, *args: Any, **kwargs: Any) -> Any:
        plan = real(item, *args, **kwargs)
        st = big.stat()
        os.utime(big, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        return plan

    monkeypatch.setattr(pipeline, "plan_text", plan_then_change)
    results = list(scan_items([file_item(big), file_item(other)], _text_config(2)))
    (text,) = [r for r in results if r.item.location == big.absolute().as_uri()]
    assert text.error and "changed" in text.error
    assert [r for r in results if r.item.depth == 1 and not r.error] and all(
        r.error is None for r in results if r.item.location.startswith(other.absolute().as_uri())
    )


def test_sniffing_that_fails_while_planning_does_not_stop_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A type sniffer that raises on hostile bytes in the planning process: the file is extracted whole."""
    big = _big_text(tmp_path / "big.txt")
    box = _write_mbox(tmp_path / "Inbox.mbox", [_public(1), _public(2)])
    expected = [r.item.location for r in scan_items([file_item(big), file_item(box)], _text_config(1))]

    def broken(*_args: object) -> str:
        raise ValueError("hostile bytes")

    monkeypatch.setattr(split, "sniff_mime", broken)
    results = list(scan_items([file_item(big), file_item(box)], _text_config(2)))
    assert [r.item.location for r in results] == expected
    assert not [r for r in results if r.error]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("sensitivity", ["Private", "Privat", "pr1vate", "private (user)"])
def test_private_message_after_a_separator_without_blank_line_is_not_read(
    tmp_path: Path, workers: int, sensitivity: str
) -> None:
    # No blank line before the second separator: the private message is glued onto the public one's body,
    # so the public message as a whole counts as private (fail closed) and neither body is read.
    path = tmp_path / "Inbox.mbox"
    public = b"From: a@firma.dk\nSubject: x\n\nhej\n"
    private = f"From: a@firma.dk\nSubject: y\nSensitivity: {sensitivity}\n\nCPR {CPR}\n".encode()
    path.write_bytes(SEPARATOR + public + SEPARATOR + private)
    config = CONFIG.with_(detect__entities=IDS, workers=workers)
    results = list(scan_items([file_item(path)], config))
    assert not any(f.normalized == PRIVATE_NORMALIZED for r in results for f in r.findings), "private CPR read"
    messages = [r for r in results if r.item.depth == 1]
    assert len(messages) == 1 and messages[0].private and "private_mail" in messages[0].flags


def test_a_quoted_from_line_in_a_public_body_keeps_the_message_readable(tmp_path: Path) -> None:
    path = tmp_path / "Inbox.mbox"
    public = f"From: a@firma.dk\nSubject: x\n\nFrom here on CPR {CPR}\n>From b@firma.dk Mon Jan  1 10:00:00 2024\n"
    path.write_bytes(SEPARATOR + public.encode())
    results = list(scan_items([file_item(path)], CONFIG.with_(detect__entities=IDS)))
    assert any(f.normalized == PRIVATE_NORMALIZED for r in results for f in r.findings)


def _zip_mail(i: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", "Ingen data her. " * 6000)  # about 96 KB expanded from a few hundred bytes
    msg = make_mail(body="hej", subject=f"s{i}", to="b@firma.dk")
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename="a.zip")
    return bytes(msg)


@pytest.mark.parametrize("workers", [1, 2])
def test_expanded_bytes_limit_counts_over_the_whole_mailbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """One budget per mailbox file however its batches are spread: the limit strikes at the same
    attachment as in one pass over the whole file (2 workers: batches run ahead and are redone)."""
    monkeypatch.setattr(split, "BATCH_MESSAGES", 3)
    path = _write_mbox(tmp_path / "Inbox.mbox", [_zip_mail(i) for i in range(12)])
    config = CONFIG.with_(limits__max_expanded=400_000, workers=workers)
    whole = Processor.build(config).process(
        Item(location=path.absolute().as_uri(), path=str(path), name=path.name, data=path.read_bytes())
    )
    errors = [(r.item.location, r.error) for r in whole if r.error]
    assert errors and len(errors) < 12  # the whole-file reference stops expanding past the limit
    spread = list(scan_items([file_item(path)], config))
    assert [(r.item.location, r.error) for r in spread if r.error] == errors
    assert [r.item.location for r in spread] == [r.item.location for r in whole]


def test_a_spread_mailbox_shares_one_time_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction time counts over the whole mailbox: batches after the budget is spent say so."""
    monkeypatch.setattr(split, "BATCH_MESSAGES", 2)
    path = _write_mbox(tmp_path / "Inbox.mbox", [_zip_mail(i) for i in range(8)])
    config = CONFIG.with_(limits__time_budget=5.0)
    usage = pipeline.MailboxUsage.of(config)
    batches = list(split.plan_mailbox(file_item(path), config) or [])
    processor = Processor.build(config)
    first = processor.process_batch(usage.start(batches[0]))
    assert first.seconds > 0 and not [r for r in first if r.error]
    usage.add(first)
    assert usage.seconds == first.seconds
    usage.seconds += 5.0  # as if the batches before had taken the rest of it
    later = processor.process_batch(usage.start(batches[1]))
    assert [r.error for r in later if r.error] and all("time budget" in (r.error or "") for r in later if r.error)


_FROM_LINES = (
    SEPARATOR.rstrip(),
    b"From x@y Tue Feb 13 09:01 2024 +0100",
    b"From MAILER-DAEMON Fri Jul  8 12:08:34 2011",
)
_BODY_LINES = (
    b"Hej",
    b"",
    b"From here on",
    SEPARATOR.rstrip(),
    b">From quoted",
    b"Subject: looks like a header",
    b"Sensitivity: Private",
    b"To: a@b.dk",
    f"CPR {CPR}".encode(),
    b"x" * 1500,
)
_HEADERS = (
    b"From: Jens <jens@firma.dk>",
    b"To: kunde@example.se",
    b"Subject: Sag",
    b"Sensitivity: Private",
    b"Importance: high",
    b"Subject: =?utf-8?q?Privat?=",
    b"X-Foo: bar\n baz",
    b"Sensitivity:\n Private",
    b"sensitivity: private",
)


def _random_mbox(seed: int) -> bytes:
    """An mbox with hostile separators, bodies, header orders, Content-Length (right and wrong) and line ends."""
    rng = random.Random(seed)
    nl = b"\r\n" if rng.random() < 0.25 else b"\n"
    out = []
    for _ in range(rng.randint(2, 10)):
        headers = rng.sample(_HEADERS, rng.randint(1, len(_HEADERS)))
        if rng.random() < 0.1:
            headers = [b"X-Pad-%d: %s" % (i, b"p" * 80) for i in range(rng.randint(100, 300))] + headers
        body = b"\n".join(rng.choice(_BODY_LINES) for _ in range(rng.randint(0, 20))) + b"\n"
        if rng.random() < 0.3:
            headers.append(b"Content-Length: %d" % (len(body) if rng.random() < 0.7 else rng.randint(0, 3000)))
        message = rng.choice(_FROM_LINES) + b"\n" + b"\n".join(headers) + b"\n\n" + body + b"\n"
        out.append(message.replace(b"\n", nl))
    return b"".join(out)


def test_random_hostile_mailboxes_spread_give_the_whole_file_decisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of two messages and a tiny read block: same items, privacy, errors and findings as the whole file."""
    monkeypatch.setattr(split, "BATCH_MESSAGES", 2)
    monkeypatch.setattr(mailbox_files, "_BLOCK", 251)
    config = CONFIG.with_(detect__entities=IDS)
    processor = Processor.build(config)
    private = 0
    for seed in range(25):
        path = tmp_path / f"box{seed}.mbox"
        path.write_bytes(_random_mbox(seed))
        whole = processor.process(
            Item(location=path.absolute().as_uri(), path=str(path), name=path.name, data=path.read_bytes())
        )
        spread = list(scan_items([file_item(path)], config))

        def key(r: ItemResult) -> tuple[object, ...]:
            return (r.item.location, r.private, r.error, tuple(r.flags), [(f.start, f.end) for f in r.findings])

        assert [key(r) for r in spread] == [key(r) for r in whole], seed
        assert all(not r.findings for r in spread if r.private)
        private += sum(1 for r in spread if r.private)
    assert private > 20  # the generator does make private messages


def test_mbox_spans_do_not_depend_on_the_scan_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Boundaries and header ends are looked for in steps smaller than the read block (less copied per
    message); a boundary or a header block's end cut by a step's end is found in the next: the spans
    equal those of one step per block (how they were found before), on hostile mailboxes (LF and CRLF,
    Content-Length right or wrong, unquoted From lines in bodies)."""
    boxes = [_random_mbox(seed) for seed in range(40)]
    monkeypatch.setattr(mailbox_files, "_SCAN", mailbox_files._BLOCK)
    before = [list(mailbox_files.iter_mbox_spans(data)) for data in boxes]
    assert sum(len(s) for s in before) > 200
    for step in (8, 9, 16, 23, 64, 1 << 16):
        monkeypatch.setattr(mailbox_files, "_SCAN", step)
        assert [list(mailbox_files.iter_mbox_spans(data)) for data in boxes] == before, step


@pytest.mark.parametrize("workers", [1, 2])
def test_a_private_message_glued_to_the_one_before_makes_it_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(split, "BATCH_MESSAGES", 2)
    huge = HEADER_VARIANTS["huge_header_then_broken_line"]
    messages = [_public(1), _public(2), huge, _public(4), _public(5)]
    path = _write_mbox(tmp_path / "Inbox.mbox", messages)
    results = list(scan_items([file_item(path)], CONFIG.with_(detect__entities=IDS, workers=workers)))
    assert not any(
        PRIVATE_NORMALIZED in (f.normalized or "") or f.entity_type == "DK_CPR" for r in results for f in r.findings
    )
    glued = [r for r in results if r.item.depth == 1 and r.private]
    assert len(glued) == 1 and glued[0].metadata["private_reason"].startswith("embedded message")
    assert len([r for r in results if r.item.depth == 1 and not r.private]) == 3
