"""An archive may hold two members of the same name: zipfile writes a name twice, ``tar rf`` appends an
updated file again (a tar backup). Both became items under one location: the sweep stopped with exit 70
(UNIQUE constraint on the item's location) and never stored the rest of the share, every night again; a
private and a normal message under one location could not be told apart."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from tests.helpers.mail_messages import CONFIG, CPR, make_mail, process

PRIVATE_MAIL = bytes(make_mail(sensitivity="Private"))
NORMAL_MAIL = bytes(make_mail())


def _zip_twice(first: bytes, second: bytes) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w") as zf:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name it writes
        zf.writestr("post/besked.eml", first)
        zf.writestr("post/besked.eml", second)
    return buf.getvalue()


def _messages(results: list[Any]) -> dict[str, Any]:
    return {r.item.location: r for r in results if r.item.mail is not None}


@pytest.mark.parametrize("order", ["private first", "normal first"])
def test_two_zip_members_of_one_name_are_two_items(order: str) -> None:
    first, second = (PRIVATE_MAIL, NORMAL_MAIL) if order == "private first" else (NORMAL_MAIL, PRIVATE_MAIL)
    found = _messages(process(_zip_twice(first, second), CONFIG, name="x.zip"))
    assert sorted(loc.rsplit("!/", 1)[1] for loc in found) == ["post/besked.eml", "post/besked.eml#2"]
    assert sorted(r.private for r in found.values()) == [False, True]
    for r in found.values():
        assert r.item.name == "besked.eml"
        assert any(f.entity_type == "DK_CPR" for f in r.findings) is not r.private


@pytest.mark.skipif(shutil.which("tar") is None, reason="no tar command")
def test_a_sweep_of_a_share_with_duplicate_member_names_stores_everything(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "src").mkdir(parents=True)
    for n in range(3):
        (share / f"a{n}.txt").write_text(f"CPR {CPR} fil {n}\n")
    (share / "dupes.zip").write_bytes(_zip_twice(NORMAL_MAIL, PRIVATE_MAIL))
    work = tmp_path / "work"
    work.mkdir()
    (work / "rapport.txt").write_text(f"version 1, CPR {CPR}\n")
    subprocess.run(["tar", "cf", str(share / "backup.tar"), "rapport.txt"], cwd=work, check=True)
    (work / "rapport.txt").write_text("version 2, uden numre\n")
    subprocess.run(["tar", "rf", str(share / "backup.tar"), "rapport.txt"], cwd=work, check=True)  # appended again
    db = tmp_path / "idx.sqlite3"
    result = CliRunner().invoke(main, ["sweep", str(share), "--db", str(db), "--no-ner"])
    assert result.exit_code in (0, 1), result.output
    assert "internal_error" not in result.output and "IntegrityError" not in result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 3 + 1 + 2 + 1 + 2
    scanned = CliRunner().invoke(main, ["scan", str(share), "--no-ner", "--workers", "1"])
    items = [json.loads(line) for line in scanned.stdout.splitlines() if '"record": "item"' in line]
    locations = [i["location"] for i in items]
    assert len(locations) == len(set(locations)) == 9
    assert sum(1 for loc in locations if loc.endswith(("rapport.txt#2", "besked.eml#2"))) == 2
    with_findings = sorted(i["location"].rsplit("/share/", 1)[1] for i in items if i["findings"])
    assert with_findings == ["a0.txt", "a1.txt", "a2.txt", "backup.tar!/rapport.txt", "dupes.zip!/post/besked.eml"], (
        with_findings
    )
    assert [i["location"].rsplit("!/", 1)[1] for i in items if i["private"]] == ["post/besked.eml#2"]
