"""The v18 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

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
from benchmarks.redteam.holdout18 import ids18_layouts, independence
from benchmarks.redteam.holdout18.build_identifiers import OUT, hand_bank
from benchmarks.redteam.holdout18.ids18_slots import FILL, SLOT, render

FOLDER = hc.data_dir("holdout18")
DOCS = hc.load(FOLDER, "identifiers") or []
ROOT = Path(__file__).resolve().parents[1]
SEP = r"(?:-|\u2013| | - |-\n|/)?"
SHAPES = {
    "DK_CPR": re.compile(rf"\d{{6}}{SEP}\d{{4}}|\d{{2}}\.\d{{2}}\.\d{{2}}-\d{{4}}"),
    "SE_PERSONNUMMER": re.compile(r"(?:\d{2})?\d{6}(?:[-+ ]|[-+]\n)?\d{4}"),
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}
# The v18 emphasis: mailbox text, HR/payroll files, citizen services, archival text, foreign-language workplaces.
MAIL = frozenset(["mail", "calendar", "vcard", "merge", "newsletter"])
HR = frozenset(["hr", "payroll", "union", "contract", "sick", "timesheet"])
CITIZEN = frozenset(["school", "daycare", "elderly", "housing", "parking", "library", "club", "church", "citizen"])
ARCHIVE = frozenset(["archive", "estate"])
OTHER = frozenset(["foreign", "neg"])

pytestmark = pytest.mark.skipif(not DOCS, reason="holdout18 identifiers not built")


def _spans(entity: str | None = None) -> list[str]:
    return [
        str(d["text"])[int(lab["start"]) : int(lab["end"])]
        for d in DOCS
        for lab in d["labels"]  # type: ignore[attr-defined]
        if entity is None or lab["entity"] == entity
    ]


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout18", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 280, hand_share=0.6, max_draws=ids18_layouts.DRAWS)
    assert ids18_layouts.DRAWS <= 7
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    generated = {str(d["family"]) for d in DOCS if d["origin"] == "generated"}
    assert generated == {f"gen-{n}" for n in ids18_layouts.LAYOUTS} and len(generated) >= 20


def test_new_genres_are_the_emphasis() -> None:
    hand = [d for d in DOCS if d["origin"] == "hand"]
    families = Counter(str(d["family"]).removeprefix("hand-") for d in hand)
    assert set(families) <= MAIL | HR | CITIZEN | ARCHIVE | OTHER
    assert sum(families[f] for f in MAIL) >= 45
    assert sum(families[f] for f in HR) >= 30
    assert sum(families[f] for f in CITIZEN) >= 40
    assert sum(families[f] for f in ARCHIVE) >= 15 and families["church"] >= 8
    assert families["foreign"] >= 15
    # Many persons per document: dense HR/payroll tables.
    assert sum(len(d["labels"]) >= 8 for d in hand if d["family"] != "hand-neg") >= 10  # type: ignore[arg-type]
    assert max(len(d["labels"]) for d in hand) >= 20  # type: ignore[arg-type]


def test_every_label_is_a_valid_identifier_standing_alone_in_its_countrys_form() -> None:
    hc.check_identifier_labels(DOCS, least_unlabelled=50)
    assert len(_spans()) >= 450
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            assert SHAPES[str(lab["entity"])].fullmatch(span), (doc["id"], lab["entity"])


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 15 and coordination >= 20 and no_mod11 >= 30
    assert sum("\n" in s for s in _spans()) >= 3
    cprs = _spans("DK_CPR")
    for sep in ("/", "\u2013", " - ", ".", " "):
        assert sum(sep in s for s in cprs) >= 8, sep
    # Births in the 1800s (century digits 5-8 with a year 58-99) and old births with century digit 4 or 9.
    born = [ids.cpr_birth_date(re.sub(r"\D", "", s)) for s in cprs]
    assert sum(b is not None and b.year < 1900 for b in born) >= 15
    assert sum(b is not None and b.year <= 1950 for b in born) >= 40
    assert (
        sum(
            b is not None and 1937 <= b.year <= 1950 and re.sub(r"\D", "", s)[6] in "49"
            for b, s in zip(born, cprs, strict=True)
        )
        >= 5
    )
    assert sum(len(re.sub(r"\D", "", s)) == 12 for s in _spans("SE_PERSONNUMMER")) >= 80
    assert sum(s[6] in "BCDEFUVWXY" for s in _spans("FI_PERSONAL_IDENTITY_CODE")) >= 8
    assert sum(s[6] == "+" for s in _spans("FI_PERSONAL_IDENTITY_CODE")) >= 4
    assert sum(int(s[0]) >= 4 for s in _spans("NO_FODSELSNUMMER")) >= 8
    assert {str(d["lang"]) for d in DOCS} == {"da", "sv", "en", "no", "fi", "de", "pl"}
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


def test_centenarians_are_written_with_plus_and_only_they() -> None:
    for doc in DOCS:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = text[int(lab["start"]) : int(lab["end"])]
            if lab["entity"] != "SE_PERSONNUMMER" or len(re.sub(r"\D", "", span)) != 10:
                continue
            if "+" in span:
                assert any(ids.personnummer_ok(c + re.sub(r"\D", "", span)) for c in ("18", "19")), doc["id"]
            elif "-" in span:
                year = next(
                    int(c + span[:2]) for c in ("20", "19", "18") if ids.personnummer_ok(c + re.sub(r"\D", "", span))
                )
                assert 2026 - year < 100 or year > 2026, doc["id"]


def test_hand_written_labels_are_exactly_the_identifier_slots() -> None:
    hand = [d for d in DOCS if d["origin"] == "hand"]
    sources = hand_bank()
    assert len(hand) == len(sources)
    for doc, (_, _, src) in zip(hand, sources, strict=True):
        assert len(doc["labels"]) == sum(1 for m in SLOT.finditer(src) if m.group(1)), doc["id"]  # type: ignore[arg-type]


def test_look_alikes_pass_the_rules_a_careless_reader_applies_and_wrong_numbers_fail() -> None:
    names = "cprlike cprdash luhn10 luhn10d luhn12 luhn12d kid epoch epochms dkstamp stamp12 stamp12d regkto clkto pnum"
    names += " badcpr badpnr badhetu badfnr cprmask pnrmask"
    assert set(names.split()) <= set(FILL)
    for seed in range(30):
        doc = render(" ".join(f"⟨{n}⟩" for n in names.split()), random.Random(seed))
        assert doc.labels == []
        v = dict(zip(names.split(), doc.text.split(" "), strict=True))
        for key in ("cprlike", "cprdash", "epoch", "dkstamp"):
            d = v[key].replace("-", "")
            assert ids.cpr_birth_date(d) is not None and ids.cpr_is_mod11(d), key
        assert ids.cpr_birth_date(v["epochms"][:10]) is not None
        assert ids.cpr_birth_date(v["regkto"].split("-")[1]) is not None
        assert ids.luhn_ok(v["luhn10"]) and ids.luhn_ok(v["luhn10d"].replace("-", ""))
        assert ids.luhn_ok(v["clkto"].split("-")[1])
        for key in ("luhn12", "luhn12d", "stamp12", "stamp12d"):
            assert ids.personnummer_ok(v[key].replace("-", "")), key
        assert ids.fodselsnummer_ok(v["kid"]) and ids.cpr_birth_date(v["pnum"]) is not None
        assert ids.cpr_birth_date(v["badcpr"].replace("-", "")) is None
        bad = v["badpnr"].replace("-", "")
        assert not any(ids.personnummer_ok(c + bad) for c in ("18", "19", "20"))
        assert not ids.hetu_ok(v["badhetu"]) and not ids.fodselsnummer_ok(v["badfnr"])
        assert not v["cprmask"][-4:].isdigit() and not v["pnrmask"][-4:].isdigit()


def test_tags_reuse_one_persons_number_and_birth_in_another_written_form() -> None:
    src = "⟨born#a⟩ ⟦cpr:y1897,nl#a⟧ ⟦cpr:sl#a⟧ ⟦pnr:co,ld#b⟧ ⟦pnr:l#b⟧ ⟦pnr:cent⟧ ⟦hetu:new⟧ ⟦hetu:c18⟧ ⟦fnr:d,sp⟧"
    doc = render(src, random.Random(5))
    born = doc.text.split(" ")[0]
    cpr, cpr_sl, pnr, pnr_l, old, hetu, hetu_old, dnum = (
        doc.text[int(str(x["start"])) : int(str(x["end"]))] for x in doc.labels
    )
    assert born.endswith("1897") and cpr[:4] == born[:2] + born[3:5] and int(re.sub(r"\D", "", cpr)[6]) in (5, 6, 7, 8)
    assert cpr.replace("-\n", "/") == cpr_sl and pnr.replace("-", "") == pnr_l and int(pnr[6:8]) > 60
    assert "+" in old and hetu[6] in "BCDEFUVWXY" and hetu_old[6] == "+" and int(dnum[0]) >= 4 and dnum[6] == " "


def test_no_line_is_copied_from_the_other_sets_or_from_tests() -> None:
    shared, total = independence.shared_lines(OUT, ROOT / "benchmarks" / "data", ROOT / "tests")
    assert total > 500 and shared <= 10, (shared, total)
