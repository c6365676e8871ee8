"""Independence check for the v6 hold-out: counts only, never the other sets' texts.

    python -m benchmarks.redteam.holdout6.independence

For each v6 file: how many of its distinct lines and sentences (25 characters or more) occur verbatim in any
other JSONL file under benchmarks/data/, and what share of its distinct word 5-grams occur there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
OWN = DATA / "redteam" / "holdout6"
WORD = re.compile(r"\w+")


def _texts(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("text"), str):
            out.append(doc["text"])
    return out


def _pieces(text: str) -> set[str]:
    parts = set()
    for line in text.splitlines():
        line = " ".join(line.split())
        if len(line) >= 25:
            parts.add(line)
        for sent in re.split(r"(?<=[.!?])\s+", line):
            if len(sent) >= 25:
                parts.add(sent)
    return parts


def _grams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def main() -> None:
    others = [p for p in sorted(DATA.rglob("*.jsonl")) if OWN not in p.parents]
    their_pieces: set[str] = set()
    their_grams: set[tuple[str, ...]] = set()
    for p in others:
        for t in _texts(p):
            their_pieces |= _pieces(t)
            their_grams |= _grams(t)
    print(f"compared with {len(others)} other JSONL files under benchmarks/data/")
    for kind in ("identifiers", "categories", "names"):
        path = OWN / f"{kind}.jsonl"
        if not path.exists():
            continue
        mine_p: set[str] = set()
        mine_g: set[tuple[str, ...]] = set()
        for t in _texts(path):
            mine_p |= _pieces(t)
            mine_g |= _grams(t)
        shared_p = len(mine_p & their_pieces)
        shared_g = len(mine_g & their_grams)
        print(
            f"{kind}: {shared_p} of {len(mine_p)} distinct lines/sentences shared verbatim; "
            f"{shared_g} of {len(mine_g)} word 5-grams shared ({100 * shared_g / max(1, len(mine_g)):.1f} %)"
        )


if __name__ == "__main__":
    main()
