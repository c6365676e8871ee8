"""Fuzz the compiled word pass against the pure path: ``python -m tests.classify.terms_kernel_fuzz N``.

Run by tests/classify/test_terms_kernel.py on a build with AddressSanitizer and UndefinedBehaviorSanitizer:
random lexicons and texts of every string kind (NUL, lone surrogates, non-BMP, words over 64 characters,
empty strings); any difference raises, any bad memory access aborts. Prints "ok".
"""

from __future__ import annotations

import contextlib
import random
import sys

from pii_scanner.classify import terms
from pii_scanner.classify.term_kernel import compiled
from pii_scanner.classify.terms import ItemText, TermSet

PIECES = [
    "løn",
    "org.nr",
    "syg",
    "sygdom",
    "s",
    "ab",
    "æøå",
    "ÆØÅ",
    "a" * 70,
    "\x00",
    "\ud800",
    "\U0001f600",
    "İ",
    "Σ",
    "ı",
    "_",
    "x\u0345",
    "–",
    " ",
    "\n",
    ".",
    "-",
    "Ÿ",
    "ß",
    "9",
]


def main(rounds: int) -> None:
    kernel = compiled()
    assert kernel is not None, "the compiled word pass is not importable"
    terms._SHORT = 0
    terms._MAX_FINDS = 10**6
    rng = random.Random(rounds)
    for n in range(rounds):
        words = [
            "".join(rng.choice(PIECES[:9]) for _ in range(rng.randrange(1, 3))) for _ in range(rng.randrange(0, 8))
        ]
        tagged = [
            ((rng.choice(["doc", "cat"]), "x"), w + rng.choice(["", "*", " " + rng.choice(words or ["x"])]))
            for w in words
        ]
        ts = TermSet.build(tagged)
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 60)))
        low = kernel.lower(text)
        assert low is None or low == text.lower(), repr(text)
        for once in (frozenset(), frozenset({"doc"})):
            assert ts.scan(ItemText(text, kernel), once=once) == ts.scan(ItemText(text), once=once), repr(text)
        tails = tuple(rng.choice(PIECES[:9]).lower().strip(".") or "x" for _ in range(rng.randrange(0, 4)))
        tails = tuple(t for t in tails if t.isalnum())
        assert ItemText(text, kernel).ends_with_any(tails) == ItemText(text).ends_with_any(tails), repr(text)
        told = ItemText(text, kernel, tails)  # the tails answered by the term scan's own pass
        assert ts.scan(told) == ts.scan(ItemText(text)), repr(text)
        assert told.ends_with_any(tails) == ItemText(text).ends_with_any(tails), repr(text)
        if n % 50 == 0:  # bad arguments raise, never crash
            for bad in ((text, None), (text.encode("utf-8", "surrogatepass"), kernel.build([], [])), (1, 2)):
                with contextlib.suppress(TypeError, ValueError):
                    kernel.scan(*bad)
    print("ok")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
