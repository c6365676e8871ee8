"""Findings across piece boundaries exactly once, whatever cuts the text: detection windows, streamed
segments, read blocks, worker hand-offs. Every identifier kind is planted so that a boundary falls on
each of its characters in turn, in text full of multi-byte, non-BMP and combining characters with CRLF
line ends; one window over the whole text is the reference every cut must equal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import ItemResult
from pii_scanner.pipeline import Processor, scan_items
from pii_scanner.sources.files import file_item
from tests.helpers.planted_names import CPR, PNR

CHUNK = 40_000
# (entity, label, value as written, normalised): the label keeps its context inside the overlap too.
PLANTS = (
    ("DK_CPR", "CPR-nr.: ", f"{CPR[:6]}-{CPR[6:]}", CPR),
    ("SE_PERSONNUMMER", "personnummer ", f"{PNR[:8]}-{PNR[8:]}", PNR),
    ("EMAIL_ADDRESS", "mail: ", "jens.hansen@firma.dk", "jens.hansen@firma.dk"),
    ("IBAN_CODE", "IBAN ", "DK50 0040 0440 1162 43", "DK5000400440116243"),
    ("CREDIT_CARD", "kort ", "4111 1111 1111 1111", "4111111111111111"),
)
IDS = (*(p[0] for p in PLANTS), "PHONE_NUMBER")
# Filler that is hard on every cut: 2-, 3- and 4-byte UTF-8, a surrogate pair in UTF-16, combining marks,
# digits and separators that are no identifier, CRLF.
FILLER = "Søren Kjærgaard skrev Åse 𝔘𝔫𝔦 👩‍💼 e\u0301 noget om sagen 12 34 – 56/78, 2024-01-05.\r\n"


def _config(**kw: Any) -> ScanConfig:
    return ScanConfig(workers=1).with_(
        limits__max_file_size=1 << 31,
        detect__entities=IDS,
        ner__enabled=False,
        **kw,
    )


def _build(path: Path) -> list[tuple[str, int, int, str]]:
    """The text, written as UTF-8, and where each plant's value starts and ends (in characters)."""
    text: list[str] = []
    size = 0
    planted: list[tuple[str, int, int, str]] = []
    boundary = CHUNK
    shift = 0
    while len(planted) < 5 * 26:
        entity, label, value, normalized = PLANTS[len(planted) % len(PLANTS)]
        # the value's first character lands `into` characters before the boundary: 0..len(value)+1
        into = shift % (len(value) + 2)
        shift += 1
        start = boundary - into
        pad = start - len(label) - size
        while pad > len(FILLER):
            text.append(FILLER)
            size += len(FILLER)
            pad -= len(FILLER)
        text.append("\u00e6" * (pad - 1) + " " if pad > 0 else "")
        size += max(pad, 0)
        piece = f"{label}{value}\r\n"
        text.append(piece)
        at = size + len(label)
        planted.append((entity, at, at + len(value), normalized))
        size += len(piece)
        boundary += CHUNK
    text.append(FILLER * 40)
    path.write_text("".join(text), encoding="utf-8", newline="")
    return planted


def _findings(result: ItemResult) -> list[tuple[str, int, int, str]]:
    return sorted((f.entity_type, f.start, f.end, f.normalized or "") for f in result.findings)


@pytest.fixture(scope="module")
def planted_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, int, int, str]]]:
    path = tmp_path_factory.mktemp("boundaries") / "stor.txt"
    return path, _build(path)


@pytest.fixture(scope="module")
def reference(planted_file: tuple[Path, list[tuple[str, int, int, str]]]) -> ItemResult:
    path, _ = planted_file
    whole = _config(limits__stream_above=1 << 30, detect__chunk_size=1 << 24)  # one window, read whole
    (result,) = Processor.build(whole).process(file_item(path))
    return result


def test_reference_finds_every_plant_once(
    planted_file: tuple[Path, list[tuple[str, int, int, str]]], reference: ItemResult
) -> None:
    _, planted = planted_file
    assert reference.error is None and not reference.metadata.get("streamed")
    found = _findings(reference)
    for plant in planted:
        assert found.count(plant) == 1, plant


@pytest.mark.parametrize(
    ("case", "overrides", "workers"),
    [
        ("windows", {"limits__stream_above": 1 << 30, "detect__chunk_size": CHUNK}, 1),
        ("streamed", {"limits__stream_above": 100_000, "detect__chunk_size": CHUNK}, 1),
        ("streamed-2-workers", {"limits__stream_above": 100_000, "detect__chunk_size": CHUNK}, 2),
        (
            "streamed-spilled",
            {"limits__stream_above": 100_000, "detect__chunk_size": CHUNK, "limits__findings_in_memory": 7},
            1,
        ),
        (
            "streamed-2-workers-spilled",
            {"limits__stream_above": 100_000, "detect__chunk_size": CHUNK, "limits__findings_in_memory": 7},
            2,
        ),
    ],
)
def test_every_cut_gives_the_one_window_findings(
    planted_file: tuple[Path, list[tuple[str, int, int, str]]],
    reference: ItemResult,
    case: str,
    overrides: dict[str, Any],
    workers: int,
) -> None:
    path, planted = planted_file
    config = _config(**overrides).with_(workers=workers)
    (result,) = list(scan_items([file_item(path)], config))
    assert result.error is None
    assert result.text_length == reference.text_length
    assert _findings(result) == _findings(reference), case
    found = _findings(result)
    assert [p for p in planted if found.count(p) != 1] == []


@pytest.mark.parametrize("piece", [1, 997, 5_000, 60_000])
def test_windows_of_a_segment_starting_pieces_before_its_first_window(piece: int) -> None:
    """A segment decodes from the last clean checkpoint, which may lie several pieces before its first
    window (a read block that ended inside a multi-byte character leaves no checkpoint): its windows
    are still those of one pass over the whole text."""
    from pii_scanner.detect import Engine

    engine = Engine(_config(detect__chunk_size=5_000).detect)
    text = "".join(f"{i:07d}æ" for i in range(20_000))
    whole = [(w.base, w.text) for w in engine.windows([text])]
    size = 5_000
    for first, stop in ((4, 8), (12, 16), (30, None)):
        base = 0 if first < 8 else 17  # far before the first window: several pieces are trimmed away
        pieces = [text[base + i : base + i + piece] for i in range(0, len(text) - base, piece)]
        got = [(w.base, w.text) for w in engine.windows(pieces, base=base, first=first, stop=stop)]
        expected = whole[first:stop]
        assert [b for b, _ in got] == [b for b, _ in expected], (first, piece)
        assert got == expected
        assert all(b <= first * size for b, _ in got[:1])
