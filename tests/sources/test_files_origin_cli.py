"""End to end through the installed command: origin flags, JSON lines, nested members, progress bar."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import termios
from pathlib import Path

from tests.extract.extract_makers import CPR_NORM, make_docx, make_nested_zip, make_txt


def _run(cli: list[str], *args: str, codes: tuple[int, ...] = (0, 1)) -> list[dict]:  # type: ignore[type-arg]
    proc = subprocess.run(
        [*cli, "scan", *args, "--format", "jsonl", "--no-ner", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode in codes, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_scan_jsonl_origin_flags(tmp_path: Path, cli: list[str]) -> None:
    make_docx(tmp_path / "letter.docx")
    make_nested_zip(tmp_path / "export.zip")
    (tmp_path / "empty.txt").write_text("ingen persondata her\n")
    for origin, flag in (("removable", "removable_media"), ("local", "local_storage")):
        records = _run(cli, str(tmp_path), "--origin", origin, "--show-values")
        items = {r["location"]: r for r in records if r["record"] == "item"}
        letter = items[(tmp_path / "letter.docx").as_uri()]
        assert letter["mime"].endswith("wordprocessingml.document") and letter["error"] is None
        assert flag in letter["flags"] and letter["origin"] == origin
        assert flag not in items[(tmp_path / "empty.txt").as_uri()]["flags"]
        deep = next(loc for loc in items if loc.endswith("level3/deep.txt"))
        assert flag in items[deep]["flags"]
        assert flag in items[(tmp_path / "export.zip").as_uri()]["flags"]  # rises to the container
        findings = [r for r in records if r["record"] == "finding"]
        cprs = {(r["location"], r["normalized"]) for r in findings if r["entity_type"] == "DK_CPR"}
        assert (deep, CPR_NORM) in cprs and (letter["location"], CPR_NORM) in cprs
        assert all(r["path"] == str(tmp_path / "export.zip") for r in findings if "export.zip" in r["location"])


def test_limit_options(tmp_path: Path, cli: list[str]) -> None:
    make_txt(tmp_path / "a.txt")
    records = _run(cli, str(tmp_path), "--max-file-size", "10", codes=(4,))  # 4: something was not read
    assert "larger than 10 bytes" in records[0]["error"]


def test_progress_bar_on_a_terminal(tmp_path: Path, cli: list[str]) -> None:
    (tmp_path / "in").mkdir()
    for n in range(5):
        make_txt(tmp_path / "in" / f"f{n}.txt")
    primary, secondary = pty.openpty()
    # A real terminal has a size; tqdm draws nothing on a 0-column one.
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with open(tmp_path / "out.jsonl", "w") as out:
        proc = subprocess.Popen(
            [*cli, "scan", str(tmp_path / "in"), "--no-ner", "--workers", "2"],
            stdout=out,
            stderr=secondary,
            stdin=subprocess.DEVNULL,
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        proc.wait(timeout=120)
    os.close(primary)
    assert b"5 items" in shown and b"last finding in" in shown
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) > 5
