"""An item of which nothing was read says so in its record (flag ``not_read``) and makes ``scan`` exit 4:
"no findings" must never read as "clean" when nothing was looked at. Read items (text, binary data read
by the strings reader) carry no such flag."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x03\x00\x3e\x00" + bytes(200)


def _scan(folder: Path, *args: str) -> tuple[int, dict[str, dict[str, object]]]:
    env = {**os.environ, "PII_SCANNER_KEY": "k" * 32}
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(folder), "--format", "jsonl", "--workers", "1", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    return proc.returncode, {Path(str(r["path"])).name: r for r in records if r.get("record") == "item"}


def test_binary_of_a_type_nobody_reads_is_read_not_flagged(tmp_path: Path) -> None:
    (tmp_path / "prog").write_bytes(ELF + b" CPR 070761-4285 " + bytes(100))
    (tmp_path / "note.txt").write_text("Intet her.\n", encoding="utf-8")
    code, items = _scan(tmp_path)
    mime = str(items["prog"]["mime"])
    assert "elf" in mime or "sharedlib" in mime or "executable" in mime, mime
    assert items["prog"]["flags"] == [] and items["prog"]["findings"] == 1
    assert "not_read" not in items["note.txt"]["flags"]  # type: ignore[operator]
    assert code == 1


def test_a_file_over_the_size_limit_is_flagged_not_read_and_exits_4(tmp_path: Path) -> None:
    (tmp_path / "prog").write_bytes(ELF + bytes(4096))
    (tmp_path / "note.txt").write_text("Intet her.\n", encoding="utf-8")
    code, items = _scan(tmp_path, "--max-file-size", "1K")
    assert items["prog"]["flags"] == ["not_read"] and items["prog"]["error"]
    assert items["note.txt"]["flags"] == []
    assert code == 4
