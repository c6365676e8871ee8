"""The v16 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

The texts are never scored here (the set is scored by the lead only).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam import ids
from benchmarks.redteam.holdout16 import ids16_layouts, independence
from benchmarks.redteam.holdout16.build_identifiers import OUT, hand_bank
from benchmarks.redteam.holdout16.ids16_slots import SLOT, render

FOLDER = hc.data_dir("holdout16")
DOCS = hc.load(FOLDER, "identifiers") or []
ROOT = Path(__file__).resolve().parents[1]
D = r"[\dOlSB]"  # a digit, or the letter a scanner wrote for it
SEP = r"(?:-|\u2013| | - |-\n|/)?"
SHAPES = {
    "DK_CPR": re.compile(rf"{D}{{6}}{SEP}{D}{{4}}|{D}{{2}}\.{D}{{2}}\.{D}{{2}}-{D}{{4}}"),
    "SE_PERSONNUMMER": re.compile(rf"(?:{D}{{2}})?{D}{{6}}(?:[-+ ]|[-+]\n)?{D}{{4}}"),
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}
SCANNED = ("hand-scan", "gen-ocr-letter-dk")
# Text out of systems and from people outside the office: the emphasis of v16.
OUTSIDE = frozenset(["export", "log", "helpdesk", "sms", "chat", "call", "form", "scan"])
LIFE = frozenset(["school", "club", "church", "landlord", "car", "travel", "pharmacy", "dentist", "vet", "bank"])

pytestmark = pytest.mark.skipif(not DOCS, reason="holdout16 identifiers not built")


def _spans(entity: str | None = None) -> list[str]:
    return [
        str(d["text"])[int(lab["start"]) : int(lab["end"])]
        for d in DOCS
        for lab in d["labels"]  # type: ignore[attr-defined]
        if entity is None or lab["entity"] == entity
    ]


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout16", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 290, hand_share=0.6, max_draws=ids16_layouts.DRAWS, markers=("[[", "]]", "{{", "}}"))
    assert ids16_layouts.DRAWS <= 7
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    generated = {str(d["family"]) for d in DOCS if d["origin"] == "generated"}
    assert generated == {f"gen-{n}" for n in ids16_layouts.LAYOUTS} and len(generated) >= 20


def test_system_and_outside_text_is_the_emphasis() -> None:
    hand = [d for d in DOCS if d["origin"] == "hand"]
    families = Counter(str(d["family"]).removeprefix("hand-") for d in hand)
    assert sum(families[f] for f in OUTSIDE) >= 0.45 * len(hand)
    assert set(families) >= OUTSIDE | LIFE


def test_every_label_is_a_valid_identifier_standing_alone_in_its_countrys_form() -> None:
    hc.check_identifier_labels(DOCS, least_unlabelled=50, letters_after=True)
    assert len(_spans()) >= 450
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            assert SHAPES[str(lab["entity"])].fullmatch(span), (doc["id"], lab["entity"])


def test_scanner_letters_occur_only_in_scanned_texts() -> None:
    scanned = 0
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            if lab["entity"] in ("DK_CPR", "SE_PERSONNUMMER") and re.search(r"[OlSB]", span):
                assert str(doc["family"]) in SCANNED, doc["id"]
                scanned += 1
    assert scanned >= 8


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 15 and coordination >= 18 and no_mod11 >= 30
    spans = _spans()
    assert sum("\n" in s for s in spans) >= 3
    cprs = _spans("DK_CPR")
    for sep in ("/", "\u2013", " - ", "."):
        assert sum(sep in s for s in cprs) >= 4, sep
    assert sum(len(re.sub(r"\D", "", s.translate(hc.OCR_BACK))) == 12 for s in _spans("SE_PERSONNUMMER")) >= 60
    assert sum(s[6] in "BCDEFUVWXY" for s in _spans("FI_PERSONAL_IDENTITY_CODE")) >= 8
    assert sum(int(s[0]) >= 4 for s in _spans("NO_FODSELSNUMMER")) >= 5
    assert {str(d["lang"]) for d in DOCS} == {"da", "sv", "en", "no", "fi"}
    entities = Counter(str(lab["entity"]) for d in DOCS for lab in d["labels"])  # type: ignore[attr-defined]
    assert entities["DK_CPR"] >= 190 and entities["SE_PERSONNUMMER"] >= 185
    assert entities["NO_FODSELSNUMMER"] >= 28 and entities["FI_PERSONAL_IDENTITY_CODE"] >= 28


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


def test_look_alikes_pass_the_rules_a_careless_reader_applies_and_wrong_numbers_fail() -> None:
    src = "{{cprlike}} {{cprdash}} {{luhn10}} {{luhn12}} {{luhn12d}} {{stamp12}} {{dkstamp}} {{kid}} {{regkto}} "
    src += "{{badcpr}} {{badpnr}} {{badhetu}} {{badfnr}} {{cprmask}} {{pnrmask}} {{pnum}} {{stamp12d}} {{luhn10d}}"
    for seed in range(30):
        doc = render(src, random.Random(seed))
        assert doc.labels == []
        parts = doc.text.split(" ")
        cpr, cprd, l10, l12, l12d, st12, dkst, kid, kto, bcpr, bpnr, bhetu, bfnr, cmask, pmask, pnum, st12d, l10d = (
            parts
        )
        for d in (cpr, cprd.replace("-", ""), dkst, kto.split("-")[1]):
            assert ids.cpr_birth_date(d) is not None and ids.cpr_is_mod11(d)
        assert ids.luhn_ok(l10) and ids.luhn_ok(l10d.replace("-", ""))
        assert ids.personnummer_ok(l12) and ids.personnummer_ok(st12) and ids.personnummer_ok(st12d.replace("-", ""))
        assert ids.personnummer_ok(l12d.replace("-", "")) and ids.fodselsnummer_ok(kid)
        assert ids.cpr_birth_date(pnum) is not None
        assert ids.cpr_birth_date(bcpr.replace("-", "")) is None
        assert not ids.personnummer_ok("19" + bpnr.replace("-", "")) and not ids.personnummer_ok(
            "20" + bpnr.replace("-", "")
        )
        assert not ids.hetu_ok(bhetu) and not ids.fodselsnummer_ok(bfnr)
        assert not cmask[-4:].isdigit() and not pmask[-4:].isdigit()


def test_tags_reuse_one_persons_number_in_another_written_form() -> None:
    src = "[[cpr:kid,nl#a]] [[cpr:sl#a]] [[pnr:co,ld#b]] [[pnr:l#b]] [[pnr:plus]] [[hetu:new]] [[fnr:d,sp]]"
    doc = render(src, random.Random(5))
    cpr, cpr_sl, pnr, pnr_l, old, hetu, dnum = (doc.text[int(str(x["start"])) : int(str(x["end"]))] for x in doc.labels)
    assert cpr.replace("-\n", "/") == cpr_sl and pnr.replace("-", "") == pnr_l and int(pnr[6:8]) > 60
    assert "+" in old and hetu[6] in "BCDEFUVWXY" and int(dnum[0]) >= 4 and dnum[6] == " "


def test_no_line_is_copied_from_the_other_sets_or_from_tests() -> None:
    shared, total = independence.shared_lines(OUT, ROOT / "benchmarks" / "data", ROOT / "tests")
    assert total > 500 and shared <= 10, (shared, total)
