"""The v11 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

The texts are never scored here (the set is scored once, by the lead, on the final main).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam import ids
from benchmarks.redteam.holdout11 import ids11_layouts, independence
from benchmarks.redteam.holdout11.build_identifiers import OUT, hand_bank
from benchmarks.redteam.holdout11.ids11_slots import SLOT, render

FOLDER = hc.data_dir("holdout11")
DOCS = hc.load(FOLDER, "identifiers") or []
ROOT = Path(__file__).resolve().parents[1]


def _spans(entity: str | None = None) -> list[str]:
    return [
        str(d["text"])[int(lab["start"]) : int(lab["end"])]
        for d in DOCS
        for lab in d["labels"]  # type: ignore[attr-defined]
        if entity is None or lab["entity"] == entity
    ]


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout11", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 380, hand_share=0.6, max_draws=ids11_layouts.DRAWS, markers=("[[", "]]", "{{"))
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    generated = {str(d["family"]) for d in DOCS if d["origin"] == "generated"}
    assert generated == {f"gen-{n}" for n in ids11_layouts.LAYOUTS}


def test_every_label_is_a_plausible_identifier_standing_alone() -> None:
    # Letters may follow a number (a file name, text run together); nothing is glued before one.
    hc.check_identifier_labels(DOCS, least_unlabelled=50, letters_after=True)
    assert sum(len(d["labels"]) for d in DOCS) >= 550  # type: ignore[arg-type]


SHAPES = {
    "DK_CPR": re.compile(r"\d{6}(?:-|\u2013| | - |-\n)?\d{4}|\d\d\.\d\d\.\d\d-\d{4}"),
    "SE_PERSONNUMMER": re.compile(r"(?:19|20)?\d{6}(?:[-+ ]|[-+]\n)?\d{4}"),
    # Century signs: "+" 1800s, "-" and U-Y 1900s, A-F 2000s (U-Y and B-F added in 2023).
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}


def test_every_label_is_written_in_a_form_of_its_own_country() -> None:
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            assert SHAPES[str(lab["entity"])].fullmatch(span), (doc["id"], lab["entity"])


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 10 and coordination >= 25 and no_mod11 >= 30
    spans = _spans()
    assert sum("\n" in s for s in spans) >= 5
    assert sum(len(re.sub(r"\D", "", s)) == 12 for s in spans) >= 100
    assert sum(s[6] in "BCDEFUVWXY" for s in _spans("FI_PERSONAL_IDENTITY_CODE")) >= 8
    d_numbers = [s for s in _spans("NO_FODSELSNUMMER") if int(s[0]) >= 4]
    assert len(d_numbers) >= 4
    assert {str(d["lang"]) for d in DOCS} == {"da", "sv", "en", "no", "fi"}
    entities = Counter(str(lab["entity"]) for d in DOCS for lab in d["labels"])  # type: ignore[attr-defined]
    assert entities["DK_CPR"] >= 250 and entities["SE_PERSONNUMMER"] >= 250
    assert entities["NO_FODSELSNUMMER"] >= 25 and entities["FI_PERSONAL_IDENTITY_CODE"] >= 25


def test_cprs_without_modulus_11_are_of_the_kinds_issued_since_2007() -> None:
    # Failing modulus 11 is allowed for a birth since October 2007, a 1 January birth, or (a few) a number in a
    # CPR field or one the text says was issued since 2007: such numbers need not pass modulus 11 at all.
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


def test_hard_negatives_are_drawn_to_look_like_identifiers() -> None:
    # The unlabelled look-alikes really pass the rules a careless reader would apply.
    rng = random.Random(7)
    doc = render("a {{mod10}} b {{luhn12}} c {{luhn10}} d {{badfnr}} e {{badmod}} f {{feb30}}", rng)
    assert doc.labels == []
    mod10, luhn12, luhn10, badfnr, badmod, feb30 = re.findall(r"[\d-]{10,}", doc.text)
    assert ids.cpr_is_mod11(mod10) and ids.cpr_birth_date(mod10) is not None
    assert ids.personnummer_ok(luhn12) and ids.luhn_ok(luhn10)
    assert not ids.fodselsnummer_ok(badfnr)
    assert ids.cpr_birth_date(badmod.replace("-", "")) is not None and not ids.cpr_is_mod11(badmod.replace("-", ""))
    assert ids.cpr_birth_date(feb30.replace("-", "")) is None


def test_renderer_labels_identifiers_with_new_finnish_signs() -> None:
    doc = render("hetu [[hetu:new#a]] igen [[hetu:new#a]], [[hetu:new,kid]], pnr [[pnr:plus,nl]]", random.Random(3))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert spans[0] == spans[1] and spans[0][6] in "UVWXY" and spans[2][6] in "BCDEF"
    assert all(ids.hetu_ok(s) for s in spans[:3])
    assert "+\n" in spans[3]


def test_no_line_is_copied_from_the_other_sets_or_from_tests() -> None:
    shared, total = independence.shared_lines(OUT, ROOT / "benchmarks" / "data", ROOT / "tests")
    assert total > 1000 and shared <= 10, (shared, total)


def test_a_repeated_key_is_the_same_number_written_in_each_slots_own_form() -> None:
    doc = render("[[pnr:l#a]] [[pnr:ld#a]] [[pnr:s#a]] [[cpr:plain#b]] [[cpr:sp#b]]", random.Random(5))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert len(spans[0]) == 12 and spans[1] == f"{spans[0][:8]}-{spans[0][8:]}" and spans[2] == spans[0][2:]
    assert spans[4] == f"{spans[3][:6]} {spans[3][6:]}"
