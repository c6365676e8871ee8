"""The regex finding a sentence that defines a number's label, label first: the same matches as written before."""

from __future__ import annotations

import random
import re

from pii_scanner.detect.filters import _definition_of, _definitions


def _reference(label: str) -> re.Pattern[str]:
    # As it was written: the look back first, then the label.
    return re.compile(
        rf"(?<![\w-]){re.escape(label)}(?![\w-])[ \t]+(?:er|är|is|=)[ \t]+"
        r"((?:[^\W\d_][\w-]*[ \t]+){0,2}[^\W\d_][\w-]*)",
        re.IGNORECASE,
    )


_LABELS = ("ärende-nr", "lejer-id", "Kunde-ID", "Medlems-ID", "kundenr.", "Barn-id", "ks-nr", "id", "sk.no", "Elev-nr")
# Pieces a text is made of: the labels in other cases and with letters a case-blind match takes for ASCII ones
# ("ſ" for "s", the Kelvin sign for "k", a dotless "ı" for "i"), word characters and hyphens right before, copulas,
# other words, spaces, tabs and line ends.
_PIECES = (
    "lejer-id",
    "LEJER-ID",
    "Kunde-id",
    "kunde-ID",
    "Kunde-Id",
    "medlems-id",
    "Medlemſ-ID",
    "\u212aunde-id",
    "Barn-ıd",
    "kundenr.",
    "Kundenr",
    "ks-nr",
    "Ks-Nr",
    "sk.no",
    "id",
    "ID",
    "elev-nr",
    "Elev-nr",
    "x",
    "-",
    "_",
    "7",
    "é",
    " ",
    "  ",
    "\t",
    "\n",
    " er ",
    " är ",
    " is ",
    " = ",
    "=",
    "er",
    "boligforeningens",
    "nummer",
    "eget",
    "ø",
    ".",
)


def _variant(label: str, rng: random.Random) -> str:
    return "".join(ch.upper() if rng.random() < 0.3 else ch for ch in label)


def _text(rng: random.Random, label: str) -> str:
    pieces = []
    for _ in range(rng.randint(1, 40)):
        pieces.append(_variant(label, rng) if rng.random() < 0.15 else rng.choice(_PIECES))
        if rng.random() < 0.1:
            pieces.append(rng.choice((" er ", " är ", " is ", "\t=\t")) + rng.choice(("kundens", "x")) + " nummer")
    return "".join(pieces)


def test_label_first_gives_the_same_matches_as_the_look_back_first() -> None:
    rng = random.Random(14)
    defined = 0
    for _ in range(6000):
        label = rng.choice(_LABELS)
        text = _text(rng, label)
        # Searched in a window, as the filter does: the look back may read a character before it.
        lo = rng.randint(0, len(text) // 3)
        hi = rng.randint(lo, len(text)) if rng.random() < 0.3 else len(text)
        want = [(m.span(), m.groups()) for m in _reference(label).finditer(text, lo, hi)]
        got = [(m.span(), m.groups()) for m in _definition_of(label).finditer(text, lo, hi)]
        assert got == want, (label, text, lo, hi)
        defined += bool(want)
    assert defined > 400  # the texts do hold definitions, also at a window's edges


def test_the_window_searched_only_when_it_can_hold_the_label() -> None:
    rng = random.Random(22)
    defined = 0
    for _ in range(6000):
        label = rng.choice(_LABELS)
        text = _text(rng, label)
        lo = rng.randint(0, len(text) // 3)
        hi = rng.randint(lo, len(text) + 5)
        want = [(m.span(), m.groups()) for m in _reference(label).finditer(text, lo, hi)]
        got = [(m.span(), m.groups()) for m in _definitions(text, label, lo, hi)]
        assert got == want, (label, text, lo, hi)
        defined += bool(want)
    assert defined > 250
    # Letters a case-blind match takes for the label's: found although a plain search of the text would not be.
    for label, text in (
        ("Barn-id", "Barn-İd er skolens nummer"),
        ("medlems-id", "medlemſ-id er foreningens nummer"),
        ("Kunde-id", "\u212aunde-id er x nummer"),
        ("barn-id", "Barn-ıd er skolens nummer"),
    ):
        assert [m.group(1) for m in _definitions(text, label, 0, len(text))] == [text.split(" er ")[1]]
