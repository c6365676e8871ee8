"""Compiled vs pure name finder on real documents cut and spoiled at random (``-m
tests.detect.ner.names_diff_hostile_fuzz N``), written apart from the kernel's own fuzz.

The texts are the red-team documents (the open sets only: holdout v1-v4 and the main set, never a
sealed one) cut at random places (inside a word, a surrogate pair's neighbourhood, a line end) and
spoiled with characters whose case mapping changes length (``İ``, ``ß``, ``ǅ``, ``ﬁ``), full-width
and mathematical letters, RTL and zero-width marks, NUL, lone surrogates, soft hyphens, combining
marks, and runs of thousands of capitalised words; each text also in each string kind (Latin-1,
UCS-2, UCS-4). Every field of every finding must be equal; any difference exits 1 with the text's
seed, a bad memory access aborts (under the sanitizer build). Prints "ok".
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from pii_scanner.detect.ner.fallback import FallbackNameFinder

ROOT = Path(__file__).resolve().parents[3]
OPEN_SETS = ["", "holdout", "holdout2", "holdout3", "holdout4"]  # holdout5 is sealed: never read

SPOILERS = [
    "\u0130",  # İ: lower() is two code points
    "ß",
    "\u01c5",  # ǅ titlecase digraph
    "\ufb01",  # ﬁ ligature: upper() is two letters
    "Ｊｅｎｓ Ｈａｎｓｅｎ",
    "\U0001d40d\U0001d41e\U0001d42c",  # mathematical bold letters
    "\u200f",
    "\u200b",
    "\u200d",
    "\u00ad",
    "\x00",
    "\ud800",
    "\udfff",
    "\u0301",
    "\u0308",
    "\U0001f600",
    "\u2028",
    "\r",
    "\t",
    "\u00a0",
    "ΑΘΗΝΑ Παπαδόπουλος",
    "ИВАН Петров",
    "Ø",
    "Å.",
    "von der",
    " Med venlig hilsen\n",
    "Kære ",
    "/",
    "<",
    "(",
    "&",
    "@",
    "'s",
    "’",
    "-",
]


def corpus() -> list[str]:
    texts: list[str] = []
    for name in OPEN_SETS:
        folder = ROOT / "benchmarks" / "data" / "redteam" / name
        for kind in ("names.jsonl", "categories.jsonl", "identifiers.jsonl"):
            path = folder / kind
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(str(json.loads(line)["text"]))
    return texts


def spoil(rng: random.Random, text: str) -> str:
    if not text:
        return text
    a = rng.randrange(len(text))
    b = min(len(text), a + rng.randrange(1, 3000))
    piece = text[a:b] if rng.random() < 0.7 else text
    out = list(piece)
    for _ in range(rng.randrange(0, 12)):
        out.insert(rng.randrange(len(out) + 1), rng.choice(SPOILERS))
    spoiled = "".join(out)
    roll = rng.random()
    if roll < 0.05:
        spoiled = spoiled.upper()
    elif roll < 0.1:
        spoiled = spoiled.title()
    elif roll < 0.12:
        spoiled = " ".join(w.capitalize() for w in spoiled.split()) * 20  # thousands of capitalised words
    elif roll < 0.14:
        spoiled = spoiled.replace("\n", " ")
    return spoiled


def kinds(text: str) -> list[str]:
    """The text as a Latin-1, UCS-2 and UCS-4 string (the C code reads each kind)."""
    return [text, text + "\u0100", text + "\U00010000"]


def same(a: list, b: list) -> bool:  # type: ignore[type-arg]
    return [repr(tuple(getattr(f, s) for s in f.__slots__)) for f in a] == [
        repr(tuple(getattr(f, s) for s in f.__slots__)) for f in b
    ]


def main(rounds: int) -> int:
    compiled, pure = FallbackNameFinder(), FallbackNameFinder(fast_path="off")
    if not compiled.compiled:
        print("the compiled run pass is not in use", file=sys.stderr)
        return 2
    texts = corpus()
    if len(texts) < 100:
        print(f"only {len(texts)} documents found", file=sys.stderr)
        return 2
    checked = 0
    for seed in range(rounds):
        rng = random.Random(seed)
        for text in kinds(spoil(rng, rng.choice(texts))):
            if not same(compiled.find(text), pure.find(text)):
                print(f"findings differ, seed {seed}", file=sys.stderr)
                return 1
            checked += 1
    # A megabyte of one line of capitalised words, and the documents whole.
    words = " ".join(w.capitalize() for w in " ".join(texts[:400]).split())
    big = (words * (1 + 1_000_000 // max(1, len(words))))[:1_000_000]
    for text in [big, *texts[:300]]:
        if not same(compiled.find(text), pure.find(text)):
            print("findings differ on a whole document", file=sys.stderr)
            return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500))
