"""Library functions behind the CLI verbs (the CLI is a thin layer over these)."""

from __future__ import annotations

import os
import typing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import ItemResult, Origin
from pii_scanner.pipeline import scan_items
from pii_scanner.sources import iter_files


def scan(
    paths: Iterable[str | Path],
    config: ScanConfig | None = None,
    *,
    origin: Origin | None = None,
    progress: Callable[[ItemResult], Any] | None = None,
) -> Iterator[ItemResult]:
    """Scan files and folders (``-`` = stdin); yields one result per item, members included.

    Arguments are checked here, before anything is read (this function is not itself lazy): a
    wrong type is a TypeError, an empty path a ValueError."""
    checked = _checked_paths(paths)
    if config is not None and not isinstance(config, ScanConfig):
        raise TypeError(
            f"config must be a ScanConfig (pii_scanner.load_config(file)) or None, got {type(config).__name__}"
        )
    if origin is not None and origin not in typing.get_args(Origin):
        # A typo ("usb") was recorded as the origin and lost the removable-media flag, silently.
        raise ValueError(f"origin must be one of {', '.join(typing.get_args(Origin))}, got {origin!r}")
    cfg = config or ScanConfig()
    chosen: Origin = origin or cfg.origin
    return scan_items(
        iter_files(checked, origin=chosen, max_size=cfg.limits.max_file_size, key_file=cfg.key_file),
        cfg,
        progress=progress,
    )


def _checked_paths(paths: Iterable[str | Path]) -> list[str | Path]:
    # A text is iterable too: scan("/mnt/usb") would scan "/", then "m", "n"... (the whole disk).
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError(f"paths must be a list of paths, e.g. ['/mnt/usb'], got a single {type(paths).__name__}")
    try:
        listed = list(paths)
    except TypeError:
        raise TypeError(f"paths must be a list of paths, got {type(paths).__name__}") from None
    for path in listed:
        if not isinstance(path, (str, os.PathLike)) or isinstance(path, bytes):
            raise TypeError(f"each path must be a str or pathlib.Path, got {type(path).__name__}")
        if not str(path).strip():
            raise ValueError("an empty path is not the current folder: write '.' to scan it")
    return listed
