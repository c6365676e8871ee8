"""Distributed sweep speed-up: 1 -> N Dask workers (LocalCluster on loopback) on a generated file tree.

Also measures what docs/scale-out.md builds on: the per-core throughput of extraction + detection
(one process, no store) and the index bytes per item and per finding (SQLite file after the sweep).

    .venv/bin/python benchmarks/bench_distributed.py [--files 240] [--size 16000] [--workers 1,2]
        [--personal 0.2] [--ner]

Prints figures only (counts, seconds, MB/s); the generated data is synthetic.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.pipeline import Processor
from pii_scanner.samples.synthetic import generate_document
from pii_scanner.sources import iter_files
from pii_scanner.sweeps.dask_executor import distributed_sweep

FOLDERS = ("HR", "Løn", "Kunder", "Sager", "Økonomi", "Ledelse", "IT", "Salg")


def make_tree(root: Path, files: int, size: int, personal: float = 1.0, seed: int = 7) -> int:
    """``files`` text/CSV files spread over top-level folders; returns the bytes written.

    A ``personal`` share of the files keeps its planted identifiers (the generator is dense: ~1 per
    120 characters); in the others they are blanked out, as in most documents of a real share.
    """
    rng = random.Random(seed)
    total = 0
    for n in range(files):
        folder = root / FOLDERS[n % len(FOLDERS)] / f"{2015 + n % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        doc = generate_document(rng, size)
        text = doc.text
        if rng.random() >= personal:
            for p in reversed(doc.planted):
                text = text[: p.start] + "[...]" + text[p.end :]
        data = text.encode("utf-8")
        (folder / f"dok{n:05d}{'.csv' if n % 5 == 0 else '.txt'}").write_bytes(data)
        total += len(data)
    return total


def per_core(root: Path, config: ScanConfig, repeat: int = 2) -> tuple[float, float, int]:
    """Seconds (best of ``repeat``: the machine is shared), MB and findings for one process scanning
    the tree (extraction + detection, no store), warm."""
    processor = Processor.build(config)
    items = list(iter_files([root]))
    processor.process(items[0])  # lazy models/lexicons load on first use
    best, found = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        found = sum(len(r.findings) for item in items for r in processor.process(item))
        best = min(best, time.perf_counter() - started)
    return best, sum(i.size or 0 for i in items) / 1e6, found


def _warm(config: ScanConfig) -> int:
    """Build the worker's cached Processor and touch its lazy parts before the clock starts."""
    from pii_scanner.core.model import Item
    from pii_scanner.sweeps.dask_executor import _cached_processor

    proc = _cached_processor(config.with_(workers=1))
    proc.process(Item(location="mem://warm.txt", path="warm.txt", data="Kunde nr. 1;Beløb 10 kr\n".encode()))
    return os.getpid()


def distributed_run(
    root: Path, db: Path, config: ScanConfig, workers: int, repeat: int = 2
) -> tuple[float, dict[str, int]]:
    """Best of ``repeat`` full sweeps into a fresh index, on a warm LocalCluster of ``workers``."""
    from distributed import Client, LocalCluster

    best, stats = float("inf"), {}
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(_warm, config)
        for n in range(repeat):
            # A new file per repeat: workers keep their store connection (deleting it would orphan them).
            target = db.with_suffix(f".{n}.sqlite3")
            started = time.perf_counter()
            result = distributed_sweep(
                [root],
                db=str(target),
                config=config,
                origin="share",
                client=client,
                chunk_items=16,
                notify=False,
                kind=f"bench-{n}",
            )
            best, stats = min(best, time.perf_counter() - started), result.stats
    return best, stats


def index_size(db: Path) -> tuple[int, int, int, dict[str, int]]:
    """File size, item and finding counts, and bytes per table (tables + their indexes, via dbstat)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        items = conn.execute("SELECT count(*) FROM items").fetchone()[0]
        findings = conn.execute("SELECT count(*) FROM findings").fetchone()[0]
        conn.execute("VACUUM")
        owners = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"))
        per_table: dict[str, int] = {}
        for name, size in conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
            table = owners.get(name, name)
            per_table[table] = per_table.get(table, 0) + int(size)
    return db.stat().st_size, items, findings, per_table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=240)
    ap.add_argument("--size", type=int, default=16000, help="characters per file")
    ap.add_argument("--workers", default=f"1,{os.cpu_count() or 1}")
    ap.add_argument("--personal", type=float, default=0.2, help="share of files holding identifiers")
    ap.add_argument("--ner", action="store_true", help="keep name recognition on (default: identifiers only)")
    args = ap.parse_args()
    config = ScanConfig(workers=1).with_(ner__enabled=args.ner)
    with tempfile.TemporaryDirectory(prefix="bench-dist-") as tmp:
        root = Path(tmp) / "share"
        written = make_tree(root, args.files, args.size, args.personal)
        mb = written / 1e6
        print(
            f"tree: {args.files} files, {written / 1e6:.1f} MB, {len(FOLDERS)} top-level folders, "
            f"{args.personal:.0%} with identifiers; "
            f"{os.cpu_count()} CPU cores; NER {'on' if args.ner else 'off'}; "
            f"load average {os.getloadavg()[0]:.1f} (the machine may be shared: compare at similar load)"
        )
        base = None
        for n in [int(w) for w in args.workers.split(",")]:
            db = Path(tmp) / f"index-{n}.sqlite3"
            secs, stats = distributed_run(root, db, config, n)
            base = base or secs
            print(
                f"dask workers={n} (load {os.getloadavg()[0]:.1f}): {secs:.2f} s, {mb / secs:.2f} MB/s, "
                f"{stats['chunks']} chunks, "
                f"{stats['results']} items, {stats['findings']} findings, speed-up x{base / secs:.2f}"
            )
        secs, _, found = per_core(root, config)
        print(
            f"per core (1 process, extraction+detection, no store): {mb / secs:.2f} MB/s, "
            f"{args.files / secs:.1f} files/s, {found} findings"
        )
        size, items, findings, tables = index_size(db.with_suffix(".0.sqlite3"))
        item_bytes = tables.get("items", 0)
        finding_bytes = sum(tables.get(t, 0) for t in ("findings", "finding_tokens"))
        print(
            f"index: {size / 1e6:.2f} MB for {items} items and {findings} findings; items table+indexes "
            f"{item_bytes / max(1, items):.0f} bytes/item, findings (+name tokens) table+indexes "
            f"{finding_bytes / max(1, findings):.0f} bytes/finding"
        )


if __name__ == "__main__":
    main()
