"""Which checkout's ``pii_scanner`` a benchmark runs.

``--root DIR`` names it; otherwise a set PYTHONPATH decides (an A/B run points it at the old checkout);
only without either does the benchmark put its own checkout first. Before, the scripts always put their
own checkout first, so a "before" figure silently measured the new code.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, MutableSequence, Sequence
from pathlib import Path

HERE_ROOT = Path(__file__).resolve().parent.parent


def root_arg(argv: Sequence[str]) -> str | None:
    """The value of ``--root DIR`` or ``--root=DIR`` in argv, or None."""
    for i, arg in enumerate(argv):
        if arg == "--root" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--root="):
            return arg.split("=", 1)[1]
    return None


def use_root(
    argv: Sequence[str], path: MutableSequence[str] | None = None, environ: Mapping[str, str] | None = None
) -> str | None:
    """Put the checkout to run first on ``path`` (sys.path): ``--root``, else nothing when PYTHONPATH is
    set, else this checkout. Returns the directory put first, or None."""
    import sys

    path = sys.path if path is None else path
    env = os.environ if environ is None else environ
    chosen = root_arg(argv)
    if chosen is None:
        if env.get("PYTHONPATH"):
            return None
        chosen = str(HERE_ROOT)
    root = str(Path(chosen).resolve())
    if not (Path(root) / "pii_scanner").is_dir():
        raise SystemExit(f"--root {chosen}: no pii_scanner package there")
    path.insert(0, root)
    return root
