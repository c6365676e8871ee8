"""Fuzz the compiled run pass of the name finder against the pure one (``-m tests.detect.ner.names_kernel_fuzz N``).

Run by tests/detect/ner/test_name_kernel.py under ``python -X dev`` and on a build with AddressSanitizer and
UndefinedBehaviorSanitizer: random texts stitched from names, particles, cues, field labels, sign-offs,
mail addresses, initials, quotes, hyphens and hostile characters (NUL, lone surrogates, non-BMP, combining
marks, letters outside the name alphabet, every string kind). The run spans must be the RUN regex's, the
records the pure pass's and the findings the pure finder's; any difference raises, any bad memory access
aborts. Prints "ok".
"""

from __future__ import annotations

import random
import sys
from typing import Any

from pii_scanner.detect.ner import fallback, name_kernel
from pii_scanner.detect.ner.fallback import RUN, FallbackNameFinder

PIECES = [
    "Jens",
    "Hansen",
    "Mette",
    "Kjærgaards",
    "Åsa",
    "Lindqvist",
    "Per",
    "Bo",
    "Berg",
    "O'Neill",
    "D’Angelo",
    "Ann-Charlott",
    "Samuelsson-Malm",
    "Carl Larsson-gården",
    "H.C.",
    "J.-P.",
    "K.",
    "von",
    "van der",
    "de",
    "della",
    "af",
    "Kære",
    "Hej",
    "Med venlig hilsen",
    "Med vänliga hälsningar",
    "Mvh",
    "Navn:",
    "Namn:",
    "Til:",
    "Fra:",
    "Kunde:",
    "Kasserer:",
    "direktør",
    "Direktør",
    "Landsholdstræner",
    "siger",
    "sagde",
    "udtaler",
    "c/o",
    "v/",
    "att.",
    "ATT.",
    "<jens@firma.dk>",
    "(45)",
    "(45 år)",
    "(formand)",
    "(",
    "<",
    "Vestergade",
    "Gustav Adolfs torg",
    "A/S",
    "&",
    "& ",
    "Bageri",
    "Group",
    "var",
    "blev",
    "reddede",
    "mens",
    "JH/",
    "/",
    "@",
    ".",
    ",",
    ", ",
    ":",
    ": ",
    ";",
    "'",
    "’",
    '"',
    "-",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "2",
    "_",
    "og",
    "Hun",
    "Han",
    "\x00",
    "\ud800",
    "\udfff",
    "\U0001d400",
    "\U0001f600",
    "e\u0301",
    "\u0130stanbul",
    "ǅ",
    "ß",
    "\u1e9e",
    "Ǆemal",
    "Ωmega",
    "Ωlga",
    "ﬅ",
    "att\u0149.",
    "Ø" * 3,
    "JENS HANSEN",
    "NAVN: ÅSA LINDQVIST",
    "- Navn :",
    "• Til stede:",
    "> Kunde  :",
    "1 Navn:",
    "Obligatoriske deltagere:",
    "Tlf.nr.:",
    "x" * 31 + ":",
    "Kære,",
    "Hej!",
    "\tKære",
    ",Hej",
]


def text(rng: random.Random) -> str:
    parts = [rng.choice(PIECES) for _ in range(rng.randint(0, 40))]
    if rng.random() < 0.05:
        parts.append("x" * rng.randint(290, 320))  # a line longer than the look-back
        parts.append(rng.choice(PIECES))
        parts.append(" Jens Hansen")
    return "".join(parts)


def check(finder: FallbackNameFinder, pure: FallbackNameFinder, kernel: object, sample: str) -> None:
    want = [x for m in RUN.finditer(sample) for x in m.span()]
    got = kernel.run_spans(sample)  # type: ignore[attr-defined]
    if got != want:
        raise AssertionError(f"run spans differ on {sample!r}: {got} != {want}")
    heads = fallback._Lines(finder._text_has_sig(sample))
    records = kernel.runs(finder, finder._tables, sample, heads, heads.sig)  # type: ignore[attr-defined]
    expected = pure._runs(sample, fallback._Lines(pure._text_has_sig(sample)))
    if records != expected:
        raise AssertionError(f"records differ on {sample!r}: {records} != {expected}")
    for line_start in [0, *(i + 1 for i, ch in enumerate(sample) if ch == "\n")]:
        for sig in (False, True):
            got_line = kernel.line(finder, finder._tables, sample, line_start, sig)  # type: ignore[attr-defined]
            if got_line != pure._line(sample, line_start, sig):
                raise AssertionError(f"line facts differ on {sample!r} at {line_start}")
    check_judge(finder, pure, kernel, sample, expected)
    if finder.find(sample) != pure.find(sample):
        raise AssertionError(f"findings differ on {sample!r}")
    check_any_in(kernel, sample)
    if kernel.caps_pair(sample) != fallback._has_caps_pair(sample):  # type: ignore[attr-defined]
        raise AssertionError(f"caps_pair differs on {sample!r}")


def judged(finder: FallbackNameFinder, kernel: object | None, sample: str, records: list[Any]) -> list[Any]:
    """What judging ``records`` leaves in find()'s lists and sets: compiled (``kernel.judge``) or pure."""
    heads = fallback._Lines(finder._text_has_sig(sample))
    state: list[Any] = [[], [], [], set(), set(), set()]  # found, pending, unknown, seen, surnames, firsts
    if kernel is None:
        finder._judge_records(sample, heads, records, *state)
    else:
        kernel.judge(finder, finder._judge_tables, sample, heads, records, *state)  # type: ignore[attr-defined]
    return state


def check_judge(
    finder: FallbackNameFinder, pure: FallbackNameFinder, kernel: object, sample: str, records: list[Any]
) -> None:
    """The compiled judging of the runs leaves exactly what the pure one does, from cold and warm memo tables."""
    want = judged(pure, None, sample, records)
    for _ in range(2):
        got = judged(finder, kernel, sample, records)
        if got != want:
            raise AssertionError(f"judged runs differ on {sample!r}: {got} != {want}")
        heads = fallback._Lines(finder._text_has_sig(sample))
        state: list[Any] = [[], [], [], set(), set(), set()]
        kernel.find_runs(finder, finder._tables, finder._judge_tables, sample, heads, heads.sig, *state)  # type: ignore[attr-defined]
        if state != want:
            raise AssertionError(f"runs found and judged in one pass differ on {sample!r}: {state} != {want}")


def check_any_in(kernel: object, sample: str) -> None:
    """``any_in`` is ``any(map(text.__contains__, words))`` for words cut from the text, the sign-offs' words
    and hostile ones, on the text and its case-folded form."""
    cut = tuple(sample[i : i + k] for i, k in ((0, 2), (len(sample) // 2, 3), (max(0, len(sample) - 4), 4)))
    hostile = ("\x00", "\ud800x", "\U0001f600", "ß", "ss", "hilsen", "x" * 70)
    for text in (sample, sample.casefold()):
        for words in (cut, hostile, cut + hostile, tuple(w for w in cut if w), (*hostile, "") if sample else ()):
            want = any(map(text.__contains__, words))
            if kernel.any_in(text, words) != want:  # type: ignore[attr-defined]
                raise AssertionError(f"any_in differs on {text!r}, {words!r}")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    kernel = name_kernel.compiled()
    if kernel is None:
        raise SystemExit("the compiled run pass is not installed")
    finder, pure = FallbackNameFinder(), FallbackNameFinder(fast_path="off")
    if not finder.compiled or pure.compiled:
        raise SystemExit("the finders do not run the passes asked for")
    rng = random.Random(14)
    for _ in range(rounds):
        check(finder, pure, kernel, text(rng))
    print("ok")


if __name__ == "__main__":
    main()
