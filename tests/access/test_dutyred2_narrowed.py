"""A narrowed configuration never certifies an erasure (red team dutyred2, session 20): `verify-erasure`
with the index's configuration cut down (a source left out, a share's paths pointed at a subfolder) said
"clean", exit 0 (and `--record` entered the ledger) while the index held the subject in files still on the
share that the check never looked at. Such items are counted (`index_items_not_checked`) and the check
exits 4; a file really deleted is no obstacle."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 2)


def _config(path: Path, db: Path, sources: dict[str, Path]) -> Path:
    text = f'[store]\ndb = "{db}"\n'
    for name, where in sources.items():
        text += f'[[sources]]\ntype = "paths"\nname = "{name}"\npaths = ["{where}"]\n'
    path.write_text(text, encoding="utf-8")
    return path


def _verify(cli: list[str], config: Path) -> tuple[int, dict[str, object]]:
    run = subprocess.run(
        [*cli, "verify-erasure", "--config", str(config), "--cpr", CPR, "--record", "J.nr. 3"],
        capture_output=True,
        text=True,
    )
    assert CPR[6:] not in run.stdout + run.stderr
    return run.returncode, json.loads(run.stdout)


def test_a_narrowed_configuration_never_certifies_clean(tmp_path: Path, cli: list[str]) -> None:
    share, mail, sub = tmp_path / "share", tmp_path / "mail", tmp_path / "share" / "ren"
    sub.mkdir(parents=True)
    mail.mkdir()
    (share / "notat.txt").write_text(f"Klient CPR {CPR[:6]}-{CPR[6:]}\n", encoding="utf-8")
    (mail / "brev.txt").write_text(f"CPR {CPR}\n", encoding="utf-8")
    (sub / "tom.txt").write_text("Intet her.\n", encoding="utf-8")
    db = tmp_path / "index.sqlite3"
    full = _config(tmp_path / "full.toml", db, {"share": share, "mail": mail})
    subprocess.run([*cli, "sweep", "--config", str(full)], capture_output=True, check=False)
    for narrowed in (
        _config(tmp_path / "one.toml", db, {"share": share}),  # the mail source left out
        _config(tmp_path / "sub.toml", db, {"share": sub, "mail": mail}),  # the share narrowed to a subfolder
    ):
        (mail / "brev.txt").write_text("Slettet.\n", encoding="utf-8") if "sub" in narrowed.name else None
        code, report = _verify(cli, narrowed)
        assert code == 4 and report["status"] == "incomplete", report
        assert report["ledger_entry"] is None
        assert report["not_verifiable"]["index_items_not_checked"] >= 1  # type: ignore[index]


def test_deleted_files_still_in_the_index_do_not_block_a_clean_check(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "notat.txt").write_text(f"Klient CPR {CPR[:6]}-{CPR[6:]}\n", encoding="utf-8")
    config = _config(tmp_path / "full.toml", tmp_path / "index.sqlite3", {"share": share})
    subprocess.run([*cli, "sweep", "--config", str(config)], capture_output=True, check=False)
    (share / "notat.txt").unlink()
    code, report = _verify(cli, config)
    assert code == 0 and report["status"] == "clean", report
