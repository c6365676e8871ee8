"""pii_scanner: find and classify personal data (CPR, personnummer, names...) in Nordic organisations.

Stages, each a subpackage, data flowing one way:
sources -> extract -> detect -> classify -> store -> reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported on first use (below): `pii-scanner --version` or `audit` need no scan pipeline
    from pii_scanner.api import scan
    from pii_scanner.core.config import ScanConfig, load_config

__all__ = ["ScanConfig", "findings", "items", "load_config", "runs", "scan", "scan_frame", "scan_frames", "trend"]
__version__ = "0.1.0"

# ``scan`` stays the streaming iterator of ItemResult (the CLI uses it); ``scan_frame(s)`` is the
# DataFrame form for notebooks.
_FRAMES = ("findings", "items", "runs", "scan_frame", "scan_frames", "trend")
_ACCESS = ("search", "request_open", "request_status", "request_export", "verify_erasure")  # subject access requests
_CONFIG = ("ScanConfig", "load_config")


def __getattr__(name: str) -> object:
    # Everything is imported on first use: importing any part of the package (the CLI, a verb that
    # reads the index) runs this file first and should not pay for the scan pipeline, pandas or the rest.
    if name == "scan":
        from pii_scanner import api

        return api.scan
    if name in _CONFIG:
        from pii_scanner.core import config

        return getattr(config, name)
    if name in _FRAMES:  # pandas API (pii_scanner/analysis/frames.py)
        from pii_scanner.analysis import frames

        return getattr(frames, name)
    if name in _ACCESS:  # access requests (pii_scanner/access)
        from pii_scanner import access

        return getattr(access, name)
    raise AttributeError(f"module 'pii_scanner' has no attribute {name!r}")
