"""An output file must never be what the verb reads: opening it for writing empties it first.

``scan kunde.txt -o kunde.txt`` would replace the file it was asked to scan by its own (empty) result and
call it clean; ``report minimisation --db idx.sqlite3 -o idx.sqlite3`` would replace the index, its audit
log included. Both are refused before anything is read or written (exit 2, one line).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import click

from pii_scanner.core.privacy import scrub

_SQLITE_MAGIC = b"SQLite format 3\x00"
# The journal files beside an index belong to it: replacing one loses or corrupts committed work.
_SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _same_file(a: Path, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def refuse_overwriting(output: str | None, inputs: Iterable[str] = ()) -> None:
    """Raise a usage error when ``output`` is one of ``inputs`` or a SQLite database (or its journal).

    Nothing is refused that does not exist yet, and ``-`` (standard output) never is.
    """
    if output is None or output == "-":
        return
    target = Path(output)
    shown = scrub(output)
    if any(name != "-" and _same_file(target, name) for name in inputs):
        raise click.UsageError(
            f"--output {shown} is one of the paths to scan: writing it would empty it first; choose another file"
        )
    sidecar_of = [Path(output[: -len(tail)]) for tail in _SQLITE_SIDECARS if output.endswith(tail)]
    if _is_sqlite(target) or any(_is_sqlite(base) for base in sidecar_of):
        raise click.UsageError(
            f"--output {shown} is a SQLite database (an index?) or its journal: it is never replaced by "
            "an output; choose another file"
        )
