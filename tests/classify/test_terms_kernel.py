"""The compiled word pass of the term scan (native/pii_scanner_terms.c) gives exactly the pure path's answers."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pii_scanner.classify import term_kernel, terms
from pii_scanner.classify.content import combined_terms
from pii_scanner.classify.special_categories import load_special_categories
from pii_scanner.classify.terms import ItemText, TermSet
from tests.classify.test_terms_scan import ODD_CHARS, TEXTS

ROOT = Path(__file__).resolve().parents[2]
KERNEL = term_kernel.compiled()
# In CI (./run builds native/) a missing or stale build must fail these tests, not skip them.
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")
needs_compiled = pytest.mark.skipif(
    KERNEL is None and not IN_CI,
    reason="the compiled word pass is not installed or is a stale build (pip install ./native; ./run setup does it)",
)


def _sets() -> list[TermSet]:
    sc = load_special_categories()
    return [combined_terms(), sc.cues, sc.terms]


def test_the_source_hash_is_the_c_files() -> None:
    """A build is used only when its source hash is this one: changing the C file means updating
    ``term_kernel._SOURCE``, and a stale installed build then falls back to pure Python."""
    source = (ROOT / "native" / "pii_scanner_terms.c").read_bytes().replace(b"\r\n", b"\n")
    assert hashlib.sha256(source).hexdigest()[:16] == term_kernel._SOURCE


def test_in_ci_the_compiled_pass_is_installed() -> None:
    if not IN_CI:
        pytest.skip("only in CI, where ./run builds native/ (set CI=true)")
    assert KERNEL is not None, "CI must build and install native/ (./run setup): these tests need it"


@needs_compiled
def test_selection_follows_the_fast_path_switches() -> None:
    assert term_kernel.select("auto", {}) is KERNEL
    assert term_kernel.select("off", {}) is None
    assert term_kernel.select("auto", {"PII_SCANNER_PURE_PYTHON": "1"}) is None
    assert term_kernel.select("auto", {"PII_SCANNER_PURE_PYTHON": "0"}) is KERNEL
    with pytest.raises(ValueError):
        term_kernel.select("fast", {})


def _lower(text: str) -> str:
    got = KERNEL.lower(text)
    if "\u0130" in text or "\u03a3" in text:
        assert got is None  # str.lower() decides: a longer result or the final-sigma rule
        return text.lower()
    return str(got)


@needs_compiled
def test_lower_is_str_lower_for_every_character() -> None:
    for lo in range(0, sys.maxunicode + 1, 4096):
        chunk = "".join(chr(c) for c in range(lo, min(lo + 4096, sys.maxunicode + 1)) if c not in (0x130, 0x3A3))
        got = KERNEL.lower(chunk)
        assert got == chunk.lower(), hex(lo)
        assert type(got) is str
    for c in range(0x100):  # one-byte strings take their own path
        assert KERNEL.lower(chr(c) * 3) == (chr(c) * 3).lower(), hex(c)


@needs_compiled
def test_lower_on_mixed_and_hostile_strings() -> None:
    rng = random.Random(4)
    alphabet = ["A", "Æ", "ø", "İ", "Σ", "ς", "ß", "\x00", "\ud800", "\U0001f600", "\U00010400", "Ÿ", "K", "–", " "]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        got = _lower(text)
        assert got == text.lower()
    assert KERNEL.lower("") == ""
    assert KERNEL.lower("ABC") == "abc"
    assert KERNEL.lower("Ÿ") == "ÿ"  # a two-byte capital whose small letter is Latin-1
    big = "ÆBLE og Pære – " * 1_500_000  # ~20 MB
    assert KERNEL.lower(big) == big.lower()
    with pytest.raises(TypeError):
        KERNEL.lower(b"abc")


@needs_compiled
@pytest.mark.parametrize("finds", [40, 10**6], ids=["default", "finds-only"])
def test_scan_is_the_pure_scan(monkeypatch: pytest.MonkeyPatch, finds: int) -> None:
    """The compiled pass equals the pure word-set scan. (Above ``_MAX_FINDS`` first words present the
    pure path takes the trie regex, which gives the same hits except that presence-only terms are not
    cut short; the compiled pass never needs that fallback: ``test_terms_scan`` shows the presence-only
    scan keeps every other hit and every distinct term.)"""
    monkeypatch.setattr(terms, "_SHORT", 0)  # short texts too through the word-set scan
    monkeypatch.setattr(terms, "_MAX_FINDS", finds)
    for ts in _sets():
        for text in TEXTS:
            for once in (frozenset(), frozenset({"doc"})) if finds > 40 else (frozenset(),):
                pure = ts.scan(ItemText(text), once=once)
                assert ts.scan(ItemText(text, KERNEL), once=once) == pure, text[:200]


@needs_compiled
def test_scan_on_random_lexicons_and_hostile_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small random lexicons (stems of every length, exact words, phrases, punctuation, case-sensitive
    terms, words over 64 characters) and texts of their words with odd characters around them."""
    monkeypatch.setattr(terms, "_SHORT", 0)
    monkeypatch.setattr(terms, "_MAX_FINDS", 10**6)
    rng = random.Random(12)
    long_word = "a" * 70
    vocab = [
        "løn",
        "lønseddel",
        "org",
        "org.nr",
        "nr",
        "syg",
        "sygdom",
        "s",
        "ab",
        "abc",
        "æøå",
        long_word,
        long_word + "b",
    ]
    extra = ["\x00", "\ud800", "\U0001f600", "x\u0345", "ı", "İ", "Σ", "_", "Løn", "ABC", "SYGDOMME", long_word * 2]
    for _ in range(80):
        tagged = []
        for _ in range(rng.randrange(1, 12)):
            w = rng.choice(vocab)
            form = rng.random()
            if form < 0.35:
                w = w[: rng.randrange(1, len(w) + 1)] + "*"
            elif form < 0.5:
                w = w + rng.choice([" ", " ~ ", "-"]) + rng.choice(vocab)
            elif form < 0.55:
                w = "=" + w.capitalize()
            tagged.append(((rng.choice(["doc", "cat"]), str(rng.randrange(3))), w))
        ts = TermSet.build(tagged)
        for _ in range(12):
            pieces = []
            for _ in range(rng.randrange(0, 40)):
                pieces += [rng.choice([*vocab, *extra]), rng.choice([" ", ".", "-", "", "\n", *ODD_CHARS])]
            text = "".join(pieces)
            for once in (frozenset(), frozenset({"doc"})):
                assert ts.scan(ItemText(text, KERNEL), once=once) == ts.scan(ItemText(text), once=once), text


@needs_compiled
def test_ends_with_is_any_word_ending() -> None:
    sc = load_special_categories()
    tails = tuple(sc.compound_tail_tags)
    rng = random.Random(9)
    pieces = [
        *tails,
        "lunge",
        "kokain",
        "x",
        "1",
        "_",
        " ",
        "-",
        ".",
        "\n",
        "İ",
        "ı",
        "ſ",
        "K",
        "Æ",
        "\x00",
        "\U0001f600",
    ]
    texts = list(TEXTS[:80])
    for _ in range(2000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10))))
    long_tails = ("b" * 70, "q", "kræft")
    for text in texts:
        for ends in (tails, long_tails, ()):
            assert ItemText(text, KERNEL).ends_with_any(ends) == ItemText(text).ends_with_any(ends), text
    assert ItemText("x" + "b" * 70, KERNEL).ends_with_any(long_tails)
    assert not ItemText("b" * 69, KERNEL).ends_with_any(("b" * 70,))


@needs_compiled
def test_bad_arguments_raise_cleanly() -> None:
    with pytest.raises(TypeError):
        KERNEL.build(["a", 1], [1, 1])
    with pytest.raises(ValueError):
        KERNEL.build(["a"], [1, 2])
    with pytest.raises(TypeError):
        KERNEL.build("ab", [1, 2])
    index = KERNEL.build(["abc", "abc", ""], [KERNEL.EXACT, KERNEL.STEM, KERNEL.EXACT])
    occurrences, vocab, plain = KERNEL.scan("abc abcd", index)
    assert occurrences == [0, 3, 0, 4, 3, 0] and vocab == [] and plain is True  # one entry, flags merged
    with pytest.raises(ValueError):
        KERNEL.ends_with("abc", index)  # a forward index
    with pytest.raises(ValueError):
        KERNEL.scan("abc", KERNEL.build(["c"], [KERNEL.TAIL], reverse=True))
    with pytest.raises((TypeError, ValueError)):
        KERNEL.scan("abc", object())
    with pytest.raises(TypeError):
        KERNEL.scan(b"abc", index)


def test_scan_verbose_names_the_word_pass(tmp_path: Path) -> None:
    sample = tmp_path / "a.txt"
    sample.write_text("Jens er sygemeldt. CPR 070761-4285\n", encoding="utf-8")
    for pure, expected in (("1", "pure Python"), ("", "compiled" if KERNEL is not None else "pure Python")):
        env = {**os.environ, "PII_SCANNER_PURE_PYTHON": pure, "PII_SCANNER_KEY": "k" * 32}
        done = subprocess.run(
            [sys.executable, "-m", "pii_scanner", "scan", "--verbose", "--no-ner", "--workers", "1", str(sample)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        assert f'"word_pass": "{expected}"' in done.stderr


def test_without_the_extension_classification_runs_in_pure_python() -> None:
    """Where the module cannot be imported (not built, Windows without a compiler) the pure path runs."""
    script = (
        "import sys; sys.modules['pii_scanner_terms'] = None\n"  # makes the import fail
        "from pii_scanner.classify import term_kernel\n"
        "from pii_scanner.classify.content import combined_terms\n"
        "from pii_scanner.classify.terms import ItemText\n"
        "assert term_kernel.compiled() is None and term_kernel.select('auto', {}) is None\n"
        "hits = combined_terms().scan(ItemText('Jens er sygemeldt og medlem af 3F. ' * 50))\n"
        "print(len(hits))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 50


@needs_compiled
def test_stems_of_64_characters_and_more_alone() -> None:
    """Only long stems in a lexicon (no length under 64 to probe): they are still found."""
    stem = "a" * 70
    ts = TermSet.build([(("doc", "x"), stem + "*"), (("cat", "y"), "b" * 64)])
    text = "x " + stem + "aa " + "b" * 64 + " " + "b" * 65
    assert ts.scan(ItemText(text, KERNEL)) == ts.scan(ItemText(text)) != []


@needs_compiled
def test_fuzz_under_address_sanitizer(tmp_path: Path) -> None:
    """The C source built with AddressSanitizer and UndefinedBehaviorSanitizer, then fuzzed against the
    pure path: any read or write out of bounds, use after free or undefined arithmetic aborts the run."""
    from tests.detect.test_fastpath import _sanitizer_libraries

    libraries = _sanitizer_libraries()
    if libraries is None:
        pytest.skip("gcc with libasan/libubsan is not installed (./run installs gcc)")
    include = sysconfig.get_paths()["include"]
    target = tmp_path / f"pii_scanner_terms{sysconfig.get_config_var('EXT_SUFFIX')}"
    flags = ["-shared", "-fPIC", "-g", "-O1", "-fno-omit-frame-pointer", "-fsanitize=address,undefined"]
    define = f'-DTERMS_SOURCE="{term_kernel._SOURCE}"'  # the tested source: the build is selected
    source = ROOT / "native" / "pii_scanner_terms.c"
    built = subprocess.run(
        ["gcc", *flags, f"-I{include}", define, str(source), "-o", str(target)],
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
    check = "import pii_scanner_terms as n; print(n.__file__)"
    # -P: the working folder is not put first on the path (a build there would shadow the sanitized one)
    where = subprocess.run([sys.executable, "-P", "-c", check], capture_output=True, text=True, env=env, timeout=120)
    assert where.stdout.strip() == str(target), where.stderr  # the sanitized build, not the installed one
    done = subprocess.run(
        [sys.executable, "-P", "-m", "tests.classify.terms_kernel_fuzz", "3000"],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


@needs_compiled
def test_word_spans_are_the_animal_regex() -> None:
    """``ItemText.word_spans`` (the compiled pass) finds exactly the whole words the animal regex finds."""
    from pii_scanner.classify import special_categories

    sc = load_special_categories()
    animals = sc.animals
    assert animals
    rng = random.Random(6)
    pieces = [*sorted(animals), "s", "x", "(", ")", " ", "\n", "-", "_", "Bella", "KATTEN", "İ", "\U0001f600", "1"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 20)))
        lower = text.lower()
        if len(lower) != len(text):
            continue
        expected = list(special_categories._animal_spans(animals, lower))
        assert ItemText(text, KERNEL).word_spans(animals) == expected, text
        assert sc._animal_names(ItemText(text, KERNEL)) == sc._animal_names(ItemText(text)), text
        pure = ItemText(text)
        assert isinstance(pure.words, set)  # the distinct words known: the pure path's find loop, not the regex
        assert pure.word_spans(animals) == expected, text
    assert ItemText("Katten Pus", KERNEL).word_spans(frozenset({"guinea pig"})) is None  # not a word: regex


@needs_compiled
def test_tails_found_during_the_term_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """``scan(lower, index, tails)`` answers ``ends_with`` in the same pass; an ItemText told its tails
    takes that answer after a term scan."""
    monkeypatch.setattr(terms, "_SHORT", 0)
    sc = load_special_categories()
    tails = tuple(sc.compound_tail_tags)
    ts = combined_terms()
    index, *_ = ts._compiled_index(KERNEL)
    rng = random.Random(10)
    pieces = [*tails, "lunge", "kokain", "x", "1", "_", " ", "-", ".", "\n", "ı", "ſ", "K", "Æ", "\x00", "\U0001f600"]
    texts = list(TEXTS[:80]) + ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10))) for _ in range(2000)]
    for text in texts:
        lower = text.lower()
        for ends in (tails, ("b" * 70, "q", "kræft"), ()):
            reverse = KERNEL.build(list(ends), [KERNEL.TAIL] * len(ends), reverse=True)
            assert KERNEL.scan(lower, index, reverse)[3] == KERNEL.ends_with(lower, reverse), text
            assert KERNEL.scan(lower, index, reverse)[:3] == KERNEL.scan(lower, index)
        told = ItemText(text, KERNEL, tails)
        assert ts.scan(told) == ts.scan(ItemText(text))
        assert told.ends_with_any(tails) == ItemText(text).ends_with_any(tails), text
    with pytest.raises(ValueError):
        KERNEL.scan("abc", index, index)  # tails must be a reverse index
