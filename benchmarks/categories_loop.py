"""Every labelled special-category set through the scan pipeline, one line each; a regression check.

    .venv/bin/python benchmarks/categories_loop.py                          # table of every set
    .venv/bin/python benchmarks/categories_loop.py --save base.json         # keep the counts
    .venv/bin/python benchmarks/categories_loop.py --against base.json      # exit 1 if any set lost
    .venv/bin/python benchmarks/categories_loop.py --errors errs.txt        # misses/false hits with text
    .venv/bin/python benchmarks/categories_loop.py --rules-alone            # learned filter off

Sets: benchmarks/data/categories*.jsonl and the red-team category sets (benchmarks/data/redteam/ and its
holdout folders), except sealed ones named on the command line with --skip (default: none; v19 was opened in
session 22 and no hold-out is sealed now; pass --skip holdoutNN for the next sealed one). Each document runs in
memory through the same Processor the CLI uses, so the figures follow ``bench_redteam.py --set categories`` (which
also writes some documents as other formats) closely but not exactly. A set regresses when it loses a true positive
or gains a false hit against the saved counts, so a trade of one for the other shows up and has to be looked at,
not averaged away.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_categories import classifier, gold_labels, load, pr

DATA = Path(__file__).resolve().parent / "data"


def all_sets(skip: Sequence[str]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(DATA.glob("categories*.jsonl")):
        found[path.stem] = path
    red = DATA / "redteam"
    for path in sorted(red.glob("**/categories*.jsonl")):
        folder = path.parent.relative_to(red).as_posix()
        if folder in skip:
            continue
        found[f"rt/{folder}/{path.stem}" if folder != "." else f"rt/{path.stem}"] = path
    return found


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--skip", action="append", default=None, help="red-team folder never to read (a sealed hold-out; default none)"
    )
    ap.add_argument("--save", type=Path, help="write the counts per set to this JSON file")
    ap.add_argument("--against", type=Path, help="compare with counts saved earlier; exit 1 on a loss")
    ap.add_argument("--errors", type=Path, help="write every miss and false hit with the document text")
    ap.add_argument(
        "--rules-alone", action="store_true", help="learned filter off ([scan.detect] category_model = false)"
    )
    args = ap.parse_args(argv)
    predict = classifier(through_pipeline=True, category_model=not args.rules_alone)
    counts: dict[str, list[int]] = {}
    errors: list[str] = []
    total = [0, 0, 0]
    for name, path in all_sets(args.skip or []).items():
        tp = fp = fn = 0
        for doc in load(path):
            gold = gold_labels(doc)
            got = predict(str(doc["text"]))
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
            if got != gold:
                miss = ",".join(sorted(gold - got)) or "-"
                extra = ",".join(sorted(got - gold)) or "-"
                errors.append(f"{name} {doc['id']} miss={miss} false={extra}\n    {doc['text']}")
        counts[name] = [tp, fp, fn]
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        p, r = pr(tp, fp, fn)
        print(f"{name:<34} P {p:.3f} R {r:.3f}  tp {tp:4d} fp {fp:3d} fn {fn:3d}")
    p, r = pr(*total)
    print(f"{'all':<34} P {p:.3f} R {r:.3f}  tp {total[0]:4d} fp {total[1]:3d} fn {total[2]:3d}")
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    if args.save:
        args.save.write_text(json.dumps(counts, indent=1), encoding="utf-8")
    if args.against:
        before: dict[str, list[int]] = json.loads(args.against.read_text(encoding="utf-8"))
        lost = [
            f"{name}: tp {before[name][0]}->{c[0]} fp {before[name][1]}->{c[1]}"
            for name, c in counts.items()
            if name in before and (c[0] < before[name][0] or c[1] > before[name][1])
        ]
        for line in lost:
            print("REGRESSED", line)
        return 1 if lost else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
