"""The compiled fast path gives exactly the pure-Python answers, and is chosen as configured.

The kernel functions are compared one by one on random and hostile text (every separator form,
non-BMP characters, combining marks, NUL, lone surrogates as surrogateescape leaves them, huge
inputs), then whole engines on a multi-megabyte generated corpus and on the golden table. The
comparisons need the extension (``pip install ./native``, done by ``./run setup``); without it
they are skipped with the reason, and the pure path is what runs.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pii_scanner.core.config import DetectConfig, config_from_dict
from pii_scanner.core.errors import ConfigError
from pii_scanner.detect import Engine, fastpath
from pii_scanner.detect.rules import load_rules
from tests.detect import engine_corpus

ROOT = Path(__file__).resolve().parents[2]
COMPILED = fastpath.compiled_kernel()
# In CI (./run builds the extension) a missing or stale build must fail these tests, not skip them.
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")
needs_compiled = pytest.mark.skipif(
    COMPILED is None and not IN_CI,
    reason="the compiled kernel is not installed or is a stale build (pip install ./native; ./run setup does it)",
)


def _native_files() -> list[Path]:
    folder = ROOT / "native"
    extra = [*folder.glob("native_*.c"), *folder.glob("native_*.h")]
    return sorted([folder / "pii_scanner_native.c", *extra], key=lambda p: p.name)


def test_the_kernel_source_hash_is_the_c_files() -> None:
    """A build is used only when its source hash is this one (see fastpath._SOURCE): changing the C
    file means updating the hash here, and a stale installed build then falls back to pure Python."""
    import hashlib

    # As native/setup.py: pii_scanner_native.c and every native_*.c/.h, by name, line endings normalised.
    digest = hashlib.sha256()
    for path in _native_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    assert digest.hexdigest()[:16] == fastpath._SOURCE


def test_in_ci_the_compiled_kernel_is_installed() -> None:
    if not IN_CI:
        pytest.skip("only in CI, where ./run builds native/ (set CI=true)")
    assert COMPILED is not None, "CI must build and install native/ (./run setup): the fast-path tests need it"


# Characters that steer the kernels, and characters that stress them.
_STEERING = "0123456789" * 3 + "-+ .!?\n\t>/:w#=&;|(,_" + "ABCÆØÅÄÖabcæøåäöé" + "\u00a0\u202f\u2010\u2013\u2212"
# What the engine reads before the kernels run: invisible characters, typeset spaces, full-width digits
_STEERING += "\u00ad\u200b\u2060\ufeff\ufffe\u2007\u2009０７－"
_HOSTILE = [
    "\x00",
    "\r",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u3000",  # whitespace to Python's \s
    "\u0301",
    "\u0308",  # combining marks
    "\U0001f600",
    "\U0001d7d8",  # non-BMP: an emoji, a mathematical digit (a decimal to \d)
    "\udc80",
    "\udcff",
    "\ud800",  # lone surrogates (surrogateescape of undecodable bytes)
    "\u0660",
    "\u0663",  # Arabic-Indic digits
    "İ",  # lower case is longer
    "www.",
    "://",
    ". A",
    ".  Ø",
    "\n\n",
    "\n \t\n",
]


def _random_text(rng: random.Random, size: int) -> str:
    out: list[str] = []
    while len(out) < size:
        roll = rng.random()
        if roll < 0.08:
            out.append(rng.choice(_HOSTILE))
        elif roll < 0.12:
            out.append(rng.choice(("010190-1234", "0707614285", "811218-9876", "131052-308T", "120174-3399")))
        else:
            out.append(rng.choice(_STEERING))
    return "".join(out)


def _ten_like(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(10))
    if rng.random() < 0.5:
        digits = f"{rng.randint(1, 31):02d}{rng.randint(1, 12):02d}" + digits[4:]
    form = rng.randrange(6)
    if form == 0:
        return digits
    if form == 1:
        return digits[:6] + rng.choice("-+ ") + digits[6:]
    if form == 2:
        return digits[:4] + " " + digits[4:6] + rng.choice(("-", " - ", "")) + digits[6:]
    if form == 3:
        return digits[:6] + rng.choice(_HOSTILE + list("xX/.")) + digits[6:]
    if form == 4:
        return "".join(rng.choice(("", " ")) + d for d in digits).strip()
    return rng.choice(("\u0660", "\U0001d7d8")) + digits[1:]


@needs_compiled
def test_kernel_functions_equal_on_random_and_hostile_text() -> None:
    assert COMPILED is not None
    rng = random.Random(20261130)
    for _ in range(400):
        text = _random_text(rng, rng.randrange(0, 300))
        n = len(text)
        for _ in range(20):
            start = rng.randrange(0, n + 1)
            end = rng.randrange(start, n + 1)
            window = rng.choice((0, 1, 5, 40, 120, 10_000, sys.maxsize))
            assert COMPILED.windows(text, start, end, window) == fastpath.windows(text, start, end, window)
            assert COMPILED.url_or_path(text, start) == fastpath.url_or_path(text, start), (text, start)
            assert COMPILED.name_before(text, start) == fastpath.name_before(text, start), (text, start)
            assert COMPILED.line_bounds(text, start) == fastpath.line_bounds(text, start), (text, start)
    for _ in range(20_000):
        raw = _ten_like(rng)
        got = COMPILED.ten_facts(raw)
        if got is not None:  # None: left to Python (non-ASCII), which always answers
            assert got == fastpath.ten_facts(raw), raw
        elif sum(ch.isdigit() for ch in raw) == 10 and raw.isascii() and len(raw) <= 64:
            pytest.fail(f"the compiled kernel declined a plain ten-digit text: {raw!r}")


@needs_compiled
def test_ten_readers_equal_on_every_date_shape_separator_and_day() -> None:
    """The compiled reader of ten-digit candidates gives the pure reader's readings (the identifier
    modules' parsers and the rules' scores): every date shape (day + 40/60, 29 February, month 0/13),
    every separator, every mask, a leap day, the end of a century, a far past and a far future today."""
    assert COMPILED is not None
    import datetime

    rules = load_rules()
    scores = [rules.score(entity, key) for entity, key in fastpath.TEN_SCORE_KEYS]
    rng = random.Random(31)
    found = 0
    days = (1, 9, 28, 29, 30, 31, 32, 41, 60, 61, 69, 71, 89, 90, 91, 92, 0)
    for today in (
        datetime.date(2026, 6, 1),
        datetime.date(2024, 2, 29),
        datetime.date(2000, 1, 1),
        datetime.date(2099, 12, 31),
        datetime.date(150, 3, 3),
        datetime.date(9999, 12, 31),
    ):
        exempt = rules.mod11_exempt_dates | {datetime.date(2003, 1, 1)}
        compiled, pure = COMPILED.ten_reader(today, exempt, scores), fastpath.TenReader(today, exempt, scores)
        for _ in range(25_000):
            day, month = rng.choice(days), rng.choice((0, 1, 2, 9, 10, 12, 13, rng.randrange(1, 13)))
            digits = f"{day % 100:02d}{month:02d}" + "".join(rng.choice("0123456789") for _ in range(6))
            if rng.random() < 0.3:
                digits = digits[:4] + f"{rng.choice(days) % 100:02d}" + digits[6:]  # a YYMMDD day too
            sep = rng.choice(("", "-", "+", " ", "ocr"))
            mask = rng.randrange(16)
            got = compiled.read(digits, sep, mask)
            assert got == pure.read(digits, sep, mask), (today, digits, sep, mask)
            found += len(got or ())
    assert found > 20_000
    # Digits it does not handle are left to Python; bad arguments raise cleanly.
    reader = COMPILED.ten_reader(datetime.date(2026, 6, 1), (), scores)
    assert reader.read("\u0660" * 10, "", 15) is None
    assert reader.read("070761428", "", 15) is None
    assert reader.read("07076142850", "", 15) is None
    assert reader.read("0707614285" * 2_000_000, "-", 15) is None
    with pytest.raises(TypeError):
        reader.read(b"0707614285", "", 15)  # type: ignore[arg-type]
    with pytest.raises(OverflowError):
        reader.read("0707614285", "", 1 << 80)
    with pytest.raises(TypeError):
        COMPILED.ten_reader("2026-06-01", (), scores)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        COMPILED.ten_reader(datetime.date(2026, 6, 1), (), scores[:3])
    with pytest.raises(TypeError):
        COMPILED.ten_reader(datetime.date(2026, 6, 1), [None], scores)  # type: ignore[list-item]


@needs_compiled
def test_word_tries_find_what_the_context_regexes_find() -> None:
    """Every entity's compiled context-word trie gives the matches (span and positive/negative group)
    of its regex on windows of whole, cut, glued and hostile words; the any-entity trie answers as
    ``Rules.any_context``."""
    assert COMPILED is not None and COMPILED.word_trie is not None
    rules = load_rules()
    rng = random.Random(17)
    compared = 0
    every = [w.rstrip("*") for w in rules.any_context_words]
    for entity, words in rules.context.items():
        if words.both is None:
            continue
        trie = COMPILED.word_trie(*words.words)
        vocab = [w.rstrip("*") for ws in words.words for w in ws]
        pieces = [*vocab, *rng.sample(every, 20), " ", "-", ".", ":", "x", "é", "_", "1", "\n", "s", "nr", *_HOSTILE]
        for _ in range(1500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
            expected = [(m.start(), m.end(), m.lastgroup == "p") for m in words.both.finditer(text)]
            assert trie.find_all(text) == expected, (entity, text)
            assert trie.search(text) == bool(expected)
            compared += len(expected)
    assert compared > 2000
    assert rules.any_context is not None
    anything = COMPILED.word_trie(rules.any_context_words, ())
    for _ in range(5000):
        text = "".join(rng.choice([*every, " ", "-", "x", "_", *_HOSTILE]) for _ in range(rng.randrange(0, 6)))
        assert anything.search(text) == (rules.any_context.search(text) is not None), text


@needs_compiled
def test_compiled_context_weighs_words_as_the_pure_twin() -> None:
    """``WordTrie.context`` (the words of a span found and weighed in one call) gives
    ``fastpath.context_of`` over the rules' regex matches: every entity, positive and negative words
    near and far, words labelling a value of their own ("tlf. +45 ..."), language-bound words with
    every row language (and no hint), hostile characters; the hint is asked at most once."""
    assert COMPILED is not None and COMPILED.word_trie is not None
    from pii_scanner.detect.recognizers.base import attached

    rules = load_rules()
    rng = random.Random(23)
    every = [w.rstrip("*") for w in rules.any_context_words]
    steering = [" ", "  ", "-", ".", ":", ": ", "x", "_", "1", "\n", "nr", "nr. ", "nummer", "no", " +45 1", "(1"]
    steering += ["Jens Hansen", "\t", "Ordre", "0707614285, ", " og ", "++1", "nummer.:\t+(7", "no.\u0663"]
    found = 0
    for entity, words in rules.context.items():
        if words.both is None:
            continue
        trie = COMPILED.word_trie(*words.words)
        both = words.both

        def regex(text: str, both: re.Pattern[str] = both) -> list[tuple[int, int, bool]]:
            return [(m.start(), m.end(), m.lastgroup == "p") for m in both.finditer(text)]

        pieces = [*every, *steering, *_HOSTILE]
        for _ in range(1500):
            before = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
            after = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
            low_before, low_after = before.lower(), after.lower()
            if len(low_before) != len(before) or len(low_after) != len(after):
                continue  # the any-case path: regexes only
            lang = rng.choice((None, "da", "sv", "nb", "fi", "is"))
            asked: list[int] = []

            def hint(lang: str | None = lang, asked: list[int] = asked) -> str | None:
                asked.append(1)
                return lang

            ask = None if rng.random() < 0.2 else hint
            args = (before, after, low_before, low_after, words.languages, rules.negative_in, ask, attached)
            got = trie.context(*args)
            assert len(asked) <= 1
            assert got == fastpath.context_of(regex, *args), (entity, before, after, lang)
            found += got is not None
    assert found > 3000
    trie = COMPILED.word_trie(["cpr"], ["ordre"])
    good = ("cpr ", "", "cpr ", "", {}, {}, None, attached)
    assert trie.context(*good) == (("cpr",), (), False)
    for k, bad in ((0, b"cpr "), (2, "cp"), (4, None), (5, []), (6, 3), (7, None)):
        with pytest.raises((TypeError, ValueError)):
            trie.context(*good[:k], bad, *good[k + 1 :])
    with pytest.raises(TypeError):
        trie.context(*good[:7])

    def broken(gap: str) -> bool:
        raise RuntimeError("attached failed")

    with pytest.raises(RuntimeError):
        trie.context("ordre ", "", "ordre ", "", {}, {}, None, broken)  # an error in a callback is raised
    huge = "cpr " * 2_000_000
    assert trie.context(huge, huge, huge, huge, {}, {}, None, attached) == (("cpr",), (), False)


@needs_compiled
def test_kernel_functions_equal_on_long_lines_and_huge_input() -> None:
    assert COMPILED is not None
    # Lines longer than the 400-character limit, runs of sentence marks and spaces, a 20 MB text.
    for text in ("a" * 1000, "\n" * 1000, ". " * 600 + "A", "x" * 450 + "\n" + "y" * 450, "\U0001f600" * 900):
        for pos in (0, 1, 399, 400, 401, 450, 451, len(text) - 1, len(text)):
            pos = min(pos, len(text))
            assert COMPILED.line_bounds(text, pos) == fastpath.line_bounds(text, pos)
            assert COMPILED.windows(text, pos, pos, 500) == fastpath.windows(text, pos, pos, 500)
            assert COMPILED.url_or_path(text, pos) == fastpath.url_or_path(text, pos)
    huge = ("Tekst. Ø " * 2_300_000)[:20_000_000]
    for pos in (0, 10_000_000, len(huge)):
        assert COMPILED.windows(huge, pos, pos, 1 << 40) == fastpath.windows(huge, pos, pos, 1 << 40)
        assert COMPILED.line_bounds(huge, pos) == fastpath.line_bounds(huge, pos)


@needs_compiled
def test_kernel_refuses_bad_arguments_cleanly() -> None:
    assert COMPILED is not None
    with pytest.raises(TypeError):
        COMPILED.windows(b"bytes", 0, 0, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        COMPILED.windows("abc", 2, 1, 1)
    with pytest.raises(ValueError):
        COMPILED.windows("abc", 0, 4, 1)
    with pytest.raises(ValueError):
        COMPILED.url_or_path("abc", -1)
    with pytest.raises(ValueError):
        COMPILED.line_bounds("abc", 4)
    with pytest.raises(OverflowError):
        COMPILED.name_before("abc", 1 << 80)
    with pytest.raises(TypeError):
        COMPILED.ten_facts(None)  # type: ignore[arg-type]
    assert COMPILED.ten_facts("0" * 100) is None  # longer than any candidate: left to Python


@needs_compiled
def test_compiled_finding_equals_the_dataclass_constructor() -> None:
    """``finding`` sets the nine fields without the frozen dataclass's ``__init__``: the same Finding
    (equal, same hash and repr, still frozen, pickles), for every string kind and odd values."""
    import pickle

    from pii_scanner.core.model import Explanation, Finding

    assert COMPILED is not None
    explanation = Explanation(recognizer="NationalIdRecognizer", pattern="ten_digits", context=("cpr",))
    for value in ("0707614285", "", "\x00", "\ud800", "\U0001f600" * 4, "Å" * 1_000_000):
        for subtype, part in ((None, None), ("samordningsnummer", "body"), (value, value)):
            args = ("DK_CPR", 3, 13, 0.85, value, value[::-1], explanation, subtype, part)
            made = COMPILED.finding(Finding, *args)
            want = fastpath.finding(Finding, *args)
            assert type(made) is Finding and made == want and hash(made) == hash(want)
            assert len(value) > 1000 or repr(made) == repr(want)
            assert pickle.loads(pickle.dumps(made)) == want
            with pytest.raises(AttributeError):  # still frozen
                made.start = 4  # type: ignore[misc]
    with pytest.raises(TypeError):
        COMPILED.finding(Finding, "DK_CPR", 0, 1, 0.5, "v", "v", explanation, None)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        COMPILED.finding("Finding", "DK_CPR", 0, 1, 0.5, "v", "v", explanation, None, None)  # type: ignore[arg-type]
    for cls in (memoryview, ValueError, dict, int):
        with pytest.raises(TypeError):
            COMPILED.finding(cls, "DK_CPR", 0, 1, 0.5, "v", "v", explanation, None, None)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):  # a class without these fields
        COMPILED.finding(Explanation, "DK_CPR", 0, 1, 0.5, "v", "v", explanation, None, None)  # type: ignore[arg-type]


def test_the_compiled_finding_is_used_only_for_the_class_it_was_written_for() -> None:
    """A field added to ``Finding`` (or a ``__post_init__``) makes the dataclass build every finding again."""
    import dataclasses

    from pii_scanner.core.model import Finding

    assert tuple(f.name for f in dataclasses.fields(Finding)) == fastpath.FINDING_FIELDS
    assert fastpath._plain_finding_class()
    assert fastpath.PURE.finding is fastpath.finding
    if COMPILED is not None:
        assert COMPILED.finding is not fastpath.finding
    original = fastpath.FINDING_FIELDS
    try:
        fastpath.FINDING_FIELDS = (*original, "extra")
        assert not fastpath._plain_finding_class()
        if COMPILED is not None:
            assert fastpath.compiled_kernel().finding is fastpath.finding  # type: ignore[union-attr]
    finally:
        fastpath.FINDING_FIELDS = original


def _pair(min_score: float) -> tuple[dict[str, Engine], dict[str, Engine]]:
    pure, compiled = engine_corpus.engines(min_score), engine_corpus.engines(min_score)
    for engine in pure.values():
        engine.kernel = fastpath.PURE
    for engine in compiled.values():
        assert COMPILED is not None
        engine.kernel = COMPILED
    return pure, compiled


def _hostile_corpus(size: int) -> list[tuple[str, bool, str | None]]:
    """The stress corpus with hostile characters dropped in between its lines."""
    rng = random.Random(7)
    out = []
    for text, ocr, lang in engine_corpus.make_corpus(seed=11, size=size, piece=40_000):
        lines = text.split("\n")
        for _ in range(len(lines) // 6):
            k = rng.randrange(len(lines))
            lines[k] = lines[k] + rng.choice(_HOSTILE) + rng.choice(("", " 0707614285", " 811218-9876."))
        out.append(("\n".join(lines), ocr, lang))
    return out


def _large_corpus() -> list[tuple[str, bool, str | None]]:
    corpus = engine_corpus.make_corpus(seed=20261201, size=2_000_000, piece=60_000) + _hostile_corpus(1_000_000)
    assert sum(len(t) for t, _, _ in corpus) > 2_900_000
    return corpus


def _large_corpus_lines(side: str) -> list[str]:
    pure, compiled = _pair(0.0)
    # "ids": every national identifier, e-mail, phone, IBAN and card, every score (threshold 0).
    engine = (pure if side == "pure" else compiled)["ids"]
    return list(engine_corpus.findings_lines(_large_corpus(), {"ids": engine}))


@needs_compiled
def test_engines_find_the_same_on_a_large_corpus() -> None:
    """Every field of every finding, both kernels, on ~3 MB of generated text with hard negatives,
    every separator form, OCR text, tables and hostile characters."""
    expected, got = engine_corpus.both_sides(_large_corpus_lines, "pure", "compiled")
    assert len(expected) > 10_000
    assert got == expected


@needs_compiled
def test_golden_table_holds_on_both_kernels() -> None:
    expected = engine_corpus.GOLDEN.read_text(encoding="utf-8").splitlines()
    corpus = engine_corpus.make_corpus(seed=7, size=60_000, piece=8_000)
    for kernel in (fastpath.PURE, COMPILED):
        at_zero, normal = engine_corpus.engines(0.0), engine_corpus.engines(0.5)
        configs = {"ids@0": at_zero["ids"], "six": normal["six"], "se_only": normal["se_only"]}
        for engine in configs.values():
            assert kernel is not None
            engine.kernel = kernel
        assert list(engine_corpus.findings_lines(corpus, configs)) == expected


@needs_compiled
def test_kernel_fuzz_under_python_dev_mode() -> None:
    """The kernels under ``python -X dev`` (debug hooks on the memory allocators, warnings as
    errors): random text of every string kind, every offset, bad arguments, a 50 MB string."""
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-m", "tests.detect.fastpath_fuzz", "3000"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def _sanitizer_libraries() -> list[str] | None:
    gcc = shutil.which("gcc")
    if gcc is None:
        return None
    found = []
    for name in ("libasan.so", "libubsan.so"):
        path = subprocess.run([gcc, f"-print-file-name={name}"], capture_output=True, text=True).stdout.strip()
        if not Path(path).is_file():
            return None
        found.append(path)
    return found


def test_kernel_fuzz_under_address_sanitizer(tmp_path: Path) -> None:
    """The C source built with AddressSanitizer and UndefinedBehaviorSanitizer, then fuzzed: any read
    or write out of bounds, use after free or undefined arithmetic aborts the run."""
    libraries = _sanitizer_libraries()
    if libraries is None:
        pytest.skip("gcc with libasan/libubsan is not installed (./run installs gcc)")
    include = sysconfig.get_paths()["include"]
    target = tmp_path / f"pii_scanner_native{sysconfig.get_config_var('EXT_SUFFIX')}"
    flags = ["-shared", "-fPIC", "-g", "-O1", "-fno-omit-frame-pointer", "-fsanitize=address,undefined"]
    built = subprocess.run(
        ["gcc", *flags, f"-I{include}", *(str(p) for p in _native_files() if p.suffix == ".c"), "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    env = {
        **os.environ,
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}",
        "LD_PRELOAD": ":".join(libraries),
        "PYTHONMALLOC": "malloc",  # one malloc per object, so that ASan sees each string's bounds
        "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=1",
        "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1",
    }
    check = "import pii_scanner_native as n; print(n.__file__)"
    where = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, timeout=120)
    assert where.stdout.strip() == str(target), where.stderr  # the sanitized build, not the installed one
    done = subprocess.run(
        [sys.executable, "-m", "tests.detect.fastpath_fuzz", "2000"],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


# --- selection (runs with or without the extension) ---------------------------------------------
def test_selection_follows_setting_and_environment() -> None:
    assert fastpath.select("off", {}) is fastpath.PURE
    assert fastpath.select("auto", {fastpath.PURE_ENV: "1"}) is fastpath.PURE
    auto = fastpath.select("auto", {fastpath.PURE_ENV: "0"})
    assert auto.compiled == fastpath.available()
    assert Engine(DetectConfig(entities=("DK_CPR",), fast_path="off")).kernel is fastpath.PURE


def test_bad_fast_path_setting_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="fast_path"):
        DetectConfig(fast_path="fast")
    with pytest.raises(ConfigError, match="fast_path"):
        config_from_dict({"detect": {"fast_path": "on"}})
    assert config_from_dict({"detect": {"fast_path": "off"}}).detect.fast_path == "off"


def test_scan_verbose_names_the_path_that_ran(tmp_path: Path) -> None:
    sample = tmp_path / "a.txt"
    sample.write_text("CPR 070761-4285\n", encoding="utf-8")
    for pure, expected in (("1", "pure Python"), ("", "compiled" if fastpath.available() else "pure Python")):
        env = {**os.environ, fastpath.PURE_ENV: pure, "PII_SCANNER_KEY": "k" * 32}
        done = subprocess.run(
            [sys.executable, "-m", "pii_scanner", "scan", "--verbose", "--no-ner", "--workers", "1", str(sample)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        assert f'"fast_path": "{expected}"' in done.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('[scan.detect]\nfast_path = "fast"\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", "--config", str(bad), str(sample)],
        capture_output=True,
        text=True,
        env={**os.environ, "PII_SCANNER_KEY": "k" * 32},
        timeout=120,
    )
    assert done.returncode == 2
    assert "fast_path" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_without_the_extension_detection_runs_in_pure_python() -> None:
    """Where the extension cannot be imported (not built, Windows without a compiler), the engine
    selects the pure kernel and finds the same."""
    script = (
        "import sys; sys.modules['pii_scanner_native'] = None\n"  # makes the import fail
        "from pii_scanner.core.config import DetectConfig\n"
        "from pii_scanner.detect import Engine, fastpath\n"
        "e = Engine(DetectConfig(entities=('DK_CPR', 'SE_PERSONNUMMER')))\n"
        "found = e.detect('CPR-nr. 070761-4285, personnummer 811218-9876.')\n"
        "print(fastpath.available(), e.kernel.name, [(f.entity_type, f.start, f.end) for f in found])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False pure Python [('DK_CPR', 8, 19), ('SE_PERSONNUMMER', 34, 45)]"


def test_an_engine_pickles_and_copies_with_its_kernel() -> None:
    """Engines cross to worker processes and get deep-copied: the compiled tries are rebuilt there."""
    import copy
    import pickle

    engine = Engine(DetectConfig(entities=("DK_CPR", "SE_PERSONNUMMER", "PHONE_NUMBER")))
    text = "CPR-nr. 070761-4285, ordre 0707614285, tlf. +45 12 34 56 78"
    expected = engine.detect(text)
    for other in (pickle.loads(pickle.dumps(engine)), copy.deepcopy(engine)):
        assert other.kernel.name == engine.kernel.name
        assert other.detect(text) == expected
