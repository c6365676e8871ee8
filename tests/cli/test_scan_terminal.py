"""``pii-scanner scan`` at a terminal prints for people; piped, it prints JSON lines."""

from __future__ import annotations

import datetime
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.helpers.nordic_numbers import make_cpr


def _files(tmp_path: Path) -> tuple[Path, str]:
    cpr = make_cpr(datetime.date(1961, 7, 7), 5)
    folder = tmp_path / "Løn"
    folder.mkdir()
    (folder / "liste.txt").write_text(f"Medarbejder Jens Hansen, CPR-nr.: {cpr[:6]}-{cpr[6:]}\n", encoding="utf-8")
    (folder / "tom.txt").write_text("Intet her.\n", encoding="utf-8")
    return folder, cpr


def _run_on_tty(args: list[str]) -> tuple[int, str]:
    leader, follower = pty.openpty()
    env = dict(os.environ, NO_COLOR="1", COLUMNS="120")
    proc = subprocess.Popen(args, stdout=follower, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return proc.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


def test_terminal_output_is_for_people(tmp_path: Path) -> None:
    folder, cpr = _files(tmp_path)
    code, text = _run_on_tty([sys.executable, "-m", "pii_scanner", "scan", str(folder), "--workers", "1"])
    assert code == 1
    assert "Løn/liste.txt" in text and "%C3%B8" not in text  # a path as people read it
    assert "DK_CPR" in text and f"{cpr[:6]}-XXXX" in text
    assert cpr not in text and f"{cpr[:6]}-{cpr[6:]}" not in text
    assert "findings in 1 of 2 items" in text and "by entity:" in text and "by risk" in text
    assert '"record"' not in text  # no JSON on the screen


def test_piped_output_stays_jsonl(tmp_path: Path) -> None:
    folder, _cpr = _files(tmp_path)
    out = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(folder), "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert lines and {"item", "finding"} <= {r["record"] for r in lines}


def test_human_writer_summary_and_colour() -> None:
    import io

    from pii_scanner.reports.scan_human import HumanWriter

    buf = io.StringIO()
    writer = HumanWriter(buf, colour=True)
    writer.write({"record": "item", "location": "file:///s/a.txt", "risk": "high", "flags": ["local_storage"]})
    writer.write(
        {
            "record": "finding",
            "entity_type": "DK_CPR",
            "masked": "070761-XXXX",
            "score": 1.0,
            "explanation": {"checksum": "valid", "context": ["cpr"], "notes": ["a", "b", "c"]},
        }
    )
    writer.write({"record": "item", "location": "file:///s/b.txt", "error": "truncated PDF", "risk": None})
    writer.close()
    text = buf.getvalue()
    assert "\x1b[" in text and "checksum valid; context: cpr; a; b" in text and "; b; c" not in text
    assert "1 item(s) could not be read" in text and "high 1" in text
