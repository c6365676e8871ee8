"""Experiment: does a small trained model add anything to the rule-based special-category classifier?

    PYTHONPATH=. .venv/bin/python benchmarks/category_model_experiment.py
    PYTHONPATH=. .venv/bin/python benchmarks/category_model_experiment.py --leave-one-out holdout8 holdout9 holdout10

A per-category logistic regression over word unigrams and bigrams (pure Python, no dependency) is trained
on the labelled sets written up to blind batch 6 and the red-team set (own, fresh, blind1-6, redteam), and
scored on the sets it never saw: the red-team hold-out v1 (never looked at by the rule author), the
red-team hold-out v2 and blind batch 7. Printed per test set, micro P/R of: the rules alone, the model
alone (p >= 0.5), the rules OR a confident model (p >= 0.9, to add recall) and the rules vetoed by a
confident model (p <= 0.1, to cut false positives). Nothing of this is shipped: it decides whether a
model would be worth shipping as data (see docs/classification.md).

``--leave-one-out FOLDER ...``: for each named red-team hold-out folder, train on every other opened set
(``categories_loop.all_sets``, the sealed holdout11 skipped) and score on that folder's set alone.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pii_scanner.classify.special_categories import CATEGORIES, load_special_categories

DATA = Path(__file__).resolve().parent / "data"
TRAIN = [
    DATA / "categories.jsonl",
    DATA / "categories_fresh.jsonl",
    *(DATA / f"categories_blind{n}.jsonl" for n in ("", "2", "3", "4", "5", "6")),
    DATA / "redteam" / "categories.jsonl",
]
TEST = {
    "redteam holdout v1": [DATA / "redteam" / "holdout" / "categories.jsonl"],
    "redteam holdout v1 new names": [DATA / "redteam" / "holdout" / "categories_newnames.jsonl"],
    "redteam holdout v2": [DATA / "redteam" / "holdout2" / "categories.jsonl"],
    "blind7": [DATA / "categories_blind7.jsonl"],
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def load(paths: Iterable[Path]) -> list[tuple[str, set[str]]]:
    out = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                labels = {str(x["entity"]) if isinstance(x, dict) else str(x) for x in d.get("labels") or ()}
                out.append((str(d["text"]), labels))
    return out


def features(text: str) -> dict[str, float]:
    words = [w.casefold() for w in _WORD.findall(text)]
    feats: dict[str, float] = {}
    for w in words:
        feats[w] = 1.0
    for a, b in itertools.pairwise(words):
        feats[a + " " + b] = 1.0
    norm = math.sqrt(len(feats)) or 1.0
    return {k: v / norm for k, v in feats.items()}


def train(
    docs: list[tuple[dict[str, float], bool]], epochs: int = 20, rate: float = 0.5, l2: float = 1e-4
) -> dict[str, float]:
    """Logistic regression by SGD; positives weighted up to balance the classes (few documents per category)."""
    w: dict[str, float] = {}
    bias = 0.0
    positives = sum(y for _, y in docs) or 1
    weight = (len(docs) - positives) / positives
    rnd = random.Random(13)
    order = list(range(len(docs)))
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            x, y = docs[i]
            z = bias + sum(w.get(k, 0.0) * v for k, v in x.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - 1.0) * weight if y else p
            bias -= rate * g
            for k, v in x.items():
                w[k] = w.get(k, 0.0) * (1 - rate * l2) - rate * g * v
    w["\0bias"] = bias
    return w


def prob(w: dict[str, float], x: dict[str, float]) -> float:
    z = w["\0bias"] + sum(w.get(k, 0.0) * v for k, v in x.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def micro(pred: list[set[str]], gold: list[set[str]]) -> tuple[float, float]:
    tp = sum(len(p & g) for p, g in zip(pred, gold, strict=True))
    fp = sum(len(p - g) for p, g in zip(pred, gold, strict=True))
    fn = sum(len(g - p) for p, g in zip(pred, gold, strict=True))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--leave-one-out"]:
        from benchmarks.categories_loop import all_sets

        sets = all_sets([])  # no sealed set now (v18 opened in session 21)
        for folder in args[1:]:
            held = f"rt/{folder}/categories"
            evaluate([p for n, p in sets.items() if n != held], {held: [sets[held]]})
        return 0
    evaluate(TRAIN, TEST)
    return 0


def evaluate(train_paths: list[Path], tests: dict[str, list[Path]]) -> None:
    train_docs = load(train_paths)
    xs = [features(t) for t, _ in train_docs]
    models = {c: train([(x, c in g) for x, (_, g) in zip(xs, train_docs, strict=True)]) for c in CATEGORIES}
    sc = load_special_categories()
    print(f"trained on {len(train_docs)} documents; per test set micro P / R")
    for name, paths in tests.items():
        docs = load(paths)
        gold = [g for _, g in docs]
        rules = [set(sc.classify(t)) for t, _ in docs]
        probs = [{c: prob(models[c], features(t)) for c in CATEGORIES} for t, _ in docs]
        variants: dict[str, Callable[[set[str], dict[str, float]], set[str]]] = {
            "rules alone": lambda r, p: r,
            "model alone (p >= 0.5)": lambda r, p: {c for c, v in p.items() if v >= 0.5},
            "rules OR model p >= 0.9": lambda r, p: r | {c for c, v in p.items() if v >= 0.9},
            "rules OR model p >= 0.99": lambda r, p: r | {c for c, v in p.items() if v >= 0.99},
            "rules unless model p <= 0.1": lambda r, p: {c for c in r if p[c] > 0.1},
            "rules unless model p <= 0.01": lambda r, p: {c for c in r if p[c] > 0.01},
        }
        print(f"[{name}] {len(docs)} documents")
        for label, combine in variants.items():
            pred = [combine(r, p) for r, p in zip(rules, probs, strict=True)]
            p, r = micro(pred, gold)
            print(f"  {label:<30} {p:.3f} / {r:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
