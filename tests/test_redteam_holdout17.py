"""The v17 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

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
from benchmarks.redteam.holdout17 import ids17_layouts, independence
from benchmarks.redteam.holdout17.build_identifiers import OUT, hand_bank
from benchmarks.redteam.holdout17.ids17_slots import SLOT, render

FOLDER = hc.data_dir("holdout17")
DOCS = hc.load(FOLDER, "identifiers") or []
ROOT = Path(__file__).resolve().parents[1]
SEP = r"(?:-|\u2013| | - |-\n|/)?"
SHAPES = {
    "DK_CPR": re.compile(rf"\d{{6}}{SEP}\d{{4}}|\d{{2}}\.\d{{2}}\.\d{{2}}-\d{{4}}"),
    "SE_PERSONNUMMER": re.compile(r"(?:\d{2})?\d{6}(?:[-+ ]|[-+]\n)?\d{4}"),
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}
# Developers' and IT artefacts, cross-border and health/legal/finance/PDF texts: the emphasis of v17.
DEV = frozenset(
    ["sql", "json", "xml", "url", "trace", "code", "test", "config", "diff", "commit", "csv", "sheet", "wiki"]
)
OTHER = frozenset(["nordic", "health", "social", "legal", "finance", "pdf", "neg"])

pytestmark = pytest.mark.skipif(not DOCS, reason="holdout17 identifiers not built")


def _spans(entity: str | None = None) -> list[str]:
    return [
        str(d["text"])[int(lab["start"]) : int(lab["end"])]
        for d in DOCS
        for lab in d["labels"]  # type: ignore[attr-defined]
        if entity is None or lab["entity"] == entity
    ]


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout17", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 290, hand_share=0.6, max_draws=ids17_layouts.DRAWS)
    assert ids17_layouts.DRAWS <= 7
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    generated = {str(d["family"]) for d in DOCS if d["origin"] == "generated"}
    assert generated == {f"gen-{n}" for n in ids17_layouts.LAYOUTS} and len(generated) >= 20


def test_new_genres_are_the_emphasis() -> None:
    hand = [d for d in DOCS if d["origin"] == "hand"]
    families = Counter(str(d["family"]).removeprefix("hand-") for d in hand)
    assert set(families) == DEV | OTHER
    assert sum(families[f] for f in DEV) >= 0.3 * len(hand)
    assert families["nordic"] >= 20 and families["pdf"] >= 20
    assert families["health"] + families["social"] + families["legal"] + families["finance"] >= 50


def test_every_label_is_a_valid_identifier_standing_alone_in_its_countrys_form() -> None:
    hc.check_identifier_labels(DOCS, least_unlabelled=50, letters_after=True)
    assert len(_spans()) >= 450
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            assert SHAPES[str(lab["entity"])].fullmatch(span), (doc["id"], lab["entity"])


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 10 and coordination >= 18 and no_mod11 >= 30
    assert sum("\n" in s for s in _spans()) >= 3
    cprs = _spans("DK_CPR")
    for sep in ("/", "\u2013", " - ", "."):
        assert sum(sep in s for s in cprs) >= 8, sep
    assert sum(len(re.sub(r"\D", "", s)) == 12 for s in _spans("SE_PERSONNUMMER")) >= 80
    assert sum(s[6] in "BCDEFUVWXY" for s in _spans("FI_PERSONAL_IDENTITY_CODE")) >= 8
    assert sum(int(s[0]) >= 4 for s in _spans("NO_FODSELSNUMMER")) >= 8
    assert {str(d["lang"]) for d in DOCS} == {"da", "sv", "en", "no", "fi"}
    entities = Counter(str(lab["entity"]) for d in DOCS for lab in d["labels"])  # type: ignore[attr-defined]
    assert entities["DK_CPR"] >= 190 and entities["SE_PERSONNUMMER"] >= 180
    assert entities["NO_FODSELSNUMMER"] >= 28 and entities["FI_PERSONAL_IDENTITY_CODE"] >= 28


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


def test_look_alikes_pass_the_rules_a_careless_reader_applies_and_wrong_numbers_fail() -> None:
    names = "cprlike cprdash luhn10 luhn10d luhn12 luhn12d kid epoch dkstamp stamp12 stamp12d regkto pnum"
    names += " badcpr badpnr badhetu badfnr cprmask pnrmask"
    for seed in range(30):
        doc = render(" ".join(f"⟨{n}⟩" for n in names.split()), random.Random(seed))
        assert doc.labels == []
        v = dict(zip(names.split(), doc.text.split(" "), strict=True))
        for key in ("cprlike", "cprdash", "epoch", "dkstamp"):
            d = v[key].replace("-", "")
            assert ids.cpr_birth_date(d) is not None and ids.cpr_is_mod11(d), key
        assert ids.cpr_birth_date(v["regkto"].split("-")[1]) is not None
        assert ids.luhn_ok(v["luhn10"]) and ids.luhn_ok(v["luhn10d"].replace("-", ""))
        for key in ("luhn12", "luhn12d", "stamp12", "stamp12d"):
            assert ids.personnummer_ok(v[key].replace("-", "")), key
        assert ids.fodselsnummer_ok(v["kid"]) and ids.cpr_birth_date(v["pnum"]) is not None
        assert ids.cpr_birth_date(v["badcpr"].replace("-", "")) is None
        bad = v["badpnr"].replace("-", "")
        assert not ids.personnummer_ok("19" + bad) and not ids.personnummer_ok("20" + bad)
        assert not ids.hetu_ok(v["badhetu"]) and not ids.fodselsnummer_ok(v["badfnr"])
        assert not v["cprmask"][-4:].isdigit() and not v["pnrmask"][-4:].isdigit()


def test_tags_reuse_one_persons_number_in_another_written_form() -> None:
    src = "⟦cpr:kid,nl#a⟧ ⟦cpr:sl#a⟧ ⟦pnr:co,ld#b⟧ ⟦pnr:l#b⟧ ⟦pnr:plus⟧ ⟦hetu:new⟧ ⟦fnr:d,sp⟧"
    doc = render(src, random.Random(5))
    cpr, cpr_sl, pnr, pnr_l, old, hetu, dnum = (doc.text[int(str(x["start"])) : int(str(x["end"]))] for x in doc.labels)
    assert cpr.replace("-\n", "/") == cpr_sl and pnr.replace("-", "") == pnr_l and int(pnr[6:8]) > 60
    assert "+" in old and hetu[6] in "BCDEFUVWXY" and int(dnum[0]) >= 4 and dnum[6] == " "


def test_no_line_is_copied_from_the_other_sets_or_from_tests() -> None:
    shared, total = independence.shared_lines(OUT, ROOT / "benchmarks" / "data", ROOT / "tests")
    assert total > 500 and shared <= 10, (shared, total)
