"""Identifiers in file names written with any separator the detector reads, percent-encoded once or
twice (a file literally named ``pnr%20...``), stay masked in locations, scan output and the index."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

from pii_scanner.core.privacy import scrub
from tests.helpers.nordic_numbers import make_personnummer

CPR = "0707614285"
PNR = make_personnummer(datetime.date(1961, 7, 7), 428)  # 196107074285
# Every separator the national-ID recognizer accepts between date and serial, and the spaced dash
# of scanned forms ("DDMMYY - SSSS").
SEPARATORS = ["", "-", "+", " ", "_", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\u00a0", "\u202f", " - "]
SEPARATORS += ["\u00a0-\u00a0", "\u202f\u2013\u202f"]


def _written(sep: str) -> list[str]:
    return [f"{CPR[:6]}{sep}{CPR[6:]}", f"{PNR[:8]}{sep}{PNR[8:]}", f"{PNR[2:8]}{sep}{PNR[8:]}"]


def _fully_decoded(text: str) -> str:
    for _ in range(4):
        text = unquote(text)
    return text


def _serial_shown(out: str) -> bool:
    digits = "".join(c for c in _fully_decoded(out) if c.isdigit())
    return any(serial in digits for serial in ("07076142", "6107074285", "196107074285", "0707614285"))


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real CLI in a child process (scan or sweep of a share of hostile names)."""
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args],
        capture_output=True,
        text=True,
        env=env if env is not None else os.environ | {"PII_SCANNER_KEY": "k" * 32},
        timeout=300,
    )


@pytest.mark.parametrize("sep", SEPARATORS, ids=[f"U+{ord(s[0]):04X}x{len(s)}" if s else "none" for s in SEPARATORS])
@pytest.mark.parametrize("encoding", ["plain", "uri", "uri-twice", "literal-percent-20"])
def test_identifier_in_a_name_masked_with_any_separator_and_encoding(sep: str, encoding: str) -> None:
    for written in _written(sep):
        name = f"løn {written}.pdf" if encoding != "literal-percent-20" else f"pnr%20{written}.pdf"
        location = {
            "plain": f"/srv/{name}",
            "uri": Path(f"/srv/{name}").as_uri(),
            "uri-twice": "file:///srv/" + quote(quote(name)),
            "literal-percent-20": Path(f"/srv/{name}").as_uri(),
        }[encoding]
        out = scrub(location) or ""
        assert "X" in out and not _serial_shown(out.replace("X", "")), (location, out)
        # Masking only hides the serial: the date stays, the rest of the name is untouched.
        assert out.count("X") == 4, out


def test_scan_and_sweep_keep_such_names_masked(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    names = [f"{CPR[:6]}\u2011{CPR[6:]}.txt", f"pnr%20{PNR}.txt", f"{CPR[:6]}\u00a0-\u00a0{CPR[6:]} notat.txt"]
    for name in names:
        (share / name).write_text("Intet at se her.\n", encoding="utf-8")
    env = os.environ | {"PII_SCANNER_KEY": "k" * 32}
    scan = _cli("scan", str(share), "--format", "jsonl", "--workers", "1", env=env)
    assert scan.returncode in (0, 1), scan.stderr  # 1: the identifiers in the names are findings of their own
    records = [json.loads(line) for line in scan.stdout.splitlines()]
    assert len([r for r in records if r["record"] == "item"]) == len(names)
    for record in records:
        assert not _serial_shown(record["location"].replace("X", "")), record["location"]
        assert not _serial_shown(record["path"].replace("X", "")), record["path"]
    shown = _fully_decoded(scan.stdout + scan.stderr)
    for written in [*_written("\u2011"), *_written("\u00a0-\u00a0"), *_written(""), *_written("-")]:
        assert written not in shown, written
    db = tmp_path / "index.sqlite3"
    sweep = _cli("sweep", str(share), "--db", f"sqlite:///{db}", env=env)
    assert sweep.returncode in (0, 1), sweep.stderr
    for file in tmp_path.glob("index.sqlite3*"):
        raw = file.read_bytes()
        for needle in (CPR, PNR, PNR[2:], f"{CPR[:6]}\u2011{CPR[6:]}", f"{CPR[:6]}%E2%80%91{CPR[6:]}"):
            assert needle.encode() not in raw, (file.name, needle)
            assert quote(needle).encode() not in raw, (file.name, needle)


# A word before a grouped number: in a location the space is "%20", whose hex digits read as digits, so a
# run read from the escape ("2004 06 71 0416") validates nothing and the true one must still be found.
GROUPED_AFTER_WORD = [
    "Sag 04 06 71 0416",
    "Sag 04.06.71-0416",
    "Sag 0406 71 04 16",
    "Sø 04 06 71 0416",
    "Akt 040671 0416",
]


def _grouped_serial_shown(out: str) -> bool:
    digits = "".join(c for c in _fully_decoded(out) if c.isdigit())
    return "0406710416" in digits or "710416" in digits or "0416" in digits[-4:]


@pytest.mark.parametrize("folder", GROUPED_AFTER_WORD)
@pytest.mark.parametrize("scheme", ["file", "imap", "smb", "twice"])
def test_grouped_identifier_after_a_word_masked_in_encoded_locations(folder: str, scheme: str) -> None:
    encoded = quote(folder) if scheme != "twice" else quote(quote(folder))
    location = {
        "file": f"file:///srv/{encoded}/n.txt",
        "imap": f"imap://user@127.0.0.1:1143/{encoded};UIDVALIDITY=7/;UID=1",
        "smb": f"smb://127.0.0.1/data/{encoded}/n.txt",
        "twice": f"file:///srv/{encoded}/n.txt",
    }[scheme]
    out = scrub(location) or ""
    assert "XX" in out and not _grouped_serial_shown(out.replace("X", "")), (location, out)
    # the path form is masked the same way (the same serial hidden)
    assert not _grouped_serial_shown((scrub(f"/srv/{folder}/n.txt") or "").replace("X", ""))


def test_scan_masks_a_grouped_folder_name_in_the_location(tmp_path: Path) -> None:
    share = tmp_path / "share"
    for folder in GROUPED_AFTER_WORD:
        (share / folder).mkdir(parents=True)
        (share / folder / "n.txt").write_text("Intet at se her.\n", encoding="utf-8")
    scan = _cli("scan", str(share), "--format", "jsonl", "--workers", "1")
    assert scan.returncode in (0, 1), scan.stderr
    items = [json.loads(line) for line in scan.stdout.splitlines() if '"item"' in line]
    assert len(items) == len(GROUPED_AFTER_WORD)
    for record in items:
        for field in ("location", "path"):
            shown = _fully_decoded(record[field]).replace(str(tmp_path), "")
            assert "0416" not in shown and "04 16" not in shown, (field, record[field])


# Payment card numbers and IBANs in names: masked as the same values in text (all but the last four),
# compact, grouped or percent-encoded; numbers that do not validate stay readable.
CARD_AND_IBAN_NAMES = {
    "kort_4111111111111111.txt": "kort_XXXXXXXXXXXX1111.txt",
    "kontoudtog DK5000400440116243.pdf.txt": "kontoudtog DKXXXXXXXXXXXX6243.pdf.txt",
    "Visa 5500 0000 0000 0004 spærret.txt": "Visa XXXX XXXX XXXX 0004 spærret.txt",
    "Amex 3782-822463-10005.pdf": "Amex XXXX-XXXXXX-X0005.pdf",
    "konto DK50 0040 0440 1162 43.pdf": "konto DKXX XXXX XXXX XX62 43.pdf",
    "se4550000000058398257466kvittering.txt": "seXXXXXXXXXXXXXXXXXX7466kvittering.txt",
    "Dankort 5019717010103742 og 070761-4285.txt": "Dankort XXXXXXXXXXXX3742 og 070761-XXXX.txt",
    "Faktura 4111111111111112.pdf": "Faktura 4111111111111112.pdf",  # Luhn fails: not a card
    "backup 20230115123045.log": "backup 20230115123045.log",
    "DK5000400440116244.txt": "DK5000400440116244.txt",  # mod 97 fails
}


@pytest.mark.parametrize(("name", "masked"), CARD_AND_IBAN_NAMES.items())
def test_card_and_iban_in_a_name_masked_plain_and_encoded(name: str, masked: str) -> None:
    assert scrub(f"/srv/share/{name}") == f"/srv/share/{masked}"
    for once in (quote(name), quote(quote(name))):
        assert unquote(unquote(scrub(f"file:///srv/{once}") or "")) == f"file:///srv/{masked}"


def test_scan_and_sweep_mask_card_and_iban_names(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "DK50 0040 0440 1162 43").mkdir(parents=True)
    for name in ("kort_4111111111111111.txt", "kontoudtog DK5000400440116243.pdf.txt", "Visa 5500 0000 0000 0004.txt"):
        (share / name).write_text("Intet at se her.\n", encoding="utf-8")
    (share / "DK50 0040 0440 1162 43" / "n.txt").write_text("Intet.\n", encoding="utf-8")
    env = os.environ | {"PII_SCANNER_KEY": "k" * 32}
    scan = _cli("scan", str(share), "--format", "jsonl", "--workers", "1", env=env)
    assert scan.returncode in (0, 1), scan.stderr
    items = [json.loads(line) for line in scan.stdout.splitlines() if '"item"' in line]
    assert len(items) == 4
    plain = ("4111111111111111", "5500 0000 0000", "DK5000400440116243", "DK50 0040 0440 1162")
    shown = _fully_decoded(scan.stdout + scan.stderr)
    assert not [p for p in plain if p in shown]
    assert "kort_XXXXXXXXXXXX1111.txt" in shown and "DKXX XXXX XXXX XX62 43/n.txt" in shown
    sweep = _cli("sweep", str(share), "--db", f"sqlite:///{tmp_path / 'i.sqlite3'}", env=env)
    assert sweep.returncode in (0, 1), sweep.stderr
    for file in tmp_path.glob("i.sqlite3*"):
        raw = file.read_bytes()
        for needle in plain:
            assert needle.encode() not in raw and quote(needle).encode() not in raw, (file.name, needle)
