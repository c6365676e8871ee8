"""Access-request search on a big index: 1,000,000 findings, identifier and name search times.

    .venv/bin/python benchmarks/bench_search.py                      # temp SQLite file
    .venv/bin/python benchmarks/bench_search.py --db postgresql://... --findings 1000000

The index is bulk-inserted straight through the store's SQLAlchemy tables (a sweep would take
hours): ~100,000 items holding on average 10 findings of a realistic mix (names 35%, CPR 20%,
personnummer 8%, e-mail 15%, phone 12%, IBAN 5%, other 5%) about 200,000 synthetic people whose
appearances follow a Zipf-like law and whose surnames follow the Danish/Swedish frequency tables
(Nielsen, Jensen, Hansen ... a few percent each), so a common-surname search is a realistic worst
case. Figures are printed as a table and a JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from pii_scanner.access import Subject, search
from pii_scanner.access.index import search_index
from pii_scanner.core.privacy import mask_name
from pii_scanner.store import Store, open_store
from pii_scanner.store import schema as s
from pii_scanner.store.tokens import name_tokens


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Jens Peter Lars Søren Niels Anders Hans Mette Anne Kirsten Hanne Helle Maria Karin Erik Johan Karl "
    "Anna Eva Kerstin Ingrid Lena Mikael Per Ole Bo Camilla Louise Sofie Emma Ida Freja Mads Rasmus "
    "Frederik Magnus Oliver Noah William Astrid Sigrid Birgitte Jørgen Åse Øystein Björn Göran"
)
SURNAMES = _words(
    "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen "
    "Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Andersson Johansson "
    "Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Østergaard Lindqvist Åberg "
    "Bergström Holm Lund Dahl Berg Kjær Skov Bak Vestergaard Fischer Frost Winther Juhl Krog Dam"
)
MIX = (
    ("PERSON", 35),
    ("DK_CPR", 20),
    ("SE_PERSONNUMMER", 8),
    ("EMAIL_ADDRESS", 15),
    ("PHONE_NUMBER", 12),
    ("IBAN_CODE", 5),
    ("CREDIT_CARD", 3),
    ("LOCATION", 2),
)
CHUNK = 20_000


_SYLLABLES = _words(
    "Bak Berg Dal Fjeld Gård Holm Kjær Lund Mølle Nør Rud Skov Sten Strand Sø Vang Ager Bjerg "
    "Bro Eng Hav Hede Høj Lind Mark Mose Næs Ris Sand Torp Vad Ved"
)
_TAILS = _words("gaard lund sen holm berg strøm kvist dahl")


def _rare(rnd: random.Random) -> str:
    """One of ~9,000 rarer surnames (letters only: name tokens split at digits)."""
    return rnd.choice(_SYLLABLES) + rnd.choice(_SYLLABLES).lower() + rnd.choice(_TAILS)


def _people(n: int, rnd: random.Random) -> list[dict[str, str]]:
    # Like the real tables: the commonest surnames (Nielsen, Jensen, Hansen...) ~3-4% each, then a
    # long tail (here ~9,000 rarer surnames) for the other half of the population.
    weights = [1 / (r + 1) ** 0.5 for r in range(len(SURNAMES))]
    out = []
    for i in range(n):
        first = rnd.choice(FIRST)
        middle = rnd.choice(FIRST) if rnd.random() < 0.25 else ""
        last = rnd.choices(SURNAMES, weights)[0] if rnd.random() < 0.45 else _rare(rnd)
        out.append(
            {
                "name": " ".join(p for p in (first, middle, last) if p),
                "cpr": f"{i:010d}",
                "pnr": f"19{i:010d}",
                "email": f"p{i}@example.dk",
                "phone": f"+45{20000000 + i}",
                "iban": f"DK50{i:014d}",
                "card": f"4571{i:012d}",
                "city": rnd.choice(("Aarhus", "Malmö")),
            }
        )
    return out


def _value(person: dict[str, str], entity: str) -> str:
    return {
        "PERSON": person["name"],
        "DK_CPR": person["cpr"],
        "SE_PERSONNUMMER": person["pnr"],
        "EMAIL_ADDRESS": person["email"],
        "PHONE_NUMBER": person["phone"],
        "IBAN_CODE": person["iban"],
        "CREDIT_CARD": person["card"],
        "LOCATION": person["city"],
    }[entity]


def build(store: Store, findings: int, people: int, seed: int = 7) -> dict[str, Any]:
    """Bulk-load the index; returns the chosen probe subject (plaintext, benchmark only)."""
    rnd = random.Random(seed)
    crowd = _people(people, rnd)
    entities = [e for e, _ in MIX]
    mix = [w for _, w in MIX]
    fp, t = store.fingerprint, datetime.now(UTC)
    zipf = [1 / (r + 1) ** 0.8 for r in range(people)]  # some people appear in many items
    with store.engine.begin() as conn:
        run = conn.execute(
            s.runs.insert()
            .values(kind="bench", config_key="bench", started_at=t, status="ok", stats={})
            .returning(s.runs.c.id)
        ).scalar_one()
        src = conn.execute(
            s.sources.insert().values(name="bench", kind="paths", spec={}, created_at=t).returning(s.sources.c.id)
        ).scalar_one()
    item_id, finding_id, made = 0, 0, 0
    probe = crowd[5]  # a frequent person (Zipf rank 6)
    while made < findings:
        items: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        tokens: list[dict[str, Any]] = []
        while len(rows) < CHUNK and made + len(rows) < findings:
            item_id += 1
            key = fp(f"location:bench:{item_id}")
            items.append(
                {
                    "id": item_id,
                    "source_id": src,
                    "location_key": key,
                    "location": f"file:///share/{item_id}.docx",
                    "path": f"/share/{item_id // 1000}/{item_id}.docx",
                    "top_key": key,
                    "depth": 0,
                    "origin": "share",
                    "owner": "",
                    "flags": [],
                    "categories": [],
                    "entities": [],
                    "first_seen_run": run,
                    "scanned_run": run,
                    "first_seen_at": t,
                    "scanned_at": t,
                    "findings_count": 0,
                }
            )
            who = rnd.choices(crowd, zipf, k=rnd.randint(1, 4))
            offset = 0
            for _ in range(max(1, int(rnd.expovariate(1 / 10)))):
                person, entity = rnd.choice(who), rnd.choices(entities, mix)[0]
                value = _value(person, entity)
                finding_id += 1
                rows.append(
                    {
                        "id": finding_id,
                        "item_id": item_id,
                        "entity_type": entity,
                        "masked": mask_name(value),
                        "fingerprint": fp(value),
                        "score": 0.9,
                        "start_offset": offset,
                        "end_offset": offset + len(value),
                        "first_seen_run": run,
                        "first_seen_at": t,
                        "run_id": run,
                    }
                )
                offset += len(value) + 40
                if entity == "PERSON":
                    tokens += [
                        {"finding_id": finding_id, "position": n, "token_fp": fp("name:" + tok)}
                        for n, tok in enumerate(name_tokens(value))
                    ]
        with store.engine.begin() as conn:
            conn.execute(s.items.insert(), items)
            conn.execute(s.findings.insert(), rows)
            if tokens:
                conn.execute(s.finding_tokens.insert(), tokens)
        made += len(rows)
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.exec_driver_sql("ANALYZE findings; ANALYZE finding_tokens; ANALYZE items")
    return {"items": item_id, "findings": made, "probe": probe}


def timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    times: list[float] = []
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=None, help="index URL (default: a temp SQLite file)")
    ap.add_argument("--findings", type=int, default=1_000_000)
    ap.add_argument("--people", type=int, default=200_000)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="bench-search-")
    url = args.db or str(Path(tmp) / "index.sqlite3")
    store = open_store(url, key=b"bench-key")
    start = time.perf_counter()
    built = build(store, args.findings, args.people)
    load = time.perf_counter() - start
    p = built["probe"]
    first, last = p["name"].split()[0], p["name"].split()[-1]
    subjects = {
        "identifier: CPR": {"cpr": p["cpr"]},
        "identifier: e-mail": {"email": p["email"]},
        f"name: '{first} {last}' (the probe person)": {"name": f"{first} {last}"},
        "name: 'Jens Nielsen' (most common surname)": {"name": "Jens Nielsen"},
        "all criteria: CPR + e-mail + phone + name": {
            "cpr": p["cpr"],
            "email": p["email"],
            "phone": p["phone"],
            "name": p["name"],
        },
    }
    figures: dict[str, Any] = {
        "db": store.dialect,
        "items": built["items"],
        "findings": built["findings"],
        "load_seconds": round(load, 1),
        "searches": {},
    }
    print(
        f"index: {built['findings']:,} findings in {built['items']:,} items ({store.dialect}), loaded in {load:.0f} s"
    )
    for label, crit in subjects.items():
        key = _key(store, crit)
        secs, hits = timed(partial(search_index, store, key))
        api_secs, _ = timed(partial(search, store, key), repeat=3)  # + the audit entry
        figures["searches"][label] = {
            "seconds": round(secs, 3),
            "with_audit_seconds": round(api_secs, 3),
            "items": len(hits),
        }
        print(f"  {label:58s} {secs:7.3f} s  (search() incl. audit {api_secs:6.3f} s)  {len(hits):6d} items")
    print(json.dumps(figures))
    store.close()


def _key(store: Store, crit: dict[str, str]) -> Any:
    # Benchmark identifiers are synthetic (no CPR checksum): fingerprint them the way the index did.
    from pii_scanner.access.subject import IdentKey, SubjectKey

    subject = Subject.of(name=crit.get("name"))
    names = subject.key(store.fingerprint).names if crit.get("name") else ()
    idents = tuple(
        IdentKey(kind, (store.fingerprint(crit[kind]),), "") for kind in ("cpr", "email", "phone") if kind in crit
    )
    return SubjectKey("bench", idents, names)


if __name__ == "__main__":
    main()
