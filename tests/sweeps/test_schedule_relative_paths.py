"""`schedule --db idx.db`: the nightly sweep runs in another folder (systemd: /, cron: $HOME), so a
relative index path is written absolute, as the config path is (was: passed as typed, and the nightly
sweep made and filled another index: /idx.db). URLs are passed byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.sweeps.schedule import schedule


@pytest.mark.parametrize("kind", ["systemd", "cron", "windows"])
def test_a_relative_index_path_is_written_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    monkeypatch.chdir(tmp_path)
    files = schedule("c.toml", kind=kind, db="idx.db", exe="/usr/bin/pii-scanner")
    text = "\n".join(files.values())
    assert str(tmp_path / "idx.db") in text and str(tmp_path / "c.toml") in text


def test_a_url_is_passed_as_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = "postgresql://scanner@db/pii"
    assert url in "\n".join(schedule("c.toml", kind="cron", db=url, exe="/usr/bin/pii-scanner").values())
