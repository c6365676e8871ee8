"""A phone number in a file or folder name (`+45 22 33 44 55.txt`, `076-523 45 67 kontakt.docx`) was kept as
written in locations, paths and the index. Masked where written in a phone's form (a `+`/`00` prefix, a Danish
number in pairs or fours, a Swedish one after its area code), all but the last two digits; invoice, version,
date and case numbers stay."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from pii_scanner.core.privacy import scrub_location

PHONES = {
    "+45 22 33 44 55.txt": "+45 XX XX XX 55.txt",
    "076-523 45 67 kontakt.docx": "XXX-XXX XX 67 kontakt.docx",
    "ring 0045 22334455.pdf": "ring 0045 XXXXXX55.pdf",
    "Tlf 2233 4455.txt": "Tlf XXXX XX55.txt",
    "Kontakt 70 10 20 30": "Kontakt XX XX XX 30",
    "+46 8 123 456 78.msg": "+46 X XXX XXX 78.msg",
    "08-723 456 78.txt": "XX-XXX XXX 78.txt",
}
OTHERS = [
    "Faktura 87654321.pdf",
    "Faktura 2019-114.docx",
    "Status på Deres sag 2023-0147.eml",
    "2023-01-15 backup.log",
    "v1.2.3.tar.gz",
    "release 2.10.1234.zip",
    "Rapport 2019 2020.pdf",
    "01-02-2023.txt",
    "IMG_20230115_123456.jpg",
    "budget 4000-5000.xlsx",
    "order 1234567890",
    "sag 2023-0147 07 07 61.txt",  # a number after a case number is no area code's
]


@pytest.mark.parametrize("name", sorted(PHONES))
def test_a_phone_in_a_name_is_masked_but_its_last_two(name: str) -> None:
    assert scrub_location(f"/srv/{name}/a.txt") == f"/srv/{PHONES[name]}/a.txt"
    encoded = scrub_location(f"file:///srv/{quote(name)}") or ""
    assert encoded == f"file:///srv/{quote(PHONES[name], safe='/%')}".replace("%25", "%"), encoded


@pytest.mark.parametrize("name", OTHERS)
def test_numbers_in_no_phone_form_stay(name: str) -> None:
    assert scrub_location(f"/srv/{name}") == f"/srv/{name}"
    assert scrub_location(f"file:///srv/{quote(name)}") == f"file:///srv/{quote(name)}"


def _leaks(text: str) -> list[str]:
    forms = ["22 33 44", "523 45", "22%2033%2044", "523%2045"]
    return [f for f in forms if f in text]


def _share(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    (share / "Kontakt +45 22 33 44 55").mkdir(parents=True)
    (share / "Kontakt +45 22 33 44 55" / "notat.txt").write_text("Mødet er flyttet.\n", encoding="utf-8")
    (share / "076-523 45 67 kontakt.txt").write_text("Mødet er flyttet.\n", encoding="utf-8")
    return share


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_scan_never_shows_a_phone_of_a_name(tmp_path: Path, cli: list[str], fmt: str) -> None:
    run = subprocess.run([*cli, "scan", str(_share(tmp_path)), "--format", fmt], capture_output=True)
    out = run.stdout.decode("utf-8") + run.stderr.decode("utf-8")
    assert run.returncode in (0, 1), out
    assert "notat.txt" in out and not _leaks(out), out


def test_the_index_keeps_no_phone_of_a_name(tmp_path: Path, cli: list[str]) -> None:
    db = tmp_path / "index.db"
    run = subprocess.run([*cli, "sweep", str(_share(tmp_path)), "--db", str(db)], capture_output=True)
    assert run.returncode in (0, 1), run.stderr
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert con.execute("SELECT count(*) FROM items").fetchone()[0] >= 2
    assert not _leaks(db.read_bytes().decode("utf-8", "replace"))
