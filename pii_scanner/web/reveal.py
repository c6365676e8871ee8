"""The audited reveal: one finding's plaintext, read live from its source, never stored.

Only files the console can reach are read (the item's outer file on a local path or mounted
share). The file is found from the index's display path and proven to be the same item by its
keyed location fingerprint (a display path masked where it names someone: each folder entry that masks
to it is tried); the finding is matched by its keyed value fingerprint. Mail and other
sources answer "not available here": reveal them from the sweep host with ``scan --show-values``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlparse

from pii_scanner.api import scan
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import PiiScannerError
from pii_scanner.core.privacy import address_tag, scrub_location
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


_MAX_CANDIDATES = 256  # paths tried for one masked path (folders of look-alike masked names)


def _volume(item: dict[str, Any]) -> str | None:
    """The medium of an item read from a removable medium (its volume is part of its identity)."""
    location = str(item.get("location") or "")
    return unquote(location.split("/", 3)[2]) if location.startswith("removable://") else None


def _as_indexed(item: dict[str, Any], location: str) -> str:
    """A location the scan of the file gives (``file://...``), as the index's sweep wrote it."""
    volume = _volume(item)
    if volume is None or not location.startswith("file://"):
        return location
    return f"removable://{quote(volume, safe='-')}{location.removeprefix('file://')}"


def _is_item(store: Store, item: dict[str, Any], path: Path) -> bool:
    keys = {store.location_key(path.as_uri()), store.location_key(str(path))}
    keys.add(store.location_key(_as_indexed(item, path.absolute().as_uri())))
    return item.get("top_key") in keys


def _resolve(store: Store, item: dict[str, Any]) -> Path:
    """The file the item was read from. Its stored path may be masked (a folder or file named by an e-mail
    address or identifier): each folder entry whose masked form is the stored one is tried, and the file
    whose keyed location is the item's identity (``top_key``) is the one; never found by the display."""
    shown = _local_path(item)
    if _is_item(store, item, shown):
        return shown
    tag = address_tag(store.fingerprint)
    candidates = [Path(shown.anchor)] if shown.anchor else [Path()]
    for part in shown.parts[1:] if shown.anchor else shown.parts:
        found: list[Path] = []
        for base in candidates:
            if scrub_location(part, tag) == part and (base / part).exists():
                found.append(base / part)
                continue
            try:
                names = [entry.name for entry in os.scandir(base)]
            except OSError:
                continue
            found.extend(base / name for name in names if scrub_location(name, tag) == part)
        candidates = found[:_MAX_CANDIDATES]
        if not candidates:
            break
    for path in candidates:
        if path.is_file() and _is_item(store, item, path):
            return path
    raise RevealError("the file is no longer there")


def reveal_value(store: Store, item: dict[str, Any], fingerprint: str, config: ScanConfig | None = None) -> str:
    path = _resolve(store, item)
    for result in scan([path], config or ScanConfig()):
        if store.location_key(_as_indexed(item, result.item.location)) != item.get("location_key"):
            continue
        if result.private:
            raise RevealError("private mail is not revealed")
        for finding in result.findings:
            if finding.normalized and store.fingerprint(finding.normalized) == fingerprint:
                return str(finding.value)
    raise RevealError("the value is no longer in the item")
