"""The optional compiled word pass of the term scan (``pii_scanner_terms``, built from native/).

``TermSet.scan`` finds the words of an item's text that lexicon terms are looked up by. On the pure
path that is ``str.lower``, a ``split``, a set of the distinct words, a look-up per distinct word and a
``str.find`` per first word present; the compiled module does the same in one pass in C (see
native/pii_scanner_terms.c). The hits are identical (``tests/classify/test_terms_kernel.py`` compares
both on generated and hostile texts and the golden classification record). Which one runs follows the
detection fast path's switches: compiled when installed, unless ``PII_SCANNER_PURE_PYTHON`` is set or
``[scan.detect] fast_path = "off"``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import ModuleType

from pii_scanner.core.config_schema import FAST_PATH_SETTINGS
from pii_scanner.detect.fastpath import PURE_ENV

# The interface version this code speaks and the hash of the C source it was tested against (native/
# setup.py builds the hash in; tests/classify/test_terms_kernel.py checks it is the file's).
_ABI = 1
_SOURCE = "d267fc065fe6c7a6"


def _load() -> ModuleType | None:
    try:
        import pii_scanner_terms  # type: ignore[import-not-found]  # optional, built from native/
    except ImportError:
        return None
    speaks = getattr(pii_scanner_terms, "ABI", None) == _ABI
    return pii_scanner_terms if speaks and getattr(pii_scanner_terms, "SOURCE", None) == _SOURCE else None


_COMPILED = _load()


def compiled() -> ModuleType | None:
    """The compiled word pass, or None when it is not installed (or is a stale build)."""
    return _COMPILED


def select(setting: str = "auto", environ: Mapping[str, str] | None = None) -> ModuleType | None:
    """The word pass to use under ``setting`` and the environment (None: pure Python), by the same
    rule as the detection kernel (``detect.fastpath.select``)."""
    if setting not in FAST_PATH_SETTINGS:
        raise ValueError(f"fast_path must be one of {', '.join(FAST_PATH_SETTINGS)}, got {setting!r}")
    env = os.environ if environ is None else environ
    if setting == "off" or env.get(PURE_ENV, "") not in ("", "0"):
        return None
    return _COMPILED
