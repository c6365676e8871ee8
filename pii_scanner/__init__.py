"""pii_scanner: find and classify personal data (CPR, personnummer, names...) in Nordic organisations.

Stages, each a subpackage, data flowing one way:
sources -> extract -> detect -> classify -> store -> reports.
"""

from pii_scanner.api import scan
from pii_scanner.core.config import ScanConfig, load_config

__all__ = ["ScanConfig", "findings", "items", "load_config", "runs", "scan", "scan_frame", "scan_frames", "trend"]
__version__ = "0.1.0"

# ``scan`` stays the streaming iterator of ItemResult (the CLI uses it); ``scan_frame(s)`` is the
# DataFrame form for notebooks.
_FRAMES = ("findings", "items", "runs", "scan_frame", "scan_frames", "trend")
_ACCESS = ("search", "request_open", "request_status", "request_export", "verify_erasure")  # subject access requests


def __getattr__(name: str) -> object:
    # pandas API (pii_scanner/reports/frames.py), imported on first use: the CLI should not pay for pandas.
    if name in _FRAMES:
        from pii_scanner.analysis import frames

        return getattr(frames, name)
    if name in _ACCESS:  # access requests (pii_scanner/access), imported on first use too
        from pii_scanner import access

        return getattr(access, name)
    raise AttributeError(f"module 'pii_scanner' has no attribute {name!r}")
