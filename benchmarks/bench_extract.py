"""Extraction benchmark: a generated mixed corpus of >= 2,000 files, scanned like ``pii-scanner scan``.

    .venv/bin/python benchmarks/bench_extract.py [--files 2000] [--workers 2] [--keep DIR]

Prints files/s and MB/s of the real parallel pipeline (process pool), then the share of time per
stage from a second, single-process pass with timers around type detection (libmagic), OCR
(tesseract), the rest of extraction, and detection (the identifier engine). Not a unit test.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tests.extract.extract_makers as mk  # noqa: E402
from pii_scanner import pipeline  # noqa: E402
from pii_scanner.core.config import ScanConfig  # noqa: E402
from pii_scanner.extract import images, pdf  # noqa: E402
from pii_scanner.pipeline import Processor, scan_items  # noqa: E402
from pii_scanner.sources.files import iter_files  # noqa: E402

WORDS = [
    "medarbejder",
    "kunde",
    "sag",
    "faktura",
    "løn",
    "ansættelse",
    "kontrakt",
    "adresse",
    "telefon",
    "journal",
    "anställd",
    "avtal",
    "lön",
    "kund",
    "ärende",
    "betalning",
    "møde",
    "referat",
    "bilag",
    "sygemelding",
    "ferie",
    "opsigelse",
]
# Share of the corpus per kind (sums to 1); OCR kinds are few, like in real shares.
MIX = {
    "txt": 0.24,
    "html": 0.12,
    "csv": 0.12,
    "pdf": 0.10,
    "scanned.pdf": 0.02,
    "docx": 0.13,
    "xlsx": 0.10,
    "pptx": 0.05,
    "odt": 0.05,
    "zip": 0.05,
    "png": 0.02,
}


def cpr(rng: random.Random) -> str:
    while True:
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(40, 99)
        serial = rng.randint(0, 9999)
        digits = f"{d:02d}{m:02d}{y:02d}{serial:04d}"
        if sum(int(c) * w for c, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0:
            return f"{digits[:6]}-{digits[6:]}"


def prose(rng: random.Random, words: int) -> str:
    out = []
    for n in range(words):
        out.append(rng.choice(WORDS))
        if n % 40 == 17:
            out.append(f"CPR-nr: {cpr(rng)}")
        if n % 12 == 11:
            out[-1] += "."
    return " ".join(out)


def make_corpus(root: Path, files: int, seed: int = 1) -> Counter[str]:
    rng = random.Random(seed)
    kinds = Counter({kind: max(1, round(share * files)) for kind, share in MIX.items()})
    kinds["txt"] += files - sum(kinds.values())
    ocr_png = root / "_template.png"
    mk.make_image(ocr_png, [f"CPR-nr: {cpr(rng)}", "Journalnotat, scannet", f"Kunde {cpr(rng)}"])
    scanned_template = mk.make_scanned_pdf(root / "_template_scan.pdf")
    makers: dict[str, Callable[[Path], Any]] = {
        "txt": lambda p: p.write_text(prose(rng, rng.randint(100, 3000)), encoding="utf-8"),
        "html": lambda p: mk.make_html(p, prose(rng, rng.randint(200, 1500))),
        "csv": lambda p: p.write_text(
            "navn;cpr;beløb\n"
            + "\n".join(
                f"{rng.choice(WORDS)};{cpr(rng)};{rng.randint(100, 99999)}" for _ in range(rng.randint(20, 400))
            ),
            encoding="utf-8",
        ),
        "pdf": lambda p: mk.make_pdf(p, prose(rng, 300), pages=rng.randint(1, 4)),
        "scanned.pdf": lambda p: shutil.copyfile(scanned_template, p),
        "docx": lambda p: mk.make_docx(p),
        "xlsx": lambda p: mk.make_xlsx(p),
        "pptx": lambda p: mk.make_pptx(p),
        "odt": lambda p: mk.make_odt(p),
        "zip": lambda p: p.write_bytes(
            mk.zip_bytes(
                {
                    "notes.txt": prose(rng, 500).encode(),
                    "inner/archive.zip": mk.zip_bytes({f"doc{i}.txt": prose(rng, 300).encode() for i in range(3)}),
                }
            )
        ),
        "png": lambda p: shutil.copyfile(ocr_png, p),
    }
    for kind, count in kinds.items():
        folder = root / kind.replace(".", "_")
        folder.mkdir(exist_ok=True)
        for n in range(count):
            makers[kind](folder / f"f{n:05d}.{kind.rsplit('.', 1)[-1]}")
    ocr_png.unlink()
    scanned_template.unlink()
    return kinds


class Timers:
    """Wall time per stage, summed over the single-process pass."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - start

        return timed


def staged_pass(root: Path, config: ScanConfig) -> tuple[Timers, float]:
    """Single process: time type detection, OCR, extraction and detection separately."""
    timers = Timers()
    walk = sys.modules["pii_scanner.extract.walk"]  # the package re-exports walk(), shadowing the module
    # Benchmark-only instrumentation: the modules' own references are wrapped for this pass.
    walk.sniff_mime = timers.wrap("type detection", walk.sniff_mime)  # type: ignore[attr-defined]
    pdf.ocr_image = timers.wrap("ocr", pdf.ocr_image)  # type: ignore[attr-defined]
    images.ocr_image = timers.wrap("ocr", images.ocr_image)  # type: ignore[attr-defined]
    processor = replace(Processor.build(config), hooks=())
    engine = processor.engine
    engine.detect_parts = timers.wrap("detection", engine.detect_parts)  # type: ignore[method-assign]
    start = time.perf_counter()
    for item in iter_files([root]):
        t0 = time.perf_counter()
        for _item, _extracted in walk.walk(item, config):
            pass  # extraction only
        timers.seconds["extract_total"] += time.perf_counter() - t0
        processor.process(item)  # extraction again + detection, to time detection on real parts
    total = time.perf_counter() - start
    return timers, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path, default=None, help="make the corpus here and keep it")
    ap.add_argument(
        "--with-classifiers",
        action="store_true",
        help="also run the content classifiers (issue: classify/) in the parallel scan",
    )
    args = ap.parse_args()
    if not args.with_classifiers:
        # Benchmark-only: measure extraction + detection; workers fork after this patch.
        pipeline._classifier_hooks = lambda config: ()  # type: ignore[assignment]
    root = args.keep or Path(tempfile.mkdtemp(prefix="pii-bench-extract-"))
    root.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    kinds = make_corpus(root, args.files)
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    nfiles = sum(1 for p in root.rglob("*") if p.is_file())
    print(f"corpus: {nfiles} files, {size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s  {dict(kinds)}")

    config = ScanConfig().with_(ner__enabled=False, workers=args.workers)
    start = time.perf_counter()
    items = findings = errors = 0
    for result in scan_items(iter_files([root]), config):
        items += 1
        findings += len(result.findings)
        errors += bool(result.error)
    wall = time.perf_counter() - start
    what = "incl. content classifiers" if args.with_classifiers else "extraction + detection"
    print(
        f"parallel scan ({args.workers} workers, {what}): {nfiles} files "
        f"({items} items incl. members) in {wall:.1f} s = {nfiles / wall:.1f} files/s, "
        f"{size / 1e6 / wall:.2f} MB/s; {findings} findings, {errors} errors"
    )

    timers, _total = staged_pass(root, config.with_(workers=1))
    s = timers.seconds
    # Type detection and OCR ran in both walks of the staged pass; one walk's worth is half.
    ocr, sniff, detect = s["ocr"] / 2, s["type detection"] / 2, s["detection"]
    extraction = s["extract_total"] - ocr - sniff
    stages = {
        "type detection": sniff,
        "extraction (parsing, decompression)": extraction,
        "ocr": ocr,
        "detection": detect,
    }
    total = sum(stages.values())
    print("single-process stage shares:")
    for stage, secs in stages.items():
        print(f"  {stage:38s} {secs:8.2f} s  {100 * secs / total:5.1f} %")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
