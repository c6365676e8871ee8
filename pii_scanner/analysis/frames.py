"""The pandas frames for analysts: frames over the index come from :mod:`pii_scanner.reports.frames`
(below the reports built from them); frames of an ad-hoc scan are made here, on top, because they run
the scan (:func:`pii_scanner.api.scan`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from pii_scanner.api import scan
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Origin
from pii_scanner.core.privacy import Fingerprinter, load_key, scrub
from pii_scanner.reports.frames import (
    _SCAN_ITEM_KEYS,
    FINDING_COLUMNS,
    ITEM_COLUMNS,
    KNOWN,
    RUN_COLUMNS,
    SCAN_FINDING_COLUMNS,
    SCAN_ITEM_COLUMNS,
    TS,
    ScanFrames,
    _derived,
    conform,
    findings,
    items,
    runs,
    trend,
)
from pii_scanner.reports.records import finding_record, item_record

__all__ = [
    "FINDING_COLUMNS",
    "ITEM_COLUMNS",
    "KNOWN",
    "RUN_COLUMNS",
    "SCAN_FINDING_COLUMNS",
    "SCAN_ITEM_COLUMNS",
    "TS",
    "ScanFrames",
    "conform",
    "findings",
    "items",
    "runs",
    "scan_frame",
    "scan_frames",
    "trend",
]


def scan_frames(
    paths: Iterable[str | Path], config: ScanConfig | None = None, *, origin: Origin | None = None
) -> ScanFrames:
    """Scan files/folders (no index involved) into ``ScanFrames(items, findings)``.

    The same columns as :func:`items`/:func:`findings` where they apply (``SCAN_ITEM_COLUMNS``,
    ``SCAN_FINDING_COLUMNS``); values are masked + fingerprinted with the configured key, as in the
    index. The CLI keeps streaming with :func:`pii_scanner.api.scan` (an iterator of ItemResult).
    """
    results = scan(paths, config, origin=origin)  # checks its arguments first
    fp = Fingerprinter(load_key(config.key_file if config is not None else None))  # as scan --config keys
    item_rows: list[dict[str, Any]] = []
    finding_rows: list[dict[str, Any]] = []
    for result in results:
        rec = item_record(result)
        mail = rec.pop("mail", None) or {}
        rec.update(findings_count=rec.pop("findings"), mail_folder=mail.get("folder"), mail_date=mail.get("date"))
        for key in ("location", "path", "parent", "error"):  # display forms, as in the index
            rec[key] = scrub(rec[key])
        item_rows.append(rec)
        for finding in result.findings:
            frec = finding_record(result, finding, fp)
            explanation = frec.pop("explanation")
            frec.update(recognizer=explanation["recognizer"], checksum=explanation["checksum"])
            frec.update(location=rec["location"], path=rec["path"])
            finding_rows.append({**{k: rec[k] for k in _SCAN_ITEM_KEYS}, **frec})
    return ScanFrames(
        conform(_derived(pd.DataFrame(item_rows, columns=list(SCAN_ITEM_COLUMNS))), SCAN_ITEM_COLUMNS),
        conform(_derived(pd.DataFrame(finding_rows, columns=list(SCAN_FINDING_COLUMNS))), SCAN_FINDING_COLUMNS),
    )


def scan_frame(
    paths: Iterable[str | Path],
    config: ScanConfig | None = None,
    *,
    origin: Origin | None = None,
    what: Literal["findings", "items"] = "findings",
) -> pd.DataFrame:
    """``scan_frames(...).findings`` (one row per finding) or ``.items`` (one row per item)."""
    if what not in ("findings", "items"):
        raise ValueError(f'what must be "findings" or "items", got {what!r}')
    frames = scan_frames(paths, config, origin=origin)
    return frames.findings if what == "findings" else frames.items
