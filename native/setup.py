"""Builds the C extension modules ``pii_scanner_native`` (detection) and ``pii_scanner_terms`` (the
classifiers' word pass): plain CPython C API, no other tools.

Each module carries a hash of its C source (``SOURCE``): pii_scanner uses a build only when that hash is
the one its pure-Python twins were tested against, so a stale build is never used.
"""

import hashlib
import sys
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent


def source_hash(name: str) -> str:
    # Line endings normalised: a checkout with CRLF (Windows) builds the same hash.
    return hashlib.sha256((HERE / name).read_bytes().replace(b"\r\n", b"\n")).hexdigest()[:16]


FLAGS = ["-O2"] if sys.platform != "win32" else []

setup(
    ext_modules=[
        Extension(
            "pii_scanner_native",
            sources=["pii_scanner_native.c"],
            define_macros=[("KERNEL_SOURCE", f'"{source_hash("pii_scanner_native.c")}"')],
            extra_compile_args=FLAGS,
        ),
        Extension(
            "pii_scanner_terms",
            sources=["pii_scanner_terms.c"],
            define_macros=[("TERMS_SOURCE", f'"{source_hash("pii_scanner_terms.c")}"')],
            extra_compile_args=FLAGS,
        ),
    ],
)
