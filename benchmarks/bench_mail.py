"""Mail throughput and memory: messages/s for EML, MBOX, PST and IMAP (local Dovecot); memory of sweeps.

Run: ``.venv/bin/python benchmarks/bench_mail.py [--messages 2000] [--sizes 1000,5000,10000]``.
Extraction only (no detection) for the rates, so the figures show the mail layer itself; the
memory part runs the IMAP source and the mbox extractor over growing mailboxes under tracemalloc.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pii_scanner.core.config import ScanConfig  # noqa: E402
from pii_scanner.core.model import Item  # noqa: E402
from pii_scanner.core.state import MemoryState  # noqa: E402
from pii_scanner.extract import walk  # noqa: E402
from pii_scanner.sources.registry import open_source  # noqa: E402
from tests.helpers.mail_messages import make_mail, mbox_bytes  # noqa: E402

CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)
SAMPLES = ROOT.parent / "shared" / "data" / "mail-samples"


def _rate(label: str, n: int, fn: Callable[[], int]) -> float:
    t0 = time.perf_counter()
    count = fn()
    dt = time.perf_counter() - t0
    print(f"{label:<34} {count:>7} msgs  {dt:7.2f} s  {count / dt:9.0f} msg/s")
    return count / dt


def _walk_count(item: Item) -> int:
    return sum(1 for _i, e in walk(item, CONFIG) if e.mime in ("message/rfc822", "application/vnd.ms-outlook"))


def bench_eml(n: int) -> None:
    blobs = [bytes(make_mail(subject=f"m{i}")) for i in range(n)]
    _rate(
        "EML (extract)",
        n,
        lambda: sum(
            _walk_count(Item(location=f"file:///b/{i}.eml", path=f"/b/{i}.eml", name=f"{i}.eml", data=b))
            for i, b in enumerate(blobs)
        ),
    )


def bench_mbox(n: int) -> None:
    data = mbox_bytes(n)
    _rate(
        "MBOX (extract)",
        n,
        lambda: _walk_count(Item(location="file:///b/x.mbox", path="/b/x.mbox", name="x.mbox", data=data)),
    )


def bench_pst(repeat: int) -> None:
    path = SAMPLES / "support.pst"
    if not path.exists():
        print("PST sample missing; skipped")
        return
    data = path.read_bytes()
    _rate(
        f"PST support.pst x{repeat} (extract)",
        0,
        lambda: sum(
            _walk_count(Item(location="file:///b/s.pst", path="/b/s.pst", name="s.pst", data=data))
            for _ in range(repeat)
        ),
    )


def _seed(server: Any, n: int, folder: str = "INBOX") -> None:
    from tests.servers import dovecot

    client: Any = dovecot.imap_client(server)
    if folder != "INBOX":
        client.create(folder)
    blob = bytes(make_mail(body="Hej\n" + "tekst " * 200))
    for i in range(n):
        client.append(folder, None, None, blob.replace(b"Subject: ", f"Subject: {i} ".encode(), 1))
    client.logout()


def bench_imap(n: int, sizes: list[int]) -> None:
    from tests.servers import dovecot

    if not dovecot.available():
        print("dovecot not installed; IMAP skipped")
        return
    with dovecot.run_dovecot() as server:
        _seed(server, n)
        spec = server.spec("tls", folders=["INBOX"])
        _rate("IMAP source (TLS, dovecot)", n, lambda: sum(1 for _ in open_source(spec, CONFIG, MemoryState()).items()))
        _rate(
            "IMAP source + extraction",
            n,
            lambda: sum(_walk_count(it) for it in open_source(spec, CONFIG, MemoryState()).items()),
        )
        print("\nmemory: peak traced bytes while sweeping (IMAP source + extraction, one message at a time)")
        done = 0
        for size in sizes:
            folder = f"Box{size}"
            _seed(server, size, folder)
            done += size
            fspec = server.spec("tls", folders=[folder])
            gc.collect()
            tracemalloc.start()
            count = sum(_walk_count(it) for it in open_source(fspec, CONFIG, MemoryState()).items())
            _cur, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"  IMAP {size:>6} messages: {count:>6} extracted, peak {peak / 1e6:6.2f} MB")
    print("\nmemory: mbox extractor (children lazily, one message in memory besides the file)")
    for size in sizes:
        data = mbox_bytes(size)
        gc.collect()
        tracemalloc.start()
        base, _ = tracemalloc.get_traced_memory()
        count = _walk_count(Item(location="file:///b/x.mbox", path="/b/x.mbox", name="x.mbox", data=data))
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"  MBOX {size:>6} messages ({len(data) / 1e6:5.1f} MB file): {count:>6} extracted, "
            f"peak above the file {(peak - base) / 1e6:6.2f} MB"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--pst-repeat", type=int, default=20)
    ap.add_argument("--sizes", default="1000,5000,10000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    bench_eml(args.messages)
    bench_mbox(args.messages)
    bench_pst(args.pst_repeat)
    bench_imap(args.messages, sizes)


if __name__ == "__main__":
    main()
