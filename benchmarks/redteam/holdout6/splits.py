"""Split one saved ``bench_redteam.py`` run of a v6 file by language, hand-written/generated and news/business.

The bench is run ONCE per file with every error listed, its output saved, and this script reads that output
together with the data (no second scan):

    python benchmarks/bench_redteam.py --set names --data benchmarks/data/redteam/holdout6/names.jsonl \
        --errors 100000 --show-text > /tmp/names.out
    python -m benchmarks.redteam.holdout6.splits --set names --data .../names.jsonl --output /tmp/names.out

Spans (identifiers, names): the listed misses and false hits of the first table are assigned to their document's
groups; true positives are the labels of the group minus its misses. Categories: documents not listed as wrong
were predicted exactly as labelled; listed ones carry the reported set.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

NEWS = {
    "hand-news",
    "hand-court",
    "hand-obit",
    "hand-caption",
    "gen-appointment",
    "gen-court",
    "gen-sport",
    "gen-birthdays",
}
ERROR = re.compile(r"^\s+(miss|false)\s+(\S+)\s+(\d+)-(\d+)")
ROW = re.compile(r"^([A-Z_]+)\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+\s")
WRONG = re.compile(r"^\s+(\S+): labelled (.+) reported (.+)$")


def groups(doc: dict[str, object], kind: str) -> list[str]:
    fam = str(doc["family"])
    out = [f"lang={doc['lang']}", "hand" if fam.startswith("hand-") else "generated"]
    if kind == "names":
        out.append("news" if fam in NEWS else "business")
    return out


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.4f} R {r:.4f} F1 {f:.4f} (TP {tp} FP {fp} FN {fn})"


def spans(docs: list[dict[str, object]], text: str, kind: str) -> None:
    by_id = {str(d["id"]): d for d in docs}
    entity = None
    errors: list[tuple[str, str, str]] = []  # kind, doc id, entity
    for line in text.splitlines():
        if line.startswith("== ") and entity is not None:
            break  # only the first (whole-file) table lists errors
        m = ROW.match(line)
        if m:
            entity = m.group(1)
            continue
        m = ERROR.match(line)
        if m and entity:
            errors.append((m.group(1), m.group(2), entity))
    gold: Counter[tuple[str, str]] = Counter()
    for d in docs:
        for lab in d["labels"]:  # type: ignore[attr-defined]
            for g in groups(d, kind):
                gold[(g, str(lab["entity"]))] += 1
    miss: Counter[tuple[str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    for what, did, ent in errors:
        for g in groups(by_id[did], kind):
            (miss if what == "miss" else false)[(g, ent)] += 1
    keys = sorted({k for k in gold} | {k for k in false})
    for g, ent in keys:
        fn, fp = miss[(g, ent)], false[(g, ent)]
        print(f"{g:<14}{ent:<28}{prf(gold[(g, ent)] - fn, fp, fn)}")


def categories(docs: list[dict[str, object]], text: str) -> None:
    reported: dict[str, set[str]] = {}
    for line in text.splitlines():
        m = WRONG.match(line)
        if m:
            rep = m.group(3).strip()
            reported[m.group(1)] = set() if rep == "-" else set(ast.literal_eval(rep))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        gold = {str(lab["entity"]) for lab in d["labels"]}  # type: ignore[attr-defined]
        pred = reported.get(str(d["id"]), gold)
        for g in groups(d, "categories"):
            c = counts[g]
            c["tp"] += len(gold & pred)
            c["fp"] += len(pred - gold)
            c["fn"] += len(gold - pred)
            c["neg"] += not gold
            c["neg_flagged"] += not gold and bool(pred)
    for g, c in sorted(counts.items()):
        print(f"{g:<14}micro {prf(c['tp'], c['fp'], c['fn'])}; negatives flagged {c['neg_flagged']} of {c['neg']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["identifiers", "categories", "names"], required=True)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--output", type=Path, required=True, help="saved output of one bench_redteam.py run")
    args = ap.parse_args()
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = args.output.read_text(encoding="utf-8")
    if args.set == "categories":
        categories(docs, text)
    else:
        spans(docs, text, args.set)


if __name__ == "__main__":
    main()
