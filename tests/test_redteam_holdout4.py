"""The v4 red-team hold-out is well-formed, reproducible and mostly hand-written (its texts are not scored here)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.redteam import holdout_checks as checks  # noqa: E402

DATA = checks.data_dir("holdout4")
LEAST = {"identifiers": 350, "categories": 300, "names": 250}


def _load(kind: str) -> list[checks.Doc]:
    docs = checks.load(DATA, kind)
    if docs is None:
        pytest.skip(f"holdout4/{kind}.jsonl not built")
    return docs


@pytest.mark.parametrize("kind", checks.KINDS)
def test_builders_reproduce_the_committed_files(kind: str) -> None:
    _load(kind)
    checks.check_reproduced("benchmarks.redteam.holdout4", DATA, kind)


@pytest.mark.parametrize("kind", checks.KINDS)
def test_mostly_hand_written_and_layouts_repeat_little(kind: str) -> None:
    checks.check_hand_written(_load(kind), LEAST[kind], hand_share=0.5, max_draws=8, plain_text=False)


def test_identifier_labels_are_valid_numbers_standing_alone() -> None:
    checks.check_identifier_labels(_load("identifiers"), least_unlabelled=40, letters_after=True)


def test_category_labels_are_known_categories() -> None:
    checks.check_category_labels(_load("categories"))


def test_name_spans_follow_the_rule() -> None:
    checks.check_name_spans(_load("names"))


def test_renderer_labels_exactly_the_written_value() -> None:
    from benchmarks.redteam.holdout4.render import Doc, render

    source = "A «cpr#x:space» B «pnr:short_dash@old» C «cvr» D «cpr#x:plain» ⟦PERSON|Bo Ek⟧s »citat« E"
    doc = render(Doc("t", "da", "t"), source, random.Random(5))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert [lab["entity"] for lab in doc.labels] == ["DK_CPR", "SE_PERSONNUMMER", "DK_CPR", "PERSON"]
    assert spans[0][6] == " " and spans[0].replace(" ", "") == spans[2] and "+" in spans[1]
    assert spans[3] == "Bo Ek" and doc.text.endswith("Bo Eks »citat« E")
    with pytest.raises(ValueError):
        render(Doc("t", "da", "t"), "«nosuchkind»", random.Random(1))
