"""A CPR in a file or folder name written with a separator the detector reads (an em dash, a soft hyphen, a figure
or thin space, a zero-width space or joiner, a word joiner, a BOM, also percent-encoded in a location): the
detector reported a DK_CPR in the name, masked, while the path and location showed the number as written in every
scan format and in the index. Masked as the detector reads it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

from pii_scanner.core.privacy import scrub, scrub_location

SEPARATORS = {
    "em dash": "\u2014",
    "soft hyphen": "\u00ad",
    "figure space": "\u2007",
    "thin space": "\u2009",
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "bom": "\ufeff",
}


@pytest.mark.parametrize("sep", sorted(SEPARATORS))
def test_a_name_is_masked_as_the_detector_reads_it(sep: str) -> None:
    name = f"Sag 070761{SEPARATORS[sep]}4285.txt"
    inside = f"Sag 0707{SEPARATORS[sep]}614285.txt"  # an invisible one anywhere in the number
    for written in (f"/srv/{name}", f"file:///srv/{quote(name)}", f"file:///srv/{quote(quote(name))}"):
        for out in (scrub(written), scrub_location(written)):
            assert out is not None and "4285" not in unquote(unquote(out)), out
    if SEPARATORS[sep] in "\u200b\u200d\u2060\ufeff":
        assert "4285" not in (scrub(f"/srv/{inside}") or ""), scrub(f"/srv/{inside}")


def test_other_numbers_stay() -> None:
    for name in ("/srv/Faktura 2019\u2014114.pdf", "/srv/bilag 12\u200b34.txt", "/srv/2023-01-15\u2009backup.log"):
        assert scrub(name) == name


def test_scan_masks_every_name_the_detector_reads_a_cpr_in(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    for key, sep in SEPARATORS.items():
        (share / f"{key} 070761{sep}4285.txt").write_text("Mødet er flyttet.\n", encoding="utf-8")
    run = subprocess.run([*cli, "scan", str(share), "--format", "jsonl", "--no-ner"], capture_output=True)
    assert run.returncode == 1, run.stderr
    lines = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]
    named = {d["location"] for d in lines if d.get("part") == "name" and d["entity_type"] == "DK_CPR"}
    assert len(named) >= 6  # the detector reads most of them in a name
    for d in lines:
        assert "4285" not in unquote(unquote(d["location"])) and "4285" not in d["path"], d
