"""An installed pipeline combined with the offline finder never scores below the pipeline alone.

A small spaCy NER pipeline is trained here on generated text (benchmarks/ner_train.py, dev
templates) and scored alone and combined on held-out generated text (test templates), through the
same router the scanner uses.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from pii_scanner.core.config import NerConfig, ScanConfig
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.detect.ner import NameFinderRouter, build_name_finder
from pii_scanner.detect.ner.combine import combine

BENCH = Path(__file__).resolve().parents[3] / "benchmarks"


def _module(name: str) -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def person(start: int, end: int, score: float = 0.75, entity: str = "PERSON", by: str = "ner_fallback") -> Finding:
    return Finding(entity, start, end, score, "x" * (end - start), "x", Explanation(recognizer=by, pattern="t"))


# --- the rule -----------------------------------------------------------------------------------
def test_pipeline_spans_always_stay_and_win_on_overlap() -> None:
    pipe = [person(10, 20, 0.85, by="spacy"), person(30, 40, 0.85, "ORG", by="spacy")]
    fallback = [
        person(5, 12),  # overlaps a pipeline PERSON: dropped
        person(35, 45),  # overlaps a pipeline ORG: a firm is not a person
        person(50, 60),  # the pipeline saw nothing here: added
        person(70, 80, 0.6),  # a lone name (low score): left to the pipeline
        person(90, 95, 0.9, "LOCATION"),  # only PERSON spans are added
    ]
    out = combine(pipe, fallback)
    assert [(f.start, f.end, f.entity_type) for f in out] == [(10, 20, "PERSON"), (30, 40, "ORG"), (50, 60, "PERSON")]
    assert combine(pipe, []) == pipe
    persons = [f for f in fallback if f.entity_type == "PERSON"]
    assert combine([], fallback, min_score=0.0) == sorted(persons, key=lambda f: (f.start, f.end))


def test_overlap_against_a_long_span_that_starts_early() -> None:
    # A long pipeline span starting first must block a later fallback span inside it, even when a
    # short pipeline span lies between them (the running maximum of ends, not the last end).
    pipe = [person(0, 100, 0.85, by="spacy"), person(10, 12, 0.85, by="spacy")]
    assert combine(pipe, [person(50, 60)]) == pipe
    assert combine(pipe, [person(100, 110)])[-1].start == 100  # touching is not overlapping


# --- for real: a trained pipeline on held-out text ----------------------------------------------
@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("models") / "generated_ner"
    return Path(_module("ner_train").train(out, docs=30, epochs=4))


def _f1(gold: list[list[tuple[int, int]]], found: list[list[Finding]]) -> float:
    tp = fp = fn = 0
    for g, f in zip(gold, found, strict=True):
        spans = {(x.start, x.end) for x in f if x.entity_type == "PERSON"}
        tp += len(spans & set(g))
        fp += len(spans - set(g))
        fn += len(set(g) - spans)
    return 2 * tp / (2 * tp + fp + fn)


@pytest.mark.parametrize("lang", ["da", "sv"])
def test_combined_never_below_the_pipeline_on_held_out_text(trained: Path, lang: str) -> None:
    corpus = _module("ner_corpus")
    first, last = corpus.faker_names()[lang]
    gen = corpus.Generator(lang, "test", first, last, seed=5)
    docs = [gen.business() for _ in range(40)] + [gen.news() for _ in range(40)]
    texts = [d.text for d in docs]
    gold = [[(s, e) for s, e, _ in d.spans] for d in docs]
    pipelines = {lang: str(trained)}
    alone = build_name_finder(ScanConfig(ner=NerConfig(pipelines=pipelines, combine="pipeline")))
    both = build_name_finder(ScanConfig(ner=NerConfig(pipelines=pipelines)))
    assert isinstance(alone, NameFinderRouter) and isinstance(both, NameFinderRouter)
    found_alone = alone.find_many(texts, [lang] * len(texts))
    found_both = both.find_many(texts, [lang] * len(texts))
    assert all(f.explanation.recognizer == "spacy" for part in found_alone for f in part)
    added = sum(f.explanation.recognizer == "ner_fallback" for part in found_both for f in part)
    assert added > 0  # the fallback did contribute
    f1_alone, f1_both = _f1(gold, found_alone), _f1(gold, found_both)
    assert 0.3 < f1_alone < 0.99  # a real, imperfect pipeline
    assert f1_both >= f1_alone
    # Every pipeline span is still there, unchanged.
    for a, b in zip(found_alone, found_both, strict=True):
        assert set(a) <= set(b)


def test_rule_pipeline_loaded_by_path_and_combined(ruler: Path) -> None:
    text = (
        "Hej Karin,\n\nJens Hansen har talt med Maja Lund om kontrakten, og Ole skriver senere.\n\n"
        "Med venlig hilsen\nZeynep Yıldız\nØkonomi"
    )
    both = build_name_finder(ScanConfig(ner=NerConfig(pipelines={"da": str(ruler)})))
    alone = build_name_finder(ScanConfig(ner=NerConfig(pipelines={"da": str(ruler)}, combine="pipeline")))
    assert both is not None and alone is not None
    [found_alone], [found_both] = alone.find_many([text], ["da"]), both.find_many([text], ["da"])
    assert [(f.value, f.explanation.recognizer) for f in found_alone] == [("Karin", "spacy"), ("Jens Hansen", "spacy")]
    assert [(f.entity_type, f.value, f.explanation.recognizer) for f in found_both] == [
        ("PERSON", "Karin", "spacy"),
        ("PERSON", "Jens Hansen", "spacy"),
        # "Maja Lund" is a firm to the pipeline: not claimed as a person; "Ole" alone is not confident
        ("PERSON", "Zeynep Yıldız", "ner_fallback"),
    ]
    with_org = build_name_finder(ScanConfig(ner=NerConfig(pipelines={"da": str(ruler)}, include_org=True)))
    assert with_org is not None
    assert ("ORG", "Maja Lund") in {(f.entity_type, f.value) for f in with_org.find_many([text], ["da"])[0]}
