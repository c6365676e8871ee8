"""Hostile (trust7 hunt H2): a symbolic link inside a swept folder is listed and not followed (a loop or a
link out of the tree must not be walked). Its record said nothing: no flag, no reason, exit 0, so a link to a
folder of personal data outside the swept tree read as a clean item, and `search --live` counted it as checked.
Now the record says it was not read (flag `skipped`, reason `symbolic link, not followed`), as for a type the
configuration skips; the live paths count it under `skipped` (exit 4)."""

from __future__ import annotations

import os
from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.files import iter_files


def test_a_link_out_of_the_tree_is_recorded_as_not_read(tmp_path: Path) -> None:
    share, elsewhere = tmp_path / "share", tmp_path / "elsewhere"
    share.mkdir()
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text("CPR 070761-4285\n", encoding="utf-8")
    os.symlink(elsewhere, share / "link")
    os.symlink(elsewhere / "a.txt", share / "filelink")
    (share / "b.txt").write_text("Intet.\n", encoding="utf-8")
    results = {r.item.name: r for r in scan_items(iter_files([share]), ScanConfig(workers=1).with_(ner__enabled=False))}
    for name in ("link", "filelink"):
        assert "skipped" in results[name].flags, results[name]
        assert results[name].metadata.get("skipped") == "symbolic link, not followed"
        assert results[name].error is None
    assert "skipped" not in results["b.txt"].flags
