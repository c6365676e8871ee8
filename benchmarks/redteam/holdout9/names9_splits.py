"""Split ONE saved run of ``bench_redteam.py --errors 100000`` on a v9 file by language, hand-written /
generated and (names) genre, without scanning again.

    python -m benchmarks.redteam.holdout9.names9_splits --set names --data .../holdout9/names.jsonl --output RUN.txt

Names: per group, TP = labelled spans - listed misses, FP = listed false hits (exact span rule). Categories: a
document not listed as wrong was reported exactly as labelled; a listed one carries its reported set.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ERROR = re.compile(r"^\s+(miss|false)\s+(\S+)\s+\d+-\d+")
WRONG = re.compile(r"^\s+(c\d+-\d+): labelled (.+) reported (.+)$")


def _set(value: str) -> set[str]:
    return set() if value.strip() == "-" else set(ast.literal_eval(value.strip()))


def groups_of(doc: dict[str, object]) -> list[str]:
    origin = "hand-written" if str(doc["family"]).startswith("hand-") else "generated"
    out = ["all", f"lang={doc['lang']}", origin]
    if "genre" in doc:
        out.append(f"genre={doc['genre']}")
    return out


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {tp + fn}, TP {tp}, FP {fp}, FN {fn})"


def split_names(docs: list[dict[str, object]], lines: list[str]) -> dict[str, str]:
    group = {str(d["id"]): groups_of(d) for d in docs}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        for g in group[str(d["id"])]:
            counts[g]["gold"] += sum(1 for lab in d["labels"] if lab["entity"] == "PERSON")  # type: ignore[attr-defined]
    # only the whole-set table lists errors (the per-group tables are printed without them)
    for line in lines:
        m = ERROR.match(line)
        if m and m.group(2) in group:
            for g in group[m.group(2)]:
                counts[g][m.group(1)] += 1
    return {
        g: prf(c["gold"] - c["miss"], c["false"], c["miss"]) for g, c in sorted(counts.items(), key=lambda kv: kv[0])
    }


def split_categories(docs: list[dict[str, object]], lines: list[str]) -> dict[str, str]:
    reported: dict[str, set[str]] = {}
    for line in lines:
        m = WRONG.match(line)
        if m:
            reported[m.group(1)] = _set(m.group(3))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        gold = {str(lab["entity"]) for lab in d["labels"]}  # type: ignore[attr-defined]
        pred = reported.get(str(d["id"]), gold)
        for g in groups_of(d):
            c = counts[g]
            c["tp"] += len(gold & pred)
            c["fp"] += len(pred - gold)
            c["fn"] += len(gold - pred)
            if not gold:
                c["neg"] += 1
                c["flagged"] += bool(pred)
    return {
        g: f"{prf(c['tp'], c['fp'], c['fn'])}; negatives flagged {c['flagged']} of {c['neg']}"
        for g, c in sorted(counts.items(), key=lambda kv: kv[0])
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=("categories", "names"), required=True)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--output", type=Path, required=True, help="the saved output of the one bench run")
    args = ap.parse_args(argv)
    docs = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = args.output.read_text(encoding="utf-8").splitlines()
    table = split_names(docs, lines) if args.set == "names" else split_categories(docs, lines)
    for group, figures in table.items():
        print(f"{group:<22}{figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
