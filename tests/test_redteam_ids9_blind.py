"""The ids9 blind batch is reproducible and every label is a valid identifier by the public rules."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.redteam import ids, ids9_blind  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "redteam" / "ids9_blind" / "identifiers.jsonl"
BACK = str.maketrans({"l": "1", "O": "0", "B": "8", "S": "5"})


def _docs() -> list[dict[str, object]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_builder_reproduces_the_committed_file() -> None:
    lines = [json.dumps(doc, ensure_ascii=False) for doc in ids9_blind.build(ids9_blind.DEFAULT_SEED)]
    assert DATA.read_text(encoding="utf-8").splitlines() == lines


def _valid(entity: str, value: str) -> bool:
    digits = "".join(c for c in value.translate(BACK) if c.isdigit())
    if entity == "DK_CPR":
        return len(digits) == 10 and ids.cpr_birth_date(digits) is not None
    if entity == "SE_PERSONNUMMER":
        if len(digits) == 10:
            born_year = 1900 + int(digits[:2]) if "+" in value or int(digits[:2]) > 26 else 2000 + int(digits[:2])
            digits = f"{born_year // 100}" + digits
        return ids.personnummer_ok(digits)
    if entity == "FI_PERSONAL_IDENTITY_CODE":
        return ids.hetu_ok(value)
    return ids.fodselsnummer_ok(digits)


def test_labels_are_valid_numbers_and_sizes_hold() -> None:
    docs = _docs()
    assert len(docs) >= 80
    assert len({d["id"] for d in docs}) == len(docs)
    labels = [(str(d["text"]), lab) for d in docs for lab in d["labels"]]  # type: ignore[attr-defined]
    assert len(labels) >= 120
    for text, lab in labels:
        value = text[lab["start"] : lab["end"]]
        assert _valid(lab["entity"], value), (lab["entity"], len(value))
