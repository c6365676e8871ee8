"""A folder named by the data subject is their data (red team dutyred, session 17): `verify-erasure`
never says "clean" (and never enters the ledger) while a folder on an item's path, on the share or
inside an archive, holds the subject's number in any written form; another person's folder is no trace."""

from __future__ import annotations

import datetime
import io
import json
import subprocess
import zipfile
from pathlib import Path

from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 2)
OTHER = make_cpr(datetime.date(1979, 4, 23), 5)


def _verify(cli: list[str], tmp_path: Path, share: Path, *extra: str) -> tuple[int, dict[str, object]]:
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n[[sources]]\ntype = "paths"\nname = "share"\n'
        f'paths = ["{share}"]\n',
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            *cli,
            "verify-erasure",
            "--config",
            str(config),
            "--cpr",
            f"{CPR[:6]}-{CPR[6:]}",
            "--record",
            "J.nr. 7",
            *extra,
        ],
        capture_output=True,
        text=True,
    )
    assert CPR[6:] not in run.stdout + run.stderr, "the number's last four digits never printed"
    return run.returncode, json.loads(run.stdout)


def test_a_folder_named_by_the_subject_is_a_trace(tmp_path: Path, cli: list[str]) -> None:
    folders = (f"Sag {CPR[:6]}-{CPR[6:]} Søren Østergaard", f"{CPR[:2]}.{CPR[2:4]}.{CPR[4:6]} {CPR[6:]}")
    for n, folder in enumerate(folders):
        share = tmp_path / f"share{n}"
        (share / "Sager" / folder).mkdir(parents=True)
        (share / "Sager" / folder / "notat.txt").write_text("Intet om nogen her.\n", encoding="utf-8")
        code, report = _verify(cli, tmp_path, share)
        assert code == 1 and report["status"] == "traces_remain", report
        assert report["ledger_entry"] is None


def test_a_folder_inside_an_archive_named_by_the_subject_is_a_trace(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"Ansatte/{CPR}/kontrakt.txt", "Ansættelseskontrakt, intet nummer.\n")
    (share / "arkiv.zip").write_bytes(buf.getvalue())
    code, report = _verify(cli, tmp_path, share)
    assert code == 1 and report["status"] == "traces_remain", report


def test_another_persons_folder_is_no_trace(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    (share / f"Sag {OTHER[:6]}-{OTHER[6:]}").mkdir(parents=True)
    (share / f"Sag {OTHER[:6]}-{OTHER[6:]}" / "notat.txt").write_text("Intet.\n", encoding="utf-8")
    code, report = _verify(cli, tmp_path, share)
    assert code == 0 and report["status"] == "clean", report


def test_a_file_or_folder_named_after_the_subject_is_a_trace(tmp_path: Path, cli: list[str]) -> None:
    """ "CV Søren Østergaard.pdf" is the rejected applicant's CV whatever it says inside: a trace by the
    full name (also folded, "Soeren Oestergaard"); another name or the surname alone is none."""
    for n, (place, trace) in enumerate(
        (
            ("CV Søren Østergaard.txt", True),
            ("Ansøgere 2024/SOEREN OESTERGAARD/ansøgning.txt", True),
            ("CV Jens Hansen.txt", False),
            ("Østergaard Byg/tilbud.txt", False),
        )
    ):
        share = tmp_path / f"named{n}"
        (share / place).parent.mkdir(parents=True, exist_ok=True)
        (share / place).write_text("Erfaring: ti år som tømrer.\n", encoding="utf-8")
        code, report = _verify(cli, tmp_path, share, "--name", "Søren Østergaard")
        assert (code, report["status"]) == ((1, "traces_remain") if trace else (0, "clean")), (place, report)
