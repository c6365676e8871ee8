"""The subject's identifiers written percent-encoded (a URL's query, a link pasted into a note or a CRM
field: `cpr=070761%2D4285`, `soren%40example.dk`) are the same values (red team dutyred2, session 20):
`verify-erasure` never says "clean" while one remains, the live search finds it, and a restored copy
is flagged. Another person's number written so is no trace."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import pytest

from pii_scanner.core.model import Explanation
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.known import find_known
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 2)
SIBLING = make_cpr(datetime.date(1961, 7, 7), 3)
MAIL = "soren.ostergaard@example.dk"
WHY = Explanation(recognizer="test", pattern="known")


def _fp() -> Fingerprinter:
    return Fingerprinter(b"k" * 32)


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        (f"https://crm.example.dk/kunde?cpr={CPR[:6]}%2D{CPR[6:]}&x=1", "cpr"),
        (f"q={CPR[:6]}%2d{CPR[6:]}", "cpr"),
        (f"q={CPR[:6]}%20{CPR[6:]}", "cpr"),
        (f"q={CPR[:2]}%2E{CPR[2:4]}%2E{CPR[4:6]}%2D{CPR[6:]}", "cpr"),
        (f"q=%30{CPR[1:]}", "cpr"),  # a digit escaped too
        ("mailto:soren.ostergaard%40example.dk?subject=x", "email"),
        ("to=soren.ostergaard%2540example.dk", "email"),  # encoded twice (a URL inside a URL)
        ("tel=%2B45%2040%2050%2060%2070", "phone"),
    ],
)
def test_percent_encoded_identifiers_are_found(written: str, kind: str) -> None:
    fp = _fp()
    wanted = {"cpr": {fp(CPR)}, "email": {fp(MAIL)}, "phone": {fp("+4540506070"), fp("40506070")}}
    text = f"Se linket: {written} (sendt i går)"
    found = find_known(text, fp, wanted, WHY)
    assert [f.entity_type for f in found] == [
        {"cpr": "DK_CPR", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER"}[kind]
    ], written
    # The finding's offsets are the text's own: the encoded characters as written.
    assert text[found[0].start : found[0].end] == found[0].value
    assert "%" in found[0].value and found[0].value in written


def test_another_persons_encoded_number_is_not_the_subjects() -> None:
    fp = _fp()
    text = f"cpr={SIBLING[:6]}%2D{SIBLING[6:]}&n=1{CPR[:6]}%2D{CPR[6:]}"  # the subject's digits inside a longer run
    assert find_known(text, fp, {"cpr": {fp(CPR)}}, WHY) == []


def test_verify_erasure_is_not_clean_over_a_url_holding_the_subject(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "link.txt").write_text(
        f"Link: https://crm.example.dk/kunde?cpr={CPR[:6]}%2D{CPR[6:]}&ref=7\n", encoding="utf-8"
    )
    (share / "mail.txt").write_text(f"Skriv til {MAIL.replace('@', '%40')}\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n[[sources]]\ntype = "paths"\nname = "share"\n'
        f'paths = ["{share}"]\n',
        encoding="utf-8",
    )
    for criterion in (["--cpr", f"{CPR[:6]}-{CPR[6:]}"], ["--email", MAIL]):
        run = subprocess.run(
            [*cli, "verify-erasure", "--config", str(config), *criterion, "--record", "J.nr. 9"],
            capture_output=True,
            text=True,
        )
        assert CPR[6:] not in run.stdout + run.stderr and MAIL not in run.stdout + run.stderr
        report = json.loads(run.stdout)
        assert run.returncode == 1 and report["status"] == "traces_remain", report
        assert report["ledger_entry"] is None


def test_a_bare_number_base64_encoded_is_found() -> None:
    import base64

    fp = _fp()
    blob = base64.b64encode(CPR.encode()).decode()  # ten digits: 14 characters and "==" padding
    found = find_known(f'{{"cpr": "{blob}"}}', fp, {"cpr": {fp(CPR)}}, WHY)
    assert [(f.entity_type, f.value) for f in found] == [("DK_CPR", blob)]


@pytest.mark.parametrize("prefix", ["Kunde ", "", "xx Søren Østergaard, "])
def test_a_base64_copy_holds_the_same_values(prefix: str) -> None:
    import base64

    fp = _fp()
    wanted = {"cpr": {fp(CPR)}, "email": {fp(MAIL)}}
    for plain, entity in ((f"{prefix}{CPR[:6]}-{CPR[6:]} stadig her", "DK_CPR"), (f"{prefix}{MAIL}", "EMAIL_ADDRESS")):
        blob = base64.b64encode(plain.encode()).decode()
        text = f'{{"doc": "{blob}", "n": 1}}'
        found = find_known(text, fp, wanted, WHY)
        assert [f.entity_type for f in found] == [entity] and found[0].value.rstrip("=") == blob.rstrip("="), plain
    other = base64.b64encode(f"Kunde {SIBLING}".encode()).decode()
    assert find_known(f'{{"doc": "{other}"}}', fp, wanted, WHY) == []
