"""Suite-wide settings: a fixed fingerprint key and private config/data dirs for every test run.

Server fixtures (dovecot, PostgreSQL, SMTP) live in tests/servers/ and are imported by the tests
that need them.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Shared test helpers (number generators, file makers) import as top-level modules.
SHARED = ROOT.parent / "shared"

# Set before any test imports the package or starts a subprocess: no test touches the real
# user's key, config or data folders.
_HOME = Path(tempfile.mkdtemp(prefix="pii-scanner-tests-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)  # the run's key file and data go with it
os.environ["PII_SCANNER_KEY"] = "test-fingerprint-key"
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def cli() -> list[str]:
    """The command line that runs pii-scanner from this interpreter's environment."""
    exe = Path(sys.executable).with_name("pii-scanner")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "pii_scanner"]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED
