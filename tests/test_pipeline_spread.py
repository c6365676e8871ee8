"""One big item shared by several workers: mbox messages in batches, a large text in segments.

Whatever the number of workers, the results must be those of one process reading the item whole:
same items in the same order, same findings at the same offsets, same privacy decisions.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import random
import tracemalloc
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item, ItemResult
from pii_scanner.detect import Engine
from pii_scanner.extract import mailbox_files, split, split_pst
from pii_scanner.extract import text as text_module
from pii_scanner.extract.mailbox_files import iter_mbox_file_spans, iter_mbox_spans
from pii_scanner.pipeline import Processor, scan_items
from pii_scanner.samples.synthetic import generate_document
from pii_scanner.sources.files import file_item
from tests.helpers.mail_messages import CONFIG, CPR, mail_sample

IDS = ("DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")


def _key(r: ItemResult) -> tuple[Any, ...]:
    return (
        r.item.location,
        r.mime,
        r.parent,
        r.private,
        tuple(r.flags),
        r.error,
        r.encrypted,
        r.text_length,
        tuple(r.categories),
        r.doc_type,
        r.risk,
        tuple((f.entity_type, f.start, f.end, f.normalized, f.score, f.part) for f in r.findings),
    )


def _message(
    i: int, rng: random.Random, *, private: bool = False, attachment: bytes | None = None, filler: int = 0
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jens Hansen <jens@firma.dk>"
    msg["To"] = "kunde@example.se" if i % 3 else "kollega@firma.dk"
    msg["Subject"] = "Privat" if private else f"Sag {i}"
    msg["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
    msg["Message-ID"] = f"<{i}@firma.dk>"
    body = generate_document(rng, rng.randint(300, 1500), prose=0.6).text
    msg.set_content(f"Besked {i}, CPR {CPR}.\nFrom here on\n{body}\n" + "Ingen persondata her.\n" * filler)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="pdf", filename=f"bilag{i}.pdf")
    else:
        msg.add_attachment(f"Bilag {i}: CPR-nr. {CPR}\n".encode(), maintype="text", subtype="plain", filename="a.txt")
    raw = bytes(msg).replace(b"\nFrom ", b"\n>From ")
    return b"From jens@firma.dk Mon Jan  1 10:00:00 2024\n" + raw + b"\n"


def _mbox(path: Path, n: int, seed: int = 5, bad_every: int = 0, filler: int = 0) -> Path:
    rng = random.Random(seed)
    with path.open("wb") as fh:
        for i in range(n):
            broken = b"%PDF-1.4 not really a PDF" if bad_every and i % bad_every == 1 else None
            fh.write(_message(i, rng, private=i % 7 == 3, attachment=broken, filler=filler))
    return path


def _whole(path: Path, config: ScanConfig) -> list[ItemResult]:
    """The reference: the mailbox read whole into memory and walked in one process."""
    item = Item(location=path.as_uri(), path=str(path), name=path.name, data=path.read_bytes())
    return Processor.build(config).process(item)


def test_mbox_messages_spread_over_workers_give_the_one_process_results(tmp_path: Path) -> None:
    path = _mbox(tmp_path / "Inbox.mbox", 150, bad_every=40)
    config = CONFIG.with_(detect__entities=IDS)
    whole = _whole(path, config)
    one = list(scan_items([file_item(path)], config))
    two = list(scan_items([file_item(path)], config.with_(workers=2)))
    private = len([i for i in range(150) if i % 7 == 3])
    assert len(whole) == 1 + 150 + (150 - private)  # the mailbox, each message, the attachments of public ones
    assert [_key(r) for r in one] == [_key(r) for r in whole]
    assert [_key(r) for r in two] == [_key(r) for r in whole]
    # More than one batch, so more than one worker had messages to do.
    assert len(list(split.plan_mailbox(file_item(path), config) or [])) > 2


def test_spread_mbox_keeps_private_mail_unread_and_reports_bad_messages(tmp_path: Path) -> None:
    path = _mbox(tmp_path / "Inbox.mbox", 60, bad_every=20)
    results = list(scan_items([file_item(path)], CONFIG.with_(workers=2)))
    by_location = {r.item.location: r for r in results}
    private = [r for r in results if r.private and r.item.depth == 1]
    assert len(private) == len([i for i in range(60) if i % 7 == 3])
    for r in private:  # metadata only: no findings, no attachment read
        assert r.findings == [] and "private_mail" in r.flags
        assert not any(loc.startswith(r.item.location + "!/") for loc in by_location)
    errors = [r for r in results if r.error]
    assert len(errors) == 3 and all(r.item.location.endswith(".pdf") for r in errors)  # messages 1, 21, 41
    for r in errors:  # the message around a broken attachment is still scanned, and the ones after it
        assert by_location[r.parent or ""].error is None
    public = [r for r in results if r.item.depth == 1 and not r.private]
    assert all("unencrypted_cpr" in r.flags for r in public)


def test_spread_mbox_member_limit_gives_one_error_record_like_the_whole_file(tmp_path: Path) -> None:
    """The member limit counts the mailbox's messages as they are listed (attachments count per batch)."""
    path = _mbox(tmp_path / "Inbox.mbox", 40)
    config = CONFIG.with_(limits__max_members=35, detect__entities=IDS)
    (whole_error,) = [r for r in _whole(path, config) if r.item.location == path.as_uri() + "!/"]
    two = list(scan_items([file_item(path)], config.with_(workers=2)))
    messages = [r for r in two if r.item.depth == 1 and r.item.location != path.as_uri() + "!/"]
    assert [r.item.location for r in messages] == [f"{path.as_uri()}!/Inbox/{n}" for n in range(1, 36)]
    assert two[-1].item.location == path.as_uri() + "!/" and two[-1].error == whole_error.error
    assert "more than 35 members" in (two[-1].error or "")


def test_mbox_spans_do_not_depend_on_the_read_block_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Boundaries cut by a block's end are found: tiny blocks give the same messages as large ones."""
    path = _mbox(tmp_path / "x.mbox", 30)
    data = path.read_bytes()
    spans = list(iter_mbox_spans(data))
    assert len(spans) == 30
    for i, (start, end) in enumerate(spans):  # each span is one whole message, in file order
        assert f"Message-ID: <{i}@firma.dk>".encode() in data[start:end]
        assert data[start:end].count(b"Message-ID: <") == 1
    monkeypatch.setattr(mailbox_files, "_BLOCK", 997)
    with path.open("rb") as fh:
        assert list(iter_mbox_file_spans(fh, len(data))) == spans


def test_mbox_memory_stays_flat_with_the_mailbox_size(tmp_path: Path) -> None:
    """Finding and batching the messages holds one block, not the file (a 4x larger mailbox: same peak)."""
    small = _mbox(tmp_path / "small.mbox", 100, filler=1000)
    large = _mbox(tmp_path / "large.mbox", 400, filler=1000)
    assert large.stat().st_size > 8_000_000
    config = CONFIG.with_(detect__entities=IDS)

    def batches(path: Path) -> None:
        for _ in split.plan_mailbox(file_item(path), config) or []:
            pass

    peak_small, peak_large = _traced_peak(lambda: batches(small)), _traced_peak(lambda: batches(large))
    assert peak_large < 1.5 * peak_small + 200_000, (peak_small, peak_large)
    assert peak_large < large.stat().st_size  # never the whole file


def _text(size: int, seed: int) -> str:
    rng = random.Random(seed)
    out, total = [], 0
    while total < size:
        doc = generate_document(rng, 100_000, prose=0.5).text
        out.append(doc)
        total += len(doc)
    return "".join(out)


def _text_config(**kw: Any) -> ScanConfig:
    return ScanConfig(workers=1).with_(
        limits__stream_above=100_000,
        limits__max_file_size=1 << 31,
        detect__chunk_size=40_000,
        detect__entities=IDS,
        ner__enabled=False,
        **kw,
    )


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_large_text_split_over_workers_finds_what_one_pass_finds(tmp_path: Path, encoding: str) -> None:
    """Identifiers planted across every window and segment boundary are found once, at their offsets."""
    config = _text_config()
    text = list(_text(1_300_000, 7))
    planted = "\nCPR-nr.: 070761-4285\n"
    size = config.detect.chunk_size
    cuts = range(size, len(text) - 100, size)  # window boundaries (every 4th is a segment boundary)
    for cut in cuts:
        text[cut - 10 : cut - 10 + len(planted)] = planted
    whole_text = "".join(text)
    path = tmp_path / "big.txt"
    path.write_bytes(whole_text.encode(encoding, errors="replace"))
    (one,) = Processor.build(config).process(file_item(path))
    (two,) = list(scan_items([file_item(path)], config.with_(workers=2)))
    assert one.metadata["streamed"] is True and one.metadata["encoding"] == encoding
    assert _key(two) == _key(one)
    assert two.content_hash == one.content_hash and two.metadata == one.metadata
    assert two.category_evidence == one.category_evidence and two.languages == one.languages
    planted_at = [cut - 10 + planted.index("070761") for cut in cuts]
    found = sorted(f.start for f in two.findings if f.entity_type == "DK_CPR" and f.normalized == "0707614285")
    assert [s for s in found if s in planted_at] == planted_at  # each planted one exactly once


def test_text_segments_cover_every_window_once(tmp_path: Path) -> None:
    config = _text_config()
    path = tmp_path / "t.txt"
    path.write_text(_text(900_000, 3) + "æøå" * 1000, encoding="utf-8")
    plan = split.plan_text(file_item(path), config, overlap=2_000, windows_per_segment=3)
    assert plan is not None
    segments = list(plan.segments)
    assert [s.first for s in segments] == list(range(0, 3 * len(segments), 3))
    assert all(s.stop == s.first + 3 for s in segments[:-1]) and segments[-1].stop is None
    assert all(s.char_start <= max(0, s.first * 40_000 - 2_000) for s in segments)
    assert plan.metadata["content_sha256"]


def test_text_in_a_stateful_encoding_is_not_split(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(_text(300_000, 4).encode("utf-16"))
    assert split.plan_text(file_item(path), _text_config(), overlap=2_000, windows_per_segment=3) is None


def _csv(rows: int, seed: int) -> str:
    """Payroll-like rows; one in 200 carries a CPR (the findings list must not dominate the memory)."""
    rng = random.Random(seed)
    out = ["navn;cpr;email;beløb;tekst\n"]
    for i in range(rows):
        number = CPR if i % 200 == 0 else ""
        out.append(f"Søren Kjærgaard {i};{number};s{i}@firma.dk;{rng.randint(20_000, 60_000)},00;Løn for maj måned\n")
    return "".join(out)


def _traced_peak(fn: Any) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_of_a_large_csv_does_not_grow_with_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CSV above stream_above is read in pieces: the peak grows far less than the file.

    Pieces of 64 KB (1 MiB in use) so that both files here are many pieces long."""
    monkeypatch.setattr(text_module, "_PIECE", 1 << 16)
    block = _csv(3_000, 1)
    config = _text_config().with_(detect__entities=("DK_CPR",), detect__chunk_size=100_000)
    processor = Processor(config, Engine(config.detect))  # detection only: what holds the text
    peaks: dict[int, int] = {}
    sizes: dict[int, int] = {}
    for copies in (4, 16):
        path = tmp_path / f"x{copies}.csv"
        path.write_text(block * copies + "Sidste;070761-4285;x@y.dk;1,00;slut\n", encoding="utf-8")
        sizes[copies] = path.stat().st_size
        out: list[ItemResult] = []
        peaks[copies] = _traced_peak(lambda p=path, out=out: out.extend(processor.process(file_item(p))))
        (result,) = out
        assert result.metadata.get("streamed") and result.mime in ("text/csv", "text/plain") and not result.error
        assert result.findings[-1].start > 0.99 * result.text_length  # the last row's number
    assert peaks[16] - peaks[4] < (sizes[16] - sizes[4]) / 4, (peaks, sizes)


def test_memory_of_a_large_mbox_scan_does_not_grow_with_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scanning an mbox message by message: the peak grows far less than the mailbox.

    Blocks of 64 KB (1 MiB in use) so that both mailboxes here are many blocks long."""
    monkeypatch.setattr(mailbox_files, "_BLOCK", 1 << 16)
    config = CONFIG.with_(detect__entities=("DK_CPR",))
    processor = Processor.build(config)
    paths = {n: _mbox(tmp_path / f"box{n}.mbox", n, filler=600) for n in (30, 120)}
    counts: dict[int, int] = {}

    def scan(n: int) -> None:  # results dropped batch by batch, as a scan writes them out
        counts[n] = sum(len(processor.process_batch(b)) for b in split.plan_mailbox(file_item(paths[n]), config) or [])

    scan(120)  # warm the caches (word lookups, compiled patterns) on the same messages first
    peaks = {n: _traced_peak(lambda n=n: scan(n)) for n in (30, 120)}
    sizes = {n: p.stat().st_size for n, p in paths.items()}
    assert counts[120] > 120 and sizes[120] > 120 * 14_000
    assert peaks[120] - peaks[30] < (sizes[120] - sizes[30]) / 4, (peaks, sizes)


PST_SAMPLES = ("support.pst", "32-bit.pst", "dist-list.pst", "passworded.pst")


@pytest.mark.parametrize("name", PST_SAMPLES)
def test_pst_messages_spread_over_workers_give_the_one_process_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    sample = mail_sample(name)
    if sample is None:
        pytest.skip(f"{name} sample not available")
    path = tmp_path / name
    path.write_bytes(sample.read_bytes())
    monkeypatch.setattr(split_pst, "BATCH_MESSAGES", 3)  # several batches even for these small files
    config = CONFIG.with_(detect__entities=IDS)
    whole = _whole(path, config)
    batches = list(split_pst.plan_pst(file_item(path), config) or [])
    assert batches and batches[0].first
    one = list(scan_items([file_item(path)], config))
    two = list(scan_items([file_item(path)], config.with_(workers=2)))
    assert len(whole) > 1
    assert [_key(r) for r in one] == [_key(r) for r in whole]
    assert [_key(r) for r in two] == [_key(r) for r in whole]


@pytest.mark.parametrize("fraction", [0.5, 0.75, 0.9])
def test_truncated_pst_file_gives_the_whole_file_records(tmp_path: Path, fraction: float) -> None:
    sample = mail_sample("support.pst")
    if sample is None:
        pytest.skip("support.pst sample not available")
    data = sample.read_bytes()
    path = tmp_path / "support.pst"
    path.write_bytes(data[: int(len(data) * fraction)])
    config = CONFIG.with_(detect__entities=IDS)
    whole = _whole(path, config)
    two = list(scan_items([file_item(path)], config.with_(workers=2)))
    assert [_key(r) for r in two] == [_key(r) for r in whole]
    assert any(r.error for r in two)


def test_spread_pst_keeps_private_mail_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PR_SENSITIVITY=2 decides before any body is read, in the batches too (one process: the patch holds)."""
    import pii_scanner.extract.mailbox_files as mf

    sample = mail_sample("support.pst")
    if sample is None:
        pytest.skip("support.pst sample not available")
    path = tmp_path / "support.pst"
    path.write_bytes(sample.read_bytes())
    real_meta = mf.message_meta

    def private_meta(message: object, folder: str, mailbox: str) -> Any:
        meta = real_meta(message, folder, mailbox)
        return None if meta is None else dataclasses.replace(meta, sensitivity="private")

    def boom(*_args: object) -> bytes:
        raise AssertionError("body read for private mail")

    monkeypatch.setattr(mf, "message_meta", private_meta)
    monkeypatch.setattr(mf, "message_mime", boom)
    monkeypatch.setattr(split_pst, "BATCH_MESSAGES", 4)
    results = list(scan_items([file_item(path)], CONFIG))
    assert len(results) == 18
    assert all(r.private and r.flags == ["private_mail"] and not r.findings for r in results[1:])


def test_forked_workers_share_the_processor_built_once_in_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building a Processor (engine, name finder, classifiers) is a fixed cost per process: forked
    workers inherit the parent's instead of each building one, with the same results."""
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("workers are forked only where fork is the start method")
    path = _mbox(tmp_path / "Inbox.mbox", 40)
    config = CONFIG.with_(detect__entities=IDS)
    builds = tmp_path / "builds"  # one line per build: the pid of the process that built
    build = Processor.build.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Processor], cfg: ScanConfig) -> Processor:
        with builds.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return build(cls, cfg)  # type: ignore[no-any-return]

    monkeypatch.setattr(Processor, "build", classmethod(counted))
    two = list(scan_items([file_item(path)], config.with_(workers=2)))
    assert builds.read_text().split() == [str(os.getpid())]  # once, here; none in the two workers
    builds.unlink()
    one = list(scan_items([file_item(path)], config))
    assert [_key(r) for r in two] == [_key(r) for r in one]
    assert len(list(split.plan_mailbox(file_item(path), config) or [])) >= 2  # both workers had messages
