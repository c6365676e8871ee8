"""Which source files the compiled rule modules are built from, and their hash (standard library only).

``native/rules/`` compiles copies of the engine's rule modules (every step a candidate goes through
after the candidate regex) into the package ``pii_scanner_rules``, and bakes in :func:`source_hash`
of the files they were built from: the rule modules themselves and the project modules they import
(whose types and signatures the compiled code was checked against). The engine uses that package
only while the hash matches these files as installed (:mod:`pii_scanner.detect.rule_sets`), so an
edited rule never runs as its old compiled copy. This module imports nothing of the project: the
build loads it by its path.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

#: The compiled package's name.
PACKAGE = "pii_scanner_rules"

#: The modules compiled (dotted name under the project -> name in :data:`PACKAGE`), in import order.
MODULES: tuple[tuple[str, str], ...] = (
    ("pii_scanner.detect.layout", "layout"),
    ("pii_scanner.detect.recognizers.base", "base"),
    ("pii_scanner.detect.fields", "fields"),
    ("pii_scanner.detect.country", "country"),
    ("pii_scanner.detect.filters", "filters"),
    ("pii_scanner.detect.recognizers.national_ids", "national_ids"),
    ("pii_scanner.detect.recognizers.contact", "contact"),
    ("pii_scanner.detect.recognizers.financial", "financial"),
    ("pii_scanner.detect.recognizers.catalogue_ids", "catalogue_ids"),
    ("pii_scanner.detect.registry", "registry"),
)


def module_file(root: Path, dotted: str) -> Path:
    """The source file of project module ``dotted`` under ``root`` (the directory holding ``pii_scanner``):
    ``a/b.py``, or ``a/b/__init__.py`` for a package."""
    path = root.joinpath(*dotted.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def source_hash(root: Path, dotted: tuple[str, ...]) -> str:
    """SHA-256 over the name and text (line endings normalised) of each module of ``dotted``, in that
    order; "" when one cannot be read (then no build matches)."""
    digest = hashlib.sha256()
    for name in dotted:
        try:
            text = module_file(root, name).read_bytes()
        except OSError:
            return ""
        digest.update(name.encode() + b"\0" + text.replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:16]
