"""core.regex_cache: the same pattern objects as re.compile, served from the data cache by a later process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pii_scanner
from pii_scanner.classify import special_categories
from pii_scanner.core import data_cache, regex_cache
from pii_scanner.detect import fields, filters
from pii_scanner.detect.ner import fallback
from pii_scanner.detect.recognizers import national_ids

_SAMPLES = [
    "Jens Hansen, CPR 070761-4285, bor på Åboulevarden 3. HOLM, METTE  Sjukskriven sedan maj.",
    "Kære Mette\n\nVenlig hilsen\nAnna-Lena Öberg\nTlf. +45 12 34 56 78, anna@firma.dk",
    "Løbenr. 0101901234 | Org.nr 556677-8899 | IBAN DK50 0040 0440 1162 43 | p-nr. 1003456789",
    "İstanbul ſtraße µ ﬁle DŽ Ǆ Σίσυφος — 12:05 Nora Falk: hej\t@Nora Falk",
    "",
]


def _fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> regex_cache._Store:
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(tmp_path / "cache"))
    return regex_cache._Store()


def _same(mine: re.Pattern[str], theirs: re.Pattern[str]) -> None:
    assert (mine.pattern, mine.flags, mine.groups, mine.groupindex) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        theirs.groupindex,
    )
    for text in _SAMPLES:
        assert [m.span() for m in mine.finditer(text)] == [m.span() for m in theirs.finditer(text)]
        assert [m.groups() for m in mine.finditer(text)] == [m.groups() for m in theirs.finditer(text)]


def _package_patterns() -> list[re.Pattern[str]]:
    """Every module-level pattern of the modules that compile theirs through the cache."""
    out = []
    for module in (fallback, special_categories, filters, national_ids, fields):
        out += [v for v in vars(module).values() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)]
    return out


def test_package_patterns_are_what_re_compile_builds() -> None:
    patterns = _package_patterns()
    assert len(patterns) > 150
    for pattern in patterns:
        _same(pattern, re.compile(pattern.pattern, pattern.flags))


def test_served_from_the_file_equal_to_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [(p.pattern, p.flags & ~re.UNICODE) for p in _package_patterns()[:60]]
    sources += [(r"(?P<day>\d\d)(?P<month>\d\d)(?:-(\d{4}))?", 0), (r"^[ \t]*(\w+):", re.M | re.I)]
    first = _fresh(tmp_path, monkeypatch)
    compiled = [first.compile(s, f) for s, f in sources]
    first.write()
    second = _fresh(tmp_path, monkeypatch)
    calls: list[str] = []
    assert second.internals is not None
    sre, parser, compiler = second.internals

    class _NoParse:
        @staticmethod
        def parse(*args: object) -> object:
            calls.append("parse")
            return parser.parse(*args)

    second.internals = (sre, _NoParse, compiler)
    served = [second.compile(s, f) for s, f in sources]
    assert calls == []  # nothing parsed: all of it came from the file
    for mine, (source, flags), earlier in zip(served, sources, compiled, strict=True):
        _same(mine, re.compile(source, flags))
        _same(earlier, mine)


def test_a_later_process_compiles_nothing(tmp_path: Path) -> None:
    """A fresh interpreter importing the name finder parses none of its patterns once a first one ran."""
    probe = (
        "import re._parser as p, sys\n"
        "real = p.parse\n"
        "count = [0]\n"
        "def counting(*a, **k):\n"
        "    count[0] += 1\n"
        "    return real(*a, **k)\n"
        "p.parse = counting\n"
        "import pii_scanner.detect.ner.fallback\n"
        "print(count[0])\n"
    )
    env = {
        **os.environ,
        "PII_SCANNER_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(Path(pii_scanner.__file__).resolve().parent.parent),
    }
    runs = [
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120, check=True)
        for _ in range(2)
    ]
    first, second = (int(r.stdout.split()[-1]) for r in runs)
    assert first > 70  # the name finder's own patterns, parsed by the first process
    assert second < first - 70  # ... and by none after it (other modules' plain re.compile remain)


def test_damaged_or_foreign_files_fall_back_to_compiling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _fresh(tmp_path, monkeypatch)
    source, flags = r"(\d{6})-?(\d{4})", 0
    store.compile(source, flags)
    store.write()
    path = next((tmp_path / "cache").glob("regex-*.bin"))
    # flipped bytes: the checksum fails, the file is ignored
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0xFF
    path.write_bytes(bytes(raw))
    _same(_fresh(tmp_path, monkeypatch).compile(source, flags), re.compile(source, flags))
    # a well-formed file with code the engine rejects (a checksum that holds): compiled again, same answers
    bogus = {(source, flags): (32, [1, 2, 3, 99999], 2, {}, (None, None, None))}
    data_cache.keep("regex", regex_cache._Store().key_parts(), bogus)
    assert data_cache.load("regex", regex_cache._Store().key_parts()) == bogus
    _same(_fresh(tmp_path, monkeypatch).compile(source, flags), re.compile(source, flags))


def test_no_cache_folder_or_an_unwritable_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", "")
    store = regex_cache._Store()
    _same(store.compile(r"\bgift\b", re.I), re.compile(r"\bgift\b", re.I))
    store.write()
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(blocked / "sub"))
    store = regex_cache._Store()
    _same(store.compile(r"\bgift\b", re.I), re.compile(r"\bgift\b", re.I))
    store.write()  # nothing to write to: no error


def test_without_the_engine_internals_it_is_re_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _fresh(tmp_path, monkeypatch)
    store.internals = None
    _same(store.compile(r"(?i)sygemeld\w*", 0), re.compile(r"(?i)sygemeld\w*"))
    store.write()
    assert not list((tmp_path / "cache").glob("regex-*.bin"))


def test_the_file_stays_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "_MAX_ENTRIES", 10)
    first = _fresh(tmp_path, monkeypatch)
    for k in range(8):
        first.compile(f"old{k}", 0)
    first.write()
    second = _fresh(tmp_path, monkeypatch)
    for k in range(5):
        second.compile(f"new{k}", 0)
    second.compile("old1", 0)
    second.write()
    kept = data_cache.load("regex", second.key_parts())
    assert sorted(source for source, _ in kept) == ["new0", "new1", "new2", "new3", "new4", "old1"]


def test_only_module_level_patterns_go_through_the_cache() -> None:
    """``regex()`` is called where a module is set up, never inside a function or method, where a pattern
    could be built from an item's text and its words would be written to the cache folder."""
    import ast

    root = Path(pii_scanner.__file__).resolve().parent
    calls = 0
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))):
            for node in ast.walk(func):
                named = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "regex"
                if named and path.name != "regex_cache.py":
                    raise AssertionError(f"{path.relative_to(root)}:{node.lineno} calls regex() in a function")
        calls += sum(
            1
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "regex"
        )
    assert calls > 200


# The functions that build a pattern from the package's code and configuration (never from an item's text)
# and compile it through the cache: a call anywhere else fails the test below.
_CONFIGURED = {
    ("detect/engine.py", "of"),
    ("detect/engine.py", "_compile"),
    ("detect/rules.py", "_both"),
    ("detect/rules.py", "_city_pattern"),
    ("detect/rules.py", "load_rules"),
    ("classify/special_categories.py", "_cue_reversed"),
    ("classify/special_categories.py", "_cue_pattern"),
    ("core/privacy.py", "_catalogue_shapes"),
}


def test_configured_patterns_only_where_listed() -> None:
    import ast

    root = Path(pii_scanner.__file__).resolve().parent
    found = set()
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))):
            for node in ast.walk(func):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "configured":
                    where = (path.relative_to(root).as_posix(), getattr(func, "name", "<lambda>"))
                    assert where in _CONFIGURED, f"{where} compiles a pattern through the cache in a function"
                    found.add(where)
    assert found == _CONFIGURED


def test_a_later_scan_compiles_none_of_the_engines_patterns(tmp_path: Path) -> None:
    """The engine's candidate patterns, the rules' context words and the classifiers' cues are served to a
    later process (the first process compiled them: ~75 of the ~100 ms a scan spent compiling patterns)."""
    probe = (
        "import re._parser as p\n"
        "real = p.parse\n"
        "count = [0, 0]\n"
        "def counting(source, *a, **k):\n"
        "    count[0] += 1\n"
        "    count[1] += '(?P<g' in str(source)\n"  # the engine's: a named group per candidate pattern
        "    return real(source, *a, **k)\n"
        "p.parse = counting\n"
        "from pii_scanner.core.config import ScanConfig\n"
        "from pii_scanner.pipeline import Processor\n"
        "processor = Processor.build(ScanConfig(workers=1))\n"
        "processor.engine.detect('Jens Hansen, CPR 070761-4285, jens@firma.dk, +45 12 34 56 78, 19811218-9876')\n"
        "from pii_scanner.core import regex_cache\n"
        "print(len(regex_cache._STORE.fresh), *count)\n"
    )
    env = {
        **os.environ,
        "PII_SCANNER_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(Path(pii_scanner.__file__).resolve().parent.parent),
    }
    # Each process with its own string hashing: a source built in a set's order would differ between them
    # and pile up in the file, one entry per process.
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            env={**env, "PYTHONHASHSEED": str(seed)},
            timeout=120,
            check=True,
        )
        for seed in (1, 2)
    ]
    (fresh_1, all_1, engine_1), (fresh_2, all_2, engine_2) = (tuple(map(int, r.stdout.split()[-3:])) for r in runs)
    assert engine_1 >= 3  # the merged patterns and those of the alternatives the text met
    assert engine_2 == 0  # ... none in a later process
    assert fresh_1 > 20 and fresh_2 == 0  # nothing new to write after the first
    assert all_2 <= all_1 - engine_1 - 15  # nor the rules' context words, cities, the classifiers' cues
