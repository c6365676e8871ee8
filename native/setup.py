"""Builds the one C extension module ``pii_scanner_native`` (plain CPython C API, no other tools).

The module is compiled from every ``*.c`` file here (sorted by name) and carries a hash of all its C
sources and headers (``SOURCE``): pii_scanner.detect.fastpath uses a build only when that hash is the
one its pure-Python twins were tested against, so a stale build is never used.
"""

import hashlib
import sys
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent


def source_hash(folder: Path) -> str:
    """SHA-256 over every *.c and *.h file (name and text, line endings normalised so that a
    checkout with CRLF builds the same hash), sorted by name; the first 16 hex digits."""
    digest = hashlib.sha256()
    for path in sorted([*folder.glob("*.c"), *folder.glob("*.h")], key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:16]


setup(
    ext_modules=[
        Extension(
            "pii_scanner_native",
            sources=sorted(p.name for p in HERE.glob("*.c")),
            depends=sorted(p.name for p in HERE.glob("*.h")),
            define_macros=[("KERNEL_SOURCE", f'"{source_hash(HERE)}"')],
            extra_compile_args=["-O2"] if sys.platform != "win32" else [],
        )
    ],
)
