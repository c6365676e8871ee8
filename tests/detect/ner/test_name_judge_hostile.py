"""The compiled judging of the runs (``pii_scanner_names.judge``, the twin of ``FallbackNameFinder._judge_records``):
bad arguments, junk from the callbacks and callbacks that change what it holds raise cleanly (or give the pure
answer), never crash; hostile texts leave exactly the pure lists and sets."""

from __future__ import annotations

import random
import sys
from typing import Any, ClassVar

import pytest

from pii_scanner.core.model import Explanation, Finding
from pii_scanner.detect.ner import fallback, name_kernel
from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.names_kernel_fuzz import PIECES, check_judge, judged, text

KERNEL: Any = name_kernel.compiled()
pytestmark = pytest.mark.skipif(
    KERNEL is None, reason="the compiled name pass is not installed or is a stale build (pip install ./native)"
)

SAMPLE = "Kære Jens Hansen\nMed venlig hilsen\nÅsa Berg og Nilsson var bäst. Mødt: Per Holm, van der Berg"


def _records(finder: FallbackNameFinder, sample: str = SAMPLE) -> list[Any]:
    heads = fallback._Lines(finder._text_has_sig(sample))
    records: list[Any] = KERNEL.runs(finder, finder._tables, sample, heads, heads.sig)
    return records


def _state() -> list[Any]:
    return [[], [], [], set(), set(), set()]


def _judge(finder: FallbackNameFinder, records: list[Any], sample: str = SAMPLE, tables: Any = None) -> list[Any]:
    state = _state()
    heads = fallback._Lines(finder._text_has_sig(sample))
    KERNEL.judge(finder, finder._judge_tables if tables is None else tables, sample, heads, records, *state)
    return state


def test_judging_is_the_pure_one_on_every_kind_of_record() -> None:
    finder, pure = FallbackNameFinder(), FallbackNameFinder(fast_path="off")
    records = _records(finder)
    assert {r[0] for r in records} == {fallback._ONE, fallback._PLAIN_RUN, fallback._GENERAL}
    check_judge(finder, pure, KERNEL, SAMPLE, records)
    found = _judge(finder, records)[0]
    assert [f.value for f in found] and all(type(f) is Finding for f in found)
    colon = "Deltagere Per Holm: mødt\nHr. Jens: ja"  # a run a ":" follows goes back to Python
    check_judge(finder, pure, KERNEL, colon, _records(finder, colon))


def test_hostile_texts_judge_alike() -> None:
    """NUL, lone surrogates, non-BMP, every string kind, particles before lone surnames at a line break."""
    finder, pure = FallbackNameFinder(), FallbackNameFinder(fast_path="off")
    samples = [
        "\x00Jens Hansen\x00 og \ud800Åsa Berg\U0001f600 van \nBerg, af\tNilsson, Von  Essen",
        "Åsa von Essen.\nVon Essen var där. Essen. DE  Berg de Berg\nde\nBerg",
        "ſ Berg, \u212a Holm, \u0130 Nilsson van der Berg \U0001d400 Jens",
        "Per Holm " * 20_000,  # one long text, memo tables warm after the first
        "",
    ]
    rng = random.Random(8)
    samples += [text(rng) for _ in range(400)]
    for sample in samples:
        check_judge(finder, pure, KERNEL, sample, _records(finder, sample))
    assert len(PIECES) > 50


def test_bad_arguments_raise() -> None:
    finder = FallbackNameFinder()
    records = _records(finder)
    heads = fallback._Lines(False)
    tables = finder._judge_tables
    good = [finder, tables, SAMPLE, heads, records, [], [], [], set(), set(), set()]
    KERNEL.judge(*good)
    with pytest.raises(TypeError):
        KERNEL.judge(*good[:10])
    bad_args: list[tuple[int, object]] = [
        (1, tables[:11]),
        (1, list(tables)),
        (2, b"Jens"),
        (4, tuple(records)),
        (5, ()),
        (6, None),
        (7, {}),
        (8, frozenset()),
        (9, []),
        (10, {"a": 1}),
    ]
    for where, value in bad_args:
        args = list(good)
        args[where] = value
        with pytest.raises(TypeError):
            KERNEL.judge(*args)
    for where, value in [(0, []), (6, [()] * 256), (7, 3.5), (8, object()), (9, None), (10, "x")]:
        with pytest.raises(TypeError):  # a memo table, the cue names, the class, the helpers
            _judge(finder, records, tables=(*tables[:where], value, *tables[where + 1 :]))
    for cls in (memoryview, int, Exception, Explanation.__mro__[-1]):
        with pytest.raises(TypeError):  # a class with a constructor of its own is never half-made
            _judge(finder, records, tables=(*tables[:7], cls, *tables[8:]))
    with pytest.raises(OverflowError):
        _judge(finder, records, tables=(*tables[:11], 1 << 80))


def test_junk_records_raise() -> None:
    finder = FallbackNameFinder()
    n = len(SAMPLE)
    for record, error in [
        ("not a tuple", TypeError),
        ((0, 0, 4, 0), TypeError),
        ((0, 0, 4, 0, b"Jens"), TypeError),
        ((0, -1, 4, 0, "Jens"), ValueError),
        ((0, 5, 4, 0, "Jens"), ValueError),
        ((0, 0, n + 1, 0, "Jens"), ValueError),
        ((0, 0, 4, 256, "Jens"), IndexError),  # no cue names for these bits
        ((0, 0, 4, -1, "Jens"), IndexError),
        (("0", 0, 4, 0, "Jens"), TypeError),
        ((0, 0, 4, 1 << 80, "Jens"), OverflowError),
        ((1, 0, 4, 0, "Jensxyz"), AssertionError),  # not a plain run
        ((1, n - 2, n, 0, "Jens Hansen"), ValueError),  # a plain run beyond the text's end
        ((2, n - 2, n, 0, "Jens Hansen"), ValueError),  # its parts beyond the text's end
    ]:
        with pytest.raises(error):
            _judge(finder, [record])
    _judge(finder, [(7, 0, 4, 0, "Kære")])  # an unknown kind is judged as a general run, as in Python


def test_junk_from_the_callbacks_raises() -> None:
    class JunkOne(FallbackNameFinder):
        def _one_decision(self, run: str, mask: int) -> Any:
            return ("x",)

    class JunkScore(FallbackNameFinder):
        def _one_decision(self, run: str, mask: int) -> Any:
            return ("high", "rule", 0, "jens")

    class JunkGeneral(FallbackNameFinder):
        def _general(self, run: str, bits: int) -> Any:
            return [(0, 1 << 40, 0.7, (0,), ("x",), (), (), None, None, False)]

    class NotASequence(FallbackNameFinder):
        def _general(self, run: str, bits: int) -> Any:
            return 42

    class JunkAdds(FallbackNameFinder):
        def _general(self, run: str, bits: int) -> Any:
            e = Explanation(recognizer="x", pattern="y")
            return [(0, 2, 0.7, (0, 0), ("a", "b"), (), (1, 2), e, ("no", "tuple"), False)]

    class Raising(FallbackNameFinder):
        def _plain_decision(self, run: str, plain: Any, mask: int) -> Any:
            raise RuntimeError("boom")

    for cls, error in [
        (JunkOne, TypeError),
        (JunkScore, TypeError),
        (JunkGeneral, ValueError),
        (NotASequence, TypeError),
        (JunkAdds, TypeError),
        (Raising, RuntimeError),
    ]:
        finder = cls()
        with pytest.raises(error):
            _judge(finder, _records(finder, "Hej Jens, Per og Åsa Berg. Kære Nilsson Vestergade Bo Holm Hansen"))

    def far_start(text: str, start: int, key: str, surnames: set[str]) -> int:
        return start + 5

    finder = FallbackNameFinder()
    tables = finder._judge_tables
    records = _records(finder, "Kære van Berg")
    with pytest.raises(ValueError):
        _judge(finder, records, "Kære van Berg", (*tables[:9], far_start, *tables[10:]))


def test_callbacks_that_empty_the_tables_or_the_records_change_nothing() -> None:
    """A callback that clears the memo tables and the record list while the C loop holds them: no crash, and
    the records judged are those the loop had (it holds the list; the cleared tables only cost misses)."""

    class Dropping(FallbackNameFinder):
        records: ClassVar[list[Any]] = []

        def _one_decision(self, run: str, mask: int) -> Any:
            for table in self._judge_tables[:6]:
                table.clear()
            self.records.clear()
            return super()._one_decision(run, mask)

    dropping, pure = Dropping(), FallbackNameFinder(fast_path="off")
    sample = "Vi mødte Jens og Nilsson. Kære Per Holm, Åsa Berg var her. " * 30
    records = _records(dropping, sample)
    want = judged(pure, None, sample, list(records))
    dropping.records = records
    state = _state()
    KERNEL.judge(dropping, dropping._judge_tables, sample, fallback._Lines(False), records, *state)
    assert records == []  # the callback emptied it: the loop stopped at the new end
    assert len(state[0]) + len(state[1]) >= 1
    assert dropping.find(sample) == pure.find(sample)
    assert want[0]


def test_the_compiled_finding_class_follows_the_maker() -> None:
    assert name_kernel.person_class(KERNEL) is Finding
    assert name_kernel.person_class(None) is None
    original = name_kernel._FIELDS
    try:
        name_kernel._FIELDS = (*original, "extra")
        assert name_kernel.person_class(KERNEL) is None
        finder = FallbackNameFinder()  # the dataclass makes every finding: same findings
        assert finder._judge_tables[7] is None
        assert finder.find(SAMPLE) == FallbackNameFinder(fast_path="off").find(SAMPLE)
    finally:
        name_kernel._FIELDS = original


def test_runs_found_and_judged_in_one_pass_bad_arguments_raise() -> None:
    finder = FallbackNameFinder()
    heads = fallback._Lines(True)
    good = [finder, finder._tables, finder._judge_tables, SAMPLE, heads, True, [], [], [], set(), set(), set()]
    KERNEL.find_runs(*good)
    assert good[6]  # found names
    with pytest.raises(TypeError):
        KERNEL.find_runs(*good[:11])
    for where, value in [(1, list(finder._tables)), (2, finder._judge_tables[:5]), (3, b"x"), (4, []), (6, ())]:
        args = list(good)
        args[where] = value
        with pytest.raises(TypeError):
            KERNEL.find_runs(*args)

    # The judging context is taken before the run tables are checked: refused run tables give every
    # reference back (a leak would keep the lists and the finder alive).
    args = list(good)
    args[1] = finder._tables[:5]
    held = [sys.getrefcount(a) for a in args[6:]] + [sys.getrefcount(finder), sys.getrefcount(args[2])]
    for _ in range(50):
        with pytest.raises(TypeError):
            KERNEL.find_runs(*args)
    assert [sys.getrefcount(a) for a in args[6:]] + [sys.getrefcount(finder), sys.getrefcount(args[2])] == held

    class BadTruth:
        def __bool__(self) -> bool:
            raise RuntimeError("no truth")

    with pytest.raises(RuntimeError):
        KERNEL.find_runs(*good[:5], BadTruth(), *good[6:])

    class Raising(FallbackNameFinder):
        def _general(self, run: str, bits: int) -> Any:
            raise RuntimeError("boom")

    raising = Raising()
    with pytest.raises(RuntimeError):
        KERNEL.find_runs(
            raising, raising._tables, raising._judge_tables, SAMPLE, fallback._Lines(True), True, *_state()
        )
