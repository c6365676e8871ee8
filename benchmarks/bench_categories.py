"""Special categories about a person: per-category and micro precision/recall on labelled documents.

    .venv/bin/python benchmarks/bench_categories.py                 # every set and split, classifier alone
    .venv/bin/python benchmarks/bench_categories.py --pipeline      # each document through the scan pipeline
    .venv/bin/python benchmarks/bench_categories.py --data other.jsonl --split heldout
    .venv/bin/python benchmarks/bench_categories.py --speed 10       # also MB/s on 10 MB of text

Data (one JSON object a line with ``text``, ``labels``, ``split``, ``lang``), by default every set
present: ``own`` benchmarks/data/categories.jsonl (tune / heldout, made by categories_corpus.py),
``fresh`` benchmarks/data/categories_fresh.jsonl (fresh-dev / fresh-holdout, written after the
classifier was built; ``categories_corpus.py --fresh``) and ``redteam``
benchmarks/data/redteam/categories.jsonl (written by another engineer, not looked at while building).
Any file of the same shape can be scored with ``--data``, so an independent set is measured the same
way. A document's prediction is the set of categories the classifier sets on it; a category counts as
a true positive when it is in the labels. The keyword baseline (any term of the lexicon anywhere, the
classifier before person gating) is printed alongside.
``--errors`` lists the ids of wrong documents (never their text).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pii_scanner.classify.special_categories import CATEGORIES, load_special_categories

DATA = Path(__file__).resolve().parent / "data" / "categories.jsonl"
SETS = {
    "own": DATA,
    "fresh": DATA.parent / "categories_fresh.jsonl",
    "blind": DATA.parent / "categories_blind.jsonl",
    "blind2": DATA.parent / "categories_blind2.jsonl",
    "blind3": DATA.parent / "categories_blind3.jsonl",
    "blind4": DATA.parent / "categories_blind4.jsonl",
    "blind5": DATA.parent / "categories_blind5.jsonl",
    "blind6": DATA.parent / "categories_blind6.jsonl",
    "blind7": DATA.parent / "categories_blind7.jsonl",
    "blind8": DATA.parent / "categories_blind8.jsonl",
    "blind9": DATA.parent / "categories_blind9.jsonl",
    "blind10": DATA.parent / "categories_blind10.jsonl",
    "blind11": DATA.parent / "categories_blind11.jsonl",
    "blind12": DATA.parent / "categories_blind12.jsonl",
    "blind13": DATA.parent / "categories_blind13.jsonl",
    "blind14": DATA.parent / "categories_blind14.jsonl",
    "blind15": DATA.parent / "categories_blind15.jsonl",
    "blind16": DATA.parent / "categories_blind16.jsonl",
    "blind17": DATA.parent / "categories_blind17.jsonl",
    "blind18": DATA.parent / "categories_blind18.jsonl",
    "blind19": DATA.parent / "categories_blind19.jsonl",
    "blind20": DATA.parent / "categories_blind20.jsonl",
    "blind21": DATA.parent / "categories_blind21.jsonl",
    "blind22": DATA.parent / "categories_blind22.jsonl",
    "blind23": DATA.parent / "categories_blind23.jsonl",
    "blind24": DATA.parent / "categories_blind24.jsonl",
    "blind25": DATA.parent / "categories_blind25.jsonl",
    "blind26": DATA.parent / "categories_blind26.jsonl",
    "blind27": DATA.parent / "categories_blind27.jsonl",
    "blind28": DATA.parent / "categories_blind28.jsonl",
    "redteam": DATA.parent / "redteam" / "categories.jsonl",
}
Predict = Callable[[str], set[str]]


def load(path: Path) -> list[dict[str, object]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def keyword_baseline() -> Predict:
    """Any strong term anywhere (or two weaker ones): what topic-based classification does."""
    sc = load_special_categories()

    def predict(text: str) -> set[str]:
        score: dict[str, float] = {}
        for tag, _term in sc.terms.hits(text):
            score[tag[1]] = score.get(tag[1], 0.0) + sc.strength[tag[2]]
        return {c for c, s in score.items() if s >= 0.9}

    return predict


def classifier(through_pipeline: bool, category_model: bool = True) -> Predict:
    """Categories of a text: the rules alone, or the CLI's Processor (learned filter on unless ``category_model``
    is False, as ``[scan.detect] category_model = false``)."""
    sc = load_special_categories()
    if not through_pipeline:
        return lambda text: set(sc.classify(text))
    from pii_scanner.core.config import DetectConfig, ScanConfig
    from pii_scanner.core.model import Item
    from pii_scanner.pipeline import Processor

    processor = Processor.build(ScanConfig(detect=DetectConfig(category_model=category_model)))

    def predict(text: str) -> set[str]:
        item = Item("mem:///doc.txt", "mem:///doc.txt", name="doc.txt", data=text.encode("utf-8"))
        return set(processor.process(item)[0].categories)

    return predict


def gold_labels(doc: dict[str, object]) -> set[str]:
    """The categories of a document: labels as names, or as spans with an ``entity`` (the red-team set)."""
    labels = doc.get("labels") or []
    assert isinstance(labels, list)
    return {str(x["entity"]) if isinstance(x, dict) else str(x) for x in labels}


def score(docs: list[dict[str, object]], predict: Predict) -> tuple[dict[str, list[int]], list[str]]:
    """Per category [tp, fp, fn]; ids of documents with any error."""
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    wrong: list[str] = []
    for d in docs:
        gold = gold_labels(d)
        got = predict(str(d["text"]))
        for c in CATEGORIES:
            if c in got and c in gold:
                counts[c][0] += 1
            elif c in got:
                counts[c][1] += 1
            elif c in gold:
                counts[c][2] += 1
        if got != gold:
            wrong.append(f"{d['id']}: gold={sorted(gold)} got={sorted(got)}")
    return counts, wrong


def pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def report(title: str, counts: dict[str, list[int]]) -> str:
    lines = [title, f"  {'category':<20} {'P':>6} {'R':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    total = [0, 0, 0]
    for c in CATEGORIES:
        tp, fp, fn = counts[c]
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        if tp + fp + fn:
            p, r = pr(tp, fp, fn)
            lines.append(f"  {c:<20} {p:6.3f} {r:6.3f} {tp:4d} {fp:4d} {fn:4d}")
    p, r = pr(*total)
    lines.append(f"  {'micro':<20} {p:6.3f} {r:6.3f} {total[0]:4d} {total[1]:4d} {total[2]:4d}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--data", type=Path, action="append", help="a labelled set (repeatable); default: every set present"
    )
    ap.add_argument(
        "--split", default=None, help="only this split (tune, heldout, fresh-dev, ...); default: each, then all"
    )
    ap.add_argument("--pipeline", action="store_true", help="each document as an item through the scan pipeline")
    ap.add_argument(
        "--family",
        help="only documents whose family starts so (e.g. hand-late)",
    )
    ap.add_argument("--errors", action="store_true", help="list the ids of wrongly classified documents")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--speed", type=float, metavar="MB", help="also time classification of MB of text")
    args = ap.parse_args(argv)
    sets = {p.stem: p for p in args.data} if args.data else {k: p for k, p in SETS.items() if p.exists()}
    predict = classifier(args.pipeline)
    base = None if args.no_baseline else keyword_baseline()
    everything: list[dict[str, object]] = []
    for name, path in sets.items():
        docs = load(path)
        if args.family:
            docs = [d for d in docs if str(d.get("family", "")).startswith(args.family)]
        everything += docs
        present = sorted({str(d.get("split", "all")) for d in docs})
        splits = [args.split] if args.split else [*present, "all"] if len(present) > 1 else present
        for split in dict.fromkeys(splits):
            part = docs if split == "all" else [d for d in docs if str(d.get("split", "all")) == split]
            if not part:
                continue
            neg = sum(not gold_labels(d) for d in part)
            t0 = time.perf_counter()
            counts, wrong = score(part, predict)
            took = time.perf_counter() - t0
            head = (
                f"[{name}: {split}] {len(part)} documents, {neg} with no category "
                f"({took * 1000 / max(1, len(part)):.1f} ms/doc)"
            )
            print(report(head + (" through the pipeline" if args.pipeline else ""), counts))
            if base is not None:
                print(report(f"[{name}: {split}] keyword baseline (terms anywhere)", score(part, base)[0]))
            if args.errors:
                for w in wrong:
                    print("  x", w)
            print()
    if args.speed:
        speed(everything, args.speed)
    return 0


def speed(docs: list[dict[str, object]], megabytes: float) -> None:
    """MB/s of the content classification (one term scan, categories, document type) on a long text:
    the evaluation documents, one in twenty, between ordinary business lines."""
    import random

    from pii_scanner.classify.content import combined_terms
    from pii_scanner.classify.doc_types import load_doc_types

    rnd = random.Random(1)
    filler = "Vi har modtaget fakturaen og betaler den inden fredag. Mødet er flyttet til torsdag kl. 10. "
    parts, size = [], 0
    while size < megabytes * 1e6:
        part = str(rnd.choice(docs)["text"]) if rnd.random() < 0.05 else filler
        parts.append(part)
        size += len(part)
    text = "\n\n".join(parts)
    terms, sc, dt = combined_terms(), load_special_categories(), load_doc_types()
    sc.evidence("Jens Hansen er sygemeldt.")  # load the name lists outside the timing
    t0 = time.perf_counter()
    hits = terms.scan(text)
    t1 = time.perf_counter()
    evidence = sc.evidence(text, (), hits)
    dt.classify(text, "", hits)
    t2 = time.perf_counter()
    mb = len(text.encode("utf-8")) / 1e6
    print(
        f"speed: {mb:.1f} MB, {len(hits)} term hits, {len(evidence)} evidence: scan {mb / (t1 - t0):.1f} MB/s, "
        f"evidence+type {mb / (t2 - t1):.1f} MB/s, together {mb / (t2 - t0):.1f} MB/s"
    )


if __name__ == "__main__":
    raise SystemExit(main())
