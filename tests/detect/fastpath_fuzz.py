"""Fuzz the compiled kernel against its pure-Python twin: random text of every string kind (Latin-1,
UCS-2 with lone surrogates, UCS-4 with non-BMP characters, NUL), every offset, bad arguments, and a
50 MB string. Run by tests/detect/test_fastpath.py under ``python -X dev`` and, where gcc and its
sanitizers are installed, on a build with AddressSanitizer and UndefinedBehaviorSanitizer.

    python -X dev -m tests.detect.fastpath_fuzz [ROUNDS]
"""

from __future__ import annotations

import random
import sys
import warnings


def main(rounds: int) -> None:
    warnings.simplefilter("error")
    import pii_scanner_native as native  # type: ignore[import-not-found]

    from pii_scanner.detect import fastpath as pure

    rng = random.Random(9)
    pool = "0123456789-+ .!?\n\t>/:w#=&;|(,Aa\u00a0\u00d8\u0301\U0001f600\udc80\x00\u3000\u0660"
    for _ in range(rounds):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 160)))
        for _ in range(8):
            s = rng.randrange(0, len(text) + 1)
            e = rng.randrange(s, len(text) + 1)
            w = rng.choice((0, 1, 3, 40, 1000, sys.maxsize))
            assert native.windows(text, s, e, w) == pure.windows(text, s, e, w), (text, s, e, w)
            assert native.url_or_path(text, s) == pure.url_or_path(text, s), (text, s)
            assert native.name_before(text, s) == pure.name_before(text, s), (text, s)
            assert native.line_bounds(text, s) == pure.line_bounds(text, s), (text, s)
        raw = text[: rng.randrange(0, 20)]
        got = native.ten_facts(raw)
        if got is not None:
            assert got == pure.ten_facts(raw), raw
    trie = native.WordTrie(
        ["cpr", "cpr-nr.", "personnummer", "p-nr", "født*", "\udc80x", "\U0001f600"], ["ordre", "nr"]
    )
    for _ in range(rounds):
        text = "".join(rng.choice([*pool, "cpr", "nr", "født", "ordre"]) for _ in range(rng.randrange(0, 40)))
        trie.find_all(text)
        trie.search(text)

    def attached(gap: str) -> bool:
        return len(gap) % 2 == 0

    languages = {"cpr": frozenset({"da"}), "\U0001f600": frozenset({"sv"})}
    negative_in = {"nr": frozenset({"da"})}
    for _ in range(rounds):
        words = [*pool, "cpr", "nr", "født", "ordre", "tlf. +4", "nummer"]
        before = "".join(rng.choice(words) for _ in range(rng.randrange(0, 30)))
        after = "".join(rng.choice(words) for _ in range(rng.randrange(0, 30)))
        low_before, low_after = before.lower(), after.lower()
        if len(low_before) != len(before) or len(low_after) != len(after):
            continue
        hint = rng.choice((None, lambda: "da", lambda: None))
        args = (before, after, low_before, low_after, languages, negative_in, hint, attached)
        assert trie.context(*args) == pure.context_of(trie.find_all, *args), args
    for bad in (None, [None], ["ok", 3], [""], ["*"], b"cpr"):
        try:
            native.WordTrie(bad)
        except (TypeError, ValueError):
            continue
        raise SystemExit(f"WordTrie accepted {bad!r}")
    bad_pairs: list[tuple[object, ...]] = [(), ("a",), ("a", 1, 2), (None, 0), ("a", -1), ("a", 2), ("a", 1 << 70)]
    for args in [*bad_pairs, ("a", 1.5)]:
        for fn in (native.url_or_path, native.name_before, native.line_bounds):
            try:
                fn(*args)
            except (TypeError, ValueError, OverflowError):
                continue
            raise SystemExit(f"{fn.__name__} accepted {args!r}")
    bad_windows: list[tuple[object, ...]] = [
        ("a", 0, 0),
        ("a", 1, 0, 1),
        ("a", 0, 2, 1),
        (b"a", 0, 0, 1),
        ("a", 0, 0, -1),
    ]
    for args in bad_windows:
        try:
            native.windows(*args)
        except (TypeError, ValueError):
            continue
        raise SystemExit(f"windows accepted {args!r}")
    import datetime

    scores = [0.1 * k for k in range(len(pure.TEN_SCORE_KEYS))]
    today = datetime.date(2026, 6, 1)
    exempt = [datetime.date(1960, 1, 1)]
    reader, twin = native.TenReader(today, exempt, scores), pure.TenReader(today, exempt, scores)
    for _ in range(rounds * 4):
        digits = "".join(rng.choice(pool) for _ in range(rng.choice((0, 9, 10, 10, 10, 11))))
        sep = rng.choice(("", "-", "+", " ", "ocr", "\x00", "\udc80", "\U0001f600", "--"))
        mask = rng.choice((0, 1, 2, 4, 8, 15, -1, 1 << 20))
        got = reader.read(digits, sep, mask)
        if got is not None:
            assert got == twin.read(digits, sep, mask), (digits, sep, mask)
    bad_readers: list[tuple[object, ...]] = [
        (),
        (None, (), scores),
        ("2026-06-01", (), scores),
        (today, None, scores),
        (today, [None], scores),
        (today, (), scores[:-1]),
        (today, (), ["x"] * len(scores)),
        (today, (), None),
    ]
    for args in bad_readers:
        try:
            native.TenReader(*args)
        except (TypeError, ValueError):
            continue
        raise SystemExit(f"TenReader accepted {args!r}")
    bad_reads: list[tuple[object, ...]] = [(), ("0707614285",), (None, "", 1), ("0707614285", None, 1)]
    for args in [*bad_reads, ("0707614285", "", "1"), ("0", "", 1 << 70)]:
        try:
            reader.read(*args)
        except (TypeError, ValueError, OverflowError):
            continue
        raise SystemExit(f"TenReader.read accepted {args!r}")
    from pii_scanner.detect import leads

    for _ in range(rounds // 4):
        states = rng.randrange(1, 6)
        accepts = (-2, -3, -2 - 999_999)
        moves = [rng.choice((*accepts, -1, -1, *range(states))) for _ in range(states * leads.SYMBOLS)]
        for c in "0123456789A+ ":
            moves[ord(c)] = rng.choice((*accepts, *range(states)))
        guard = rng.random() < 0.5
        scanner, table = native.LeadScanner(moves, guard), leads.LeadTable(tuple(moves), guard)
        for _ in range(4):
            text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 120)))
            s = rng.randrange(-3, len(text) + 3)
            e = rng.randrange(-3, len(text) + 5)
            lim = rng.choice((len(text), e, e + 3, -1, sys.maxsize))
            assert scanner.positions(text, s, e, lim) == leads.positions(table, text, s, e, lim), (text, s, e, lim)
            assert scanner.places(text, s, e, lim) == leads.places(table, text, s, e, lim), (text, s, e, lim)
    bad_scanners: list[tuple[object, ...]] = [
        (),
        (None, True),
        ([0] * 128, True),
        ([0] * 130, True),
        ([1] * 129, False),
        ([-1_000_002] * 129, False),
        (["0"] * 129, False),
        ([1 << 70] * 129, False),
        (5, True),
        ([0] * 129, True, 3),
    ]
    for args in bad_scanners:
        try:
            native.LeadScanner(*args)
        except (TypeError, ValueError, OverflowError):
            continue
        raise SystemExit(f"LeadScanner accepted {args!r}")
    scanner = native.LeadScanner([-2] * leads.SYMBOLS, True)
    for args in [(), ("a", 0, 1), (None, 0, 1, 1), ("a", "0", 1, 1), ("a", 0, 1 << 70, 1), ("a", 0, 1, 1.5)]:
        try:
            (scanner.places if len(args) % 2 else scanner.positions)(*args)
        except (TypeError, ValueError, OverflowError):
            continue
        raise SystemExit(f"LeadScanner.positions accepted {args!r}")
    from pii_scanner.core.model import Explanation, Finding

    explanation = Explanation(recognizer="r", pattern="p")
    for _ in range(rounds):
        value = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 20)))
        fields = (rng.choice(("DK_CPR", value)), rng.randrange(-5, 5), 1 << 70, rng.random(), value, value[::-1])
        tail = (explanation, rng.choice((None, value)), rng.choice((None, "body", value)))
        made = native.finding(Finding, *fields, *tail)
        assert made == pure.finding(Finding, *fields, *tail) and type(made) is Finding, fields

    class Plain:
        pass

    bad_findings: list[tuple[object, ...]] = [
        (),
        (Finding,),
        (Finding, *range(8)),
        (Finding, *range(10)),
        ("Finding", *range(9)),
        (memoryview, *range(9)),
        (ValueError, *range(9)),
        (dict, *range(9)),
        (type, *range(9)),
        (Explanation, *range(9)),  # frozen slots of other names
    ]
    for args in bad_findings:
        try:
            native.finding(*args)
        except (TypeError, AttributeError):
            continue
        raise SystemExit(f"finding accepted {args!r}")
    made_plain = native.finding(Plain, *range(9))  # a plain class takes the fields as attributes
    assert [getattr(made_plain, name) for name in pure.FINDING_FIELDS] == list(range(9))
    big = "x" * 50_000_000
    assert scanner.positions(big, 0, 1 << 62, 1 << 62) == [0]  # every other "x" follows a word character
    assert scanner.places(big, 0, 1 << 62, 1 << 62) == [0, 0]
    anywhere = native.LeadScanner([-2] * leads.SYMBOLS, False)
    assert anywhere.positions(big, 49_999_990, 1 << 62, 1 << 62) == list(range(49_999_990, 50_000_000))
    assert reader.read(big, big, 15) is None
    assert native.windows(big, 25_000_000, 25_000_010, sys.maxsize) == pure.windows(
        big, 25_000_000, 25_000_010, sys.maxsize
    )
    assert native.line_bounds(big, 49_999_999) == (49_999_599, 50_000_000)
    assert native.finding(Finding, "DK_CPR", 0, 50_000_000, 1.0, big, big, explanation, None, None).value is big
    print("ok")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
