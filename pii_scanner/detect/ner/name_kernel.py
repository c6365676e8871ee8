"""The optional compiled run pass of the offline name finder (``pii_scanner_names``, built from native/).

``FallbackNameFinder._runs`` finds the capitalised runs of a text worth judging and the cues around each
(as bits). The compiled module does the same in one C pass (native/pii_scanner_names.c): the run regex as
a scanner, the one-word skips, the cue bits; every rule that depends on the lexicons stays in the finder's
Python methods, which the C code reads the memo tables of and calls on a miss or a rare branch. The runs
and bits are identical (``tests/detect/ner/test_name_kernel.py`` compares both on generated, recorded and
hostile texts). It also judges those runs (``judge``, the twin of ``FallbackNameFinder._judge_records``:
memo look-ups, PERSON findings, the names-seen sets; the finder's methods on a miss), or finds and judges
them in one pass (``find_runs``). Which one runs follows the detection fast path's switches: compiled when
installed, unless ``PII_SCANNER_PURE_PYTHON`` is set or ``[scan.detect] fast_path = "off"``.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Mapping
from types import ModuleType

from pii_scanner.core.config_schema import FAST_PATH_SETTINGS
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.detect.fastpath import PURE_ENV

# The interface version this code speaks and the hash of the C source it was tested against (native/
# setup.py builds the hash in; tests/detect/ner/test_name_kernel.py checks it is the file's).
_ABI = 4
_SOURCE = "56ec3d6eb2fdc277"


def _load() -> ModuleType | None:
    try:
        import pii_scanner_names  # type: ignore[import-not-found]  # optional, built from native/
    except ImportError:
        return None
    speaks = getattr(pii_scanner_names, "ABI", None) == _ABI
    return pii_scanner_names if speaks and getattr(pii_scanner_names, "SOURCE", None) == _SOURCE else None


_COMPILED = _load()


def compiled() -> ModuleType | None:
    """The compiled run pass, or None when it is not installed (or is a stale build)."""
    return _COMPILED


def select(setting: str = "auto", environ: Mapping[str, str] | None = None) -> ModuleType | None:
    """The run pass to use under ``setting`` and the environment (None: pure Python), by the same rule
    as the detection kernel (``detect.fastpath.select``)."""
    if setting not in FAST_PATH_SETTINGS:
        raise ValueError(f"fast_path must be one of {', '.join(FAST_PATH_SETTINGS)}, got {setting!r}")
    env = os.environ if environ is None else environ
    if setting == "off" or env.get(PURE_ENV, "") not in ("", "0"):
        return None
    return _COMPILED


PersonMaker = Callable[[int, int, float, str, str, Explanation], Finding]
# The fields the compiled maker sets, in order; the last two (subtype, part) to None.
_FIELDS = ("entity_type", "start", "end", "score", "value", "normalized", "explanation", "subtype", "part")


def _plain_finding_class() -> bool:
    """Is ``Finding`` still the class the compiled maker was written for: exactly these fields, the last two
    defaulting to None, nothing run after ``__init__``? Otherwise the dataclass makes every finding."""
    fields = dataclasses.fields(Finding)
    return (
        tuple(f.name for f in fields) == _FIELDS
        and all(f.default is None for f in fields[7:])
        and not hasattr(Finding, "__post_init__")
    )


def person_maker(kernel: ModuleType | None) -> PersonMaker:
    """``(start, end, score, value, normalized, explanation) -> Finding("PERSON", ...)``: the compiled
    maker (no generated frozen ``__init__``, one attribute call per field) when ``kernel`` is the compiled
    module, else the dataclass itself; equal findings either way."""
    if kernel is not None and _plain_finding_class():
        maker: PersonMaker = functools.partial(kernel.person, Finding)
        return maker
    return functools.partial(Finding, "PERSON")


def person_class(kernel: ModuleType | None) -> type[Finding] | None:
    """The class the compiled judging makes PERSON findings of without calling its ``__init__`` (as
    ``person_maker`` does), or None: it then calls the maker it is handed."""
    return Finding if kernel is not None and _plain_finding_class() else None


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, words))  # no Python frame per word


def any_in(kernel: ModuleType | None) -> Callable[[str, tuple[str, ...]], bool]:
    """``(text, words) -> any word in text``: one compiled pass over the text, or one ``in`` per word."""
    if kernel is not None:
        found: Callable[[str, tuple[str, ...]], bool] = kernel.any_in
        return found
    return _any_in


FoldedAnyIn = Callable[[str, tuple[str, ...], tuple[str, ...]], "tuple[bool, bool] | None"]


def folded_any_in(kernel: ModuleType | None) -> FoldedAnyIn | None:
    """``(text, words, more) -> (any of words in text.casefold(), any of more in it)`` in one compiled pass
    without a folded copy, or None from it for a text it leaves to Python (not Latin-1, or holding "ß" or
    "µ"); None without the compiled module."""
    if kernel is not None:
        found: FoldedAnyIn = kernel.folded_any_in
        return found
    return None


def caps_pair(kernel: ModuleType | None, pure: Callable[[str], bool]) -> Callable[[str], bool]:
    """``text -> a name in capitals may stand in it`` (``fallback._has_caps_pair``, the pure twin): one
    compiled pass, or three regex searches."""
    if kernel is not None:
        found: Callable[[str], bool] = kernel.caps_pair
        return found
    return pure
