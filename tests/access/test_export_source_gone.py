"""Hostile: `request export` (index answer, no --live) whose configured source cannot be opened to re-read the
items (a share not mounted, a server down) writes a pack without a copy of the data. It said nothing
(failed_sources empty, exit 0); it must name the source and exit 4, as --live does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.access import Subject, request_export, request_open
from pii_scanner.sweeps.engine import sweep

CPR = "0707614285"
KEY = "export-source-gone-key-0123456789abcdef"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", KEY)


def test_a_source_that_cannot_be_opened_for_the_excerpts_fails_the_export(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "brev.txt").write_text("Søren Østergaard, CPR 070761-4285\n", encoding="utf-8")
    db = tmp_path / "index.db"
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{db}"\n[[sources]]\nname = "drev"\ntype = "paths"\npaths = ["{share}"]\n', encoding="utf-8"
    )
    sweep(config_path=config, notify=False)
    case = request_open(None, Subject.of(cpr=CPR), config=config)
    share.rename(tmp_path / "unmounted")  # the share is not there when the pack is made
    result = request_export(None, case.id, tmp_path / "pack", config=config)
    assert result.items == 1 and result.excerpts == 0 and result.unavailable == 1
    assert result.failed_sources == ["drev"] and result.partial
    assert json.loads((tmp_path / "pack" / "data.json").read_text(encoding="utf-8"))["failed_sources"] == ["drev"]
    cli = [sys.executable, "-m", "pii_scanner", "request", "export", str(case.id), "--config", str(config)]
    proc = subprocess.run(
        [*cli, "-o", str(tmp_path / "pack2.zip")],
        capture_output=True,
        text=True,
        env=os.environ | {"PII_SCANNER_KEY": KEY},
    )
    assert proc.returncode == 4, proc.stderr
    # Mounted again: the same export is whole.
    (tmp_path / "unmounted").rename(share)
    again = request_export(None, case.id, tmp_path / "pack3", config=config)
    assert again.failed_sources == [] and again.excerpts == 1 and not again.partial
