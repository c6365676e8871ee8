"""The letter count that decides whether a language is guessed stops early but answers as a full count."""

from __future__ import annotations

import random

from pii_scanner.detect.ner.langid import _MIN_LETTERS, _has_letters, detect_language


def test_same_answer_as_counting_every_letter() -> None:
    rng = random.Random(1)
    alphabet = "ab æø1 2-_.\n\tΣ²"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        for least in (0, 1, 5, _MIN_LETTERS):
            assert _has_letters(text, least) == (sum(ch.isalpha() for ch in text) >= least), (text, least)


def test_too_few_letters_no_guess() -> None:
    assert detect_language("12 34 56 ab cd 78") is None
