from __future__ import annotations

import random

import pytest

from pii_scanner.detect.ner.chunking import split_text


@pytest.mark.parametrize("seed", range(20))
def test_chunks_cover_text_in_order_and_respect_limit(seed: int) -> None:
    rng = random.Random(seed)
    pieces = ["Jens Hansen kom.", "\n\n", "\n", " ", "ord", "x" * rng.randint(1, 400), ". "]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
    limit = rng.randint(5, 700)
    chunks = list(split_text(text, limit))
    assert "".join(c for _, c in chunks) == text
    pos = 0
    for offset, chunk in chunks:
        assert offset == pos and 0 < len(chunk) <= limit
        pos += len(chunk)


def test_prefers_paragraph_then_sentence_breaks() -> None:
    text = "a" * 60 + ". " + "b" * 20 + "\n\n" + "c" * 30
    [(_, first), *_] = split_text(text, 100)
    assert first.endswith("\n\n")
    [(_, first), *_] = split_text("a" * 60 + ". " + "b" * 60, 100)
    assert first.endswith(". ")


def test_bad_limit() -> None:
    with pytest.raises(ValueError):
        list(split_text("x", 0))
