"""Hostile: a name search over an index swept without name recognition (`--no-ner`, `[scan.ner] enabled =
false`, entities without PERSON) answered "nothing held" (exit 0): names were never looked for. The answer
now counts the items read without it (`names_not_read`) and exits 4, as for items not read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.access import Subject, request_export, request_open, search
from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep

KEY = "names-not-looked-for-key-0123456789abcdef"
NAME = "Søren Østergaard"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", KEY)


def test_a_name_search_says_which_items_were_read_without_names(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "brev.txt").write_text(f"Kære {NAME}, tak for dit brev. Mvh Kommunen\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.db'}"
    sweep([share], db=db, config=ScanConfig().with_(ner__enabled=False))
    result = search(db, Subject.of(name=NAME))
    assert result.hits == [] and result.names_not_read == 1
    assert result.as_dict()["names_not_read"] == 1
    cli = [sys.executable, "-m", "pii_scanner", "search", "--db", db, "--name", NAME]
    proc = subprocess.run(cli, capture_output=True, text=True, env=os.environ | {"PII_SCANNER_KEY": KEY})
    assert proc.returncode == 4, proc.stderr
    assert json.loads(proc.stdout)["names_not_read"] == 1
    # The response pack of a case by that name is not the whole answer either (exit 4).
    case = request_open(db, Subject.of(name=NAME))
    assert request_export(db, case.id, tmp_path / "pack").partial
    # An identifier search does not depend on names: unaffected.
    assert search(db, Subject.of(cpr="0707614285")).names_not_read == 0
    # Read again with names: found, nothing left unread.
    (share / "brev.txt").write_text(f"Kære {NAME}, tak for dit brev igen. Mvh Kommunen\n", encoding="utf-8")
    sweep([share], db=db, config=ScanConfig())
    again = search(db, Subject.of(name=NAME))
    assert again.names_not_read == 0 and len(again.hits) == 1
