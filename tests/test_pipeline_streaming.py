"""Large plain text is read in pieces: same findings as reading it whole, memory bounded by size."""

from __future__ import annotations

import hashlib
import random
import tracemalloc
from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import ItemResult
from pii_scanner.detect import Engine
from pii_scanner.pipeline import Processor
from pii_scanner.samples.synthetic import generate_document, make_cpr
from pii_scanner.sources.files import file_item

IDS = ("DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")


def _config(stream_above: int, *, names: bool = False) -> ScanConfig:
    config = ScanConfig(workers=1).with_(
        limits__stream_above=stream_above, limits__max_file_size=1 << 31, detect__chunk_size=200_000
    )
    return config if names else config.with_(detect__entities=IDS, ner__enabled=False)


def _text(size: int, seed: int, prose: float = 0.5) -> str:
    rng = random.Random(seed)
    out, total = [], 0
    while total < size:
        doc = generate_document(rng, 100_000, prose=prose).text
        out.append(doc)
        total += len(doc)
    return "".join(out)


def _scan(path: Path, config: ScanConfig) -> ItemResult:
    (result,) = Processor.build(config).process(file_item(path))
    return result


def _spans(result: ItemResult) -> list[tuple[str, int, int, str, float]]:
    return [(f.entity_type, f.start, f.end, f.normalized, f.score) for f in result.findings]


def test_streamed_text_gives_the_same_findings_offsets_and_labels(tmp_path: Path) -> None:
    text = _text(1_200_000, 1) + "\nPatienten er diagnosticeret med diabetes og depression.\n"
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    whole = _scan(path, _config(1 << 30))
    streamed = _scan(path, _config(100_000))
    assert "streamed" not in whole.metadata and streamed.metadata["streamed"] is True
    assert len(whole.findings) > 1000
    assert _spans(streamed) == _spans(whole)
    assert all(text[f.start : f.end] == f.value for f in streamed.findings)
    assert streamed.categories == whole.categories and streamed.flags == whole.flags
    assert streamed.text_length == whole.text_length == len(text)
    assert streamed.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_streamed_names_match_whole_text_detection(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text(_text(600_000, 2), encoding="utf-8")
    whole = _scan(path, _config(1 << 30, names=True))
    streamed = _scan(path, _config(100_000, names=True))
    persons = [s for s in _spans(whole) if s[0] == "PERSON"]
    assert len(persons) > 100
    assert _spans(streamed) == _spans(whole)


def test_streamed_cp1252_text_offsets_are_character_offsets(tmp_path: Path) -> None:
    cpr = make_cpr(random.Random(3))
    text = ("Kære Søren Ærø, her er lønsedlen for maj måned. " * 4000) + f"\nCPR-nr.: {cpr[:6]}-{cpr[6:]}\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    streamed = _scan(path, _config(50_000))
    assert streamed.metadata["encoding"] == "cp1252"
    (finding,) = [f for f in streamed.findings if f.entity_type == "DK_CPR"]
    assert text[finding.start : finding.end] == f"{cpr[:6]}-{cpr[6:]}"


def _peak(path: Path, config: ScanConfig) -> tuple[int, ItemResult]:
    # Detection only (no content classifiers): the part of the pipeline that holds the text.
    processor = Processor(config, Engine(config.detect))
    tracemalloc.start()
    try:
        (result,) = processor.process(file_item(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.metadata.get("streamed") and not result.error
    return peak, result


def test_memory_of_a_streamed_file_does_not_grow_with_its_size(tmp_path: Path) -> None:
    block = _text(300_000, 4, prose=0.97)
    cpr = make_cpr(random.Random(9))
    sizes: dict[int, int] = {}
    for copies in (4, 16):
        path = tmp_path / f"x{copies}.txt"
        path.write_text(block * copies + f"\nCPR {cpr[:6]}-{cpr[6:]}\n", encoding="utf-8")
        sizes[copies] = path.stat().st_size
        config = _config(100_000).with_(detect__entities=("DK_CPR",), detect__chunk_size=100_000)
        sizes[copies], result = _peak(path, config)
        assert any(f.normalized == cpr for f in result.findings)  # the CPR at the very end
    # Four times the text; the findings list grows (a few per block) but not the text held.
    assert sizes[16] < sizes[4] * 1.5, sizes
