"""Library functions behind the CLI verbs (the CLI is a thin layer over these)."""

from __future__ import annotations

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
    """Scan files and folders (``-`` = stdin); yields one result per item, members included."""
    cfg = config or ScanConfig()
    chosen: Origin = origin or cfg.origin
    return scan_items(iter_files(paths, origin=chosen, max_size=cfg.limits.max_file_size), cfg, progress=progress)
