"""The v10 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

The texts are never scored here (the set is scored once, by the coordinator, on the final main).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam import ids
from benchmarks.redteam.holdout10 import independence, layouts
from benchmarks.redteam.holdout10.build_identifiers import OUT, hand_bank
from benchmarks.redteam.holdout10.slots import SLOT, render

FOLDER = hc.data_dir("holdout10")
DOCS = hc.load(FOLDER, "identifiers") or []
ROOT = Path(__file__).resolve().parents[1]


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout10", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 350, hand_share=0.6, max_draws=layouts.DRAWS, markers=("[[", "]]", "{{"))
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    assert {str(d["family"]) for d in DOCS if d["origin"] == "generated"} == {f"gen-{n}" for n in layouts.LAYOUTS}


def test_every_label_is_a_plausible_identifier_standing_alone() -> None:
    # Letters may follow a number (text without spaces after a scan); nothing is glued before one.
    hc.check_identifier_labels(DOCS, least_unlabelled=50, letters_after=True)


SHAPES = {
    "DK_CPR": re.compile(r"\d{6}(?:-|\u2013| | - |-\n)?\d{4}|\d\d\.\d\d\.\d\d-\d{4}"),
    "SE_PERSONNUMMER": re.compile(r"(?:19|20)?\d{6}(?:[-+ ]|[-+]\n)?\d{4}"),
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+ABY]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}


def test_every_label_is_written_in_a_form_of_its_own_country() -> None:
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            assert SHAPES[str(lab["entity"])].fullmatch(span), (doc["id"], lab["entity"])


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 5 and coordination >= 10 and no_mod11 >= 25
    spans = [str(d["text"])[int(lab["start"]) : int(lab["end"])] for d in DOCS for lab in d["labels"]]  # type: ignore[attr-defined]
    assert sum("\n" in s for s in spans) >= 5
    assert sum(len(re.sub(r"\D", "", s)) == 12 for s in spans) >= 40
    assert {str(d["lang"]) for d in DOCS} == {"da", "sv", "en", "no", "fi"}
    entities = Counter(str(lab["entity"]) for d in DOCS for lab in d["labels"])  # type: ignore[attr-defined]
    assert entities["DK_CPR"] >= 200 and entities["SE_PERSONNUMMER"] >= 200


def test_cprs_without_modulus_11_are_of_the_kinds_issued_since_2007() -> None:
    # A CPR that fails modulus 11 is labelled for a birth since October 2007, a 1 January birth, or (a few) a
    # number the document itself calls a CPR: numbers issued since 2007 need not pass modulus 11 at all.
    ordinary = 0
    for doc in DOCS:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            if lab["entity"] != "DK_CPR":
                continue
            digits = re.sub(r"\D", "", text[int(lab["start"]) : int(lab["end"])])
            born = ids.cpr_birth_date(digits)
            assert born is not None
            if ids.cpr_is_mod11(digits) or born >= ids.dt.date(2007, 10, 1) or (born.day, born.month) == (1, 1):
                continue
            assert "cpr" in text.lower(), doc["id"]
            ordinary += 1
    assert 0 < ordinary <= 15


def test_hand_written_labels_are_exactly_the_identifier_slots() -> None:
    hand = [d for d in DOCS if d["origin"] == "hand"]
    sources = hand_bank()
    assert len(hand) == len(sources)
    for doc, (_, _, src) in zip(hand, sources, strict=True):
        assert len(doc["labels"]) == sum(1 for m in SLOT.finditer(src) if m.group(1)), doc["id"]  # type: ignore[arg-type]


def test_renderer_labels_identifiers_and_leaves_other_numbers_unlabelled() -> None:
    doc = render("CPR [[cpr:nl,kid#a]] igen [[cpr#a]], kunde {{date10}}, pnr [[pnr:plus]], {{mcpr}}.", random.Random(4))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert [lab["entity"] for lab in doc.labels] == ["DK_CPR", "DK_CPR", "SE_PERSONNUMMER"]
    assert spans[0] == spans[1] and "\n" in spans[0] and "+" in spans[2]
    born = ids.cpr_birth_date(spans[0].replace("-\n", ""))
    assert born is not None and born.year >= 2008
    assert "XX" in doc.text or "**" in doc.text


def test_no_line_is_copied_from_the_other_sets_or_from_tests() -> None:
    shared, total = independence.shared_lines(OUT, ROOT / "benchmarks" / "data", ROOT / "tests")
    assert total > 500 and shared <= 10, (shared, total)
