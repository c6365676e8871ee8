"""The compiled run pass of the offline name finder (native/pii_scanner_names.c) gives exactly the pure
pass's runs, cue bits and findings."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.detect.ner import fallback, name_kernel
from pii_scanner.detect.ner.fallback import RUN, FallbackNameFinder
from tests.detect.ner.names_kernel_fuzz import PIECES, check, text

ROOT = Path(__file__).resolve().parents[3]
KERNEL: Any = name_kernel.compiled()
# In CI (./run builds native/) a missing or stale build must fail these tests, not skip them.
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")
needs_compiled = pytest.mark.skipif(
    KERNEL is None and not IN_CI,
    reason="the compiled run pass is not installed or is a stale build (pip install ./native; ./run setup does it)",
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}


def _generated(docs: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from ner_corpus import BlindGenerator, FreshGenerator, Generator, faker_names
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = []
    faker = faker_names()
    for lang in ("da", "sv"):
        first, last = faker[lang]
        for gen in (
            Generator(lang, "test", first, last),
            FreshGenerator(lang, first, last),
            BlindGenerator(lang, first, last),
        ):
            for _ in range(docs):
                out.append(gen.business().text)
                out.append(gen.news().text)
    return out


def test_the_source_hash_is_the_c_files() -> None:
    """A build is used only when its source hash is this one: changing the C file means updating
    ``name_kernel._SOURCE``, and a stale installed build then falls back to pure Python."""
    source = (ROOT / "native" / "pii_scanner_names.c").read_bytes().replace(b"\r\n", b"\n")
    assert hashlib.sha256(source).hexdigest()[:16] == name_kernel._SOURCE


def test_in_ci_the_compiled_pass_is_installed() -> None:
    if not IN_CI:
        pytest.skip("only in CI, where ./run builds native/ (set CI=true)")
    assert KERNEL is not None, "CI must build and install native/ (./run setup): these tests need it"


@needs_compiled
def test_selection_follows_the_fast_path_switches() -> None:
    assert name_kernel.select("auto", {}) is KERNEL
    assert name_kernel.select("off", {}) is None
    assert name_kernel.select("auto", {"PII_SCANNER_PURE_PYTHON": "1"}) is None
    assert name_kernel.select("auto", {"PII_SCANNER_PURE_PYTHON": "0"}) is KERNEL
    with pytest.raises(ValueError):
        name_kernel.select("fast", {})
    assert FallbackNameFinder().compiled and not FallbackNameFinder(fast_path="off").compiled


@needs_compiled
def test_runs_records_and_findings_are_the_pure_ones_on_generated_text() -> None:
    """Two thousand generated letters and news items: every run's span, class and cue bits, and every
    finding (span, score, rule, cues, normalised form), through both passes."""
    finder, pure = FallbackNameFinder(), FallbackNameFinder(fast_path="off")
    texts = _generated(170)
    assert len(texts) >= 2000
    runs = 0
    for sample in texts:
        check(finder, pure, KERNEL, sample)
        runs += len(KERNEL.run_spans(sample)) // 2
    assert runs > 20_000
    joined = "\n\n".join(texts[:400])  # one long text: line look-ups, memo tables across many lines
    check(finder, pure, KERNEL, joined)
    assert len(finder.find(joined)) > 1000


@needs_compiled
def test_run_spans_are_the_regex_on_hostile_strings() -> None:
    """Every string kind, quotes and hyphens the regex backtracks over, initials, particles, "@" and word
    characters right after a run, letters outside the name alphabet."""
    rng = random.Random(7)
    alphabet = [*"AaBbJjOoNnSsEe ÅåØøÉéÄä'’-.@_2\t\n,:/&", "de ", "van ", "della ", "von ", "\u1e9e", "\u0130"]
    alphabet += ["\U0001d400", "\ud800", "\x00", "ǅ", "ß", "\u1ea0", "\u1ea1", "\u024f", "\u0250", "Ω"]
    for _ in range(60_000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert KERNEL.run_spans(sample) == [x for m in RUN.finditer(sample) for x in m.span()], repr(sample)
    for sample in ("", "A", "Ab", "Ab-", "Ab-C", "Ab-Cd2", "O'Neill@x", "A.-B.c", "A.B.", "Jens van Hansen2", "Jo'x"):
        assert KERNEL.run_spans(sample) == [x for m in RUN.finditer(sample) for x in m.span()], sample
    big = "Jens Hansen og Åsa Lindqvist, " * 400_000  # 12 MB, 2-byte kind
    assert len(KERNEL.run_spans(big)) == 4 * 400_000
    wide = "\U0001f600 Jens Hansen " * 100_000  # 4-byte kind
    assert KERNEL.run_spans(wide) == [x for m in RUN.finditer(wide) for x in m.span()]


@needs_compiled
def test_hostile_texts_find_the_same_names() -> None:
    """NUL, lone surrogates, non-BMP, combining marks, long lines: same records and findings as the pure
    pass (the callbacks into the finder's rules included: sign-offs, "/" sign-offs, "<" and "(" after a run)."""
    finder, pure = FallbackNameFinder(), FallbackNameFinder(fast_path="off")
    rng = random.Random(3)
    for _ in range(3000):
        check(finder, pure, KERNEL, text(rng))
    for sample in (
        "Med venlig hilsen\nJens Hansen",
        "JH/Jens Hansen\n/Jakob",
        "Jens Hansen <jens@firma.dk> skrev",
        "Jens Hansen (45) og Åsa Berg (formand)",
        "c/o Assia Brøndum",
        "ATT\u0149. Jens Hansen",
        "x" * 5000 + " Jens Hansen " + "y" * 400 + " Kære Åsa Berg",
        "\x00Jens\x00Hansen \ud800Åsa Berg \U0001f600 Per Holm",
        "& Jens",
        "Jens Hansen & ",
    ):
        check(finder, pure, KERNEL, sample)


@needs_compiled
def test_sign_off_checks_are_the_pure_ones_on_hostile_lines() -> None:
    """The sign-off look-ups done in C (the line above a run opening its line, a sign-off before the run on its
    line) against the finder's methods: Unicode blanks and line separators, case maps that change length,
    NUL, lone surrogates, non-BMP, prefixes at and beyond the short-prefix length, lines beyond the look-back."""
    finder, pure = FallbackNameFinder(), FallbackNameFinder(fast_path="off")
    assert (fallback._SHORT_PREFIX, fallback._LINE_LIMIT) == (120, 300)  # the C code's SHORT_PREFIX, LINE_LIMIT
    offs = ["Med venlig hilsen", "MED VENLIG HILSEN!", "mvh,", "Vänliga hälsningar", "Tak!", "Hilsen -", "/ Mvh"]
    blanks = ["", " ", "\t", "\xa0", "\u2028", "\x1c", "\u3000", ",", "\x00", "\ud800", "\U0001f600", "ß", "\u0130"]
    rng = random.Random(11)
    samples = []
    for off in offs:
        for blank in blanks:
            samples += [
                f"{blank}{off}{blank}\nJens Hansen",
                f"{off}\n{blank}\n\nÅsa Berg",
                f"{off}\n\n\n\nÅsa Berg",  # three lines up: too far
                f"x{blank}{off} Per Holm",
                f"{'y' * 119}{off}{blank} Per Holm",
                f"{'y' * 121} {off} Per Holm",
                f"{'z' * 310}\n{off}\nBo Ek",
                f"{off}\n{'z' * 310}{blank}Bo Ek",
            ]
    samples += [
        "".join(rng.choice(offs + blanks + ["\n", "Jens Hansen", " Åsa"]) for _ in range(12)) for _ in range(800)
    ]
    for sample in samples:
        check(finder, pure, KERNEL, sample)


@needs_compiled
def test_bad_arguments_raise_cleanly() -> None:
    finder = FallbackNameFinder()
    heads = fallback._Lines(False)
    with pytest.raises(TypeError):
        KERNEL.runs(finder, finder._tables, b"Jens Hansen", heads, False)
    with pytest.raises(TypeError):
        KERNEL.runs(finder, finder._tables[:5], "Jens Hansen", heads, False)
    with pytest.raises(TypeError):
        KERNEL.runs(finder, ([], *finder._tables[1:]), "Jens Hansen", heads, False)
    with pytest.raises(TypeError):
        KERNEL.runs(finder, finder._tables, "Jens Hansen", [], False)
    with pytest.raises(TypeError):
        KERNEL.run_spans(None)
    with pytest.raises(AttributeError):  # no finder methods to call on a miss
        KERNEL.runs(
            object(),
            ({}, {}, frozenset(), {}, {}, 0, {}, {}, (), frozenset(), (), (), " "),
            "Jens Hansen",
            fallback._Lines(False),
            False,
        )
    with pytest.raises(TypeError):  # the sign-off words are a tuple
        KERNEL.runs(finder, (*finder._tables[:8], ["hilsen"], *finder._tables[9:]), "Jens Hansen", heads, True)
    for where, junk in [(9, ["med venlig hilsen"]), (10, [" mvh"]), (11, (b"mvh,",)), (12, None)]:
        with pytest.raises(TypeError):  # sign-offs a set, tails and heads tuples of str, stripped characters a str
            KERNEL.runs(finder, (*finder._tables[:where], junk, *finder._tables[where + 1 :]), "Jens", heads, True)
    with pytest.raises(AttributeError):  # a run opening a line after a sign-off looks in heads.above
        KERNEL.runs(finder, finder._tables, "Mvh\nJens Hansen", {}, True)
    with pytest.raises(ValueError):
        KERNEL.line(finder, finder._tables, "Jens", 5, False)

    class Raising(FallbackNameFinder):
        def _first_word_salutes(self, first: str) -> bool:
            raise RuntimeError("boom")

    raising = Raising()
    with pytest.raises(RuntimeError):
        KERNEL.runs(raising, raising._tables, "hej Jens Hansen", fallback._Lines(False), False)

    class Junk(FallbackNameFinder):
        def _token(self, token: str) -> Any:
            return ("not", "a")

    junk = Junk()
    with pytest.raises(TypeError):
        KERNEL.runs(junk, junk._tables, "hej Jens", fallback._Lines(False), False)
    heads = fallback._Lines(False)
    heads[0] = ("not", "a", "line")  # a line entry of another shape
    with pytest.raises(TypeError):
        KERNEL.runs(finder, finder._tables, "hej Jens Hansen", heads, False)

    class Dropping(FallbackNameFinder):
        """Empties its memo tables while the C pass holds them."""

        def _word_cue(self, word: str) -> int:
            for table in self._tables[:5]:
                if isinstance(table, dict):
                    table.clear()
            return super()._word_cue(word)

    dropping, pure = Dropping(), FallbackNameFinder(fast_path="off")
    sample = "Vi mødte direktør Jens Hansen og hr. Per Holm i går. " * 50
    assert dropping.find(sample) == pure.find(sample)


@needs_compiled
def test_any_in_is_any_word_in_the_text_on_hostile_strings() -> None:
    def want(text: str, words: tuple[str, ...]) -> bool:
        return any(map(text.__contains__, words))

    big = "a" * 3_000_000 + "\x00hilsen\ud800" + "\U0001f600" * 3
    texts = ["", "a", "\x00", "\ud800", "\udfff\ud800", "x\U0001f600y", "ÆØÅ æøå ß", "med venlig hilsen", big, big[:-3]]
    word_sets: list[tuple[str, ...]] = [
        (),
        ("",),
        ("hilsen",),
        ("\x00",),
        ("\ud800",),
        ("\U0001f600",),
        ("\U0001f600y",),
        ("æø", "å æ", "ß"),
        ("a" * 3_000_001,),
        (*(f"w{i}" for i in range(100)), "hilsen"),  # more words than the one-pass table holds
        tuple(f"w{i}" for i in range(100)),
        ("zz", "a\x00h", "x"),
        ("ab", "a\u0101"),  # a second character past Latin-1: no second-character filter for "a"
        ("ab",),  # "a" at the text's end has no second character
        ("kh", "vh", "k"),  # a one-character word among longer ones of the same first character
    ]
    texts += ["enda", "a\u0101b", "xa\u0101", "ka", "\u0101ab", "k"]
    for sample in texts:
        for words in word_sets:
            assert KERNEL.any_in(sample, words) is want(sample, words), (sample[:40], words[:3])
    with pytest.raises(TypeError):
        KERNEL.any_in(b"hilsen", ("hilsen",))
    with pytest.raises(TypeError):
        KERNEL.any_in("hilsen", ["hilsen"])
    with pytest.raises(TypeError):
        KERNEL.any_in("hilsen", ("hilsen", 5))
    with pytest.raises(TypeError):
        KERNEL.any_in("hilsen")


@needs_compiled
def test_folded_any_in_is_any_word_in_the_case_folded_text_on_hostile_strings() -> None:
    """``folded_any_in`` answers as ``any(w in text.casefold() ...)`` per word set, for every Latin-1 text
    without "ß" or "µ" (whose folds are not one Latin-1 character); other texts are left to Python (None)."""

    def want(text: str, words: tuple[str, ...]) -> bool:
        folded = text.casefold()
        return any(w in folded for w in words)

    latin = [chr(c) for c in range(256) if chr(c) not in "ßµ"]
    for ch in latin:  # every character folds as str.casefold folds it
        assert KERNEL.folded_any_in(ch * 3, (ch.casefold() * 2,), (ch,)) == (True, want(ch * 3, (ch,))), repr(ch)
    rng = random.Random(23)
    alphabet = [*"aAbBkKsStTåÅøØæÆäÄöÖéÉ \n\t,.:", "\x00", "\xff", "\xde", "\xfe", "\xd7", "\xf7"]
    words_pool = ["hilsen", "mvh", "kh", "k", "å", "øst", "rum", "sal", "a\x00", "\xfeb", "\xf7", "", "ÿ"]
    for _ in range(4000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        words = tuple(rng.sample(words_pool, rng.randint(0, 4)))
        more = tuple(rng.sample(words_pool, rng.randint(0, 4)))
        assert KERNEL.folded_any_in(sample, words, more) == (want(sample, words), want(sample, more)), (sample, words)
    big = "Med Venlig " * 300_000 + "HILSEN"
    many = tuple(f"w{i}" for i in range(150))
    cases = [
        (big, ("hilsen",), ("venlig hilsen",)),
        (big[:-1], ("hilsen",), ()),
        ("x", ("xy",), ("x", "a" * 10)),  # a word longer than the text
        ("Åse", ("\u0101se",), ("\U0001f600",)),  # words past Latin-1 stand in no Latin-1 text
        ("W149 w3", many, (*many, "w3")),  # more words than one table holds
        ("w1", (*many[2:], "zz"), ()),
        ("", ("",), ("a",)),
    ]
    for sample, words, more in cases:
        assert KERNEL.folded_any_in(sample, words, more) == (want(sample, words), want(sample, more)), sample[:20]
    for left in ("Straße", "5 µg", "Jens – Hansen", "\u0130stanbul", "\u212aelvin", "\U0001f600"):
        assert KERNEL.folded_any_in(left, ("s",), ()) is None
    with pytest.raises(TypeError):
        KERNEL.folded_any_in(b"hilsen", ("hilsen",), ())
    with pytest.raises(TypeError):
        KERNEL.folded_any_in("hilsen", ["hilsen"], ())
    with pytest.raises(TypeError):
        KERNEL.folded_any_in("hilsen", ("hilsen", 5), ())
    with pytest.raises(TypeError):
        KERNEL.folded_any_in("hilsen", ("hilsen",))


@needs_compiled
def test_caps_pair_is_the_pure_check_on_hostile_strings() -> None:
    samples = ["", ":", "AB", "AB ", "AB CD", "AB\tCD", "AB  C", "A B CD", ":CD", ": \t ÅS", ":Å", "ÅSA LINDQVIST"]
    samples += ["\x00AB CD", "AB\x00CD", "\ud800AB CD\udfff", "\U0001f600: ŁÓ", "ǅǅ ǅǅ", "ΩΩ ΩΩ", "ẞẞ ẞẞ", "AB\u00a0CD"]
    samples += ["ab " * 2_000_000 + "XY ZW", "ab " * 2_000_000, ":" * 3_000_000, "AB" * 1_500_000]
    for sample in samples:
        assert KERNEL.caps_pair(sample) is fallback._has_caps_pair(sample), sample[:40]
    with pytest.raises(TypeError):
        KERNEL.caps_pair(b"AB CD")
    with pytest.raises(TypeError):
        KERNEL.caps_pair()


@needs_compiled
def test_person_makes_the_dataclass_finding() -> None:
    from pii_scanner.core.model import Explanation, Finding

    explanation = Explanation(recognizer="ner_fallback", pattern="first+name", context=("field",))
    for value in ("Jens Hansen", "", "\x00", "\ud800", "\U0001f600" * 4, "Å" * 1_000_000):
        made = KERNEL.person(Finding, 3, 9, 0.75, value, value.upper(), explanation)
        want = Finding("PERSON", 3, 9, 0.75, value, value.upper(), explanation)
        assert type(made) is Finding and made == want and hash(made) == hash(want)
        assert (made.subtype, made.part) == (None, None)
        with pytest.raises(AttributeError):  # still frozen
            made.start = 4  # type: ignore[misc]
    assert repr(KERNEL.person(Finding, 0, 4, 0.6, "Jens", "Jens", explanation)) == repr(
        Finding("PERSON", 0, 4, 0.6, "Jens", "Jens", explanation)
    )
    import pickle

    made = KERNEL.person(Finding, 0, 4, 0.6, "Jens", "Jens", explanation)
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(TypeError):
        KERNEL.person(Finding, 0, 4, 0.6, "Jens", "Jens")
    with pytest.raises(TypeError):
        KERNEL.person("Finding", 0, 4, 0.6, "Jens", "Jens", explanation)
    with pytest.raises(AttributeError):  # a class without these fields
        KERNEL.person(Explanation, 0, 4, 0.6, "Jens", "Jens", explanation)

    class Slotless:
        __slots__ = ()

    with pytest.raises(AttributeError):
        KERNEL.person(Slotless, 0, 4, 0.6, "Jens", "Jens", explanation)


def test_the_compiled_maker_is_used_only_for_the_finding_class_it_was_written_for() -> None:
    """A field added to ``Finding`` (or a ``__post_init__``) makes the dataclass build every finding again."""
    from pii_scanner.core.model import Explanation, Finding

    assert name_kernel._plain_finding_class()
    maker = name_kernel.person_maker(KERNEL)
    explanation = Explanation(recognizer="ner_fallback", pattern="x")
    assert maker(0, 4, 0.6, "Jens", "Jens", explanation) == Finding("PERSON", 0, 4, 0.6, "Jens", "Jens", explanation)
    pure = name_kernel.person_maker(None)
    assert pure(0, 4, 0.6, "Jens", "Jens", explanation) == Finding("PERSON", 0, 4, 0.6, "Jens", "Jens", explanation)
    original = name_kernel._FIELDS
    try:
        name_kernel._FIELDS = (*original, "extra")
        assert not name_kernel._plain_finding_class()
        assert name_kernel.person_maker(KERNEL).func is Finding  # type: ignore[attr-defined]
    finally:
        name_kernel._FIELDS = original


@needs_compiled
def test_kernel_fuzz_under_python_dev_mode() -> None:
    """The run pass under ``python -X dev`` (debug hooks on the memory allocators, warnings as errors)."""
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-m", "tests.detect.ner.names_kernel_fuzz", "3000"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=_env(),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


@needs_compiled
def test_fuzz_under_address_sanitizer(tmp_path: Path) -> None:
    """The C source built with AddressSanitizer and UndefinedBehaviorSanitizer, then fuzzed against the
    pure pass: any read or write out of bounds, use after free or undefined arithmetic aborts the run."""
    from tests.detect.test_fastpath import _sanitizer_libraries

    libraries = _sanitizer_libraries()
    if libraries is None:
        pytest.skip("gcc with libasan/libubsan is not installed (./run installs gcc)")
    include = sysconfig.get_paths()["include"]
    target = tmp_path / f"pii_scanner_names{sysconfig.get_config_var('EXT_SUFFIX')}"
    flags = ["-shared", "-fPIC", "-g", "-O1", "-fno-omit-frame-pointer", "-fsanitize=address,undefined"]
    define = f'-DNAMES_SOURCE="{name_kernel._SOURCE}"'  # the tested source: the build is selected
    built = subprocess.run(
        ["gcc", *flags, f"-I{include}", define, str(ROOT / "native" / "pii_scanner_names.c"), "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    env = {
        **os.environ,
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}",
        "LD_PRELOAD": ":".join(libraries),
        "PYTHONMALLOC": "malloc",
        "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=1",
        "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1",
    }
    check_path = "import pii_scanner_names as n; print(n.__file__)"
    where = subprocess.run(
        [sys.executable, "-P", "-c", check_path], capture_output=True, text=True, env=env, timeout=120
    )
    assert where.stdout.strip() == str(target), where.stderr
    done = subprocess.run(
        [sys.executable, "-P", "-m", "tests.detect.ner.names_kernel_fuzz", "1500"],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


def test_without_the_extension_names_are_found_in_pure_python() -> None:
    """Where the module cannot be imported (not built, Windows without a compiler) the pure pass runs."""
    script = (
        "import sys; sys.modules['pii_scanner_names'] = None\n"  # makes the import fail
        "from pii_scanner.detect.ner import name_kernel\n"
        "from pii_scanner.detect.ner.fallback import FallbackNameFinder\n"
        "assert name_kernel.compiled() is None and not FallbackNameFinder().compiled\n"
        "print(len(FallbackNameFinder().find('Kære Jens Hansen. Med venlig hilsen Åsa Lindqvist')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=_env())
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == 2


def test_the_fuzz_pieces_reach_the_rare_branches() -> None:
    """The fuzz texts hold what sends the C pass back into the finder's rules."""
    joined = "".join(PIECES)
    for needle in ("Med venlig hilsen", "JH/", "<jens@", "(45)", "(formand)", "c/o", "Navn:", "\ud800", "\x00"):
        assert needle in joined


def test_scan_verbose_names_the_run_pass(tmp_path: Path) -> None:
    sample = tmp_path / "a.txt"
    sample.write_text("Kære Jens Hansen. Med venlig hilsen Åsa Lindqvist\n", encoding="utf-8")
    for pure, expected in (("1", "pure Python"), ("", "compiled" if KERNEL is not None else "pure Python")):
        env = {**_env(), "PII_SCANNER_PURE_PYTHON": pure, "PII_SCANNER_KEY": "k" * 32}
        done = subprocess.run(
            [sys.executable, "-m", "pii_scanner", "scan", "--verbose", "--workers", "1", str(sample)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        assert f'"run_pass": "{expected}"' in done.stderr
