"""The nickname gate ("kaldet Kenno", "kallad Pelle", "alias Tokmac") is led by its first letters so that a
search skips every other position; it matches where the word-boundary form it replaced matched."""

from __future__ import annotations

import random
import re

from pii_scanner.detect.ner import fallback

# The gate as it was first written: ``\b`` before the words, tried at every position of a text.
_REFERENCE = re.compile(r"\b(?:kald(?:et|t|es)|kalla(?:d|s|des)|alias)[ \t]+[\"“]?[A-ZÆØÅÄÖ]")


def test_the_gate_matches_where_the_word_boundary_form_matches() -> None:
    rng = random.Random(14)
    pieces = ["kald", "kalla", "alias", "et", "t", "es", "d", "s", "des", " ", "\t", '"', "“", "A", "Æ", "Ö"]
    pieces += ["a", "k", "K", "_", "1", "é", "ø", "x", "\n", "ak", "kk", "-", ","]
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for pos in range(len(text) + 1):
            want = _REFERENCE.search(text, pos)
            got = fallback._CALLED_GATE.search(text, pos)
            assert (got and got.span()) == (want and want.span()), (text, pos)


def test_the_gate_on_names_with_nicknames() -> None:
    texts = [
        "Kenneth Bruun, kaldet Kenno, kom i går.",
        "Per Olsson kallad Pelle ringde.",
        "Ali Tokmac alias Tokmac",
        'Bo Ek, kallas "Boken", skrev.',
        "ukaldet Kenno",
        "Salias Nord",
        "kaldes  Ole",
        "kaldet ole",
    ]
    for text in texts:
        assert [m.span() for m in fallback._CALLED_GATE.finditer(text)] == [m.span() for m in _REFERENCE.finditer(text)]
