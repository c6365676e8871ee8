"""Hostile and broken input: every bad item gets an error record, the scan goes on, nothing crashes."""

from __future__ import annotations

import os
import random
from collections import Counter
from pathlib import Path

import pytest

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.dispatch import EXTRACTORS, PREFIX_EXTRACTORS, resolved
from pii_scanner.sources.files import file_item, iter_files
from tests.extract.extract_helpers import CONFIG, entities, processor, scan_file
from tests.extract.extract_makers import (
    CPR_NORM,
    make_7z,
    make_deep_zip,
    make_doc,
    make_docx,
    make_nested_zip,
    make_odt,
    make_pdf,
    make_pptx,
    make_single_compressed,
    make_txt,
    make_xls,
    make_xlsx,
    make_xml_bomb_docx,
    make_zip_bomb,
    zip_bytes,
)

# Formats whose damage is detectable (a truncated text file is just shorter text).
MAKERS = {
    "pdf": make_pdf,
    "docx": make_docx,
    "xlsx": make_xlsx,
    "pptx": make_pptx,
    "odt": make_odt,
    "zip": make_nested_zip,
    "7z": make_7z,
    "doc": make_doc,
    "xls": make_xls,
    "gz": lambda p: make_single_compressed(p, "gz"),
}


def _hostile_corpus(root: Path) -> dict[str, Path]:
    bad: dict[str, Path] = {}
    rng = random.Random(7)
    for ext, maker in MAKERS.items():
        good = maker(root / f"good.{ext}").read_bytes()
        (root / f"good.{ext}").unlink()
        bad[f"truncated.{ext}"] = root / f"truncated.{ext}"
        bad[f"truncated.{ext}"].write_bytes(good[: len(good) // 2])
        corrupt = bytearray(good)
        for i in range(len(corrupt) // 3, len(corrupt)):  # overwrite the tail: directories live there
            corrupt[i] = rng.randrange(256)
        bad[f"corrupt.{ext}"] = root / f"corrupt.{ext}"
        bad[f"corrupt.{ext}"].write_bytes(bytes(corrupt))
    bad["bomb.zip"] = make_zip_bomb(root / "bomb.zip", 300 * 1024 * 1024)
    bad["deep.zip"] = make_deep_zip(root / "deep.zip", 50)
    bad["xmlbomb.docx"] = make_xml_bomb_docx(root / "xmlbomb.docx")
    loop = root / "loop"
    os.symlink(root / "loop2", loop)
    os.symlink(loop, root / "loop2")
    bad["loop"] = loop
    bad["loop2"] = root / "loop2"
    return bad


def test_hostile_corpus_one_error_each_and_scan_goes_on(tmp_path: Path) -> None:
    bad = _hostile_corpus(tmp_path)
    make_txt(tmp_path / "zz-good.txt")
    proc = processor()
    results = [r for item in iter_files([tmp_path]) for r in proc.process(item)]
    by_top: dict[str, list] = {}  # type: ignore[type-arg]
    for r in results:
        by_top.setdefault(r.item.path, []).append(r)
    for name, path in bad.items():
        errors = [r for r in by_top.get(str(path), []) if r.error]
        assert len(errors) >= 1, f"{name}: no error record"
        assert all("070761" not in (r.error or "") for r in errors)
    # Exactly one error for the single-fault items.
    for name in ("bomb.zip", "deep.zip", "xmlbomb.docx", "loop", "truncated.pdf", "corrupt.docx"):
        assert sum(1 for r in by_top[str(bad[name])] if r.error) == 1, name
    assert ("DK_CPR", CPR_NORM) in entities(by_top[str(tmp_path / "zz-good.txt")])
    reasons = {r.item.path: r.error for r in results if r.error}
    assert "expands more than" in reasons[str(bad["bomb.zip"])]
    assert "nesting deeper" in reasons[str(bad["deep.zip"])]
    assert "DTD" in reasons[str(bad["xmlbomb.docx"])]
    assert "symlink loop" in reasons[str(bad["loop"])]


def test_total_expanded_budget(tmp_path: Path) -> None:
    members = {f"m{i}.txt": b"x" * (400 * 1024) for i in range(10)}
    (tmp_path / "many.zip").write_bytes(zip_bytes(members))
    config = CONFIG.with_(limits__max_expanded=1024 * 1024)
    results = processor(config).process(file_item(tmp_path / "many.zip"))
    errors = [r for r in results if r.error]
    assert len(errors) == 1 and "total expanded size" in (errors[0].error or "")
    assert len(results) < 11  # the listing stopped at the member that ran out


def test_member_count_limit(tmp_path: Path) -> None:
    (tmp_path / "wide.zip").write_bytes(zip_bytes({f"m{i}.txt": b"a" for i in range(50)}))
    results = processor(CONFIG.with_(limits__max_members=10)).process(file_item(tmp_path / "wide.zip"))
    assert results[0].error and "more than 10" in results[0].error and len(results) == 1


def test_file_vanishing_or_changing_mid_scan(tmp_path: Path) -> None:
    gone = make_txt(tmp_path / "gone.txt")
    changed = make_txt(tmp_path / "changed.txt")
    items = {i.name: i for i in iter_files([tmp_path])}
    gone.unlink()
    changed.write_text("ny tekst, længere end før " * 10, encoding="utf-8")
    proc = processor()
    assert "cannot read" in (proc.process(items["gone.txt"])[0].error or "")
    assert "changed while being scanned" in (proc.process(items["changed.txt"])[0].error or "")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = make_txt(tmp_path / "secret.txt")
    path.chmod(0)
    assert "cannot read" in (scan_file(path)[0].error or "")


def test_unreadable_path_replaced_by_folder(tmp_path: Path) -> None:
    path = make_txt(tmp_path / "swap.txt")
    item = file_item(path)
    path.unlink()
    path.mkdir()
    assert "cannot read" in (processor().process(item)[0].error or "")


# --- junk through every extractor ------------------------------------------------------------
_MINE = sorted(
    {
        (m, fn)
        for m, fn in EXTRACTORS.items()
        if "mail" not in resolved(fn).__module__ and "msg" not in resolved(fn).__module__
    }
    | {(p, fn) for p, fn in PREFIX_EXTRACTORS},
    key=lambda x: x[0],
)


def _junk() -> list[tuple[str, bytes]]:
    rng = random.Random(3)
    docx = make_docx_bytes()
    return [
        ("empty", b""),
        ("random", bytes(rng.randrange(256) for _ in range(4096))),
        ("zip-prefix", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(500))),
        ("ole-prefix", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(600)),
        ("truncated-docx", docx[: len(docx) // 3]),
        ("pdf-header", b"%PDF-1.7\n1 0 obj <<"),
    ]


def make_docx_bytes() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        return make_docx(Path(d) / "x.docx").read_bytes()


@pytest.mark.parametrize(("mime", "extractor"), _MINE, ids=[m for m, _ in _MINE])
def test_junk_input_every_extractor(mime: str, extractor) -> None:  # type: ignore[no-untyped-def]
    outcomes: Counter[str] = Counter()
    for label, data in _junk():
        ctx = ExtractContext.for_top_item(CONFIG)
        item = Item(location=f"file:///junk/{label}", path="/junk", name=label, data=data, mime_hint=mime)
        try:
            result = extractor(item, data, ctx)
            assert isinstance(result, Extracted)
            list(result.children)  # lazy member listings must not raise either
            outcomes["ok"] += 1
        except ExtractionError as exc:
            assert str(exc) and "\n" not in str(exc)
            outcomes["error"] += 1
    assert sum(outcomes.values()) == len(_junk())
