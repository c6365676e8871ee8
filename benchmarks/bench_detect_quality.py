"""Identifier quality end to end: precision and recall per entity through `pii-scanner scan --format jsonl`.

Writes a corpus as files, scans them with the CLI in a subprocess, and compares the findings with
the gold annotations as multisets of (file, entity, normalised value). Corpora:

- ``labelled`` (``bench_detect_corpus.py``; splits dev, heldout, fresh): hard negatives mostly
  carry a label the rules know;
- ``unseen`` (``unseen_corpus.py``; splits tune, holdout, sealed): business numbers after unknown
  labels, in headerless rows, signatures, time stamps, prefixes, phone numbers without labels...
  For it the false findings are also counted per class of negative.
- ``exports`` (``export_corpus.py``; splits tune, sealed): JSON/NDJSON/XML/YAML/SQL exports, logs,
  e-mail threads with quoted replies, flattened PDF/XLSX tables, Swedish and Danish invoices, Nordic
  rows, Luhn-valid numbers without a label; false findings counted per class too.

Also prints the peers' public test vectors as passed/total.

    .venv/bin/python benchmarks/bench_detect_quality.py                    # labelled, 400 docs per split
    .venv/bin/python benchmarks/bench_detect_quality.py --corpus unseen --split holdout
    .venv/bin/python benchmarks/bench_detect_quality.py --docs 100 --no-peers
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from typing import Any

import bench_detect_corpus
import export_corpus
import unseen_corpus

ENTITIES = (
    "DK_CPR",
    "SE_PERSONNUMMER",
    "NO_FODSELSNUMMER",
    "FI_PERSONAL_IDENTITY_CODE",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
)
TARGETS = ("DK_CPR", "SE_PERSONNUMMER")
NATIONAL = ("DK_CPR", "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "FI_PERSONAL_IDENTITY_CODE")
Doc = Any  # bench_detect_corpus.Doc or unseen_corpus.Doc: name, text, gold (+ optional, negatives)


def scan(docs: list[Doc], workdir: Path) -> tuple[Counter[tuple[str, str, str]], list[dict[str, object]]]:
    for doc in docs:
        (workdir / doc.name).write_text(doc.text, encoding="utf-8")
    env = dict(os.environ, PII_SCANNER_KEY=os.environ.get("PII_SCANNER_KEY", "benchmark-key-0123456789abcdef"))
    cmd = [
        sys.executable,
        "-m",
        "pii_scanner",
        "scan",
        str(workdir),
        "--format",
        "jsonl",
        "--show-values",
        "--no-ner",
        "--no-ocr",
        "--workers",
        "1",
        "--entities",
        ",".join(ENTITIES),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({out.returncode}): {out.stderr[-2000:]}")
    found: Counter[tuple[str, str, str]] = Counter()
    rows = []
    for line in out.stdout.splitlines():
        row = json.loads(line)
        if row.get("record") == "item" or "entity_type" not in row:
            continue
        rows.append(row)
        found[(Path(str(row["path"])).name, str(row["entity_type"]), str(row["normalized"]))] += 1
    return found, rows


def _optional(docs: list[Doc]) -> Counter[tuple[str, str, str]]:
    extra: Counter[tuple[str, str, str]] = Counter()
    for doc in docs:
        for entity, value in getattr(doc, "optional", ()):
            extra[(doc.name, entity, value)] += 1
    return extra


def score(docs: list[Doc], found: Counter[tuple[str, str, str]]) -> dict[str, tuple[int, int, int]]:
    gold: Counter[tuple[str, str, str]] = Counter()
    for doc in docs:
        for entity, value in doc.gold:
            gold[(doc.name, entity, value)] += 1
    found = found - (_optional(docs) - gold)  # right but not required (a phone without a label)
    result = {}
    for entity in ENTITIES:
        g = Counter({k: v for k, v in gold.items() if k[1] == entity})
        f = Counter({k: v for k, v in found.items() if k[1] == entity})
        tp = sum((g & f).values())
        result[entity] = (tp, sum(f.values()) - tp, sum(g.values()) - tp)
    return result


def errors(docs: list[Doc], found: Counter[tuple[str, str, str]], limit: int) -> list[str]:
    gold: Counter[tuple[str, str, str]] = Counter()
    for doc in docs:
        for entity, value in doc.gold:
            gold[(doc.name, entity, value)] += 1
    out = [f"FP {k}" for k in (found - gold) if k[1] in TARGETS] + [
        f"FN {k}" for k in (gold - found) if k[1] in TARGETS
    ]
    return out[:limit]


def by_class(docs: list[Doc], rows: list[dict[str, object]]) -> dict[str, tuple[int, int]]:
    """Per class of negative: how many numbers, and how many came back as a national identifier."""
    negatives = {doc.name: list(getattr(doc, "negatives", ())) for doc in docs}
    counts: dict[str, list[int]] = {}
    for items in negatives.values():
        for cls, _ in items:
            counts.setdefault(cls, [0, 0])[0] += 1
    for row in rows:
        if row["entity_type"] not in NATIONAL:
            continue
        digits = "".join(ch for ch in str(row.get("value", "")) if ch.isdigit())
        for cls, number in negatives.get(Path(str(row["path"])).name, ()):
            if digits and digits in number:
                counts[cls][1] += 1
                break
    return {cls: (n, bad) for cls, (n, bad) in sorted(counts.items())}


def peers() -> list[tuple[str, int, int, int]]:
    from tests.detect.peers import vectors

    engine = vectors.engine_for_vectors()
    groups = {
        "python-stdnum (identifier modules)": list(vectors.stdnum_outcomes()),
        "python-stdnum (valid numbers in text)": list(vectors.stdnum_engine_outcomes(engine)),
        "Presidio recognizer tests": list(vectors.presidio_outcomes(engine)),
        "Presidio DK CPR pull request #2196": list(vectors.presidio_dk_cpr_outcomes(engine)),
        "OS2datascanner CPR rule": list(vectors.os2_outcomes(engine)),
    }
    return [
        (name, sum(o.agrees_with_peer for o in cases), sum(o.as_documented for o in cases), len(cases))
        for name, cases in groups.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--corpus", choices=("labelled", "unseen", "exports"), default="labelled")
    parser.add_argument(
        "--split", default="all", help="labelled: dev/heldout/fresh; unseen: tune/holdout/sealed; exports: tune/sealed"
    )
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()
    if args.corpus == "labelled":
        seeds = {"dev": 1000, "heldout": 777_001, "fresh": 424_242}

        def make(split: str) -> list[Doc]:
            return list(bench_detect_corpus.corpus(split, args.docs, seed=seeds[split]))
    elif args.corpus == "unseen":
        seeds = dict(unseen_corpus.SEEDS)

        def make(split: str) -> list[Doc]:
            return list(unseen_corpus.corpus(split, args.docs))
    else:
        seeds = dict(export_corpus.SEEDS)

        def make(split: str) -> list[Doc]:
            return list(export_corpus.corpus(split, args.docs))

    splits = tuple(seeds) if args.split == "all" else (args.split,)
    if not set(splits) <= set(seeds):
        raise SystemExit(f"unknown split for corpus {args.corpus}: {args.split} (one of {', '.join(seeds)})")
    for split in splits:
        docs = make(split)
        with tempfile.TemporaryDirectory(prefix=f"bench-{split}-") as tmp:
            found, rows = scan(docs, Path(tmp))
        print(f"\n{split} split: {len(docs)} documents, {sum(len(d.text) for d in docs) / 1e3:.0f} kB")
        print(f"{'entity':<18} {'gold':>6} {'found':>6} {'precision':>10} {'recall':>8}")
        for entity, (tp, fp, fn) in score(docs, found).items():
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            mark = "  (target >= 0.995)" if entity in TARGETS else ""
            print(f"{entity:<18} {tp + fn:>6} {tp + fp:>6} {p:>10.4f} {r:>8.4f}{mark}")
        classes = by_class(docs, rows)
        if classes:
            print("negatives by class: numbers / reported as a national identifier")
            for cls, (n, bad) in classes.items():
                print(f"  {cls:<20} {n:>5} {bad:>5}")
        for line in errors(docs, found, args.show_errors):
            print("  ", line)
    if args.no_peers:
        return
    print("\npeers' public test vectors: agree with the peer / as documented / total")
    for name, agree, documented, total in peers():
        print(f"  {name:<40} {agree:>4} / {documented:>4} / {total:>4}")


if __name__ == "__main__":
    main()
