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


def _settings_files(config: str | None) -> list[str]:
    from pii_scanner.core.errors import PiiScannerError
    from pii_scanner.core.privacy import default_key_path

    kept = [str(default_key_path())]
    if config:
        kept.append(config)
        try:
            from pii_scanner.core.config import load_config

            scan, doc = load_config(config)
        except (PiiScannerError, TypeError):
            return kept  # the verb reports a wrong configuration itself
        policy = (doc.get("retention") or {}).get("policy")
        kept += [str(p) for p in (scan.key_file, policy) if p]
    return kept


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


def refuse_overwriting(output: str | None, inputs: Iterable[str] = (), *, config: str | None = None) -> None:
    """Raise a usage error when ``output`` is one of ``inputs``, a SQLite database (or its journal), the
    configuration ``config``, its retention policy or a fingerprint key file (the default one, or its
    ``[scan] key_file``): replacing a key loses every index keyed with it.

    Nothing is refused that does not exist yet, and ``-`` (standard output) never is.
    """
    if output is None or output == "-":
        return
    target = Path(output)
    shown = scrub(output)
    if any(_same_file(target, kept) for kept in _settings_files(config)):
        raise click.UsageError(
            f"--output {shown} is the configuration, its retention policy or a fingerprint key file: writing it "
            "would replace it (a key lost makes every index keyed with it unusable); choose another file"
        )
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
