"""Sweep throughput with the index: first sweep vs incremental re-sweep of an unchanged tree.

    .venv/bin/python benchmarks/bench_sweep.py [--files 10000] [--db URL] [--workers N] [--ner]

Prints both timings and the ratio (target: re-sweep >= 20x faster than the first sweep).
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PII_SCANNER_KEY", "benchmark-fingerprint-key")

from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_cpr, make_personnummer


def make_tree(root: Path, files: int) -> None:
    for n in range(files):
        folder = root / f"dept{n % 20:02d}" / f"case{n % 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        body = [f"Sagsnotat {n}: aftale om betaling, se vedlagte bilag og tidligere korrespondance."] * 20
        if n % 3 == 0:
            cpr = make_cpr(datetime.date(1950 + n % 50, 1 + n % 12, 1 + n % 28))
            body.insert(5, f"Kunde CPR-nr. {cpr[:6]}-{cpr[6:]}")
        if n % 5 == 0:
            pnr = make_personnummer(datetime.date(1960 + n % 40, 1 + n % 12, 1 + n % 28), 200 + n % 700)
            body.insert(9, f"Personnummer {pnr[:8]}-{pnr[8:]}")
        (folder / f"note{n:05d}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--ner", action="store_true", help="include name recognition (slower first sweep)")
    ap.add_argument(
        "--no-classify",
        action="store_true",
        help="skip the content classifier hooks (measures extraction + detection + index only)",
    )
    args = ap.parse_args()
    if args.no_classify:
        import pii_scanner.pipeline as pipeline

        pipeline._classifier_hooks = lambda config: ()  # worker processes fork with this in place
    with tempfile.TemporaryDirectory(prefix="bench-sweep-") as tmp:
        root = Path(tmp) / "tree"
        make_tree(root, args.files)
        db = args.db or str(Path(tmp) / "index.sqlite3")
        config = ScanConfig(workers=args.workers).with_(ner__enabled=args.ner)
        t0 = time.perf_counter()
        first = sweep([root], db=db, config=config, origin="share")
        t1 = time.perf_counter()
        again = sweep([root], db=db, config=config, origin="share")
        t2 = time.perf_counter()
        first_s, again_s = t1 - t0, t2 - t1
        print(
            f"files: {args.files}  db: {'sqlite' if not args.db else args.db.split(':', 1)[0]}  "
            f"workers: {args.workers or os.cpu_count()}  ner: {args.ner}  classify: {not args.no_classify}"
        )
        print(
            f"first sweep:       {first_s:8.2f} s  ({args.files / first_s:8.0f} files/s)  "
            f"read={first.stats['read']} findings={first.stats['findings']}"
        )
        print(
            f"incremental sweep: {again_s:8.2f} s  ({args.files / again_s:8.0f} files/s)  "
            f"read={again.stats['read']} skipped={again.stats['skipped']}"
        )
        print(f"ratio: {first_s / again_s:.1f}x (target >= 20x)")


if __name__ == "__main__":
    main()
