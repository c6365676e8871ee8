"""Leave-one-writer-out: does the learned category filter carry to a writer it never saw?

    PYTHONPATH=. nice .venv/bin/python -m benchmarks.categories_lowo            # the table (a few minutes)
    PYTHONPATH=. nice .venv/bin/python -m benchmarks.categories_lowo --quick    # thresholds not nested (faster)

Each red-team set (the top-level ``rt`` set and every opened holdout folder; a folder is one writer, so
holdout/categories_newnames.jsonl stays with holdout/categories.jsonl) is held out in turn. The filter is
trained on every other set (red-team and the project's own categories*.jsonl), and its two thresholds are
chosen by an inner leave-one-writer-out over the remaining red-team sets only (nested: the held-out set has no
say in its own threshold). Printed: per held-out set the rules alone and rules + model (micro P/R/F1), pooled
micro and per-category P/R over all held-out sets, the thresholds chosen, and how many sets improved or got
worse. Rows come from the same Processor path as categories_loop.py; training is deterministic.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.train_categories_model import Doc, Fitted, Row, collect, collect_blind, fit
from pii_scanner.classify.special_categories import CATEGORIES

GRID = [round(0.05 * i, 2) for i in range(1, 20)]
PROTECTED_GRID = [0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5]

Counts = dict[str, list[int]]  # category -> [tp, fp, fn]


def score(docs: Sequence[Doc], rows: Sequence[Row], keep: Sequence[bool] | None) -> Counts:
    """Per category counts on ``docs``: the rules' categories, less the rows ``keep`` drops."""
    counts: Counts = {c: [0, 0, 0] for c in CATEGORIES}
    dropped: set[tuple[int, str]] = set()
    if keep is not None:
        dropped = {(r.doc, r.category) for r, k in zip(rows, keep, strict=True) if not k}
    for d in docs:
        got = {c for c in d.rules if (d.index, c) not in dropped}
        for c in got & d.gold:
            counts[c][0] += 1
        for c in got - d.gold:
            counts[c][1] += 1
        for c in d.gold - got:
            counts[c][2] += 1
    return counts


def micro(counts: Counts) -> tuple[float, float, float, int, int, int]:
    tp = sum(v[0] for v in counts.values())
    fp = sum(v[1] for v in counts.values())
    fn = sum(v[2] for v in counts.values())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


def keeps(rows: Sequence[Row], probs: np.ndarray, t: float, tp: float) -> list[bool]:
    return [bool(p >= (tp if r.protected else t)) for r, p in zip(rows, probs, strict=True)]


def choose(rows: Sequence[Row], probs: np.ndarray, missed: int) -> tuple[float, float]:
    """The thresholds with the best pooled F1 on out-of-fold probabilities (``missed``: gold the rules never set)."""
    best = (-1.0, 0.0, 0.0)
    gold = np.array([r.gold for r in rows])
    prot = np.array([r.protected for r in rows])
    for t in GRID:
        for tp in PROTECTED_GRID:
            if tp > t:
                continue
            k = np.where(prot, probs >= tp, probs >= t)
            hit = int((k & gold).sum())
            false = int((k & ~gold).sum())
            fn = int((~k & gold).sum()) + missed
            f = 2 * hit / (2 * hit + false + fn) if hit else 0.0
            if f > best[0] + 1e-12:  # ties: the lower thresholds (grid order), which keep more
                best = (f, t, tp)
    return best[1], best[2]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="thresholds from a plain (not nested) LOWO: faster")
    ap.add_argument("--current", action="store_true", help="score today's rules' candidates instead")
    ap.add_argument("--cache", type=Path, help="keep the collected rows here (features only, no text)")
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        cur_docs, cur_rows, blind_docs, blind_rows = pickle.loads(args.cache.read_bytes())
    else:
        cur_docs, cur_rows = collect()
        blind_docs, blind_rows = collect_blind()
        if args.cache:
            args.cache.write_bytes(pickle.dumps((cur_docs, cur_rows, blind_docs, blind_rows)))
    # the project's own sets, as the rules of a fixed commit met them: always trained on, never held out
    own = [r for r in blind_rows if not r.fold.startswith("rt")]
    blind_rows = [r for r in blind_rows if r.fold.startswith("rt")]
    blind_docs = [d for d in blind_docs if d.fold.startswith("rt")]
    # Trained on each red-team set as its writer met the rules of the day (categories_blind_candidates.py): today's
    # rules were tuned on the opened sets and leave few false hits there to learn from.
    pool = blind_rows
    if args.current:  # scored on today's candidates of the held-out set (its false hits mostly tuned away)
        docs, rows = [d for d in cur_docs if d.fold.startswith("rt")], [r for r in cur_rows if r.fold.startswith("rt")]
    else:
        docs, rows = blind_docs, blind_rows
    folds = sorted({d.fold for d in docs})
    by_fold_rows = {f: [r for r in rows if r.fold == f] for f in folds}
    by_fold_docs = {f: [d for d in docs if d.fold == f] for f in folds}
    # the thresholds are chosen on the training pool's red-team sets, whichever candidates are scored
    pool_rows = {f: [r for r in pool if r.fold == f] for f in folds}
    missed = {f: sum(len(d.gold - d.rules) for d in blind_docs if d.fold == f) for f in folds}
    print(
        f"evaluated: {len(docs)} documents, {len(rows)} rule candidates ({sum(not r.gold for r in rows)} false);"
        f" always in training: {len(own)} candidates of the project's own sets ({sum(not r.gold for r in own)} false)"
    )

    def train(leave: tuple[str, ...]) -> Fitted:
        return fit([r for r in pool if r.fold not in leave] + own)

    oof: dict[str, np.ndarray] = {}
    if args.quick:
        for j in folds:
            model = train((j,))
            oof[j] = model.predict(pool_rows[j])
    total_rules: Counts = {c: [0, 0, 0] for c in CATEGORIES}
    total_model: Counts = {c: [0, 0, 0] for c in CATEGORIES}
    better = worse = 0
    chosen: list[tuple[float, float]] = []
    print(f"{'held out':<16} {'rules P/R/F1':>22}  {'rules+model P/R/F1':>22}  fp      fn      thresholds")
    for k in folds:
        inner = [j for j in folds if j != k]
        if args.quick:
            pairs = [(pool_rows[j], oof[j]) for j in inner]
        else:
            pairs = []
            for j in inner:
                model = train((k, j))
                pairs.append((pool_rows[j], model.predict(pool_rows[j])))
        inner_rows = [r for rs, _ in pairs for r in rs]
        inner_probs = np.concatenate([p for _, p in pairs]) if pairs else np.zeros(0)
        t, tp = choose(inner_rows, inner_probs, sum(missed[j] for j in inner))
        chosen.append((t, tp))
        model = train((k,))
        probs = model.predict(by_fold_rows[k])
        rules = score(by_fold_docs[k], by_fold_rows[k], None)
        mixed = score(by_fold_docs[k], by_fold_rows[k], keeps(by_fold_rows[k], probs, t, tp))
        for c in CATEGORIES:
            for n in range(3):
                total_rules[c][n] += rules[c][n]
                total_model[c][n] += mixed[c][n]
        a, b = micro(rules), micro(mixed)
        better += b[2] > a[2] + 1e-9
        worse += b[2] < a[2] - 1e-9
        print(
            f"{k:<16} {a[0]:.3f} {a[1]:.3f} {a[2]:.3f}       {b[0]:.3f} {b[1]:.3f} {b[2]:.3f}"
            f"   {a[4]:3d}>{b[4]:<3d} {a[5]:3d}>{b[5]:<3d} t={t:.2f} protected t={tp:.2f}",
            flush=True,
        )
    a, b = micro(total_rules), micro(total_model)
    print(
        f"{'pooled':<16} {a[0]:.3f} {a[1]:.3f} {a[2]:.3f}       {b[0]:.3f} {b[1]:.3f} {b[2]:.3f}"
        f"   {a[4]:3d}>{b[4]:<3d} {a[5]:3d}>{b[5]:<3d}"
    )
    print(f"sets improved {better}, worse {worse}, unchanged {len(folds) - better - worse} (of {len(folds)})")
    ts = [c[0] for c in chosen]
    tps = [c[1] for c in chosen]
    print(
        f"thresholds chosen: t median {statistics.median(ts):.2f} range {min(ts):.2f}-{max(ts):.2f}; "
        f"protected median {statistics.median(tps):.2f} range {min(tps):.2f}-{max(tps):.2f}"
    )
    print(f"  {'category':<20} {'rules P':>8} {'R':>6}   {'+model P':>8} {'R':>6}")
    for c in CATEGORIES:
        x = micro({c: total_rules[c]})
        y = micro({c: total_model[c]})
        print(f"  {c:<20} {x[0]:8.3f} {x[1]:6.3f}   {y[0]:8.3f} {y[1]:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
