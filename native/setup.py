"""Builds the C extension modules ``pii_scanner_native`` (detection), ``pii_scanner_terms`` (the
classifiers' word pass) and ``pii_scanner_names`` (the offline name finder's run pass): plain CPython C
API, no other tools.

Each module carries a hash of its C sources (``SOURCE``): pii_scanner uses a build only when that hash is
the one its pure-Python twins were tested against, so a stale build is never used. ``pii_scanner_native``
is compiled from ``pii_scanner_native.c`` and every ``native_*.c`` (headers ``native_*.h``), sorted by name.
"""

import hashlib
import sys
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent


def source_hash(name: str) -> str:
    # Line endings normalised: a checkout with CRLF (Windows) builds the same hash.
    return hashlib.sha256((HERE / name).read_bytes().replace(b"\r\n", b"\n")).hexdigest()[:16]


def native_files() -> list[Path]:
    """The sources and headers of pii_scanner_native, sorted by name."""
    extra = [*HERE.glob("native_*.c"), *HERE.glob("native_*.h")]
    return sorted([HERE / "pii_scanner_native.c", *extra], key=lambda p: p.name)


def native_hash() -> str:
    """SHA-256 over the name and text (line endings normalised) of every file of native_files()."""
    digest = hashlib.sha256()
    for path in native_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:16]


FLAGS = ["-O2"] if sys.platform != "win32" else []

setup(
    ext_modules=[
        Extension(
            "pii_scanner_native",
            sources=[p.name for p in native_files() if p.suffix == ".c"],
            depends=[p.name for p in native_files() if p.suffix == ".h"],
            define_macros=[("KERNEL_SOURCE", f'"{native_hash()}"')],
            extra_compile_args=FLAGS,
        ),
        Extension(
            "pii_scanner_terms",
            sources=["pii_scanner_terms.c"],
            define_macros=[("TERMS_SOURCE", f'"{source_hash("pii_scanner_terms.c")}"')],
            extra_compile_args=FLAGS,
        ),
        Extension(
            "pii_scanner_names",
            sources=["pii_scanner_names.c"],
            define_macros=[("NAMES_SOURCE", f'"{source_hash("pii_scanner_names.c")}"')],
            extra_compile_args=FLAGS,
        ),
    ],
)
