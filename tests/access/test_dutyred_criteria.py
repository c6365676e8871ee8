"""Hostile search criteria (red team dutyred, session 17): an e-mail criterion pasted as mail writes it
("Name <address>", mailto:) is the address, never a text that matches nothing and so answers "nothing
held" / "clean"; anything that is not one address is refused. A CPR or personnummer pasted with dots or
another dash is the same number ("any written form")."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import pytest

from pii_scanner.access.subject import Subject, SubjectError
from pii_scanner.core.privacy import Fingerprinter
from tests.helpers.nordic_numbers import make_cpr

FP = Fingerprinter(b"k" * 32)
CPR = make_cpr(datetime.date(1961, 7, 7), 2)
ADDRESS = "soren.ostergaard@example.dk"


def _fps(**criteria: str) -> set[str]:
    return {f for k in Subject.of(**criteria).key(FP).idents for f in k.fps}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "written",
    [
        f"Søren Østergaard <{ADDRESS}>",
        f'"Østergaard, Søren" <{ADDRESS.upper()}>',
        f"<{ADDRESS}>",
        f"mailto:{ADDRESS}",
        f"MAILTO:{ADDRESS}?subject=Indsigt",
        f"{ADDRESS} (Søren Østergaard)",
        f"  {ADDRESS.title()}  ",
    ],
)
def test_an_address_as_mail_writes_it_is_the_address(written: str) -> None:
    assert _fps(email=written) == _fps(email=ADDRESS)
    assert Subject.of(email=written).key(FP).fingerprint == Subject.of(email=ADDRESS).key(FP).fingerprint


@pytest.mark.parametrize(
    "written",
    [f"{ADDRESS}, jens@firma.dk", f"{ADDRESS}; jens@firma.dk", "a@b@c.dk", "soren ostergaard@example.dk", "x@", "@x"],
)
def test_what_is_not_one_address_is_refused_without_echo(written: str) -> None:
    with pytest.raises(SubjectError) as info:
        Subject.of(email=written).key(FP)
    assert "--email" in str(info.value) and written not in str(info.value)


@pytest.mark.parametrize(
    "written",
    [
        f"{CPR[:2]}.{CPR[2:4]}.{CPR[4:6]}-{CPR[6:]}",
        f"{CPR[:6]}\u2013{CPR[6:]}",
        f"{CPR[:2]}-{CPR[2:4]}-{CPR[4:6]}-{CPR[6:]}",
        f"{CPR[:6]}/{CPR[6:]}",
        f"{CPR[:2]} {CPR[2:4]} {CPR[4:6]} {CPR[6:]}",
    ],
)
def test_a_cpr_in_any_written_form_is_the_same_number(written: str) -> None:
    assert _fps(cpr=written) == _fps(cpr=CPR)


def test_a_personnummer_with_dots_or_another_dash_is_the_same_number() -> None:
    assert _fps(personnummer="1984.03.12-2453") == _fps(personnummer="198403122453")
    assert _fps(personnummer="840312\u20132453") == _fps(personnummer="840312-2453")
    assert _fps(personnummer="840312+2453") != _fps(personnummer="840312-2453")  # the century mark stays


@pytest.mark.parametrize("written", [f"CPR {CPR}", f"{CPR} {CPR}", f"{CPR}1"])
def test_a_cpr_with_words_or_two_numbers_is_still_refused(written: str) -> None:
    with pytest.raises(SubjectError):
        Subject.of(cpr=written).key(FP)


def test_verify_erasure_with_a_display_name_address_is_not_clean(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "brev.txt").write_text(f"Svar sendt til {ADDRESS.upper()} i dag.\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n[[sources]]\ntype = "paths"\nname = "share"\n'
        f'paths = ["{share}"]\n',
        encoding="utf-8",
    )
    run = subprocess.run(
        [*cli, "verify-erasure", "--config", str(config), "--email", f"Søren Østergaard <{ADDRESS}>"],
        capture_output=True,
        text=True,
    )
    report = json.loads(run.stdout)
    assert run.returncode == 1 and report["status"] == "traces_remain", run.stderr[-500:]
    assert ADDRESS not in (run.stdout + run.stderr).casefold()
