"""The v13 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

The texts are never scored here (the set is scored by the lead only, on the session's start code and at the end).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from pathlib import Path

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam import ids
from benchmarks.redteam.holdout13 import ids13_layouts, independence
from benchmarks.redteam.holdout13.build_identifiers import OUT, hand_bank
from benchmarks.redteam.holdout13.ids13_slots import SLOT, render

FOLDER = hc.data_dir("holdout13")
DOCS = hc.load(FOLDER, "identifiers") or []
ROOT = Path(__file__).resolve().parents[1]
D = r"[\dOlSB]"  # a digit, or the letter a scanner wrote for it
SEP = r"(?:-|\u2013| | - |-\n| -|- )?"
SHAPES = {
    "DK_CPR": re.compile(rf"{D}{{6}}{SEP}{D}{{4}}|{D}{{2}}\.{D}{{2}}\.{D}{{2}}-{D}{{4}}"),
    "SE_PERSONNUMMER": re.compile(rf"(?:{D}{{2}})?{D}{{6}}(?:[-+ ]|[-+]\n| [-+]|[-+] )?{D}{{4}}"),
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}
SCANNED = ("hand-ocr", "gen-ocr-dk")


def _spans(entity: str | None = None) -> list[str]:
    return [
        str(d["text"])[int(lab["start"]) : int(lab["end"])]
        for d in DOCS
        for lab in d["labels"]  # type: ignore[attr-defined]
        if entity is None or lab["entity"] == entity
    ]


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout13", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 400, hand_share=0.6, max_draws=ids13_layouts.DRAWS, markers=("[[", "]]", "{{", "}}"))
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    generated = {str(d["family"]) for d in DOCS if d["origin"] == "generated"}
    assert generated == {f"gen-{n}" for n in ids13_layouts.LAYOUTS}


def test_every_label_is_a_valid_identifier_standing_alone_in_its_countrys_form() -> None:
    hc.check_identifier_labels(DOCS, least_unlabelled=60, letters_after=True)
    assert len(_spans()) >= 550
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            assert SHAPES[str(lab["entity"])].fullmatch(span), (doc["id"], lab["entity"], span)


def test_scanner_letters_and_gaps_occur_only_in_scanned_texts() -> None:
    scanned = 0
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            if lab["entity"] in ("DK_CPR", "SE_PERSONNUMMER") and re.search(r"[OlSB]|\d -\d|\d- \d", span):
                assert str(doc["family"]) in SCANNED, (doc["id"], span)
                scanned += 1
    assert scanned >= 10


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 10 and coordination >= 25 and no_mod11 >= 40
    spans = _spans()
    assert sum("\n" in s for s in spans) >= 8
    assert sum(len(re.sub(r"\D", "", s.translate(hc.OCR_BACK))) == 12 for s in _spans("SE_PERSONNUMMER")) >= 120
    assert sum(s[6] in "BCDEFUVWXY" for s in _spans("FI_PERSONAL_IDENTITY_CODE")) >= 10
    assert sum(int(s[0]) >= 4 for s in _spans("NO_FODSELSNUMMER")) >= 4
    assert {str(d["lang"]) for d in DOCS} == {"da", "sv", "en", "no", "fi"}
    entities = Counter(str(lab["entity"]) for d in DOCS for lab in d["labels"])  # type: ignore[attr-defined]
    assert entities["DK_CPR"] >= 250 and entities["SE_PERSONNUMMER"] >= 230
    assert entities["NO_FODSELSNUMMER"] >= 25 and entities["FI_PERSONAL_IDENTITY_CODE"] >= 25


def test_cprs_without_modulus_11_are_of_the_kinds_issued_since_2007() -> None:
    ordinary = 0
    for doc in DOCS:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            if lab["entity"] != "DK_CPR":
                continue
            digits = re.sub(r"\D", "", text[int(lab["start"]) : int(lab["end"])].translate(hc.OCR_BACK))
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
    for seed in range(20):
        doc = render("a {{hl7ts}} b {{tenstamp}} c {{dkstamp}} d {{dlnr}} e {{ocrkto}} f {{lab}}", random.Random(seed))
        assert doc.labels == []
        hl7, ten, dk, dlnr, ocrkto, lab = doc.text.split()[1::2]
        assert len(hl7) == 12 and ids.personnummer_ok(hl7)
        assert len(ten) == 10 and ids.personnummer_ok("20" + ten)
        assert ids.cpr_birth_date(dk) is not None and ids.cpr_is_mod11(dk)
        løbenr = dlnr.split("-")[1]
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", dlnr.split("-")[0]) and ids.cpr_birth_date(løbenr) is not None
        back = ocrkto.translate(hc.OCR_BACK)
        assert back != ocrkto and ids.cpr_birth_date(back) is not None and ids.cpr_is_mod11(back)
        assert ids.cpr_birth_date(lab) is not None and ids.cpr_is_mod11(lab)


def test_scanned_forms_are_labelled_as_written_and_read_back_to_the_same_number() -> None:
    doc = render("[[cpr:plain#a]] [[cpr:ocr,plain#a]] [[pnr:l#b]] [[pnr:gap#b]] [[pnr:ocr,l#b]]", random.Random(3))
    cpr, cpr_ocr, pnr, pnr_gap, pnr_ocr = (doc.text[int(str(x["start"])) : int(str(x["end"]))] for x in doc.labels)
    assert cpr_ocr != cpr and cpr_ocr.translate(hc.OCR_BACK) == cpr
    assert pnr_ocr != pnr and pnr_ocr.translate(hc.OCR_BACK) == pnr
    assert re.sub(r"\D", "", pnr_gap) == pnr[2:] and " " in pnr_gap


def test_v13_renders_earlier_kinds_and_labels_only_identifier_slots() -> None:
    doc = render("[[cpr:kid#a]] {{luhn12}} [[cpr:sp#a]] {{fik}} [[hetu:new]] {{epoch}}", random.Random(5))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert len(spans) == 3 and spans[1] == f"{spans[0][:6]} {spans[0][7:]}" and spans[2][6] in "UVWXY"
    assert "+71<" in doc.text


def test_no_line_is_copied_from_the_other_sets_or_from_tests() -> None:
    shared, total = independence.shared_lines(OUT, ROOT / "benchmarks" / "data", ROOT / "tests")
    assert total > 900 and shared <= 10, (shared, total)
