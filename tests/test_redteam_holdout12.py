"""The v12 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

The texts are never scored here (the set is scored once, by the lead, on the final main).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from pathlib import Path

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam import ids
from benchmarks.redteam.holdout12 import ids12_layouts, independence
from benchmarks.redteam.holdout12.build_identifiers import OUT, hand_bank
from benchmarks.redteam.holdout12.ids12_slots import SLOT, render

FOLDER = hc.data_dir("holdout12")
DOCS = hc.load(FOLDER, "identifiers") or []
ROOT = Path(__file__).resolve().parents[1]
SHAPES = {
    "DK_CPR": re.compile(r"\d{6}(?:-|\u2013| | - |-\n)?\d{4}|\d\d\.\d\d\.\d\d-\d{4}"),
    "SE_PERSONNUMMER": re.compile(r"(?:19|20)?\d{6}(?:[-+ ]|[-+]\n)?\d{4}"),
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}


def _spans(entity: str | None = None) -> list[str]:
    return [
        str(d["text"])[int(lab["start"]) : int(lab["end"])]
        for d in DOCS
        for lab in d["labels"]  # type: ignore[attr-defined]
        if entity is None or lab["entity"] == entity
    ]


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout12", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 400, hand_share=0.6, max_draws=ids12_layouts.DRAWS, markers=("[[", "]]", "{{", "}}"))
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    generated = {str(d["family"]) for d in DOCS if d["origin"] == "generated"}
    assert generated == {f"gen-{n}" for n in ids12_layouts.LAYOUTS}


def test_every_label_is_a_valid_identifier_standing_alone_in_its_countrys_form() -> None:
    hc.check_identifier_labels(DOCS, least_unlabelled=50, letters_after=True)
    assert len(_spans()) >= 550
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            assert SHAPES[str(lab["entity"])].fullmatch(span), (doc["id"], lab["entity"])


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 10 and coordination >= 25 and no_mod11 >= 40
    spans = _spans()
    assert sum("\n" in s for s in spans) >= 8
    assert sum(len(re.sub(r"\D", "", s)) == 12 for s in spans) >= 120
    assert sum(s[6] in "BCDEFUVWXY" for s in _spans("FI_PERSONAL_IDENTITY_CODE")) >= 10
    assert sum(int(s[0]) >= 4 for s in _spans("NO_FODSELSNUMMER")) >= 4
    assert {str(d["lang"]) for d in DOCS} == {"da", "sv", "en", "no", "fi"}
    entities = Counter(str(lab["entity"]) for d in DOCS for lab in d["labels"])  # type: ignore[attr-defined]
    assert entities["DK_CPR"] >= 250 and entities["SE_PERSONNUMMER"] >= 250
    assert entities["NO_FODSELSNUMMER"] >= 25 and entities["FI_PERSONAL_IDENTITY_CODE"] >= 25


def test_cprs_without_modulus_11_are_of_the_kinds_issued_since_2007() -> None:
    ordinary = 0
    for doc in DOCS:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            if lab["entity"] != "DK_CPR":
                continue
            digits = re.sub(r"\D", "", text[int(lab["start"]) : int(lab["end"])])
            born = ids.cpr_birth_date(digits)
            assert born is not None
            if ids.cpr_is_mod11(digits) or born >= dt.date(2007, 10, 1) or (born.day, born.month) == (1, 1):
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


def test_the_new_look_alikes_pass_the_rules_a_careless_reader_applies() -> None:
    doc = render("a {{epoch}} b {{fnrlike}} c {{embed}} d {{imei}} e {{ytunnus}} f {{stamp}}", random.Random(7))
    assert doc.labels == []
    epoch, fnr, embed, imei, ytunnus, stamp = doc.text.split()[1::2]
    assert ids.cpr_birth_date(epoch) is not None and ids.fodselsnummer_ok(fnr)
    assert any(ids.cpr_birth_date(embed[i : i + 10]) for i in range(len(embed) - 9)) and len(embed) > 10
    assert ids.luhn_ok(imei) and len(imei) == 15
    assert re.fullmatch(r"\d{7}-\d", ytunnus) and len(stamp) == 14


def test_v12_renders_v11_kinds_and_labels_only_identifier_slots() -> None:
    doc = render("[[cpr:kid#a]] {{luhn12}} [[cpr:sp#a]] {{fik}} [[hetu:new]]", random.Random(5))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert len(spans) == 3 and spans[1] == f"{spans[0][:6]} {spans[0][7:]}" and spans[2][6] in "UVWXY"
    assert "+71<" in doc.text


def test_no_line_is_copied_from_the_other_sets_or_from_tests() -> None:
    shared, total = independence.shared_lines(OUT, ROOT / "benchmarks" / "data", ROOT / "tests")
    assert total > 900 and shared <= 10, (shared, total)
