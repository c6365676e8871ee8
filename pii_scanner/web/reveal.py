"""The audited reveal: one finding's plaintext, read live from its source, never stored.

Only files the console can reach are read (the item's outer file on a local path or mounted
share). The file is found from the index's display path and proven to be the same item by its
keyed location fingerprint; the finding is matched by its keyed value fingerprint. Mail and other
sources answer "not available here": reveal them from the sweep host with ``scan --show-values``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from pii_scanner.api import scan
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import PiiScannerError
from pii_scanner.store.store import Store


class RevealError(PiiScannerError):
    """The value cannot be read live (source unreachable, item changed or gone)."""


def _local_path(item: dict[str, Any]) -> Path:
    outer = str(item.get("path") or "")
    parsed = urlparse(outer)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path))
    if parsed.scheme == "" or (len(parsed.scheme) == 1 and outer[1:3] in (":\\", ":/")):  # POSIX or C:\
        return Path(outer)
    raise RevealError("not available for this kind of source")


def reveal_value(store: Store, item: dict[str, Any], fingerprint: str, config: ScanConfig | None = None) -> str:
    path = _local_path(item)
    if item.get("top_key") not in {store.location_key(path.as_uri()), store.location_key(str(path))}:
        raise RevealError("the file's location cannot be resolved from the index (it holds a masked identifier)")
    if not path.is_file():
        raise RevealError("the file is no longer there")
    for result in scan([path], config or ScanConfig()):
        if store.location_key(result.item.location) != item.get("location_key"):
            continue
        if result.private:
            raise RevealError("private mail is not revealed")
        for finding in result.findings:
            if finding.normalized and store.fingerprint(finding.normalized) == fingerprint:
                return str(finding.value)
    raise RevealError("the value is no longer in the item")
