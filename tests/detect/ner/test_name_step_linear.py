"""The name step's work grows linearly with the text: counted, not timed. Every Python line the finder runs
(loop bodies and generator steps included) is counted for a text of N blocks and of 4N blocks; a pass that
compares each candidate with every name found (quadratic) does ~16 times the work at 4N, a linear one ~4."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder, _colon_line_starts

# One block of the layouts the whole-text passes read: a duty roster, a chat with lower-case speakers, "Surname,
# First" items, a staff list in capitals, a register line in capitals, a list of unknown names joined to a known
# one, mentions, a chat post heading, a transcript speaker, a name column, a sign-off, pets and nicknames.
BLOCK = (
    "Onsdag: Lis, Bo, Sidsel\n"
    "[09:12] mette: har du set jakob?\n"
    "[09:13] Jakob Holm: ja, han er her\n"
    "Deltagere: Lindqvist, Åsa; Hansen, Mette\n"
    "SKOV, DAG - MORA\nBERG, KEMAL - MORA\nHOLM, ANNA - MORA\n"
    "PEDERSEN OLE      12.050,00\n"
    "Mødet blev holdt med Zainab Qureshi, Omar Haddad og Tinne Brink.\n"
    "Tak til @Nora Falk for referatet.\n"
    "Lotte Bang 07:44  bo havde den\n"
    "GITTE: Det var i 2009.\n"
    "Fornavn;Efternavn\nKaren;Møller\n"
    'Bertil "Berra" Nilsson og hunden Bella (labrador) kom også.\n'
    "Med venlig hilsen\nPer Holm\n\n"
)


def _lines(run: Callable[[], Any]) -> Counter[str]:
    """Python line events per function while ``run`` runs (a backward jump in a loop counts again)."""
    counts: Counter[str] = Counter()

    def local(frame: FrameType, event: str, arg: object) -> Any:
        if event == "line":
            counts[frame.f_code.co_name] += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Any:
        return local if event == "call" else None

    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(None)
    return counts


def _growth(finder: FallbackNameFinder, blocks: int, sep: str) -> tuple[Counter[str], Counter[str], int]:
    small, large = sep.join([BLOCK] * blocks), sep.join([BLOCK] * (4 * blocks))
    found = len(finder.find(large))  # memo tables warm: both counts see the same cached answers
    finder.find(small)
    return _lines(lambda: finder.find(small)), _lines(lambda: finder.find(large)), found


@pytest.mark.parametrize("fast_path", ["auto", "off"])
@pytest.mark.parametrize("sep", ["", " "])  # as written, and the blocks' line ends kept but run together
def test_every_pass_of_the_name_step_grows_linearly(fast_path: str, sep: str) -> None:
    finder = FallbackNameFinder(fast_path=fast_path)
    small, large, found = _growth(finder, 15, sep)
    assert found > 15 * 4 * 10  # the blocks' names are found: the passes had work to do
    assert sum(large.values()) <= 4.6 * sum(small.values()), (sum(small.values()), sum(large.values()))
    grown = {name: (small[name], n) for name, n in large.items() if n >= 300 and n > 5 * small[name]}
    assert not grown, grown


def test_roster_names_are_checked_against_the_names_found_by_a_search() -> None:
    """A roster line's first names are taken only where no name was found; that check is a binary search
    over the found spans (it compared each item with every name found: quadratic in a long roster)."""
    finder = FallbackNameFinder()
    roster = "".join(f"Lørdag: Lis, Bo, Sidsel, Karen{i % 7}\nJens Hansen og Mette Berg kom.\n" for i in range(400))
    found = finder.find(roster)
    assert len(found) > 1600
    half = roster[: len(roster) // 4]
    few = finder.find(half)
    small = sum(_lines(lambda: finder._listed(half, few, _colon_line_starts(half))).values())
    large = sum(_lines(lambda: finder._listed(roster, found, _colon_line_starts(roster))).values())
    assert small > 1000
    assert large <= 4.6 * small, (small, large)


def _coordinated_by_passes(finder: FallbackNameFinder, text: str, unknown: list[Any], found: list[Any]) -> list[Any]:
    """The reference: passes over the unknown runs in order of start, each judging every run left, repeated
    while a pass takes one (one pass per link of a list read right to left: quadratic in a long list)."""
    from pii_scanner.detect.ner import fallback

    ends = {f.end: f for f in found if f.entity_type == "PERSON"}
    starts = {f.start: f for f in found if f.entity_type == "PERSON"}
    out: list[Any] = []
    todo = sorted(unknown, key=lambda s: s.start)
    changed = True
    while changed and todo:
        changed = False
        rest = []
        for seg in todo:
            if text[seg.start : seg.end].casefold() in finder._sig_exact:
                continue  # a sign-off is never a name of the list
            before = fallback._COORDINATED_BEFORE.search(text, max(0, seg.start - 10), seg.start)
            after = fallback._COORDINATED_AFTER.match(text, seg.end)
            prev = ends.get(before.start()) if before is not None else None
            nxt = starts.get(after.end()) if after is not None else None
            listed = (before is not None and "," in before.group()) or (after is not None and "," in after.group())
            if (prev is not None and (listed or fallback._in_list(text, prev))) or (
                nxt is not None and (listed or fallback._in_list(text, nxt))
            ):
                f = finder._finding(text, seg, 0.6, "list")
                out.append(f)
                ends[f.end] = f
                starts[f.start] = f
                changed = True
            else:
                rest.append(seg)
        todo = rest
    return out


def _unknown_name(rng: Any) -> str:
    def word() -> str:
        tail = "".join(rng.choice("aeiouy") + rng.choice("bdklmnrstvz") for _ in range(3))
        return str(rng.choice("BDFGKLMNPRSTVZ")) + tail

    return " ".join(word() for _ in range(rng.choice((2, 2, 3))))


def test_names_listed_with_a_found_name_are_the_pass_by_pass_reading() -> None:
    """Unknown names joined to a found one ("A, B og Jens Hansen"), chains read both ways: the same findings
    in the same order as the pass-by-pass reading, on random lists of names, joints and interruptions."""
    import random

    from pii_scanner.detect.ner import fallback

    finder = FallbackNameFinder()
    rng = random.Random(41)
    joints = [", ", " og ", " och ", " samt ", " & ", ", og ", " and ", ". ", "\n", " - "]
    known = ["Jens Hansen", "Mette Berg", "Åsa Lindqvist", "Karin Holm", "Viele Grüße", "Best Regards"]
    compared = taken = backwards = 0
    for _ in range(400):
        parts = [rng.choice(known) if rng.random() < 0.25 else _unknown_name(rng) for _ in range(rng.randint(1, 14))]
        text = rng.choice(["", "Deltagere: ", "Vi mødte "]) + "".join(p + rng.choice(joints) for p in parts).strip()
        found: list[Any] = []
        pending: list[Any] = []
        unknown: list[Any] = []
        seen: set[str] = set()
        surnames: set[str] = set()
        firsts: set[str] = set()
        heads = fallback._Lines(finder._text_words(text)[0])
        records = finder._runs(text, heads)
        finder._judge_records(text, heads, records, found, pending, unknown, seen, surnames, firsts)
        if not (unknown and found):
            continue
        want = _coordinated_by_passes(finder, text, unknown, found)
        assert finder._coordinated(text, unknown, found) == want, text
        compared += 1
        taken += len(want)
        backwards += [f.start for f in want] != sorted(f.start for f in want)  # read right to left: passes
    assert compared > 150 and taken > 100 and backwards > 10, (compared, taken, backwards)


def test_a_long_list_of_unknown_names_before_a_found_one_is_read_in_linear_work() -> None:
    """ "A, B, ..., Z og Jens Hansen": each unknown name joins its right neighbour; read right to left this
    took one pass over the whole list per name."""
    import random

    finder = FallbackNameFinder()
    rng = random.Random(43)
    counts = []
    for size in (100, 400):
        text = "Deltagere var " + ", ".join(_unknown_name(rng) for _ in range(size)) + " og Jens Hansen."
        assert len(finder.find(text)) == size + 1
        counts.append(sum(_lines(lambda text=text: finder.find(text)).values()))
    assert counts[1] <= 4.6 * counts[0], counts
