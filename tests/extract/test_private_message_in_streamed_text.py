"""A private message inside a LARGE text (over ``limits.stream_above``: read in pieces in one process, or in
segments shared by several workers) is looked for as in a text held whole (promises: private mail is not
read, fail closed). Was: only texts held in memory were checked; a streamed digest or saved thread was read
whole, the private message's CPR and diagnosis found. Now nothing from the private message's header block
on is read, and the record says so (an error: the scan exits 4). A large text quoting only normal header
blocks is read whole, as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import ItemResult
from pii_scanner.pipeline import Processor, scan_items
from pii_scanner.sources.files import file_item

BEFORE, PRIVATE_CPR, AFTER = "0707614285", "1502803344", "2110625629"
FILLER = "Referat af mødet om budget og drift, intet personligt her.\n" * 40 + "\n"
PRIVATE = (
    "Message: 7\nFrom: Jens <jens@firma.dk>\nTo: kim@gmail.com\nDate: Mon, 1 Dec 2025 10:00:00 +0100\n"
    "Subject: Hej\nSensitivity: Private\n\nMit CPR er 150280-3344 og jeg er syg.\n\n"
)
NORMAL = "Message: 8\nFrom: Kim <kim@firma.dk>\nTo: jens@firma.dk\nSubject: Moede\n\nVi ses.\n\n"


def _config(**kw: Any) -> ScanConfig:
    return ScanConfig(workers=1).with_(
        limits__stream_above=100_000,
        detect__chunk_size=20_000,
        detect__entities=("DK_CPR",),
        ner__enabled=False,
        **kw,
    )


def _write(path: Path, middle: str, at: int = 300_000) -> Path:
    head = f"Digest\n\nCPR-nr.: {BEFORE[:6]}-{BEFORE[6:]}\n\n"
    text = head + FILLER * (at // len(FILLER)) + middle + FILLER * 100 + f"CPR-nr.: {AFTER[:6]}-{AFTER[6:]}\n"
    path.write_text(text, encoding="utf-8")
    return path


def _found(result: ItemResult) -> set[str]:
    return {f.normalized for f in result.findings if f.entity_type == "DK_CPR"}


def _both(path: Path, config: ScanConfig) -> list[ItemResult]:
    (one,) = Processor.build(config).process(file_item(path))
    (two,) = list(scan_items([file_item(path)], config.with_(workers=2)))
    return [one, two]


@pytest.mark.parametrize("at", [300_000, 20_000 * 4 - 50, 1_500_000])
def test_a_private_message_in_a_large_text_is_not_read(tmp_path: Path, at: int) -> None:
    path = _write(tmp_path / "digest.txt", NORMAL + "\n \n" + PRIVATE + NORMAL, at)  # after 3 blank lines
    for result in _both(path, _config()):
        assert result.metadata.get("streamed") is True
        assert _found(result) == {BEFORE}, result.findings  # neither the private CPR nor what follows it
        assert result.error and "private message" in result.error
        assert "150280" not in result.error and "jens" not in result.error
        assert result.content_hash  # the whole file hashed: a change after the cut is still seen


def test_one_process_and_segments_agree_on_where_the_text_ends(tmp_path: Path) -> None:
    path = _write(tmp_path / "digest.txt", PRIVATE, 700_000)
    one, two = _both(path, _config())
    assert one.error == two.error and one.text_length == two.text_length < path.stat().st_size
    assert one.content_hash == two.content_hash


def test_a_large_text_with_normal_header_blocks_is_read_whole(tmp_path: Path) -> None:
    path = _write(tmp_path / "digest.txt", NORMAL * 3)
    for result in _both(path, _config()):
        assert _found(result) == {BEFORE, AFTER} and not result.error


def test_the_audited_exception_reads_it_all(tmp_path: Path) -> None:
    path = _write(tmp_path / "digest.txt", PRIVATE)
    config = _config(mail__inspect_private=True, mail__inspect_private_reason="sag 12: aftalt med DPO")
    for result in _both(path, config):
        assert _found(result) == {BEFORE, PRIVATE_CPR, AFTER} and not result.error


def test_a_long_paragraph_is_not_held_whole(tmp_path: Path) -> None:
    """A CSV has no blank line: its lines are given back as read (memory stays flat), and a private message's
    header block after it is still found."""
    from pii_scanner.extract.mail_sniff import PrivateWatch

    watch = PrivateWatch(_config())
    rows = "".join(f"{i};Kunde {i};Vej {i}\n" for i in range(200_000))
    given = [watch.feed(rows[i : i + 65_536]) for i in range(0, len(rows), 65_536)]
    assert max(len(watch._held), *(len(g) for g in given[2:])) < 200_000
    assert "".join(given) + watch.feed("\n" + PRIVATE, final=True) == rows + "\n"
    assert watch.cut == len(rows) + 1
