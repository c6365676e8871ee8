"""`scan --show-values -o FILE` writes plaintext identifiers (the user asked for them): the file is readable
by its owner only, also when it existed world-readable; without --show-values nothing changes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _scan(tmp_path: Path, out: Path, *extra: str) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Medarbejder CPR-nr.: 070761-4285\n", encoding="utf-8")
    env = os.environ | {"PII_SCANNER_KEY": "k" * 40}
    # --no-ner: names are not what this file is about, and loading the name finder was most of each run
    args = ["scan", str(doc), "-o", str(out), "--format", "jsonl", "--no-ner", *extra]
    run = subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr


def test_a_file_with_values_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "fund.jsonl"
    out.write_text("old\n")
    out.chmod(0o644)
    _scan(tmp_path, out, "--show-values")
    assert "070761-4285" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_masked_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "fund.jsonl"
    out.write_text("old\n")
    out.chmod(0o644)
    _scan(tmp_path, out)
    assert "070761-4285" not in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_a_reader_of_the_old_file_never_sees_the_values(tmp_path: Path) -> None:
    # Whoever opened yesterday's world-readable output keeps reading that file, not today's plaintext.
    out = tmp_path / "fund.jsonl"
    out.write_text("old\n")
    out.chmod(0o644)
    with out.open("rb") as reader:
        _scan(tmp_path, out, "--show-values")
        assert reader.read() == b"old\n"
    assert "070761-4285" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("target_exists", [True, False])
def test_a_link_at_the_output_path_is_replaced_never_followed(tmp_path: Path, target_exists: bool) -> None:
    public = tmp_path / "public"
    public.mkdir()
    target = public / "copy.jsonl"
    if target_exists:
        target.write_text("someone else's file\n")
    out = tmp_path / "fund.jsonl"
    out.symlink_to(target)
    _scan(tmp_path, out, "--show-values")
    assert not out.is_symlink()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "070761-4285" in out.read_text(encoding="utf-8")
    if target_exists:
        assert target.read_text() == "someone else's file\n"
    else:
        assert not target.exists()


def test_the_new_file_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "fund.jsonl"
    old = os.umask(0)
    try:
        _scan(tmp_path, out, "--show-values")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
