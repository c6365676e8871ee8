"""The engine's shortcuts give the answers of the long way round.

- The shared "no word character before the lead" guard is put in front of the candidate regex only
  when every branch refuses a word character there itself; the matches are the same with and
  without it.
- One pattern of every context word (a trie) finds something in a window exactly when some
  entity's own context pattern does, so "nothing in this window" may skip the per-entity search.
- The check digits looked at before the identifier parsers drop only readings the parsers reject.
"""

from __future__ import annotations

import datetime
import random
import re

from pii_scanner.core.config import DetectConfig
from pii_scanner.core.entities import DEFAULT_ENTITIES
from pii_scanner.detect import Engine
from pii_scanner.detect.engine import _refuses_word_before
from pii_scanner.detect.identifiers import fi_hetu, is_kennitala, se_personnummer
from pii_scanner.detect.identifiers._common import luhn_checksum_ok
from pii_scanner.detect.recognizers.base import Pattern, Recognizer
from pii_scanner.detect.rules import _trie, load_rules
from tests.detect.engine_corpus import make_corpus

TODAY = datetime.date(2026, 6, 1)


def _unguarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(regex.pattern.replace(r"](?<![\w].)(?:", "](?:", 1), regex.flags)


def test_shared_guard_is_used_and_changes_no_match() -> None:
    engine = Engine(DetectConfig(entities=DEFAULT_ENTITIES), today=TODAY)
    for compiled in (engine._plain, engine._ocr):
        assert r"](?<![\w].)(?:" in compiled.regex.pattern
        plain = _unguarded(compiled.regex)
        for text, _, _ in make_corpus(seed=3, size=120_000, piece=20_000):
            got = [(m.span(), m.lastgroup) for m in compiled.regex.finditer(text)]
            assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)]


class _LooseRecognizer(Recognizer):
    """A pattern without its own word guard: "ab12" inside "xab12" must still be a candidate."""

    name = "Loose"
    entities = ("EMAIL_ADDRESS",)

    def patterns(self, ocr: bool) -> list[Pattern]:
        return [Pattern("loose", "a", r"b\d\d")]

    def verify(self, pattern: str, start: int, end: int, env: object) -> list[object]:  # type: ignore[override]
        return []


def test_no_shared_guard_when_a_branch_lacks_it() -> None:
    engine = Engine(DetectConfig(), recognizers=[_LooseRecognizer()], today=TODAY)
    assert r"(?<![\w].)(?:" not in engine._plain.regex.pattern
    assert [m.span() for m in engine._plain.regex.finditer("xab12 ab34")] == [(1, 5), (6, 10)]
    assert _refuses_word_before(r"(?P<g0>(?<=[0-9])(?<![\w+\-./,].)\d{7})")
    assert not _refuses_word_before(r"(?P<g0>(?<=[0-9])(?<![^\w].)\d{7})")
    assert not _refuses_word_before(r"(?P<g0>(?<=[0-9])\d{7})")


def _context_words() -> list[str]:
    """Every context word of the shipped data, lower-cased, stems without their "*"."""
    import yaml

    from pii_scanner.core.resources import data_dir

    raw = yaml.safe_load((data_dir("recognizers") / "context.yaml").read_text(encoding="utf-8"))
    words: set[str] = set()
    for entity, spec in raw.items():
        groups = (
            [spec] if entity == "shared_negative" else [(spec or {}).get(k) or {} for k in ("positive", "negative")]
        )
        for group in groups:
            for listed in (group or {}).values():
                words.update(str(w).lower().rstrip("*") for w in listed or [])
    return sorted(words)


def _windows(seed: int, n: int) -> list[str]:
    """Lower-cased snippets made of context words (whole, cut, glued, inflected) and noise."""
    words = _context_words()
    rng = random.Random(seed)
    noise = ["", " ", "-", ".", ":", "x", "nr", "1", "æ", "\n", "_", "s", "er", "ne"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randrange(1, 5)):
            w = rng.choice(words)
            if rng.random() < 0.3:
                w = w[: rng.randrange(1, len(w) + 1)]
            parts.append(rng.choice(noise) + w + rng.choice(noise))
        out.append(rng.choice(["", " "]).join(parts).lower())
    return out


def test_trie_of_context_words_finds_exactly_when_some_entity_pattern_does() -> None:
    rules = load_rules()
    assert rules.any_context is not None
    patterns = [c.both for c in rules.context.values() if c.both is not None]
    found = 0
    for window in _windows(11, 4000):
        some = any(p.search(window) is not None for p in patterns)
        assert (rules.any_context.search(window) is not None) == some, window
        found += some
    assert 400 < found < 3600  # both answers were really asked


def test_trie_matches_the_same_strings_as_the_alternation() -> None:
    words = {"cpr", "cpr-nr", "cpr*", "konto", "kontonr", "ref nr", "p-nr", "a.b"}
    trie = re.compile(rf"(?:{_trie(words)})\Z")
    alternation = re.compile(
        "(?:" + "|".join(re.escape(w[:-1]) + r"[\w]*" if w.endswith("*") else re.escape(w) for w in words) + r")\Z"
    )
    probes = ["cpr", "cprnummer", "cpr-nr", "cpr-", "konto", "kontonr", "kont", "ref nr", "ref", "p-nr", "a.b", "axb"]
    for probe in probes:
        assert (trie.match(probe) is None) == (alternation.match(probe) is None), probe


def test_check_digit_shortcuts_drop_only_readings_the_parsers_reject() -> None:
    rng = random.Random(5)
    for _ in range(20_000):
        digits = "".join(rng.choice("0123456789") for _ in range(10))
        if not luhn_checksum_ok(digits):
            assert not se_personnummer.is_valid(digits[:6] + "-" + digits[6:], TODAY)
        if not is_kennitala.check_digit_ok(digits):
            assert not is_kennitala.is_valid(digits, TODAY)
        if fi_hetu.check_character(digits[:9]) != digits[9]:
            assert not fi_hetu.is_valid(digits[:6] + "-" + digits[6:], TODAY)


def test_context_tries_find_what_the_longest_first_alternation_finds() -> None:
    """Every entity's context pattern (tries over lower-cased text) gives the same matches, groups
    and words as the alternation it replaced, on snippets full of whole, cut and glued words."""
    import yaml

    from pii_scanner.core.resources import data_dir
    from pii_scanner.detect.rules import _both, _both_alternation

    raw = yaml.safe_load((data_dir("recognizers") / "context.yaml").read_text(encoding="utf-8"))
    windows = _windows(13, 3000)
    compared = 0
    for entity, spec in raw.items():
        if entity == "shared_negative" or not spec:
            continue
        positive = sorted({str(w).lower() for ws in (spec.get("positive") or {}).values() for w in ws or []})
        negative = sorted({str(w).lower() for ws in (spec.get("negative") or {}).values() for w in ws or []})
        negative = [w for w in negative if w not in positive]
        trie, alternation = _both(positive, negative), _both_alternation(positive, negative)
        if trie is None or alternation is None:
            continue
        for window in windows:
            got = [(m.span(), m.lastgroup) for m in trie.finditer(window)]
            assert got == [(m.span(), m.lastgroup) for m in alternation.finditer(window)], (entity, window)
            compared += len(got)
    assert compared > 1000


def test_identifier_word_trie_finds_one_where_the_alternation_does() -> None:
    import yaml

    from pii_scanner.core.config import DetectConfig
    from pii_scanner.core.entities import NATIONAL_IDS
    from pii_scanner.core.resources import data_dir
    from pii_scanner.detect.rules import _alternation

    rules = load_rules()
    assert rules.id_words is not None
    raw = yaml.safe_load((data_dir("recognizers") / "context.yaml").read_text(encoding="utf-8"))
    languages = DetectConfig().languages
    words = sorted(
        {
            str(w).lower()
            for e in NATIONAL_IDS
            for lang, ws in ((raw.get(e) or {}).get("positive") or {}).items()
            if lang in languages
            for w in ws or []
        }
    )
    alternation = re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w])")
    found = 0
    for window in _windows(17, 3000):
        some = alternation.search(window) is not None
        assert (rules.id_words.search(window) is not None) == some, window
        found += some
    assert 100 < found < 2900


def test_city_trie_finds_what_the_longest_first_alternation_finds() -> None:
    """The country hints' city pattern (a trie, any case) gives the same matches as the alternation."""
    from pii_scanner.detect.rules import _city_pattern

    names = list(load_rules().hints.city_lang)
    trie, alternation = _city_pattern(names), _city_pattern(names, trie=False)
    rng = random.Random(3)
    pieces = [*names, *(n.upper() for n in names), *(n.title() for n in names), "-", " ", "x", "s", "ss", "\n", "é"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", ", ", "-", "s")) for _ in range(rng.randrange(1, 8)))
        got = [m.span() for m in trie.finditer(text)]
        assert got == [m.span() for m in alternation.finditer(text)], text
        found += len(got)
    assert found > 1000


def test_table_header_search_counts_and_finds_as_the_long_way_round() -> None:
    """A block without line breaks (a PDF's text, a file with CR line ends) is one "line" as long as
    everything before the candidate: its width is counted without splitting it, its first line break
    looked for once per block, and the answers are those of splitting and searching every time
    (the findings on such text: engine_corpus compare and the one-line A/B in docs/performance.md)."""
    from pii_scanner.detect import layout

    rng = random.Random(41)
    for _ in range(100_000):
        text = "".join(rng.choice(" \r\t;|,a\n") for _ in range(rng.randrange(0, 16)))
        delim = rng.choice("\t;|,")
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        width = rng.randrange(0, 6)
        long_way = layout._width(text[lo:hi], delim)
        assert layout._width_is(text, lo, hi, delim, width) == (long_way == width, long_way > 0)
    for _ in range(300):
        text = "".join(rng.choice(("a", " ", ";", "\n", "bb;cc")) for _ in range(rng.randrange(0, 60)))
        memo: dict[str, object] = {}
        first_lo = rng.randrange(0, len(text) + 1)
        for lo in sorted(rng.randrange(first_lo, len(text) + 1) for _ in range(8)):
            assert layout._first_break(text, first_lo, lo, memo) == text.find("\n", first_lo, lo)


def _aligned_table(rng: random.Random) -> str:
    """Rows of numbers and words aligned with spaces, with headers, rule lines, prose and blank lines between."""
    lines = []
    for _ in range(rng.randrange(1, 90)):
        kind = rng.random()
        if kind < 0.08:
            lines.append("")
        elif kind < 0.14:
            lines.append("Navn        CPR           Beløb")
        elif kind < 0.18:
            lines.append("----------  ------------  -----")
        elif kind < 0.22:
            lines.append("en linje tekst uden tal")
        else:
            number = "".join(rng.choice("0123456789") for _ in range(10))
            lines.append(f"{rng.choice(('Bo Ek', 'Ida', 'x' * rng.randrange(0, 14)))}".ljust(12) + number + "  12,50")
    return "\n".join(lines)


def test_aligned_header_walk_kept_per_line_answers_as_the_walk_alone() -> None:
    """The header of a space-aligned column, found with the lines' walks kept in a memo (candidates in text
    order or not), is the header the 50-line walk finds alone."""
    from pii_scanner.detect import layout

    rng = random.Random(23)
    for _ in range(300):
        text = _aligned_table(rng)
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        places = [(lo, col) for lo in starts for col in (0, 1, 12, 14)]
        if rng.random() < 0.3:
            rng.shuffle(places)
        memo: dict[str, object] = {}
        for lo, col in places:
            assert layout._aligned_header(text, lo, col, memo) == layout._aligned_header(text, lo, col), (text, lo)


def test_aligned_header_walks_a_long_table_once() -> None:
    """A long aligned table without a header: each row's walk stops at the row above (kept), not 50 rows up."""
    from pii_scanner.detect import layout

    rows = "\n".join(f"Bo Ek       {7000000000 + 7919 * i}  12,50" for i in range(2000))
    calls = 0
    real = layout.line_bounds

    def counted(text: str, pos: int) -> tuple[int, int]:
        nonlocal calls
        calls += 1
        return real(text, pos)

    setattr(layout, "line_bounds", counted)  # noqa: B010 - the walk's only way up the text
    try:
        memo: dict[str, object] = {}
        for lo in [0] + [i + 1 for i, ch in enumerate(rows) if ch == "\n"]:
            layout._aligned_header(rows, lo, 12, memo)
    finally:
        setattr(layout, "line_bounds", real)  # noqa: B010
    assert calls < 3 * 2000


def test_a_finding_moved_into_its_part_keeps_every_field() -> None:
    """``_in_part`` builds the Finding itself: a field added to Finding must be added there too."""
    import dataclasses

    from pii_scanner.core.model import Explanation, Finding
    from pii_scanner.detect.engine import FINDING_FIELDS, _in_part

    assert tuple(f.name for f in dataclasses.fields(Finding)) == FINDING_FIELDS
    why = Explanation(recognizer="r", pattern="p", checksum="valid", context=("cpr",), negative_context=(), notes=())
    found = Finding("DK_CPR", 3, 14, 0.9, "070761-4285", "0707614285", why, "x", None)
    assert _in_part(found, 100, "body") == dataclasses.replace(found, start=103, end=114, part="body")


def test_hook_words_found_in_one_pass_are_the_ones_find_finds() -> None:
    """The candidate hooks (OCR labels, "_", "/NI") looked for at the compiled scanner's places give
    the candidates of the word-by-word ``find`` loops, on random strings of those words' letters."""
    from pii_scanner.detect import fastpath
    from pii_scanner.detect.recognizers.national_ids import NationalIdRecognizer

    compiled = fastpath.compiled_kernel()
    if compiled is None:
        return  # nothing to compare: the pure path is the find loops
    recognizer = NationalIdRecognizer()
    rng = random.Random(5)
    letters = "cpCPrRsSeE_/\\NI0123456789OolB|-.: \n"
    texts = [
        "Cpr.nr.: 151l83-4933 og CPR 0101O1-1234, pers.nr 19800101-12S4, PERS Pers",
        "FOID/NI070761-4285 løn_0707614285.pdf /NI0707614285 cprcprpers",
        *("".join(rng.choice(letters) for _ in range(rng.randrange(0, 90))) for _ in range(2000)),
    ]
    for text in texts:
        n = len(text)
        for start, end in ((0, n), (3, max(3, n - 5)), (n // 2, n // 2 + 20), (max(0, n - 2), n)):
            assert list(recognizer.candidates(text, start, end, compiled)) == list(
                recognizer.candidates(text, start, end)
            ), (text, start, end)


def test_country_votes_kept_by_text_are_the_votes_of_the_text() -> None:
    """Votes are kept by the stretch of text they were counted in (a line, the text around): the
    kept answer equals counting again, on both kernels."""
    from pii_scanner.detect import country, fastpath
    from pii_scanner.detect.recognizers.base import Env

    engine = Engine(DetectConfig(), today=TODAY)
    corpus = make_corpus(seed=11, size=60_000, piece=6_000)
    for kernel in filter(None, (fastpath.PURE, fastpath.compiled_kernel())):
        for text, _, _ in corpus[:4]:
            env = Env(text, engine.rules, TODAY, 40, engine.entities, kernel=kernel)
            fresh = Env(text, engine.rules, TODAY, 40, engine.entities, kernel=fastpath.PURE)
            for line in text.splitlines()[:300]:
                assert country._votes_of(env, line) == country.evidence(fresh, line)
                assert country._votes_of(env, line) == country.evidence(fresh, line)  # kept
