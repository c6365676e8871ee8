"""A long text's windows move each finding to the whole text's offsets (and back to the window's for
the content hooks) with the engine's finding constructor, not ``dataclasses.replace``: the same
findings, at a fraction of the cost per finding."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from pii_scanner import pipeline
from pii_scanner.api import scan
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.detect import Engine, fastpath
from pii_scanner.samples.synthetic import make_cpr


def _config(**kw: object) -> ScanConfig:
    settings: dict[str, object] = {
        "limits__stream_above": 20_000,
        "limits__max_file_size": 1 << 31,
        "detect__chunk_size": 5_000,
        "detect__entities": ("DK_CPR", "EMAIL_ADDRESS"),
        "ner__enabled": False,
    }
    return ScanConfig(workers=1).with_(**(settings | kw))


@pytest.mark.parametrize("kernel", ["pure", "compiled"])
def test_moved_is_replace_with_the_shifted_offsets_and_the_part(kernel: str) -> None:
    engine = Engine(_config().detect)
    chosen = fastpath.PURE if kernel == "pure" else fastpath.compiled_kernel()
    if chosen is None:
        pytest.skip("the compiled kernel is not installed")
    engine.kernel = chosen
    why = Explanation("national_ids", "cpr", "valid", ("cpr",), (), ())
    found = Finding("DK_CPR", 3, 14, 0.9, "070761-4285", "0707614285", why, "dashed", None)
    for offset, part in ((100, "body"), (-3, None), (0, "sheet:Løn")):
        moved = engine.moved(found, offset, part)
        assert moved == dataclasses.replace(found, start=3 + offset, end=14 + offset, part=part)
        assert type(moved) is Finding


def test_a_streamed_text_moves_no_finding_with_replace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    lines = [f"Linje {n}: borger med cpr {make_cpr(rng)} skrev til k{n}@firma.dk om sagen." for n in range(2000)]
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    expected = [(f.entity_type, f.start, f.end, f.part) for r in scan([path], _config()) for f in r.findings]
    assert len(expected) >= 3000  # a streamed text (above stream_above) with many findings

    moved_by_replace = 0
    real = pipeline.replace

    def counted(obj: object, /, **changes: object) -> object:
        nonlocal moved_by_replace
        moved_by_replace += isinstance(obj, Finding)
        return real(obj, **changes)  # type: ignore[type-var]

    monkeypatch.setattr(pipeline, "replace", counted)
    again = [(f.entity_type, f.start, f.end, f.part) for r in scan([path], _config()) for f in r.findings]
    assert again == expected
    assert moved_by_replace == 0  # was two per finding: into the text, then into the hooks' window
