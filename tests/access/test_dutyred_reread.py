"""An item the pack cannot read again (red team dutyred, session 17): a file grown past the size limit or
an archive broken since the sweep still holds the subject's data as far as anyone knows. The pack says
why (never "moved, deleted"), counts it `unreadable` and `request export` exits 4, not 0."""

from __future__ import annotations

import datetime
import io
import json
import subprocess
import zipfile
from pathlib import Path

from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 2)
DASHED = f"{CPR[:6]}-{CPR[6:]}"


def test_an_item_that_cannot_be_read_again_makes_the_export_exit_4(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "notat.txt").write_text(f"Notat om Søren Østergaard, CPR {DASHED}.\n", encoding="utf-8")
    (share / "ok.txt").write_text(f"Søren Østergaard {DASHED}\n", encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("inner.txt", f"CPR {DASHED} i arkivet\n")
    (share / "arkiv.zip").write_bytes(buf.getvalue())
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n[scan.limits]\nmax_file_size = 1048576\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*cli, *args, "--config", str(config)], capture_output=True, text=True)

    assert run("sweep").returncode == 1
    assert run("request", "open", "--cpr", DASHED).returncode == 0
    with (share / "notat.txt").open("a", encoding="utf-8") as f:  # grown past the limit since the sweep
        f.write("x" * 2 * 1048576)
    (share / "arkiv.zip").write_bytes(buf.getvalue()[:60])  # broken since the sweep

    for n, extra in enumerate(((), ("--live",))):
        pack = tmp_path / f"pack{n}"
        done = run("request", "export", "1", "-o", str(pack), *extra)
        assert done.returncode == 4, done.stderr[-800:]
        data = json.loads((pack / "data.json").read_text(encoding="utf-8"))
        notes = {Path(i["location"]).name: i.get("excerpt_note") or "" for i in data["items"]}
        assert notes["notat.txt"].startswith("could not be read now") and "larger" in notes["notat.txt"]
        assert notes["inner.txt"].startswith("could not be read now"), notes
        assert notes["ok.txt"] == ""
        assert data["unreadable"] >= 2
        assert CPR[6:] not in done.stderr
