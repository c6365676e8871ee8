"""The minimisation report never shows evidence excerpts of private mail, even mail read under an inspection."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.helpers.mail_messages import make_mail


def test_inspected_private_mail_evidence_stays_out_of_the_report(cli: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    body = "Jens Hansen er sygemeldt med depression siden marts."
    (folder / "privat.eml").write_bytes(bytes(make_mail(body=body, sensitivity="Private", subject="x")))
    (folder / "notat.txt").write_text("Mette Lund er sygemeldt med stress og angst.\n", encoding="utf-8")
    db = tmp_path / "i.sqlite"
    config = tmp_path / "s.toml"
    config.write_text(
        "[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n"
        '[scan.mail]\ninspect_private = true\ninspect_private_reason = "sag 12: mistanke om misbrug"\n'
        f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "p"\npaths = ["{folder}"]\n'
    )
    sweep = subprocess.run([*cli, "sweep", "--config", str(config)], capture_output=True, timeout=300)
    assert sweep.returncode == 1, sweep.stderr[-500:]
    for fmt in ("html", "csv", "json"):
        out = tmp_path / f"r.{fmt}"
        report = [*cli, "report", "minimisation", "--db", str(db), "--format", fmt, "-o", str(out)]
        proc = subprocess.run(report, capture_output=True, timeout=300)
        assert proc.returncode in (0, 1), proc.stderr[-500:]
        text = out.read_text(encoding="utf-8")
        assert "sygemeldt med stress og angst" in text  # the ordinary file's evidence is there
        assert "depression" not in text, fmt  # the inspected private message's is not
