"""Split ONE saved run of bench_redteam.py (categories or names, ``--errors 100000``) by origin, language, genre.

    python -m benchmarks.redteam.holdout8.cn_splits --set categories --data FILE --output SAVED

No scan is repeated: predictions are rebuilt from the saved error lines (a document or span not listed as an
error was right).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

CAT_LINE = re.compile(r"^\s+(\S+): labelled (.+?) reported (.+)$")
SPAN_LINE = re.compile(r"^\s+(miss|false)\s+(\S+) (\d+)-(\d+)")


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {tp + fn}, TP {tp}, FP {fp}, FN {fn})"


def as_set(s: str) -> set[str]:
    return set() if s.strip() == "-" else set(ast.literal_eval(s.strip()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=("categories", "names"), required=True)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--output", type=Path, required=True)
    a = ap.parse_args()
    docs = [json.loads(x) for x in a.data.read_text(encoding="utf-8").splitlines() if x.strip()]
    keys = {
        d["id"]: {
            "all": "all",
            "lang": d["lang"],
            "origin": d["origin"],
            "genre": d.get("genre", "-"),
            "family": d["family"],
        }
        for d in docs
    }
    out = a.output.read_text(encoding="utf-8").splitlines()
    groups = ("all", "lang", "origin", "genre") if a.set == "names" else ("all", "lang", "origin")
    if a.set == "categories":
        gold = {d["id"]: {lab["entity"] for lab in d["labels"]} for d in docs}
        pred = dict(gold)
        for line in out:
            m = CAT_LINE.match(line)
            if m and m.group(1) in gold:
                pred[m.group(1)] = as_set(m.group(3))
        for g in groups:
            counts: dict[str, Counter[str]] = defaultdict(Counter)
            for did, k in keys.items():
                c = counts[k[g]]
                c["tp"] += len(gold[did] & pred[did])
                c["fp"] += len(pred[did] - gold[did])
                c["fn"] += len(gold[did] - pred[did])
                if not gold[did]:
                    c["neg"] += 1
                    c["negflag"] += bool(pred[did])
            for v, c in sorted(counts.items()):
                print(f"{g}={v}: {prf(c['tp'], c['fp'], c['fn'])}; negatives flagged {c['negflag']} of {c['neg']}")
        fam: dict[str, Counter[str]] = defaultdict(Counter)
        for did, k in keys.items():
            fam[k["family"]]["err"] += gold[did] != pred[did]
            fam[k["family"]]["n"] += 1
        print(
            "families with errors: " + ", ".join(f"{f} {c['err']}/{c['n']}" for f, c in sorted(fam.items()) if c["err"])
        )
    else:
        gold = {(d["id"], lab["start"], lab["end"]) for d in docs for lab in d["labels"]}
        miss, false = set(), set()
        for line in out:
            m = SPAN_LINE.match(line)
            if m:
                s = (m.group(2), int(m.group(3)), int(m.group(4)))
                (miss if m.group(1) == "miss" else false).add(s)
        for g in groups:
            counts = defaultdict(Counter)
            for s in gold:
                counts[keys[s[0]][g]]["tp" if s not in miss else "fn"] += 1
            for s in false:
                counts[keys.get(s[0], {g: "?"})[g]]["fp"] += 1
            for v, c in sorted(counts.items()):
                print(f"{g}={v}: {prf(c['tp'], c['fp'], c['fn'])}")


if __name__ == "__main__":
    main()
