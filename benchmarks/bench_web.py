"""Console findings browser on a large index: server time per page (p50/p95/max) over filter mixes.

    .venv/bin/python benchmarks/bench_web.py                 # 1,000,000 findings on SQLite
    .venv/bin/python benchmarks/bench_web.py --findings 100000 --db postgresql://...

The index is filled with bulk inserts (100 findings... per item spread over sources, owners, risks,
categories, retention states and dates), then each page is requested through the real ASGI app
(Starlette test client, in process: routing, session, SQL, templates) and timed. Target: p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pii_scanner.store import open_store
from pii_scanner.store import schema as s
from pii_scanner.web import WebSettings, create_app
from pii_scanner.web.users import users_add

ENTITIES = ("DK_CPR", "SE_PERSONNUMMER", "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE")
CATEGORIES = ("health", "trade_union", "criminal", "religion")
RISKS = ("low", "medium", "high")
PASSWORD = "benchmark-password"


def fill(url: str, findings: int, per_item: int = 10, seed: int = 7) -> None:
    rnd = random.Random(seed)
    store = open_store(url)
    now = datetime.now(UTC)
    items_n = max(1, findings // per_item)
    with store.engine.begin() as conn:
        run_id = conn.execute(
            s.runs.insert().values(kind="sweep", config_key="bench", started_at=now, status="ok", host="", who="")
        ).inserted_primary_key[0]
        source_ids = [
            conn.execute(
                s.sources.insert().values(name=f"share-{n}", kind="paths", created_at=now)
            ).inserted_primary_key[0]
            for n in range(8)
        ]
    batch: list[dict[str, object]] = []
    with store.engine.begin() as conn:
        for n in range(items_n):
            cats = [c for c in CATEGORIES if rnd.random() < 0.05]
            due = now + timedelta(days=rnd.randint(-400, 2000))
            batch.append(
                {
                    "id": n + 1,
                    "source_id": source_ids[n % len(source_ids)],
                    "location_key": f"{n:064x}"[-64:],
                    "location": f"file:///srv/share/afd{n % 40}/mappe{n % 997}/dokument_{n}.docx",
                    "path": f"file:///srv/share/afd{n % 40}/mappe{n % 997}/dokument_{n}.docx",
                    "top_key": f"{n:064x}"[-64:],
                    "depth": 0,
                    "mime": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "size": 10_000,
                    "mtime": now - timedelta(days=rnd.randint(0, 4000)),
                    "origin": "share",
                    "owner": f"user{n % 500}",
                    "flags": [],
                    "categories": cats,
                    "risk": RISKS[n % 3],
                    "entities": list(ENTITIES[:3]),
                    "findings_count": per_item,
                    "retention_due": due,
                    "past_retention": due < now,
                    "first_seen_run": run_id,
                    "scanned_run": run_id,
                    "first_seen_at": now,
                    "scanned_at": now,
                }
            )
            if len(batch) >= 20_000:
                conn.execute(s.items.insert(), batch)
                batch = []
        if batch:
            conn.execute(s.items.insert(), batch)
    fbatch: list[dict[str, object]] = []
    with store.engine.begin() as conn:
        for n in range(findings):
            item = n // per_item + 1
            fbatch.append(
                {
                    "item_id": item,
                    "entity_type": ENTITIES[rnd.randrange(len(ENTITIES))],
                    "masked": "070761-XXXX",
                    "fingerprint": f"{rnd.getrandbits(256):064x}",
                    "score": round(rnd.uniform(0.4, 1.0), 2),
                    "start_offset": (n % per_item) * 50,
                    "end_offset": (n % per_item) * 50 + 11,
                    "part": "body",
                    "context": "CPR: ******-XXXX",
                    "recognizer": "dk_cpr",
                    "first_seen_run": run_id,
                    "first_seen_at": now - timedelta(days=rnd.randint(0, 700)),
                    "run_id": run_id,
                }
            )
            if len(fbatch) >= 50_000:
                conn.execute(s.findings.insert(), fbatch)
                fbatch = []
        if fbatch:
            conn.execute(s.findings.insert(), fbatch)
    store.close()
    users_add(url, "dpo", role="dpo", password=PASSWORD)


PAGES = (
    "/findings",
    "/findings?page=200",
    "/findings?entity=DK_CPR",
    "/findings?owner=user42",
    "/findings?category=health",
    "/findings?retention=past",
    "/findings?risk=high&entity=PERSON",
    "/findings?status=open",
    "/findings?found_from={d30}",
    "/findings?sort=score&dir=desc",
    "/findings?sort=location&dir=asc",
    "/findings?source=3&entity=EMAIL_ADDRESS",
    "/items/{item}",
    "/my",
)


def measure(url: str, rounds: int, cpu_times: dict[str, list[float]]) -> dict[str, list[float]]:
    from starlette.testclient import TestClient

    client = TestClient(create_app(WebSettings(db=url, secure_cookies=False)), follow_redirects=False)
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    client.post("/login", data={"username": "dpo", "password": PASSWORD, "csrf": csrf})
    d30 = (datetime.now(UTC) - timedelta(days=30)).date().isoformat()
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        for template in PAGES:
            path = template.format(d30=d30, item=random.randint(1, 1000))
            start, cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            elapsed = time.perf_counter() - start
            cpu_times.setdefault(template, []).append(time.process_time() - cpu)
            assert response.status_code == 200, (path, response.status_code)
            times.setdefault(template, []).append(elapsed)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--findings", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", default=None, help="empty PostgreSQL database URL (default: a temporary SQLite file)")
    parser.add_argument("--keep", default=None, help="SQLite file to fill once and reuse on later runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(args.keep or Path(tmp) / 'bench.sqlite3')}"
        if not (args.keep and Path(args.keep).exists()):
            start = time.perf_counter()
            fill(url, args.findings)
            print(f"index: {args.findings:,} findings in {time.perf_counter() - start:.1f} s ({url.split(':')[0]})")
        open_store(url).close()  # migrations (indexes) in place before timing
        cpu_times: dict[str, list[float]] = {}
        times = measure(url, args.rounds, cpu_times)
    # Wall time is what a user waits; CPU time (server + in-process client) is the same on a busy machine.
    print(f"{'page':48s} {'p50 ms':>8s} {'max ms':>8s} {'cpu p50':>8s}")
    for page, ts in times.items():
        cpu = statistics.median(cpu_times[page]) * 1000
        print(f"{page:48s} {statistics.median(ts) * 1000:8.1f} {max(ts) * 1000:8.1f} {cpu:8.1f}")
    for label, table in (("wall", times), ("cpu", cpu_times)):
        every = sorted(t for ts in table.values() for t in ts)
        p95 = every[int(0.95 * (len(every) - 1))]
        print(
            f"{label}: n={len(every)} p50={statistics.median(every) * 1000:.1f} ms "
            f"p95={p95 * 1000:.1f} ms max={every[-1] * 1000:.1f} ms; target p95 < 300 ms: "
            f"{'met' if p95 < 0.3 else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
