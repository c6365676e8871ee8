"""Split ONE saved run of bench_redteam.py over a v7 set by language, hand-written/generated and (names)
news/business, without scanning again.

    python benchmarks/bench_redteam.py --set names --data benchmarks/data/redteam/holdout7/names.jsonl \
        --errors 100000 --show-text > /tmp/names.out
    python -m benchmarks.redteam.holdout7.splits --set names --data benchmarks/data/redteam/holdout7/names.jsonl \
        --output /tmp/names.out

The run must list every miss and false hit (``--errors`` larger than their number); the gold side comes from the
data file, so a subset's TP is its gold spans minus its listed misses.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ERROR = re.compile(r"^    (miss|false)\s+(\S+) (\d+)-(\d+)")
WRONG = re.compile(r"^    (\S+): labelled (.+?) reported (.+)$")
ENTITIES = ("DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER", "PERSON")
NEWS = {"hand-news", "gen-appointment", "gen-court-report", "gen-sport", "gen-obituary", "gen-local-news"}

Doc = dict[str, object]


def _groups(docs: list[Doc], kind: str) -> list[tuple[str, Callable[[Doc], bool]]]:
    langs = sorted({str(d["lang"]) for d in docs})
    groups: list[tuple[str, Callable[[Doc], bool]]] = [("all", lambda d: True)]
    for lang in langs:
        groups.append((f"lang={lang}", lambda d, lang=lang: d["lang"] == lang))  # type: ignore[misc]
    groups.append(("hand", lambda d: str(d["family"]).startswith("hand-")))
    groups.append(("generated", lambda d: str(d["family"]).startswith("gen-")))
    if kind == "names":
        groups.append(("news", lambda d: str(d["family"]) in NEWS))
        groups.append(("business", lambda d: str(d["family"]) not in NEWS))
    return groups


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def spans(docs: list[Doc], output: str, kind: str) -> None:
    errors: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)  # entity -> (kind, doc id) counts
    entity = None
    sections = 0
    for line in output.splitlines():
        if line.startswith("== "):
            sections += 1
            if sections > 1:
                break
            continue
        head = line.split(" ", 1)[0]
        if head in ENTITIES:
            entity = head
            continue
        m = ERROR.match(line)
        if m and entity:
            errors[entity][(m.group(1), m.group(2))] += 1
    gold: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        for lab in d["labels"]:  # type: ignore[attr-defined]
            gold[str(lab["entity"])][str(d["id"])] += 1
    for name, keep in _groups(docs, kind):
        ids = {str(d["id"]) for d in docs if keep(d)}
        for ent in ENTITIES:
            g = sum(n for i, n in gold[ent].items() if i in ids)
            fn = sum(n for (k, i), n in errors[ent].items() if k == "miss" and i in ids)
            fp = sum(n for (k, i), n in errors[ent].items() if k == "false" and i in ids)
            if not g and not fp:
                continue
            p, r, f = _prf(g - fn, fp, fn)
            print(f"{name:<14}{ent:<28}P {p:.4f} R {r:.4f} F1 {f:.4f} (gold {g}, TP {g - fn}, FP {fp}, FN {fn})")


def categories(docs: list[Doc], output: str) -> None:
    reported: dict[str, set[str]] = {}
    for line in output.splitlines():
        m = WRONG.match(line)
        if m:
            got = m.group(3).strip()
            reported[m.group(1)] = set() if got == "-" else set(re.findall(r"'([a-z_]+)'", got))
    for name, keep in _groups(docs, "categories"):
        tp = fp = fn = negatives = flagged = 0
        for d in docs:
            if not keep(d):
                continue
            gold = {str(lab["entity"]) for lab in d["labels"]}  # type: ignore[attr-defined]
            pred = reported.get(str(d["id"]), gold)
            tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
            if not gold:
                negatives += 1
                flagged += bool(pred)
        p, r, f = _prf(tp, fp, fn)
        print(
            f"{name:<14}micro P {p:.4f} R {r:.4f} F1 {f:.4f} (TP {tp} FP {fp} FN {fn}); "
            f"negatives flagged {flagged} of {negatives}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["identifiers", "categories", "names"], required=True)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--output", type=Path, required=True, help="saved output of one bench_redteam.py run")
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = args.output.read_text(encoding="utf-8")
    if args.set == "categories":
        categories(docs, text)
    else:
        spans(docs, text, args.set)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
