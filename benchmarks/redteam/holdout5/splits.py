"""Split one bench_redteam.py run into hand-written / generated and per-language figures, without scanning again.

    python benchmarks/bench_redteam.py --set KIND --data FILE --errors 5000 --show-text > run.txt
    python benchmarks/redteam/holdout5/splits.py KIND FILE run.txt

Reads the listed misses and false hits (identifiers, names) or wrong documents (categories) from the run's output
and the labels from FILE, and prints P/R per entity (or micro, for categories) for each split.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import Counter
from pathlib import Path

ENTITIES = ("DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER", "PERSON")
ERR = re.compile(r"^\s+(miss|false)\s+(\S+)\s+(\d+)-(\d+)")
CAT = re.compile(r"^\s+(\S+): labelled (.+?) reported (.+)$")


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.4f} R {r:.4f} F1 {f:.4f} (TP {tp} FP {fp} FN {fn})"


def groups(doc: dict[str, object]) -> list[str]:
    kind = "hand" if str(doc["family"]).startswith("hand-") else "generated"
    return ["all", kind, f"lang={doc['lang']}", f"{kind}/lang={doc['lang']}"]


def spans(docs: dict[str, dict[str, object]], run: list[str]) -> None:
    gold: Counter[tuple[str, str]] = Counter()
    for d in docs.values():
        for lab in d["labels"]:  # type: ignore[attr-defined]
            for g in groups(d):
                gold[(g, str(lab["entity"]))] += 1
    fn: Counter[tuple[str, str]] = Counter()
    fp: Counter[tuple[str, str]] = Counter()
    entity = ""
    for line in run:
        head = line.split()[0] if line.strip() else ""
        if head in ENTITIES and not line.startswith(" "):
            entity = head
            continue
        m = ERR.match(line)
        if m and entity:
            for g in groups(docs[m.group(2)]):
                (fn if m.group(1) == "miss" else fp)[(g, entity)] += 1
    names = sorted({g for g, _ in gold} | {g for g, _ in fp}, key=lambda s: (s != "all", s))
    for ent in ENTITIES:
        for g in names:
            n, f, m = gold[(g, ent)], fp[(g, ent)], fn[(g, ent)]
            if n or f:
                print(f"{ent:<28}{g:<22}{prf(n - m, f, m)}")


def categories(docs: dict[str, dict[str, object]], run: list[str]) -> None:
    pred = {i: {str(lab["entity"]) for lab in d["labels"]} for i, d in docs.items()}  # type: ignore[attr-defined]
    for line in run:
        m = CAT.match(line)
        if m and m.group(1) in docs:
            reported = m.group(3).strip()
            pred[m.group(1)] = set() if reported == "-" else set(ast.literal_eval(reported))
    counts: Counter[tuple[str, str]] = Counter()
    for i, d in docs.items():
        gold = {str(lab["entity"]) for lab in d["labels"]}  # type: ignore[attr-defined]
        for g in groups(d):
            counts[(g, "tp")] += len(gold & pred[i])
            counts[(g, "fp")] += len(pred[i] - gold)
            counts[(g, "fn")] += len(gold - pred[i])
            counts[(g, "neg")] += not gold
            counts[(g, "negflag")] += (not gold) and bool(pred[i])
    for g in sorted({g for g, _ in counts}, key=lambda s: (s != "all", s)):
        print(
            f"{g:<22}micro {prf(counts[(g, 'tp')], counts[(g, 'fp')], counts[(g, 'fn')])}; "
            f"negatives flagged {counts[(g, 'negflag')]}/{counts[(g, 'neg')]}"
        )


def main() -> None:
    kind, data, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    docs = {
        str(d["id"]): d for d in (json.loads(x) for x in data.read_text(encoding="utf-8").splitlines() if x.strip())
    }
    run = out.read_text(encoding="utf-8").splitlines()
    if any(re.match(r"^\s+\.\.\. \d+ more", x) for x in run):
        sys.exit("the run listed only part of its errors: rerun the bench with a larger --errors")
    (categories if kind == "categories" else spans)(docs, run)


if __name__ == "__main__":
    main()
