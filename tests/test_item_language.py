"""A short item's language decides a number valid in two countries when its own lines give no country
evidence: "Reference: Mette Lund 141277-2632" in a Danish note is a CPR, in a Swedish one a
personnummer (and a city that is also a surname after a first name, "Lund", does not vote)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

NUMBER = "141277-2632"  # a CPR (modulus 11), a personnummer (Luhn) and a HETU (check character) at once


def test_short_text_number_takes_the_items_language(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "da.txt").write_text(
        f"Hej Jens - Mobil 89419315, Jens Overgaard 151094-2767. Reference: Mette Lund {NUMBER}.\n", encoding="utf-8"
    )
    (tmp_path / "sv.txt").write_text(f"Hej Jens, referens: Mette Lund {NUMBER}. Vi hörs!\n", encoding="utf-8")
    proc = subprocess.run(
        [*cli, "scan", str(tmp_path), "--no-ner", "--workers", "1", "--format", "jsonl", "--show-values"],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    found = {
        (Path(r["path"]).name, r["entity_type"])
        for r in map(json.loads, proc.stdout.splitlines())
        if r["record"] == "finding" and r.get("value") == NUMBER
    }
    assert found == {("da.txt", "DK_CPR"), ("sv.txt", "SE_PERSONNUMMER")}
