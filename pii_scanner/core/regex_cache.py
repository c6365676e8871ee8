"""The package's own regular expressions, compiled once per Python build rather than once per process.

``re.compile`` parses a pattern and builds its engine code in Python: for the package's large module-level
patterns (the offline name finder's letter classes, the category rules) that is ~0.25 s of every process
start, pool workers included. The result is a list of integers that the C engine (``_sre.compile``)
turns into a pattern object in microseconds. ``regex(source, flags)`` keeps those integers in the data
cache (``core.data_cache``: one file per Python build, written when a process compiled patterns no
earlier process had), so a later process skips the Python part. The pattern object is the one
``re.compile`` builds: the same code from the same compiler for the same source and flags on the same
Python. Where any piece is missing (another Python implementation or version without these internals,
no cache folder, a damaged file, code the engine's validator rejects) ``re.compile`` runs, as before.

Only for patterns written in the package's source (module constants): never for a pattern built from an
item's text, whose words would land in the cache folder.
"""

from __future__ import annotations

import atexit
import importlib
import re
import sys
import threading
import unicodedata
from typing import Any

from pii_scanner.core import data_cache

_KIND = "regex"
_MAX_ENTRIES = 4000  # beyond: the file keeps only the patterns of the process writing it

# (flags as given, source) -> what ``_sre.compile`` takes after the source: flags, code, groups,
# group index, index group
_Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]


def _internals() -> tuple[Any, Any, Any] | None:
    """CPython's regex parser, compiler and engine module, when they have the shape this code was written
    for (3.11-3.13); None elsewhere."""
    try:
        sre = importlib.import_module("_sre")
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
    except ImportError:
        return None
    ready = all(callable(getattr(m, n, None)) for m, n in ((sre, "compile"), (parser, "parse"), (compiler, "_code")))
    return (sre, parser, compiler) if ready else None


class _Store:
    """The cached code of this process: read from the data cache on first use; what this process compiled
    afresh is written back when it exits."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.internals = _internals()
        self.table: dict[_Key, _Code] | None = None
        self.fresh: dict[_Key, _Code] = {}
        self.used: set[_Key] = set()
        self.registered = False

    def key_parts(self) -> tuple[bytes, ...]:
        sre = self.internals[0] if self.internals is not None else None
        return (
            data_cache.code_key(__file__),
            repr((getattr(sre, "MAGIC", None), getattr(sre, "CODESIZE", None), sys.implementation.name)).encode(),
            unicodedata.unidata_version.encode(),
        )

    def loaded(self) -> dict[_Key, _Code]:
        if self.table is None:
            stored = data_cache.load(_KIND, self.key_parts())
            self.table = stored if isinstance(stored, dict) else {}
        return self.table

    def compile(self, source: str, flags: int | re.RegexFlag) -> re.Pattern[str]:
        flags = int(flags)  # a RegexFlag is no plain data for the file
        internals = self.internals
        if internals is None:
            return re.compile(source, flags)
        sre, parser, compiler = internals
        key = (source, flags)
        with self.lock:
            code = self.loaded().get(key)
            self.used.add(key)
        if code is not None:
            try:
                built: re.Pattern[str] = sre.compile(source, *code)
                return built
            except Exception:  # not what this engine accepts (a file from elsewhere): compiled below
                pass
        parsed = parser.parse(source, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = (
            int(flags | parsed.state.flags),
            list(map(int, compiler._code(parsed, flags))),  # named opcode constants -> plain ints
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        fresh: re.Pattern[str] = sre.compile(source, *code)
        with self.lock:
            self.loaded()[key] = code
            self.fresh[key] = code
            if not self.registered:
                self.registered = True
                atexit.register(self.write)
        return fresh

    def write(self) -> None:
        """Add this process's fresh code to the file (other processes may have added theirs meanwhile)."""
        with self.lock:
            if not self.fresh:
                return
            stored = data_cache.load(_KIND, self.key_parts())
            table: dict[_Key, _Code] = stored if isinstance(stored, dict) else {}
            table.update(self.fresh)
            if len(table) > _MAX_ENTRIES:  # patterns of older code pile up: keep what this process used
                table = {key: code for key, code in table.items() if key in self.used}
            data_cache.keep(_KIND, self.key_parts(), table)
            self.fresh = {}


_STORE = _Store()


def regex(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from code an earlier process compiled where there is some."""
    return _STORE.compile(source, flags)


def configured(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``regex()`` for a pattern a function builds from the package's code and its configuration (the
    engine's candidate patterns, the recognizer rules' context words, the classifiers' cue lists): the
    same in every process of a configuration, and most of what a scan's start-up compiled, where ``regex()``
    serves module constants. Never for a pattern built from an item's text, nor for one whose source differs
    between processes (words taken in a set's order): each source is one more entry of the file every process
    reads at start. The functions that call it are listed in tests/core/test_regex_cache.py."""
    return _STORE.compile(source, flags)
