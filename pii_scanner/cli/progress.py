"""Progress: a tqdm bar on a terminal, nothing (or JSON log lines) otherwise."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

from pii_scanner.core.model import ItemResult
from pii_scanner.core.privacy import scrub
from pii_scanner.reports.cells import printable


def shown_name(result: ItemResult) -> str:
    """The item's name for the terminal: identifiers masked, control characters escaped."""
    return printable(scrub(result.item.name or result.item.path) or "")


class Progress:
    def __init__(self, enabled: bool = True) -> None:
        self.bar: Any = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit=" items", file=sys.stderr, dynamic_ncols=True)

    def update(self, result: ItemResult) -> None:
        if self.bar is not None:
            self.bar.update(1)
            if result.findings:
                self.bar.set_postfix_str(f"last finding in {shown_name(result)}", refresh=False)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.close()
