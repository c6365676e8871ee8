"""Builds the one C extension module ``pii_scanner_native`` (plain CPython C API, no other tools).

The module carries a hash of its C source (``SOURCE``): pii_scanner.detect.fastpath uses a build only
when that hash is the one its pure-Python twins were tested against, so a stale build is never used.
"""

import hashlib
import sys
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent
SOURCE = "pii_scanner_native.c"
# Line endings normalised: a checkout with CRLF (Windows) builds the same hash.
digest = hashlib.sha256((HERE / SOURCE).read_bytes().replace(b"\r\n", b"\n")).hexdigest()[:16]

setup(
    ext_modules=[
        Extension(
            "pii_scanner_native",
            sources=[SOURCE],
            define_macros=[("KERNEL_SOURCE", f'"{digest}"')],
            extra_compile_args=["-O2"] if sys.platform != "win32" else [],
        )
    ],
)
