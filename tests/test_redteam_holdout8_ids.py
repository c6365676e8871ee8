"""The v8 identifier hold-out: reproducible, mostly hand-written, few draws per layout, labels that hold."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from benchmarks.redteam.holdout8 import numbers as N
from benchmarks.redteam.holdout8.build_identifiers import DRAWS, HAND, OUT, build, dump
from benchmarks.redteam.holdout8.layouts import LAYOUTS
from benchmarks.redteam.holdout8.render import SLOT, render

RECORDS = build()


def test_committed_file_is_reproduced_byte_for_byte() -> None:
    assert OUT.read_text(encoding="utf-8") == dump(RECORDS)


def test_size_and_share_of_hand_written_documents() -> None:
    origins = Counter(str(r["origin"]) for r in RECORDS)
    assert len(RECORDS) >= 450
    assert origins["hand"] >= 0.6 * len(RECORDS)
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)


def test_hand_written_documents_are_distinct() -> None:
    assert len({text for _, _, text in HAND}) == len(HAND)


def test_at_most_seven_draws_per_generated_layout() -> None:
    per = Counter(str(r["family"]) for r in RECORDS if r["origin"] == "generated")
    assert len(per) == len(LAYOUTS)
    assert max(per.values()) <= DRAWS <= 7


def _passes_official_check(entity: str, value: str) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    if entity == "DK_CPR":
        return len(digits) == 10 and N.cpr_valid_date(digits)
    if entity == "SE_PERSONNUMMER":
        if len(digits) not in (10, 12) or not N.luhn_ok(digits[-10:]):
            return False
        head = digits[-10:-4]
        day = int(head[4:6])
        return 1 <= int(head[2:4]) <= 12 and (1 <= day <= 31 or 61 <= day <= 91)
    if entity == "FI_PERSONAL_IDENTITY_CODE":
        return N.hetu_ok(value)
    if entity == "NO_FODSELSNUMMER":
        return N.no_ok(digits)
    return False


def test_every_label_is_inside_its_text_and_passes_its_official_check() -> None:
    for rec in RECORDS:
        text = str(rec["text"])
        for lab in rec["labels"]:  # type: ignore[attr-defined]
            assert 0 <= lab["start"] < lab["end"] <= len(text), rec["id"]
            value = text[lab["start"] : lab["end"]]
            assert value == value.strip() and value[0].isdigit(), rec["id"]
            assert _passes_official_check(str(lab["entity"]), value), rec["id"]


def test_plus_sign_only_for_people_of_100_or_more() -> None:
    seen = 0
    for rec in RECORDS:
        text = str(rec["text"])
        for lab in rec["labels"]:  # type: ignore[attr-defined]
            value = text[lab["start"] : lab["end"]]
            if lab["entity"] == "SE_PERSONNUMMER" and "+" in value:
                seen += 1
                assert len(value) == 11
    assert seen >= 10


def test_renderer_labels_positive_slots_only_and_checks_fail_on_broken_numbers() -> None:
    text, labels = render("a «cpr» b «d10» c «se.long» d «org» e «sebad»", random.Random(1))
    assert [lab["entity"] for lab in labels] == ["DK_CPR", "SE_PERSONNUMMER"]
    assert not SLOT.search(text)
    bad = re.findall(r"\d{6}-\d{4}", text)[-1]
    assert not _passes_official_check("SE_PERSONNUMMER", bad)
    assert not _passes_official_check("DK_CPR", "3102851234")
    assert not N.no_ok("01010112345")


def test_seed_changes_the_numbers_not_the_documents() -> None:
    other = build(seed=1)
    assert [r["id"] for r in other] == [r["id"] for r in RECORDS]
    assert sum(a["text"] != b["text"] for a, b in zip(other, RECORDS, strict=True)) > 0.9 * len(RECORDS)


def test_file_is_valid_jsonl() -> None:
    lines = Path(OUT).read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(RECORDS)
    assert all(json.loads(line)["lang"] for line in lines)
