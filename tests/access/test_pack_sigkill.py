"""A process killed with SIGKILL while it builds an access-request pack leaves none of the subject's
plaintext readable behind it: the console builds its download in memory (nothing ever on disk); a
`request export` to a folder or zip writes aside in an owner-only staging entry named after its
process, which the next export into the same folder removes once that process is gone (a zip is
written into an unnamed file where the platform has them, so not even that is left).

The kill is real: a child process runs the export (the console through its own app, the CLI verb)
with one library step slowed down at the point where the pack is whole but not yet handed over."""

from __future__ import annotations

import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pii_scanner.access import Subject, request_export, request_open
from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep
from pii_scanner.web.users import users_add
from tests.helpers.nordic_numbers import make_cpr
from tests.web.conftest import PASSWORD

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SUBJECT = make_cpr(datetime.date(1961, 7, 7), 42)
FORMS = (SUBJECT, f"{SUBJECT[:6]}-{SUBJECT[6:]}")

# Runs in the child: the step named by argv[2] ("module:function"), before it does anything, writes a
# marker and sleeps, so that the parent kills the child exactly there. Then the export of argv[1] ("console"/"cli").
CHILD = r"""
import importlib, sys, time
from pathlib import Path
marker = Path(sys.argv[3])
module, name = sys.argv[2].split(":")
mod = importlib.import_module(module)
real = getattr(mod, name)
def slowed(*args, **kwargs):
    marker.write_text("here")
    time.sleep(120)
    return real(*args, **kwargs)
setattr(mod, name, slowed)
if sys.argv[1] == "console":
    import re
    from starlette.testclient import TestClient
    from pii_scanner.web import WebSettings, create_app
    db, config, password = sys.argv[4], sys.argv[5], sys.argv[6]
    client = TestClient(create_app(WebSettings(db=db, secure_cookies=False, secret_key="k" * 32,
                                               config_path=config)), follow_redirects=False)
    csrf = lambda html: re.search(r'name="csrf" value="([^"]+)"', html).group(1)
    page = client.get("/login")
    client.post("/login", data={"username": "dpo", "password": password, "csrf": csrf(page.text)})
    case_url = "/requests/" + sys.argv[7]
    client.post(case_url + "/export", data={"csrf": csrf(client.get(case_url).text)})
else:
    from pii_scanner.access import request_export
    request_export(sys.argv[4], int(sys.argv[7]), sys.argv[8], config=sys.argv[5])
"""


@pytest.fixture
def swept(tmp_path: Path) -> tuple[str, Path, int]:
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_text(f"Søren Østergaard, CPR {FORMS[1]}\n", encoding="utf-8")
    (root / "g.txt").write_text("Med venlig hilsen\nS. Østergaard\n\nPeter Østergaard\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.sqlite3'}"
    sweep([root], db=db, config=ScanConfig(workers=1), origin="share")
    users_add(db, "dpo", role="dpo", password=PASSWORD, display_name="Dpo", owner_names=["nobody-dpo"])
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{db}"\n\n[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{root}"]\norigin = "share"\n',
        encoding="utf-8",
    )
    case = request_open(db, Subject.of(cpr=SUBJECT, name="Søren Østergaard"))
    return db, config, case.id


def _kill_at(tmp_path: Path, step: str, *args: str) -> Path:
    """Run the child until it reaches ``step``, then SIGKILL it; its TMPDIR is returned."""
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    marker = tmp_path / "marker"
    marker.unlink(missing_ok=True)
    env = os.environ | {"TMPDIR": str(temp)}  # the key the index was swept with (conftest)
    child = subprocess.Popen([sys.executable, "-c", CHILD, args[0], step, str(marker), *args[1:]], env=env)
    try:
        deadline = time.monotonic() + 240
        while not marker.exists():
            assert child.poll() is None, f"the child ended ({child.returncode}) before reaching {step}"
            assert time.monotonic() < deadline, "the child never reached the step"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return temp


def _plaintext_under(folder: Path, but: Path) -> list[Path]:
    """Files under ``folder`` (not under ``but``, the swept share) holding the subject's number or a pack."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and but not in path.parents:
            data = path.read_bytes()
            if any(form.encode() in data for form in FORMS) or path.suffix == ".part" or b"PK" in data[:2]:
                found.append(path)
    return found


def test_the_console_killed_mid_download_leaves_no_pack_anywhere(tmp_path: Path, swept: tuple[str, Path, int]) -> None:
    db, config, case_id = swept
    # Killed with the pack built, before the export is recorded and the answer sent.
    temp = _kill_at(
        tmp_path, "pii_scanner.access.export:mark_exported", "console", db, str(config), PASSWORD, str(case_id)
    )
    assert list(temp.iterdir()) == []
    assert _plaintext_under(tmp_path, but=tmp_path / "share") == []


@pytest.mark.parametrize("name", ["folder", "pack.zip"])
def test_an_export_killed_before_its_rename_leaves_nothing_once_the_next_one_starts(
    tmp_path: Path, swept: tuple[str, Path, int], name: str
) -> None:
    db, config, case_id = swept
    out = tmp_path / "out"
    out.mkdir()
    # Killed with the whole pack written aside, before it is put in place (a folder is renamed; a
    # zip is flushed to disk first).
    step = "os:rename" if name == "folder" else "os:fsync"
    _kill_at(tmp_path, step, "cli", db, str(config), "-", str(case_id), str(out / name))
    left = list(out.iterdir())
    assert not (out / name).exists()  # nothing that looks like a whole pack
    for entry in left:  # what a kill leaves is owner-only and says whose process it was
        assert entry.name.startswith(".pack-") and entry.stat().st_mode & 0o077 == 0
    if name.endswith(".zip") and sys.platform.startswith("linux"):
        assert left == []  # written into an unnamed file: nothing at all is left
    request_export(db, case_id, out / "second.zip", config=config)  # the next export sweeps the dead one's entry
    assert sorted(p.name for p in out.iterdir()) == ["second.zip"] + (
        ["second.zip.to-review.json"] if (out / "second.zip.to-review.json").exists() else []
    )


def test_the_staging_of_a_running_export_is_never_swept(tmp_path: Path, swept: tuple[str, Path, int]) -> None:
    db, config, case_id = swept
    out = tmp_path / "out"
    out.mkdir()
    live = out / f".pack-{os.getpid()}-abcdefgh.part"  # this process is alive: its staging stays
    live.mkdir(mode=0o700)
    request_export(db, case_id, out / "a.zip", config=config)
    assert live.exists()
