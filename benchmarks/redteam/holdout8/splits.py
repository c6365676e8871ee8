"""Split one saved scoring run of the v8 identifiers set by origin, language and family (no new scan).

    python benchmarks/bench_redteam.py --set identifiers --data FILE --errors 100000 > run.txt
    python -m benchmarks.redteam.holdout8.splits --data FILE --output run.txt

Misses and false hits are read from the run's ``--errors`` listing; true positives are the labels not missed.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ENTITIES = ("DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER")
ERR = re.compile(r"^\s+(miss|false)\s+(\S+)\s+(-?\d+)-(-?\d+)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--output", type=Path, required=True)
    args = ap.parse_args()
    docs = {}
    for line in args.data.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            docs[rec["id"]] = rec
    errors: list[tuple[str, str, str]] = []  # kind, doc id, entity
    current = ""
    for line in args.output.read_text(encoding="utf-8").splitlines():
        head = line.split(" ", 1)[0]
        if head in ENTITIES:
            current = head
            continue
        m = ERR.match(line)
        if m and current:
            errors.append((m.group(1), m.group(2), current))
    keys = {
        "origin": lambda d: str(d.get("origin")),
        "lang": lambda d: str(d["lang"]),
        "family": lambda d: str(d.get("family")),
    }
    for name, key in keys.items():
        gold: dict[tuple[str, str], int] = Counter()
        for d in docs.values():
            for lab in d["labels"]:
                gold[(key(d), lab["entity"])] += 1
        fn: dict[tuple[str, str], int] = Counter()
        fp: dict[tuple[str, str], int] = Counter()
        for kind, did, ent in errors:
            (fn if kind == "miss" else fp)[(key(docs[did]), ent)] += 1
        print(f"\n== by {name} ==")
        print(f"{'group':<24}{'entity':<28}{'gold':>6}{'TP':>6}{'FP':>5}{'FN':>5}   P       R")
        groups = sorted({g for g, _ in gold} | {g for g, _ in fp})
        table: dict[str, list[tuple[str, int, int, int, int]]] = defaultdict(list)
        for g in groups:
            for ent in ENTITIES:
                n, f_n, f_p = gold[(g, ent)], fn[(g, ent)], fp[(g, ent)]
                if n or f_p:
                    table[g].append((ent, n, n - f_n, f_p, f_n))
        for g, rows in table.items():
            if name == "family" and not any(r[3] or r[4] for r in rows):
                continue
            for ent, n, tp, f_p, f_n in rows:
                p = tp / (tp + f_p) if tp + f_p else 1.0
                r = tp / n if n else 1.0
                print(f"{g:<24}{ent:<28}{n:>6}{tp:>6}{f_p:>5}{f_n:>5}   {p:.4f}  {r:.4f}")


if __name__ == "__main__":
    main()
