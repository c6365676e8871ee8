"""A tiny Danish spaCy NER pipeline trained on sentences made here, saved to a temp folder.

It stands in for da_core_news_lg / DaCy so the real pipeline path (load by path, label mapping,
batching, offsets on long texts) is exercised without any download.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder

PEOPLE = ["Jens Hansen", "Mette Nielsen", "Søren Jensen", "Karin Holm", "Anders Berg", "Lone Madsen"]
PLACES = ["Aarhus", "Odense", "København", "Aalborg"]
FIRMS = ["Danske Bank", "Novo Nordisk", "Mærsk"]
TEMPLATES = [
    "{p} bor i {l} og arbejder hos {o} .",
    "I går mødte {p} direktøren fra {o} i {l} .",
    "Mødet i {l} blev ledet af {p} .",
    "{o} har ansat {p} i {l} .",
]


def sentence(template: str, person: str, place: str, firm: str) -> tuple[str, list[tuple[int, int, str]]]:
    text, ents = "", []
    for piece in template.replace("{", "\0{").replace("}", "}\0").split("\0"):
        value, label = {"{p}": (person, "PER"), "{l}": (place, "LOC"), "{o}": (firm, "ORG")}.get(piece, (piece, ""))
        if label:
            ents.append((len(text), len(text) + len(value), label))
        text += value
    return text, ents


def training_data() -> list[tuple[str, list[tuple[int, int, str]]]]:
    rng = random.Random(7)
    data = []
    for _ in range(48):
        data.append(sentence(rng.choice(TEMPLATES), rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(FIRMS)))
    return data


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed

    fix_random_seed(7)
    nlp = spacy.blank("da")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "LOC", "ORG"):
        ner.add_label(label)
    data = training_data()
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in data]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(7)
    for _ in range(25):
        rng.shuffle(examples)
        for i in range(0, len(examples), 8):
            nlp.update(examples[i : i + 8], sgd=optimizer, drop=0.1)
    path = tmp_path_factory.mktemp("models") / "tiny_da"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="session")
def ruler(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A rule-based pipeline saved to disk: it knows two names and one firm named after a person."""
    import spacy

    nlp = spacy.blank("da")
    entity_ruler = nlp.add_pipe("entity_ruler")
    entity_ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PER", "pattern": "Jens Hansen"},
            {"label": "PER", "pattern": "Karin"},
            {"label": "ORG", "pattern": "Maja Lund"},
        ]
    )
    path = tmp_path_factory.mktemp("models") / "ruler_da"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module", params=["auto", "off"])
def finder(request: pytest.FixtureRequest) -> FallbackNameFinder:
    """The offline recognizer with its compiled pass and in pure Python (a test module may define its own)."""
    return FallbackNameFinder(fast_path=request.param)
