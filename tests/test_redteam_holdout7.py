"""The v7 red-team hold-out is well-formed, reproducible and mostly hand-written (its texts are not scored here)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.redteam import holdout_checks as checks  # noqa: E402

DATA = checks.data_dir("holdout7")
LEAST = {"identifiers": 380, "categories": 320, "names": 260}


def _load(kind: str) -> list[checks.Doc]:
    docs = checks.load(DATA, kind)
    if docs is None:
        pytest.skip(f"holdout7/{kind}.jsonl not built")
    return docs


@pytest.mark.parametrize("kind", checks.KINDS)
def test_builders_reproduce_the_committed_files(kind: str) -> None:
    _load(kind)
    checks.check_reproduced("benchmarks.redteam.holdout7", DATA, kind)


@pytest.mark.parametrize("kind", checks.KINDS)
def test_mostly_hand_written_and_layouts_repeat_little(kind: str) -> None:
    checks.check_hand_written(_load(kind), LEAST[kind], hand_share=0.6, max_draws=7)


def test_identifier_labels_are_valid_numbers_standing_alone() -> None:
    checks.check_identifier_labels(_load("identifiers"), least_unlabelled=60)


def test_category_labels_are_known_categories() -> None:
    checks.check_category_labels(_load("categories"))


def test_name_spans_follow_the_rule() -> None:
    checks.check_name_spans(_load("names"))


def test_centenarians_coordination_numbers_and_post_2007_cprs_are_present() -> None:
    plus, coordination, no_mod11 = checks.special_numbers(_load("identifiers"))
    assert plus >= 4
    assert coordination >= 10
    assert no_mod11 >= 20


def test_renderer_labels_exactly_the_written_value() -> None:
    from benchmarks.redteam.holdout7.render import Doc, render

    source = "A ⟨cpr#x:space⟩ B ⟨pnr@old⟩ C ⟨cvr⟩ D ⟨cpr#x:plain⟩ ⟦Bo Ek⟧s E ⟦genetic,health|gentest ⟨cpr:nl⟩⟧."
    doc = render(Doc("t", "da", "t"), source, random.Random(5))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert [lab["entity"] for lab in doc.labels] == [
        "DK_CPR",
        "SE_PERSONNUMMER",
        "DK_CPR",
        "PERSON",
        "DK_CPR",
        "genetic",
        "health",
    ]
    assert spans[0][6] == " " and spans[0].replace(" ", "") == spans[2] and "+" in spans[1]
    assert spans[3] == "Bo Ek" and spans[5] == spans[6] and spans[5].startswith("gentest ") and "\n" in spans[4]
    assert doc.text.startswith("A ") and "Bo Eks E" in doc.text
    unlabelled = render(Doc("t", "da", "t"), "x ⟨cpr⟩ ⟦health|syg⟧", random.Random(5), label_numbers=False)
    assert [lab["entity"] for lab in unlabelled.labels] == ["health"]
    with pytest.raises(ValueError):
        render(Doc("t", "da", "t"), "⟨nosuchkind⟩", random.Random(1))
    with pytest.raises(ValueError):
        render(Doc("t", "da", "t"), "⟦open", random.Random(1))


def test_splits_read_one_saved_bench_run(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.redteam.holdout7 import splits

    docs: list[dict[str, object]] = [
        {"id": "a", "lang": "da", "family": "hand-news", "labels": [{"start": 0, "end": 2, "entity": "PERSON"}]},
        {"id": "b", "lang": "sv", "family": "gen-minutes", "labels": [{"start": 0, "end": 3, "entity": "PERSON"}]},
    ]
    output = (
        "== names: 2 documents ==\n"
        "PERSON                           2      2     1     1     1   0.5  0.5  0.5 | 1 / 1\n"
        "    miss  a 0-2  'Bo'\n    false b 5-7  'Ek'\n== names [da]: ==\n    miss  b 0-3\n"
    )
    splits.spans(docs, output, "names")
    out = capsys.readouterr().out
    assert "lang=da       PERSON                      P 1.0000 R 0.0000" in out
    assert "generated     PERSON                      P 0.5000 R 1.0000" in out
    assert "news          PERSON                      P 1.0000 R 0.0000" in out
    cats: list[dict[str, object]] = [
        {"id": "a", "lang": "da", "family": "hand-x", "labels": [{"entity": "health"}]},
        {"id": "b", "lang": "sv", "family": "gen-y", "labels": []},
    ]
    splits.categories(cats, "    b: labelled - reported ['religion']\n")
    out = capsys.readouterr().out
    assert "hand          micro P 1.0000 R 1.0000" in out
    assert "lang=sv       micro P 0.0000 R 1.0000 F1 0.0000 (TP 0 FP 1 FN 0); negatives flagged 1 of 1" in out
