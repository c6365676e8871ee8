"""The v19 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

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
from benchmarks.redteam.holdout19 import ids19_layouts, independence
from benchmarks.redteam.holdout19.build_identifiers import OUT, hand_bank
from benchmarks.redteam.holdout19.ids19_slots import FILL, SLOT, render

FOLDER = hc.data_dir("holdout19")
DOCS = hc.load(FOLDER, "identifiers") or []
ROOT = Path(__file__).resolve().parents[1]
SEP = r"(?:-|\u2013| | - |-\n|/| -|)"
SHAPES = {
    "DK_CPR": re.compile(
        rf"\d{{6}}{SEP}\d{{4}}|\d{{2}}\.\d{{2}}\.\d{{2}}-\d{{4}}|\d{{4}} \d{{2}}-\d{{4}}|\d{{6}}-\d\d \d\d"
    ),
    "SE_PERSONNUMMER": re.compile(r"(?:\d{2})?\d{6}(?:[-+ ]|[-+]\n|- )?\d{4}|\d{4} \d{2}[-+]\d{4}"),
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}
# The v19 emphasis: extracted text, OCR, ticket/log/dump text, case files, chat and foreign-language workplaces.
EXTRACT = frozenset(["pdf", "xlsx", "docx"])
SYSTEMS = frozenset(["ticket", "log", "trace", "json", "xml", "yaml", "sql"])
CASES = frozenset(["journal", "claim", "bank", "legal"])
PEOPLE = frozenset(["chat", "foreign"])
OTHER = frozenset(["ocr", "probe", "neg"])
# OCR spaces inside a number (CPR "DDMM YY-", "-SS SS", " -"; personnummer "YYMM DD", "- ").
OCR_SPACED = re.compile(r"^\d{4} \d{2}[-+]|^\d{6}-\d\d \d\d$|^\d{6} -|^\d{8}- ")

pytestmark = pytest.mark.skipif(not DOCS, reason="holdout19 identifiers not built")


def _labelled() -> list[tuple[dict[str, object], dict[str, object], str]]:
    return [
        (d, lab, str(d["text"])[int(lab["start"]) : int(lab["end"])])
        for d in DOCS
        for lab in d["labels"]  # type: ignore[attr-defined]
    ]


def _spans(entity: str) -> list[str]:
    return [s for _, lab, s in _labelled() if lab["entity"] == entity]


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout19", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 220, hand_share=0.6, max_draws=ids19_layouts.DRAWS)
    assert len(DOCS) <= 260 and ids19_layouts.DRAWS <= 5
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    generated = {str(d["family"]) for d in DOCS if d["origin"] == "generated"}
    assert generated == {f"gen-{n}" for n in ids19_layouts.LAYOUTS} and len(generated) >= 18


def test_new_genres_are_the_emphasis() -> None:
    hand = [d for d in DOCS if d["origin"] == "hand"]
    families = Counter(str(d["family"]).removeprefix("hand-") for d in hand)
    assert set(families) <= EXTRACT | SYSTEMS | CASES | PEOPLE | OTHER
    assert sum(families[f] for f in EXTRACT) >= 20
    assert families["ocr"] >= 15
    assert sum(families[f] for f in SYSTEMS) >= 20 and all(families[f] for f in SYSTEMS)
    assert sum(families[f] for f in CASES) >= 25 and all(families[f] for f in CASES)
    assert sum(families[f] for f in PEOPLE) >= 20 and families["probe"] >= 20
    langs = Counter(str(d["lang"]) for d in DOCS)
    assert set(langs) == {"da", "sv", "en", "no", "fi", "de", "pl", "uk"}
    assert langs["da"] >= 80 and langs["sv"] >= 70


def test_every_label_is_a_valid_identifier_in_its_countrys_form() -> None:
    seen: Counter[str] = Counter()
    glued = 0
    for doc, lab, span in _labelled():
        entity, text = str(lab["entity"]), str(doc["text"])
        seen[entity] += 1
        assert span == span.strip() and hc.identifier_is_valid(entity, span), (doc["id"], entity)
        assert SHAPES[entity].fullmatch(span), (doc["id"], entity)
        before = text[int(str(lab["start"])) - 1 : int(str(lab["start"]))]
        after = text[int(str(lab["end"])) : int(str(lab["end"])) + 1]
        # Extraction may glue letters to a number (a stated, arguable call); never a digit.
        assert not before.isdigit() and not after.isdigit(), doc["id"]
        glued += before.isalpha() or after.isalpha()
    assert 5 <= glued <= 12
    assert seen["DK_CPR"] >= 170 and seen["SE_PERSONNUMMER"] >= 150
    assert seen["FI_PERSONAL_IDENTITY_CODE"] >= 25 and seen["NO_FODSELSNUMMER"] >= 25
    assert sum(1 for d in DOCS if not d["labels"]) >= 40
    assert sum(1 for d in DOCS if not d["labels"] and d["origin"] == "hand") >= 28


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 4 and coordination >= 12 and no_mod11 >= 8
    ocr = [s for _, lab, s in _labelled() if lab["entity"] in ("DK_CPR", "SE_PERSONNUMMER") and OCR_SPACED.search(s)]
    assert len(ocr) >= 12
    assert sum("\n" in s for _, _, s in _labelled()) >= 3
    cprs = _spans("DK_CPR")
    for sep in ("/", "\u2013", " - ", "."):
        assert sum(sep in s for s in cprs) >= 3, sep
    assert sum(len(re.sub(r"\D", "", s)) == 12 for s in _spans("SE_PERSONNUMMER")) >= 50
    assert sum(s[6] in "BCDEFUVWXY" for s in _spans("FI_PERSONAL_IDENTITY_CODE")) >= 5
    assert sum(int(s[0]) >= 4 for s in _spans("NO_FODSELSNUMMER")) >= 5


def test_cprs_without_modulus_11_are_children_or_first_of_january() -> None:
    for doc, lab, span in _labelled():
        if lab["entity"] != "DK_CPR":
            continue
        digits = re.sub(r"\D", "", span)
        born = ids.cpr_birth_date(digits)
        assert born is not None
        assert ids.cpr_is_mod11(digits) or born >= dt.date(2007, 10, 1) or (born.day, born.month) == (1, 1), doc["id"]


def test_centenarians_are_written_with_plus_and_only_they() -> None:
    for doc, lab, span in _labelled():
        digits = re.sub(r"\D", "", span)
        if lab["entity"] != "SE_PERSONNUMMER" or len(digits) != 10:
            continue
        years = [int(c + digits[:2]) for c in ("20", "19", "18") if ids.personnummer_ok(c + digits)]
        if "+" in span:
            assert any(2026 - y >= 100 for y in years), doc["id"]
        else:
            assert any(2026 - y < 100 for y in years), doc["id"]


def test_hand_written_labels_are_exactly_the_identifier_slots() -> None:
    hand = [d for d in DOCS if d["origin"] == "hand"]
    sources = hand_bank()
    assert len(hand) == len(sources)
    for doc, (_, _, src) in zip(hand, sources, strict=True):
        assert len(doc["labels"]) == sum(1 for m in SLOT.finditer(src) if m.group(1)), doc["id"]  # type: ignore[arg-type]


def test_look_alikes_pass_the_rules_a_careless_reader_applies_and_wrong_numbers_fail() -> None:
    names = "cprlike luhn10 luhn12 kid epoch dkstamp stamp12 guid hash isodt dt14 seq track meter coupon inc"
    names += " badcpr badpnr badhetu badfnr cprmask pnrmask"
    assert set(names.split()) <= set(FILL)
    for seed in range(30):
        doc = render(" ".join(f"⟨{n}⟩" for n in names.split()), random.Random(seed))
        assert doc.labels == []
        v = dict(zip(names.split(), doc.text.split(" "), strict=True))
        ten = [v["cprlike"], v["epoch"], v["dkstamp"], v["coupon"], v["track"][2:12], v["inc"][3:]]
        ten.append(re.search(r"\d{10}", v["hash"]).group())  # type: ignore[union-attr]
        for d in ten:
            assert ids.cpr_birth_date(d) is not None and ids.cpr_is_mod11(d), d
        assert ids.luhn_ok(v["luhn10"]) and ids.luhn_ok(v["meter"])
        for d in (v["luhn12"], v["stamp12"], v["seq"], v["guid"].split("-")[-1]):
            assert ids.personnummer_ok(d), d
        assert ids.cpr_birth_date(v["dt14"][2:8] + v["dt14"][8:12]) is None or len(v["dt14"]) == 14
        assert re.fullmatch(r"20\d{6}T\d{6}", v["isodt"]) and ids.fodselsnummer_ok(v["kid"])
        assert ids.cpr_birth_date(v["badcpr"].replace("-", "")) is None
        bad = v["badpnr"].replace("-", "")
        assert not any(ids.personnummer_ok(c + bad) for c in ("18", "19", "20"))
        assert not ids.hetu_ok(v["badhetu"]) and not ids.fodselsnummer_ok(v["badfnr"])
        assert not v["cprmask"][-4:].isdigit() and not v["pnrmask"][-4:].isdigit()


def test_ocr_forms_and_tags_keep_one_persons_number() -> None:
    src = "⟦cpr:o1#a⟧ ⟦cpr:o2#a⟧ ⟦cpr:o3#a⟧ ⟦cpr:n#a⟧ ⟦pnr:o1#b⟧ ⟦pnr:o2#b⟧ ⟦pnr:l#b⟧"
    doc = render(src, random.Random(7))
    spans = [doc.text[int(str(x["start"])) : int(str(x["end"]))] for x in doc.labels]
    assert len({re.sub(r"\D", "", s) for s in spans[:4]}) == 1
    assert spans[0][4] == " " and spans[1][9] == " " and spans[2][6:8] == " -"
    assert re.sub(r"\D", "", spans[4]) == spans[6][2:] and spans[5].replace("- ", "") == spans[6]


def test_no_line_is_copied_from_the_other_sets_or_from_tests() -> None:
    shared, total = independence.shared_lines(OUT, ROOT / "benchmarks" / "data", ROOT / "tests")
    assert total > 400 and shared <= 10, (shared, total)
