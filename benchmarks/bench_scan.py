"""What users run, end to end, in ONE run: ``pii-scanner scan`` against stock Presidio (NoOp NLP engine).

Sections (all by default; ``--only a,b`` picks some):

- ``throughput``: ``pii-scanner scan FILE --format jsonl --entities <6 ids> --workers 1`` as a child
  process; its CPU time (user + system, from wait4) gives MB/s, start-up included. Stock
  presidio-analyzer runs in this process with the NoOp NLP engine on 10 KB chunks of the SAME text
  with equivalent recognizers (Presidio's own SE personnummer, e-mail, phone (DK/SE), IBAN and card
  recognizers plus a DK CPR pattern recognizer), CPU time too. Realistic text (70 % prose) and dense
  text (an identifier or hard negative every few lines, ~2.6 findings/KB). With the compiled fast path
  installed, the scan runs twice: fast path and pure Python (PII_SCANNER_PURE_PYTHON=1).
- ``permb``: per-MB CPU cost of the scan library (extract, detect, classify, output records) with the
  DEFAULT entities (names included) on documents of 100 KB to 40 MB; flat means linear.
- ``longline``: per-MB CPU per stage on text with line breaks, on the same text as one line and with
  CR-only line ends (old Mac), at two
  sizes (a step superlinear in a line's length shows as a per-MB cost growing with the size).
- ``rss``: peak RSS of ``pii-scanner scan`` on a 1 GB text file, a 1 GB CSV and a 1 GB mbox
  (``--max-file-size 2G``) with a CPR planted at byte 900,000,000 (found or not is printed); ``--quick``
  uses 200 MB and byte 180,000,000.
- ``documents``: peak RSS of ``pii-scanner scan`` on a large DOCX, XLSX and PDF (``BENCH_DOC_MB`` MB of
  text each, default 200, quick 50; ``BENCH_DOC_KINDS``) with a CPR planted at 90 % of the text: read
  out of the file piece by piece, so the peak should not grow with the document.
- ``mailbox``: messages/s of ``pii-scanner scan`` on a 2,000-message mbox with PDF/DOCX attachments,
  1 and 2 workers, the wall-time speed-up and whether both found the same; then messages per CPU-second
  against stock Presidio NoOp (six entities) given the text of every message and attachment (extracted
  in this process: Presidio reads no mailbox, so extraction is not charged to it).
- ``share``: files/s of ``pii-scanner scan`` on a mixed folder (txt, csv, html, pdf, docx, xlsx, zip...),
  and against Presidio NoOp on the extracted texts, as for the mailbox; then the same without the images
  and scanned PDFs (OCR in tesseract is most of the share's CPU and is never charged to Presidio).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_scan.py            # full run (~15 minutes)
    PYTHONPATH=. .venv/bin/python benchmarks/bench_scan.py --quick    # smaller sizes (CI)

The machine is shared: compare ratios measured in the same run, not absolute figures across runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import mailbox
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pii_scanner.samples.synthetic import generate_document, make_cpr  # noqa: E402

ENTITIES = ("DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")
MB = 1_000_000
PYCACHE = Path(tempfile.gettempdir()) / "pii-scanner-bench-pycache"
PURE_ENV = "PII_SCANNER_PURE_PYTHON"
DENSE_PROSE = 0.47  # share of plain paragraphs giving ~2.6 findings per KB with the six entities


# --- corpora -------------------------------------------------------------------------------
def make_text(size: int, prose: float, seed: int) -> str:
    """About ``size`` bytes of mixed Danish/Swedish text; ``prose`` = share of plain paragraphs."""
    rng = random.Random(seed)
    pieces: list[str] = []
    total = 0
    while total < size:
        doc = generate_document(rng, min(200_000, size - total + 100), prose=prose).text
        pieces.append(doc)
        total += len(doc.encode("utf-8"))
    return "".join(pieces)


def write_repeated(path: Path, block: str, size: int, plant_at: int | None = None, plant: str = "") -> None:
    """A file of ``size`` bytes made of ``block`` repeated; ``plant`` written at byte ``plant_at``."""
    data = block.encode("utf-8")
    with path.open("wb") as fh:
        written = 0
        while written < size:
            chunk = data[: size - written]
            if plant_at is not None and written <= plant_at < written + len(chunk):
                cut = plant_at - written
                cut = chunk.rfind(b"\n", 0, cut) + 1 or cut  # on a line of its own
                chunk = chunk[:cut] + plant.encode() + chunk[cut:]
            fh.write(chunk)
            written += len(chunk)


# --- running the CLI -----------------------------------------------------------------------
def run_scan(
    args: list[str],
    env: dict[str, str] | None = None,
    per_process: dict[int, float] | None = None,
    keep: Callable[[dict[str, Any]], bool] | None = None,
    counts: dict[str, int] | None = None,
) -> tuple[float, float, int, list[dict[str, Any]]]:
    """Run ``pii-scanner scan ARGS -o OUT`` in a child; (cpu seconds, peak RSS MB, exit code, records).

    ``per_process`` (optional) is filled with the CPU seconds of the child and of each of its pool
    workers (pid -> seconds, sampled every 0.2 s with psutil: how evenly the work was spread).
    ``keep`` returns only the records it accepts and ``counts`` counts records by kind: the kernel
    counts this process's RSS at the time of the spawn in the child's peak, so this process must not
    grow by holding a big output (millions of findings)."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as out:
        out_path = out.name
    cmd = [sys.executable, "-m", "pii_scanner", "scan", *args, "-o", out_path]
    # This checkout first; an inherited PYTHONPATH after it (a build installed apart, e.g. pip --target).
    path = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))
    child_env = dict(os.environ, PYTHONPATH=path, PYTHONPYCACHEPREFIX=str(PYCACHE), **(env or {}))
    # An installed package runs from compiled bytecode; without it every child would compile every
    # module from source first (~0.3 s): bytecode is kept in a cache folder outside the source tree.
    child_env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.Popen(cmd, env=child_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if per_process is not None:
        threading.Thread(target=_sample_cpu, args=(proc, per_process), daemon=True).start()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    code = proc.returncode
    if code not in (0, 1):
        raise SystemExit(f"scan failed ({code}): {err[-2000:]}")
    records: list[dict[str, Any]] = []
    with open(out_path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if counts is not None:
                kind = str(record.get("record"))
                counts[kind] = counts.get(kind, 0) + 1
            if keep is None or keep(record):
                records.append(record)
    os.unlink(out_path)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code, records


def _sample_cpu(proc: subprocess.Popen[bytes], seen: dict[int, float]) -> None:
    import psutil

    try:
        root = psutil.Process(proc.pid)
        # Never proc.poll(): it would reap the child, and the main thread's wait4 (which gives its
        # CPU time and peak RSS) would then fail with "No child processes".
        while root.status() != psutil.STATUS_ZOMBIE:
            seen[-1] = max(seen.get(-1, 0.0), _vm_hwm(proc.pid))
            for p in [root, *root.children(recursive=True)]:
                try:
                    t = p.cpu_times()
                    seen[p.pid] = t.user + t.system
                except psutil.Error:
                    continue
            time.sleep(0.2)
    except psutil.Error:
        return


def stage_breakdown(path: Path, entities: tuple[str, ...] | None, startup: bool = True) -> dict[str, float]:
    """CPU seconds per stage of what ``scan`` does per item, in this process, on ``path``.

    The same objects the CLI builds (``Processor`` with ``output.context_chars = 0``, the jsonl writer);
    the engine's detect calls and each classifier hook are timed by wrappers, extraction is the rest
    of ``Processor.process``, output is records + JSON lines. Start-up (a ``scan`` of a one-line file
    as a child process: interpreter, imports, building the engine and classifiers) is measured apart.
    """
    import io

    from pii_scanner.core.config import ScanConfig
    from pii_scanner.core.privacy import Fingerprinter
    from pii_scanner.pipeline import Processor
    from pii_scanner.reports.scan_output import ScanWriter
    from pii_scanner.sources.files import iter_files

    config = ScanConfig(workers=1).with_(output__context_chars=0, limits__max_file_size=1 << 31)
    if entities:
        config = config.with_(detect__entities=entities)
    processor = Processor.build(config)
    spent: dict[str, float] = {}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return run

    engine = processor.engine
    engine.detect_parts = timed("detect", engine.detect_parts)  # type: ignore[method-assign]
    engine.detect = timed("detect", engine.detect)  # type: ignore[method-assign]
    names = {"languages": "language id", "categories": "classify", "assess": "classify", "events": "classify"}
    processor.hooks = tuple(timed(names.get(h.__name__, "classify"), h) for h in processor.hooks)
    processor.process(next(iter(iter_files([Path(__file__)]))))  # models loaded lazily: not per item
    spent.clear()
    start = time.process_time()
    results = [r for item in iter_files([path]) for r in processor.process(item)]
    total = time.process_time() - start
    spent["extract"] = total - sum(spent.values())
    fingerprint = Fingerprinter(b"k" * 32)
    start = time.process_time()
    writer = ScanWriter("jsonl", io.StringIO())
    for result in results:
        writer.write_result(result, fingerprint)  # what `scan` does
    spent["output"] = time.process_time() - start
    if not startup:
        return spent
    tiny = path.parent / "tiny.txt"
    tiny.write_text("Kontakt: 010190-1234\n", encoding="utf-8")
    args = [str(tiny), "--format", "jsonl", "--workers", "1"] + (["--entities", ",".join(entities)] if entities else [])
    spent["start-up"] = min(run_scan(args)[0] for _ in range(3))  # the first also fills the bytecode cache
    # A short prose item: lingua loads all its n-gram models for a text under 120 characters (once per process).
    prose = path.parent / "prose.txt"
    prose.write_text("Hej Jens, tak for mødet i går. Vi ses på mandag.\n", encoding="utf-8")
    args[0] = str(prose)
    spent["start-up, short prose item"] = min(run_scan(args)[0] for _ in range(2))
    return spent


def print_breakdown(label: str, mbytes: float, spent: dict[str, float]) -> None:
    once = {k: v for k, v in spent.items() if k.startswith("start-up")}
    per_item = sum(v for k, v in spent.items() if k not in once)
    shares = ", ".join(
        f"{k} {v:.2f} s ({v / per_item:.0%}, {v / mbytes * 1000:.0f} ms/MB)"
        for k, v in sorted(spent.items(), key=lambda kv: -kv[1])
        if k not in once
    )
    fixed = "; ".join(f"{k} {v:.2f} s" for k, v in once.items())
    print(f"  {label}: {mbytes:.1f} MB in {per_item:.2f} s CPU: {shares}; once per process: {fixed}")


def _vm_hwm(pid: int) -> float:
    """The process's own peak RSS in MB (Linux VmHWM: not inflated by the parent at spawn), 0 if unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def fast_path_available() -> bool:
    try:
        from pii_scanner.detect import fastpath
    except ImportError:
        return False
    return bool(getattr(fastpath, "available", lambda: False)())


# --- Presidio NoOp -------------------------------------------------------------------------
def presidio_noop() -> Callable[[str], int]:
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
        SePersonnummerRecognizer,
    )

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    import tldextract  # Presidio's e-mail validation; bundled suffix list, no network

    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    lang = "da"
    cpr = PatternRecognizer(
        supported_entity="DK_CPR",
        patterns=[Pattern("cpr", r"\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[- ]?\d{4}\b", 0.5)],
        context=["cpr", "cpr-nr", "personnummer"],
        supported_language=lang,
    )
    recognizers = [
        SePersonnummerRecognizer(supported_language=lang),
        EmailRecognizer(supported_language=lang),
        PhoneRecognizer(supported_language=lang, supported_regions=("DK", "SE")),
        IbanRecognizer(supported_language=lang),
        CreditCardRecognizer(supported_language=lang),
        cpr,
    ]
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[lang])
    nlp = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "noop"}])
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=[lang])

    def run(text: str) -> int:
        found = 0
        for i in range(0, len(text), 10_000):
            found += len(engine.analyze(text[i : i + 10_000], language=lang, entities=list(ENTITIES)))
        return found

    return run


def cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def extracted_texts(paths: list[Path]) -> list[str]:
    """The text of every item ``scan`` extracts from ``paths`` (messages, attachments, files, members),
    extracted in this process: what Presidio is given, extraction not charged to it."""
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.extract.walk import walk
    from pii_scanner.sources.files import iter_files

    config = ScanConfig(workers=1)
    return [ex.text() for item in iter_files(paths) for _, ex in walk(item, config) if ex.parts]


def presidio_items(presidio: Callable[[str], int], texts: list[str]) -> float:
    """CPU seconds of stock Presidio (NoOp NLP engine, the six entities' recognizers) over ``texts``."""
    return cpu(lambda: [presidio(t) for t in texts])


def print_against_presidio(unit: str, n: int, runs: dict[str, float], presidio_seconds: float, texts: int) -> None:
    rate = n / presidio_seconds
    print(
        f"Presidio NoOp (six entities, on the {texts} extracted texts, extraction not charged): {rate:7.1f} {unit} "
        "per CPU-second"
    )
    for label, seconds in runs.items():
        print(
            f"  pii-scanner scan, {label}: {n / seconds:7.1f} {unit} per CPU-second"
            f" = {n / seconds / rate:5.1f}x Presidio"
        )


# --- sections ------------------------------------------------------------------------------
def section_throughput(tmp: Path, quick: bool) -> None:
    size = 4 * MB if quick else 16 * MB
    presidio_size = MB // 2 if quick else 2 * MB
    presidio = presidio_noop()
    presidio("warm up 010190-1234 jens@example.dk")
    from pii_scanner.core.config import DetectConfig
    from pii_scanner.detect import Engine

    engine = Engine(DetectConfig(entities=ENTITIES))
    engine.detect("warm up 010190-1234 jens@example.dk")
    warm = tmp / "warm.txt"
    warm.write_text("Kontakt: 010190-1234\n", encoding="utf-8")
    run_scan([str(warm), "--format", "jsonl", "--workers", "1"])  # bytecode compiled once, not in a timed run
    modes = [("pure", {PURE_ENV: "1"})]
    if fast_path_available():
        modes.insert(0, ("fast", {}))
    print(f"== throughput: {size / MB:.0f} MB per scan, one worker, CPU time; Presidio on {presidio_size / MB} MB ==")
    print(f"{'text':<10} {'mode':<5} {'findings/KB':>11} {'scan MB/s':>10} {'presidio MB/s':>14} {'ratio':>7}")
    stages: dict[str, tuple[float, dict[str, float]]] = {}
    for label, prose in (("realistic", 0.7), ("dense", DENSE_PROSE)):
        text = make_text(size, prose, seed=7)
        path = tmp / f"{label}.txt"
        path.write_text(text, encoding="utf-8")
        mbytes = path.stat().st_size / MB
        sample = text[:presidio_size]
        presidio_rate = len(sample.encode()) / MB / cpu(lambda s=sample: presidio(s))  # type: ignore[misc]
        engine_rate = len(sample.encode()) / MB / cpu(lambda s=sample: engine.detect(s))  # type: ignore[misc]
        print(
            f"{label:<10} {'engine alone (in-process, same sample)':<33} {engine_rate:>10.2f} "
            f"{presidio_rate:>14.3f} {engine_rate / presidio_rate:>6.1f}x"
        )
        for mode, env in modes:
            seconds, _, _, records = run_scan(
                [str(path), "--format", "jsonl", "--entities", ",".join(ENTITIES), "--workers", "1"], env
            )
            found = sum(1 for r in records if r.get("record") == "finding")
            rate = mbytes / seconds
            print(
                f"{label:<10} {mode:<5} {found / (mbytes * 1000):>11.2f} {rate:>10.2f} {presidio_rate:>14.3f} "
                f"{rate / presidio_rate:>6.1f}x"
            )
        stage_path = tmp / f"{label}_stages.txt"
        stage_path.write_text(text[: 4 * MB], encoding="utf-8")
        stages[label] = (stage_path.stat().st_size / MB, stage_breakdown(stage_path, ENTITIES))
    engine_kind = "fast path" if fast_path_available() else "pure Python"
    print(f"where the CPU goes per item (in-process, first 4 MB of each text, the six entities, {engine_kind}):")
    for label, (mbytes, spent) in stages.items():
        print_breakdown(label, mbytes, spent)


def section_permb(tmp: Path, quick: bool) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.core.privacy import Fingerprinter
    from pii_scanner.pipeline import Processor
    from pii_scanner.reports.records import iter_records
    from pii_scanner.sources.files import iter_files

    sizes = [100_000, MB, 5 * MB] if quick else [100_000, MB, 5 * MB, 20 * MB, 40 * MB]
    config = ScanConfig(workers=1).with_(limits__max_file_size=1 << 31)
    processor = Processor.build(config)
    fingerprint = Fingerprinter(b"k" * 32)
    # The stages of the timed run itself (no second pass): wrappers add their time to ``spent``.
    spent: dict[str, float] = {}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return run

    engine = processor.engine
    engine.detect_parts = timed("detect", engine.detect_parts)  # type: ignore[method-assign]
    engine.detect = timed("detect", engine.detect)  # type: ignore[method-assign]
    if engine.names is not None:
        engine.names.find_many = timed("names", engine.names.find_many)  # type: ignore[method-assign]
    hook_names = {"languages": "language id"}
    processor.hooks = tuple(timed(hook_names.get(h.__name__, "classify"), h) for h in processor.hooks)
    print("\n== per-MB cost, default entities (names included), scan library in-process, CPU ==")
    print("   (stages of the same run: names = the name finder; detect = the rest of the engine, its merge of")
    print("    names included; classify and language id = the item hooks; rest = extraction and output records)")
    base = None
    for size in sizes:
        path = tmp / f"permb_{size}.txt"
        path.write_text(make_text(size, 0.3, seed=size), encoding="utf-8")
        mbytes = path.stat().st_size / MB
        items = list(iter_files([path]))

        def go(items: list[Any] = items) -> int:
            n = 0
            for item in items:
                for result in processor.process(item):
                    # One record at a time, as scan's writers and the index take them: a list of every
                    # record of a 20 MB text (~120,000) is what Python's full collections then walk again
                    # and again, a cost that grows with the text (1.19x of 1 MB's per-MB cost at 20 MB).
                    n += sum(1 for _ in iter_records(result, fingerprint, show_values=False))
            return n

        go() if size <= MB else None  # warm caches once on small sizes
        best: tuple[float, dict[str, float]] | None = None
        for _ in range(3 if size <= MB else 1):  # small sizes: the best of three (a 0.1 s run is noise under load)
            spent.clear()
            seconds = cpu(go)
            if best is None or seconds < best[0]:
                best = (seconds, dict(spent))
        assert best is not None
        seconds, stages = best
        stages["detect"] = stages.get("detect", 0.0) - stages.get("names", 0.0)
        stages["rest"] = seconds - sum(stages.values())
        per_mb = seconds / mbytes * 1000
        base = base or per_mb
        split = ", ".join(f"{k} {v / mbytes * 1000:.0f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1]))
        print(f"{size / MB:>7.1f} MB  {per_mb:8.1f} ms/MB   ({per_mb / base:.2f}x the 100 KB cost; {split} ms/MB)")


def section_longline(tmp: Path, quick: bool) -> None:
    """Per-MB cost of each stage on text with line breaks and on the same text as ONE line (an extracted
    PDF, minified JSON): a stage whose cost per MB grows with the size is superlinear in the line's length."""
    sizes = [MB, 2 * MB] if quick else [MB, 4 * MB]
    print("\n== long lines: per-MB CPU per stage, default entities (names included), in-process ==")
    base = make_text(max(sizes), 0.7, seed=3)
    ends = {"lines": "\n", "one line": " ", "CR only": "\r"}  # "CR only": old Mac line endings
    for layout, end in ends.items():
        for size in sizes:
            text = base[:size].replace("\n", end)
            path = tmp / f"longline_{size}.txt"
            path.write_text(text, encoding="utf-8", newline="")
            mbytes = path.stat().st_size / MB
            spent = stage_breakdown(path, None, startup=False)
            shares = ", ".join(f"{k} {v / mbytes * 1000:.0f}" for k, v in sorted(spent.items(), key=lambda kv: -kv[1]))
            print(f"  {layout:<8} {mbytes:4.1f} MB: {sum(spent.values()) / mbytes * 1000:6.0f} ms/MB ({shares} ms/MB)")


def _rss_scan(path: Path, cpr: str) -> tuple[float, float, int, bool, int | None]:
    """``scan --entities DK_CPR --workers 1`` on our own synthetic file: (CPU s, peak RSS MB, findings,
    planted CPR found, its character offset). --show-values: the planted number is recognised by its value."""
    args = ["--format", "jsonl", "--entities", "DK_CPR", "--workers", "1", "--max-file-size", "2G", "--show-values"]
    args += ["--time-budget", "36000"]  # one budget per mailbox file: its extraction time under load
    counts: dict[str, int] = {}
    sampled: dict[int, float] = {}
    seconds, rss, _, hits = run_scan(
        [str(path), *args],
        per_process=sampled,
        keep=lambda r: r.get("record") == "finding" and r.get("normalized") == cpr,
        counts=counts,
    )
    rss = sampled.get(-1) or rss  # VmHWM sampled every 0.2 s; the kernel's figure if unavailable
    n = counts.get("finding", 0)
    return seconds, rss, n, bool(hits), (hits[0]["start"] if hits else None)


def _csv_block(size: int, seed: int, every: int = 100) -> str:
    """Export-like CSV rows (name, e-mail, amount, note) in Danish, about ``size`` bytes; one row in
    ``every`` carries a CPR number (a scanned item keeps all its findings until it is done: a CPR on
    every row of a 1 GB file is millions of findings, see docs/performance.md)."""
    rng = random.Random(seed)
    first = ("Søren", "Mette", "Jens", "Åse", "Lars", "Birgitte", "Ole", "Kirsten", "Anders", "Signe")
    last = ("Hansen", "Jørgensen", "Nielsen", "Kjærgaard", "Møller", "Sørensen", "Berg", "Lund")
    rows: list[str] = []
    total = 0
    while total < size:
        f, la = rng.choice(first), rng.choice(last)
        cpr = make_cpr(rng) if len(rows) % every == 0 else ""
        number = f"{cpr[:6]}-{cpr[6:]}" if cpr else ""
        mail = f"{f.lower()}.{la.lower()}@firma.dk"
        row = f"{f} {la};{number};{mail};{rng.randint(20_000, 60_000)},00;Løn maj, afdeling {rng.randint(1, 40)}\n"
        rows.append(row)
        total += len(row.encode("utf-8"))
    return "".join(rows)


def section_finding_memory(tmp: Path, quick: bool) -> None:
    """What one finding costs while its item is scanned: a CSV with a CPR on every row at several
    sizes (all above ``limits.stream_above``, so streamed). An item's findings beyond
    ``limits.findings_in_memory`` are spilled (sealed) to a temp file, so the peak should stay flat.
    Sizes in MB from ``BENCH_DENSE_MB`` (default 34,44 quick; 34,44,1000 full)."""
    default = "34,44" if quick else "34,44,1000"
    sizes = [int(x) * MB for x in os.environ.get("BENCH_DENSE_MB", default).split(",")]
    print("\n== memory per finding: CSV with a CPR on every row, --entities DK_CPR, one worker ==")
    rows: dict[int, tuple[float, int]] = {}
    for size in sizes:
        path = tmp / "dense.csv"
        at = int(size * 0.9)
        cpr = make_cpr(random.Random(6))
        plant = f"Sidste;{cpr[:6]}-{cpr[6:]};x@firma.dk;1,00;plantet\n"
        write_repeated(path, "navn;cpr;email;beløb;tekst\n" + _csv_block(4 * MB, seed=4, every=1), size, at, plant)
        seconds, rss, n, found, _ = _rss_scan(path, cpr)
        rows[size] = (rss, n)
        print(
            f"{size / MB:.0f} MB: peak RSS {rss:.0f} MB, {n:,} findings, {seconds:.0f} s CPU; "
            f"CPR planted at byte {at:,} found: {found}"
        )
        path.unlink()
    (r1, n1), (r2, n2) = rows[sizes[0]], rows[sizes[-1]]
    per = (r2 - r1) * 1e6 / max(1, n2 - n1)
    print(f"about {per:.0f} bytes of RSS per finding ({sizes[0] / MB:.0f} -> {sizes[-1] / MB:.0f} MB)")


def _mbox_entry(msg: EmailMessage) -> bytes:
    raw = bytes(msg).replace(b"\nFrom ", b"\n>From ")
    return b"From jens@firma.dk Mon Jan  1 10:00:00 2024\n" + raw + b"\n"


def _write_mbox(path: Path, size: int, plant_at: int, plant: str) -> int:
    """An mbox of ~``size`` bytes: 20 distinct ~100 KB messages repeated; ``plant`` in the message at
    byte ``plant_at``. Returns the number of messages."""
    rng = random.Random(9)
    bodies = [generate_document(rng, 100_000, prose=0.9).text for _ in range(20)]
    n = written = 0
    with path.open("wb") as fh:
        while written < size:
            msg = EmailMessage()
            msg["From"] = "Jens Hansen <jens@firma.dk>"
            msg["To"] = "kollega@firma.dk"
            msg["Subject"] = f"Sag {n}"
            msg["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
            msg["Message-ID"] = f"<{n}@firma.dk>"
            msg.set_content(bodies[n % len(bodies)])
            data = _mbox_entry(msg)
            if written <= plant_at < written + len(data):  # the message that holds byte plant_at
                msg.set_content(plant + bodies[n % len(bodies)])
                data = _mbox_entry(msg)
            fh.write(data)
            written += len(data)
            n += 1
    return n


def section_rss(tmp: Path, quick: bool) -> None:
    size = 200 * MB if quick else 1000 * MB
    at = int(size * 0.9)
    cpr = make_cpr(random.Random(5))
    plant = f"Den sidste medarbejder har CPR-nr. {cpr[:6]}-{cpr[6:]}.\n"
    print(f"\n== peak RSS: {size / MB:.0f} MB files, --entities DK_CPR, one worker (target < 512 MB) ==")
    files = (("text", "big.txt"), ("CSV", "big.csv"), ("mbox", "big.mbox"))
    wanted = os.environ.get("BENCH_RSS_KINDS", "text,CSV,mbox").split(",")
    for kind, name in files:
        if kind not in wanted:
            continue
        path = tmp / name
        extra = ""
        if kind == "text":
            write_repeated(path, make_text(4 * MB, 0.9, seed=3), size, at, plant)
        elif kind == "CSV":
            write_repeated(path, "navn;cpr;email;beløb;tekst\n" + _csv_block(4 * MB, seed=4), size, at, plant)
        else:
            extra = f", {_write_mbox(path, size, at, plant):,} messages"
        seconds, rss, n, found, offset = _rss_scan(path, cpr)
        print(
            f"{kind:>4}: peak RSS {rss:.0f} MB; {seconds:.0f} s CPU ({size / MB / seconds:.1f} MB/s){extra}; "
            f"{n} findings; CPR planted at byte {at:,} found: {found}"
            + (f" (character offset {offset:,})" if offset is not None else "")
        )
        path.unlink()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_lines(size: int, plant: str) -> Any:
    """Lines of 90 %-prose text, ``size`` bytes in all, ``plant`` as the line at 90 %."""
    block = make_text(4 * MB, 0.9, seed=12).splitlines()
    written, planted, n = 0, False, 0
    while written < size:
        line = block[n % len(block)]
        n += 1
        if not planted and written >= size * 0.9:
            line, planted = plant.strip(), True
        written += len(line.encode()) + 1
        yield line


def _write_docx(path: Path, size: int, plant: str) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<w:document xmlns:w="{_W}"><w:body>'.encode())
            batch = []
            for line in _text_lines(size, plant):
                batch.append(f'<w:p><w:r><w:t xml:space="preserve">{_xml(line)}</w:t></w:r></w:p>')
                if len(batch) == 2000:
                    fh.write("".join(batch).encode())
                    batch = []
            fh.write(("".join(batch) + "</w:body></w:document>").encode())


def _write_xlsx(path: Path, size: int, plant: str) -> None:
    """One sheet: each line cut into three cells; the first cell's values come from a shared-string
    table of the distinct values (as Excel writes them), the others inline."""
    import zipfile

    shared: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        zf.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{_S}" xmlns:r="{_R}"><sheets>'
            '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<worksheet xmlns="{_S}"><sheetData>'.encode())
            batch = []
            for r, line in enumerate(_text_lines(size, plant)):
                words = line.split(" ")
                third = max(1, len(words) // 3)
                first, second, rest = (
                    " ".join(words[:third]),
                    " ".join(words[third : 2 * third]),
                    " ".join(words[2 * third :]),
                )
                index = shared.setdefault(first, len(shared))
                batch.append(
                    f'<row r="{r + 1}"><c r="A{r + 1}" t="s"><v>{index}</v></c>'
                    f'<c r="B{r + 1}" t="inlineStr"><is><t>{_xml(second)}</t></is></c>'
                    f'<c r="C{r + 1}" t="inlineStr"><is><t>{_xml(rest)}</t></is></c></row>'
                )
                if len(batch) == 2000:
                    fh.write("".join(batch).encode())
                    batch = []
            fh.write(("".join(batch) + "</sheetData></worksheet>").encode())
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(f'<sst xmlns="{_S}">'.encode())
            fh.write("".join(f"<si><t>{_xml(v)}</t></si>" for v in shared).encode())
            fh.write(b"</sst>")


def _write_pdf(path: Path, size: int, plant: str) -> int:
    """Pages of 50 lines of at most 95 characters; returns the number of pages."""
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y, pages = 800, 1
    c.setFont("Helvetica", 8)
    for line in _text_lines(size, plant):
        for text in textwrap.wrap(line, 95) or [""]:
            c.drawString(30, y, text)
            y -= 15
            if y < 40:
                c.showPage()
                c.setFont("Helvetica", 8)
                y, pages = 800, pages + 1
    c.save()
    return pages


def section_documents(tmp: Path, quick: bool) -> None:
    size = int(os.environ.get("BENCH_DOC_MB", "50" if quick else "200")) * MB
    cpr = make_cpr(random.Random(13))
    plant = f"Den sidste medarbejder har CPR-nr. {cpr[:6]}-{cpr[6:]}."
    print(f"\n== peak RSS: documents with {size / MB:.0f} MB of text, --entities DK_CPR, one worker ==")
    for kind in os.environ.get("BENCH_DOC_KINDS", "DOCX,XLSX,PDF").split(","):
        path = tmp / f"big.{kind.lower()}"
        extra = ""
        if kind == "DOCX":
            _write_docx(path, size, plant)
        elif kind == "XLSX":
            _write_xlsx(path, size, plant)
        else:
            extra = f", {_write_pdf(path, size, plant):,} pages"
        seconds, rss, n, found, _ = _rss_scan(path, cpr)
        print(
            f"{kind:>4}: file {path.stat().st_size / MB:.0f} MB{extra}; peak RSS {rss:.0f} MB; {seconds:.0f} s CPU; "
            f"{n} findings; CPR planted at 90 % of the text found: {found}"
        )
        path.unlink()


def _attachment_files(tmp: Path) -> tuple[bytes, bytes]:
    sys.path.insert(0, str(ROOT))
    import tests.extract.extract_makers as mk

    pdf = mk.make_pdf(tmp / "a.pdf", pages=2).read_bytes()
    docx = mk.make_docx(tmp / "a.docx").read_bytes()
    return pdf, docx


def section_mailbox(tmp: Path, quick: bool) -> None:
    n = 400 if quick else 2000
    pdf, docx = _attachment_files(tmp)
    rng = random.Random(11)
    path = tmp / "box.mbox"
    box = mailbox.mbox(str(path))
    for i in range(n):
        msg = EmailMessage()
        msg["From"] = "Jens Hansen <jens@firma.dk>"
        msg["To"] = "kunde@example.se" if i % 3 else "kollega@firma.dk"
        msg["Subject"] = f"Sag {i}"
        msg["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
        msg["Message-ID"] = f"<{i}@firma.dk>"
        msg.set_content(generate_document(rng, rng.randint(500, 3000), prose=0.6).text)
        if i % 4 == 0:
            msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"bilag{i}.pdf")
        elif i % 4 == 1:
            msg.add_attachment(
                docx,
                maintype="application",
                subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                filename=f"notat{i}.docx",
            )
        box.add(msg)
    box.close()
    print(f"\n== mailbox: {n} messages (half with a PDF or DOCX attachment), default entities ==")
    walls: dict[str, float] = {}
    seconds_by: dict[str, float] = {}
    found: dict[str, list[tuple[Any, ...]]] = {}
    shares: dict[str, list[float]] = {}
    for workers in ("1", "2"):
        wall = time.perf_counter()
        cpus: dict[int, float] = {}
        seconds, rss, _, records = run_scan([str(path), "--format", "jsonl", "--workers", workers], per_process=cpus)
        walls[workers] = wall = time.perf_counter() - wall
        shares[workers] = sorted((t for pid, t in cpus.items() if pid >= 0), reverse=True)
        seconds_by[workers] = seconds
        found[workers] = [
            (r.get("location"), r.get("entity_type"), r.get("start"), r.get("end"))
            for r in records
            if r.get("record") == "finding"
        ]
        items = sum(1 for r in records if r.get("record") == "item")
        print(
            f"workers {workers}: {n / wall:7.1f} messages/s wall, {n / seconds:7.1f} messages per CPU-second "
            f"(all processes); {items} items; peak RSS {rss:.0f} MB (largest process)"
        )
    six, _, _, _ = run_scan([str(path), "--format", "jsonl", "--workers", "1", "--entities", ",".join(ENTITIES)])
    texts = extracted_texts([path])
    print_against_presidio(
        "messages",
        n,
        {"default entities, 1 worker": seconds_by["1"], "six entities, 1 worker": six},
        presidio_items(presidio_noop(), texts),
        len(texts),
    )
    busiest = max(shares["2"][0], sum(shares["2"]) / 2) if shares["2"] else seconds_by["2"]
    print(
        "CPU seconds per process, 2 workers: "
        + ", ".join(f"{t:.1f}" for t in shares["2"])
        + f"; speed-up on 2 idle cores estimated from them: {seconds_by['1'] / busiest:.2f}x"
        " (1-worker CPU / max(busiest process, total / 2))"
    )
    print(
        f"speed-up 2 vs 1 workers: {walls['1'] / walls['2']:.2f}x wall "
        f"(CPU cost {seconds_by['2'] / seconds_by['1']:.2f}x);"
        f" same findings: {found['1'] == found['2']} ({len(found['1'])}); load average {os.getloadavg()[0]:.1f}"
    )


def section_share(tmp: Path, quick: bool) -> None:
    import bench_extract

    root = tmp / "share"
    root.mkdir()
    files = 300 if quick else 1500
    kinds = bench_extract.make_corpus(root, files)
    total = sum(kinds.values())
    print(f"\n== mixed share: {total} files ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}) ==")
    runs: dict[str, float] = {}
    for workers in ("1", "2"):
        wall = time.perf_counter()
        seconds, rss, _, records = run_scan([str(root), "--format", "jsonl", "--workers", workers])
        wall = time.perf_counter() - wall
        runs[f"default entities, {workers} worker{'s' if workers != '1' else ''}"] = seconds
        items = sum(1 for r in records if r.get("record") == "item")
        print(
            f"workers {workers}: {total / seconds:7.1f} files/s per CPU-second, {total / wall:7.1f} files/s wall "
            f"({items} items incl. members); peak RSS {rss:.0f} MB (largest process)"
        )
    runs["six entities, 1 worker"] = run_scan(
        [str(root), "--format", "jsonl", "--workers", "1", "--entities", ",".join(ENTITIES)]
    )[0]
    texts = extracted_texts([root])
    print_against_presidio("files", total, runs, presidio_items(presidio_noop(), texts), len(texts))
    share_without_ocr(root)


OCR_KINDS = ("png", "scanned_pdf")  # the corpus folders whose files are read by OCR


def share_without_ocr(root: Path) -> None:
    """The share row without the images and scanned PDFs: tesseract's CPU (a child process per page,
    most of the share's CPU) is charged to the scan and never to Presidio, which is given their text."""
    folders = [p for p in sorted(root.iterdir()) if p.is_dir() and p.name not in OCR_KINDS]
    files = sum(1 for folder in folders for f in folder.rglob("*") if f.is_file())
    seconds = run_scan([*map(str, folders), "--format", "jsonl", "--workers", "1"])[0]
    texts = extracted_texts(folders)
    print(f"the same share without its images and scanned PDFs ({files} files; no OCR):")
    print_against_presidio(
        "files", files, {"default entities, 1 worker": seconds}, presidio_items(presidio_noop(), texts), len(texts)
    )


SECTIONS: dict[str, Callable[[Path, bool], None]] = {
    "throughput": section_throughput,
    "permb": section_permb,
    "longline": section_longline,
    "rss": section_rss,
    "mailbox": section_mailbox,
    "finding_memory": section_finding_memory,
    "documents": section_documents,
    "share": section_share,
}


def _own_rss() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes (CI)")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"sections: {','.join(SECTIONS)}")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; fast path: "
        f"{'installed' if fast_path_available() else 'not installed'}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
        for name in args.only.split(","):
            SECTIONS[name.strip()](Path(tmp), args.quick)
    print(
        f"\nload average at the end: {os.getloadavg()[0]:.1f}; this process's own peak RSS {_own_rss():.0f} MB "
        "(counted by the kernel in a child's peak when it was that big at the child's start)"
    )


if __name__ == "__main__":
    main()
