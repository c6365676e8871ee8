"""Where the shipped data folders (top-level ``recognizers/`` and ``reports/``) are found.

In a wheel they are installed as ``pii_scanner/_data/<name>``; in a source checkout (editable
install, tests) they are the top-level folders next to the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import IO, Any

import yaml

from pii_scanner.core.data_cache import code_key, remembered

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def data_dir(name: str) -> Path:
    """Return the folder of shipped data called ``name`` ("recognizers" or "reports")."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"shipped data folder {name!r} not found next to {_PACKAGE_DIR}")


# libyaml's parser when PyYAML was built with it (about ten times faster: the shipped lexicons are a
# large part of a scan's start-up), else the pure-Python one; both build data with the safe constructor.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_yaml(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """``yaml.safe_load`` with the fastest safe loader installed."""
    return yaml.load(stream, Loader=_SAFE_LOADER)


def kept_yaml(path: Path) -> Any:
    """``safe_yaml`` of a data file, or its parsed form from the data cache (keyed by the file's bytes, the
    YAML library's version and this module) when an earlier process parsed the same file. A file whose
    data is not plain (dates) is parsed every time; a fresh copy is returned either way."""
    raw = path.read_bytes()
    key = (raw, yaml.__version__.encode(), code_key(__file__))
    return remembered("yaml", key, lambda: safe_yaml(raw.decode("utf-8")))
