"""The benchmark corpus (benchmarks/bench_detect_corpus.py) stays at the quality bar: a small sample of
each split through the engine must give precision and recall >= 0.995 for CPR and personnummer."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_detect_corpus.py"


def _corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_detect_corpus", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_detect_corpus", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("split", "seed"), [("dev", 11), ("heldout", 12), ("fresh", 13)])
def test_identifier_precision_and_recall(split: str, seed: int) -> None:
    docs = _corpus_module().corpus(split, 60, seed)
    engine = Engine(DetectConfig(entities=("DK_CPR", "SE_PERSONNUMMER")))
    for entity in ("DK_CPR", "SE_PERSONNUMMER"):
        gold: Counter[tuple[int, str]] = Counter()
        found: Counter[tuple[int, str]] = Counter()
        for i, doc in enumerate(docs):
            gold.update((i, v) for e, v in doc.gold if e == entity)
            found.update((i, f.normalized) for f in engine.detect(doc.text) if f.entity_type == entity)
        tp = sum((gold & found).values())
        assert sum(gold.values()) > 20
        assert tp / max(1, sum(found.values())) >= 0.995, (entity, found - gold)
        assert tp / sum(gold.values()) >= 0.995, (entity, gold - found)


def _unseen_module() -> ModuleType:
    bench = str(PATH.parent)
    if bench not in sys.path:
        sys.path.insert(0, bench)  # unseen_corpus imports bench_detect_corpus's generators
    _corpus_module()
    spec = importlib.util.spec_from_file_location("unseen_corpus", PATH.parent / "unseen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("unseen_corpus", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("split", "seed"), [("tune", 21), ("holdout", 22)])
def test_unseen_layouts_stay_at_their_measured_floor(split: str, seed: int) -> None:
    """The unseen-layout corpus (labels nobody listed, headerless rows, prefixes, time stamps...): its
    hard negatives pass the checks they imitate, so the floor is below the target (docs/detection.md)."""
    docs = _unseen_module().corpus(split, 80, seed)
    engine = Engine(DetectConfig(entities=("DK_CPR", "SE_PERSONNUMMER", "PHONE_NUMBER")))
    for entity in ("DK_CPR", "SE_PERSONNUMMER"):
        gold: Counter[tuple[int, str]] = Counter()
        found: Counter[tuple[int, str]] = Counter()
        for i, doc in enumerate(docs):
            gold.update((i, v) for e, v in doc.gold if e == entity)
            found.update((i, f.normalized) for f in engine.detect(doc.text) if f.entity_type == entity)
        tp = sum((gold & found).values())
        assert sum(gold.values()) > 20
        assert tp / max(1, sum(found.values())) >= 0.95, (entity, found - gold)
        assert tp / sum(gold.values()) >= 0.99, (entity, gold - found)
