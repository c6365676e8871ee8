"""Differential fuzz of the compiled word pass (``pii_scanner_terms``) against its pure-Python twin.

Run as ``python -m tests.classify.terms_fuzz N`` with the module to test first on ``PYTHONPATH`` (an
AddressSanitizer build, or any build under ``-X dev``): prints ``ok`` or raises. Random lexicons and
hostile texts of every string kind (Latin-1, UCS-2, UCS-4, NUL, lone surrogates, combining marks,
non-BMP, 1-character and ~4 MB strings); every answer of ``lower``, ``scan`` and ``ends_with`` is
compared with the pure path, and bad arguments must raise, never crash.
"""

from __future__ import annotations

import importlib
import random
import sys
from types import ModuleType
from typing import Any

from pii_scanner.classify import terms
from pii_scanner.classify.terms import ItemText, TermSet

kernel: Any = None  # the build under test, imported by main() (collecting this file needs no build)

ODD = ["\x00", "\ud800", "\udfff", "\U0001f600", "\U00010400", "x\u0345", "ı", "İ", "Σ", "ς", "ß", "ẞ", "K", "ſ", "µ"]
ODD += ["\u0301", "\u00a0", "\u2011", "\u3000", "\uff21", "Æ", "Ø", "Å", "_", "1", "٣", "\ufeff", "\U000e0001"]
WORDS = ["løn", "lønseddel", "org", "org.nr", "nr", "syg", "sygdom", "s", "ab", "abc", "æøå", "a" * 70, "b" * 64]
WORDS += ["fagforening", "diabetes", "ßtraße", "σοφία", "kræft", "hiv", "x" * 63, "İstanbul", "ǅemal"]


def _lexicon(rng: random.Random) -> TermSet:
    tagged = []
    for _ in range(rng.randrange(1, 14)):
        w = rng.choice(WORDS + ODD)
        form = rng.random()
        if form < 0.35:
            w = w[: rng.randrange(1, len(w) + 1)] + "*"
        elif form < 0.5:
            w = w + rng.choice([" ", " ~ ", "-"]) + rng.choice(WORDS)
        elif form < 0.55:
            w = "=" + w.capitalize()
        tagged.append(((rng.choice(["doc", "cat"]), str(rng.randrange(3))), w))
    return TermSet.build(tagged)


def _text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randrange(0, 50)):
        w = rng.choice(WORDS + ODD)
        pieces += [w.upper() if rng.random() < 0.2 else w, rng.choice([" ", ".", "-", "", "\n", *ODD])]
    return "".join(pieces)


def _check_lower(text: str) -> None:
    got = kernel.lower(text)
    assert got is None or got == text.lower(), repr(text[:80])
    assert got is not None or "\u0130" in text or "\u03a3" in text, repr(text[:80])


def _bad_arguments() -> None:
    for call in (
        lambda: kernel.build(["a", 1], [1, 1]),
        lambda: kernel.build(["a"], [1, 2]),
        lambda: kernel.build(["a"], [2**80]),
        lambda: kernel.build(["a"], ["x"]),
        lambda: kernel.build(None, []),
        lambda: kernel.scan("abc", object()),
        lambda: kernel.scan(b"abc", kernel.build(["a"], [1])),
        lambda: kernel.ends_with("abc", kernel.build(["a"], [1])),
        lambda: kernel.lower(None),
    ):
        try:
            call()
        except (TypeError, ValueError, OverflowError):
            continue
        raise AssertionError("a bad argument was accepted")


def main(rounds: int) -> None:
    global kernel
    module: ModuleType = importlib.import_module("pii_scanner_terms")
    kernel = module
    rng = random.Random(20261130)
    terms._SHORT = 0  # short texts through the word-set scan too (module setting of this process only)
    terms._MAX_FINDS = 10**6
    for _ in range(rounds):
        ts = _lexicon(rng)
        for _ in range(4):
            text = _text(rng)
            _check_lower(text)
            for once in (frozenset(), frozenset({"doc"})):
                assert ts.scan(ItemText(text, kernel), once=once) == ts.scan(ItemText(text), once=once), repr(text)
            tails = tuple(w for w in (rng.choice(WORDS)[-rng.randrange(1, 5) :] for _ in range(3)) if w.isalnum())
            low = text.lower()
            assert ItemText(text, kernel).ends_with_any(tails) == ItemText(text).ends_with_any(tails), repr(text)
            assert kernel.lower(low) in (None, low)
    big = ("ÆBLE og Pære – sygdom\u00a0" * 200_000) + "\U0001f600" + "fagforeningsmedlem " * 1000  # ~4.5 MB, UCS-4
    _check_lower(big)
    ts = TermSet.build([(("cat", "1"), "fagforening*"), (("cat", "2"), "sygdom")])
    assert ts.scan(ItemText(big, kernel)) == ts.scan(ItemText(big))
    for tiny in ("", "a", "\x00", "\ud800", "\U0001f600", "İ"):
        _check_lower(tiny)
        assert ts.scan(ItemText(tiny, kernel)) == ts.scan(ItemText(tiny))
    _bad_arguments()
    print("ok")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
