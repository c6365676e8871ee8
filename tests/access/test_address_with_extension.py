"""A file named by an address with its extension straight after it (``soren@x.dk.txt``) names soren@x.dk: the
live search, verify-erasure and the index search read the address without the extension (was: read as the
domain ``x.dk.txt``, the file missed), and the location's keyed tag is the address's. A real domain ending in
a word that is also an extension (``google.zip``) is still met as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.access import Subject, search
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.privacy import Fingerprinter, address_readings, address_tag, load_key, scrub_location
from pii_scanner.sweeps.engine import sweep

MAIL = "soren.ostergaard@example.dk"
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "address-extension-test-key-0123456789")


def test_a_name_ending_in_an_extension_is_the_address(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / f"{MAIL}.txt").write_text("Tak for sidst.\n", encoding="utf-8")
    (share / f"{MAIL}.pdf.zip").write_text("Tak for sidst.\n", encoding="utf-8")
    (share / "anden@example.dk.txt").write_text("Tak for sidst.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.db'}"
    config = tmp_path / "sweep.toml"
    config.write_text(f'[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{share}"]\n', encoding="utf-8")
    sweep(config_path=config, db=db, config=CONFIG)
    subject = Subject.of(email=MAIL)
    index = {h.location for h in search(db, subject).hits}
    live = {h.location for h in search(db, subject, live=True, config=config).hits if "live" in h.seen_in}
    assert len(index) == 2 and index == live, (index, live)
    assert not any("anden" in loc for loc in index | live)


def test_the_location_tag_is_the_address_s() -> None:
    tag = address_tag(Fingerprinter(load_key()))
    named = scrub_location(f"/srv/del/{MAIL}.txt", tag) or ""
    plain = scrub_location(f"/srv/del/{MAIL}", tag) or ""
    assert MAIL not in named
    assert named.rsplit("/", 1)[1].removesuffix(".txt") == plain.rsplit("/", 1)[1]


def test_real_domains_are_read_as_written() -> None:
    assert address_readings("jan@firma.pl") == ["jan@firma.pl"]  # a country domain, not an extension
    assert address_readings("jan@google.zip") == ["jan@google.zip"]  # two labels kept
    assert address_readings("jan@firma.se.docx")[-1] == "jan@firma.se"
    assert address_readings("jan@mail.firma.dk")[-1] == "jan@mail.firma.dk"
