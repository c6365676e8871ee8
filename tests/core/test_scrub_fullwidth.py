"""A CPR written in full-width digits in a file or folder name ("０７０７６１－４２８５", an input method left in
full-width mode): the detector reads it (a DK_CPR finding in the name, masked), but the location and path showed
it as written, in every output format and in the index (percent-encoded `%EF%BC%90...` in a location: readable
by decoding it). Masked as its ASCII reading is, each masked digit written X where it stood."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from pii_scanner.core.privacy import scrub, scrub_location

WIDE = "０７０７６１－４２８５"
SERIAL_WIDE = "４２８５"


def _leaks(text: str) -> list[str]:
    forms = [SERIAL_WIDE, quote(SERIAL_WIDE), quote(quote(SERIAL_WIDE)), "4285"]
    return [f for f in forms if f in text]


@pytest.mark.parametrize(
    "written",
    [
        f"/srv/Sag {WIDE}/notat.txt",
        f"file:///srv/{quote('Sag ' + WIDE)}/notat.txt",
        f"file:///srv/{quote(quote('Sag ' + WIDE))}.txt",  # a literal "%" in the name: encoded twice
        f"/srv/cpr ０７０７６１{SERIAL_WIDE}.txt",
        f"/srv/cpr ０７０７６１-{SERIAL_WIDE}.txt",
    ],
)
def test_full_width_identifiers_are_masked_in_names_and_locations(written: str) -> None:
    for out in (scrub(written), scrub_location(written)):
        assert out is not None and not _leaks(out), out
        assert "X" in out


def test_full_width_digits_that_are_no_identifier_stay() -> None:
    assert scrub("/srv/bilag １２３ af ４５６.txt") == "/srv/bilag １２３ af ４５６.txt"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table", "human"])
def test_scan_never_shows_a_full_width_cpr_in_a_name(tmp_path: Path, cli: list[str], fmt: str) -> None:
    folder = tmp_path / "share" / f"Sag {WIDE}"
    folder.mkdir(parents=True)
    (folder / f"notat {WIDE}.txt").write_text("Mødet er flyttet.\n", encoding="utf-8")
    run = subprocess.run([*cli, "scan", str(tmp_path / "share"), "--format", fmt], capture_output=True)
    out = run.stdout.decode("utf-8") + run.stderr.decode("utf-8")
    assert run.returncode == 1, out  # the CPR in the name is a finding
    assert not _leaks(out), out


def test_the_index_keeps_no_full_width_cpr_of_a_name(tmp_path: Path, cli: list[str]) -> None:
    folder = tmp_path / "share" / f"Sag {WIDE}"
    folder.mkdir(parents=True)
    (folder / f"notat {WIDE}.txt").write_text("Mødet er flyttet.\n", encoding="utf-8")
    db = tmp_path / "index.db"
    run = subprocess.run([*cli, "sweep", str(tmp_path / "share"), "--db", str(db)], capture_output=True)
    assert run.returncode in (0, 1), run.stderr
    assert not _leaks(run.stdout.decode("utf-8") + run.stderr.decode("utf-8"))
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db.read_bytes().decode("utf-8", "replace")
    assert not _leaks(raw)
