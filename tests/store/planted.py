"""Planted test data: valid CPR/personnummer and made-up names in a small file tree."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.helpers.nordic_numbers import make_cpr, make_personnummer

CPRS = [make_cpr(datetime.date(1970 + n, 1 + n % 12, 1 + n), 2) for n in range(6)]
PNRS = [make_personnummer(datetime.date(1980 + n, 2 + n, 3 + n), 100 + n) for n in range(3)]
NAMES = ["Mette Frederiksen Lyng", "Gustav Åkesson Berglund"]


def plaintext_forms() -> list[str]:
    """Every way a planted identifier could appear in plaintext."""
    out = []
    for c in CPRS:
        out += [c, f"{c[:6]}-{c[6:]}", f"{c[:6]} {c[6:]}"]
    for p in PNRS:
        out += [p, f"{p[:8]}-{p[8:]}", f"{p[2:8]}-{p[8:]}", p[2:]]
    return out


def plant(root: Path, files: int = 6) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        cpr = CPRS[n % len(CPRS)]
        pnr = PNRS[n % len(PNRS)]
        (root / f"doc{n:03d}.txt").write_text(
            f"Kunde: {NAMES[n % 2]}\nCPR-nr.: {cpr[:6]}-{cpr[6:]}\nPersonnummer: {pnr[:8]}-{pnr[8:]}\n"
            f"Mail: kunde{n}@example.dk\n",
            encoding="utf-8",
        )
    (root / "clean.txt").write_text("Intet af interesse her.\n", encoding="utf-8")
    return root
