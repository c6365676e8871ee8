"""A file or folder name holding a base64 copy of a CPR, personnummer or e-mail address ("MDcwNzYxNDI4NQ==.txt",
a folder named by an encoded address) kept the blob in `path`/`location` of every output format and the index:
anyone decodes it. Masked as the access pack masks an encoded value: "[ENCODED]", when the decoded text holds
what names are masked for; a blob decoding to nothing of the kind, and long words, stay."""

from __future__ import annotations

import base64
import datetime
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from pii_scanner.core.privacy import scrub, scrub_location
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

CPR = make_cpr(datetime.date(1961, 7, 7), 42)
PNR = make_personnummer(datetime.date(1984, 3, 12), 245)
MAIL = "soren.ostergaard@example.dk"
BLOBS = {
    "cpr": base64.b64encode(CPR.encode()).decode(),
    "cpr-dash": base64.urlsafe_b64encode(f"CPR {CPR[:6]}-{CPR[6:]} Søren".encode()).decode(),
    "pnr": base64.b64encode(PNR.encode()).decode(),
    "mail": base64.b64encode(MAIL.encode()).decode(),
}


def _leaks(text: str) -> list[str]:
    out = []
    for blob in BLOBS.values():
        body = blob.rstrip("=")
        out += [f for f in (body, quote(body), quote(quote(body))) if f in text]
    return out


@pytest.mark.parametrize("kind", sorted(BLOBS))
def test_an_encoded_value_in_a_name_is_masked(kind: str) -> None:
    blob = BLOBS[kind]
    for written in (f"/srv/{blob}.txt", f"/srv/{blob}/notat.txt", f"file:///srv/{quote(blob, safe='')}/a.txt"):
        for out in (scrub(written), scrub_location(written)):
            assert out is not None and not _leaks(out) and "[ENCODED]" in out, out


def test_other_blobs_and_long_words_stay() -> None:
    plain = base64.b64encode(b"Referat 2023 mode").decode()
    for written in (f"/srv/{plain}.txt", "/srv/Persondataforordningen.txt", "/srv/a3f5c2d9e8b7a6c5d4e3f2a1b0c9.bin"):
        assert scrub_location(written) == written


def _share(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    folder = share / BLOBS["mail"]
    folder.mkdir(parents=True)
    (folder / "notat.txt").write_text("Mødet er flyttet.\n", encoding="utf-8")
    for kind in ("cpr", "cpr-dash", "pnr"):
        (share / f"{BLOBS[kind]}.txt").write_text("Mødet er flyttet.\n", encoding="utf-8")
    return share


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table", "human"])
def test_scan_never_shows_an_encoded_value_of_a_name(tmp_path: Path, cli: list[str], fmt: str) -> None:
    run = subprocess.run([*cli, "scan", str(_share(tmp_path)), "--format", fmt], capture_output=True)
    out = run.stdout.decode("utf-8") + run.stderr.decode("utf-8")
    assert run.returncode in (0, 1), out
    assert not _leaks(out), out


def test_the_index_keeps_no_encoded_value_of_a_name(tmp_path: Path, cli: list[str]) -> None:
    db = tmp_path / "index.db"
    run = subprocess.run([*cli, "sweep", str(_share(tmp_path)), "--db", str(db)], capture_output=True)
    assert run.returncode in (0, 1), run.stderr
    assert not _leaks(run.stdout.decode("utf-8") + run.stderr.decode("utf-8"))
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert con.execute("SELECT count(*) FROM items").fetchone()[0] >= 4
    raw = db.read_bytes().decode("utf-8", "replace")
    assert not _leaks(raw)
