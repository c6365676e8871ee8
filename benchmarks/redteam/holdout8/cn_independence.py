"""Independence check for the v8 categories and names sets (counts only, no text printed).

    python -m benchmarks.redteam.holdout8.cn_independence [--root /work/main]

For each set: how many distinct lines/sentences of 25 characters or more occur verbatim in any other JSONL file
under ``benchmarks/data/`` of the given checkout, and the share of distinct word 5-grams found there.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parents[3]
WORD = re.compile(r"\w+", re.UNICODE)


def units(text: str) -> set[str]:
    out = set()
    for line in text.splitlines():
        for piece in re.split(r"(?<=[.!?])\s+", line):
            piece = piece.strip()
            if len(piece) >= 25:
                out.add(piece)
    return out


def grams(text: str) -> set[tuple[str, ...]]:
    w = [x.lower() for x in WORD.findall(text)]
    return {tuple(w[i : i + 5]) for i in range(len(w) - 4)}


def texts(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                    out.append(rec["text"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=Path("/work/main"))
    a = ap.parse_args()
    mine = {n: HERE / "benchmarks" / "data" / "redteam" / "holdout8" / f"{n}.jsonl" for n in ("categories", "names")}
    others = [p for p in sorted((a.root / "benchmarks" / "data").rglob("*.jsonl")) if "holdout8" not in p.parts]
    other_text = "\n".join(t for p in others for t in texts(p))
    other_grams = grams(other_text)
    print(f"compared with {len(others)} JSONL files under {a.root / 'benchmarks' / 'data'}")
    for name, path in mine.items():
        docs = texts(path)
        u = set().union(*(units(t) for t in docs))
        verbatim = sum(1 for x in u if x in other_text)
        g = set().union(*(grams(t) for t in docs))
        shared = len(g & other_grams)
        print(
            f"{name}: {verbatim} of {len(u)} distinct lines/sentences >= 25 chars verbatim elsewhere; "
            f"{shared / len(g):.1%} of {len(g)} distinct word 5-grams occur elsewhere"
        )


if __name__ == "__main__":
    main()
