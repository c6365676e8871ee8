"""An item whose type no extractor reads says so in its record (flag ``not_read``): "no findings" must never
read as "clean" when nothing was looked at. Read items (text, data of no known format) carry no such flag."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x03\x00\x3e\x00" + bytes(200)


def _scan(folder: Path) -> dict[str, dict[str, object]]:
    env = {**os.environ, "PII_SCANNER_KEY": "k" * 32}
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(folder), "--format", "jsonl", "--workers", "1"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    return {Path(str(r["path"])).name: r for r in records if r.get("record") == "item"}


def test_binary_of_a_type_nobody_reads_is_flagged_not_read(tmp_path: Path) -> None:
    (tmp_path / "prog").write_bytes(ELF + b" CPR 070761-4285 " + bytes(100))
    (tmp_path / "note.txt").write_text("Intet her.\n", encoding="utf-8")
    items = _scan(tmp_path)
    mime = str(items["prog"]["mime"])
    assert "elf" in mime or "sharedlib" in mime or "executable" in mime, mime
    assert "not_read" in items["prog"]["flags"]  # type: ignore[operator]
    assert "not_read" not in items["note.txt"]["flags"]  # type: ignore[operator]
