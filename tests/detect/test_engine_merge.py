"""The NER merge keeps exactly the name spans that overlap no identifier, in linear-ish time."""

from __future__ import annotations

import random

from pii_scanner.core.model import Explanation, Finding
from pii_scanner.detect.engine import _merge


def _finding(entity: str, start: int, end: int) -> Finding:
    return Finding(entity, start, end, 0.9, "x", "x", Explanation("t", "p"))


def _naive(ids: list[Finding], names: list[Finding], entities: frozenset[str]) -> list[Finding]:
    taken = [(f.start, f.end) for f in ids]
    return list(ids) + [
        f for f in names if f.entity_type in entities and not any(s < f.end and f.start < e for s, e in taken)
    ]


def test_merge_matches_the_pairwise_definition_on_random_spans() -> None:
    rng = random.Random(4)
    entities = frozenset({"PERSON", "DK_CPR"})
    for _ in range(300):
        ids = []
        for _ in range(rng.randrange(0, 30)):
            s = rng.randrange(0, 500)
            ids.append(_finding("DK_CPR", s, s + rng.randrange(1, 40)))
        names = []
        for _ in range(rng.randrange(0, 30)):
            s = rng.randrange(0, 500)
            names.append(_finding(rng.choice(["PERSON", "LOCATION"]), s, s + rng.randrange(1, 25)))
        assert _merge(ids, names, entities) == _naive(ids, names, entities)


def test_merge_touching_spans_do_not_overlap() -> None:
    ids = [_finding("DK_CPR", 10, 21)]
    names = [_finding("PERSON", 0, 10), _finding("PERSON", 21, 30), _finding("PERSON", 20, 22)]
    kept = _merge(ids, names, frozenset({"PERSON"}))
    assert [(f.start, f.end) for f in kept] == [(10, 21), (0, 10), (21, 30)]
