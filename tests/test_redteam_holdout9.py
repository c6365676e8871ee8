"""The v9 identifier hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the public rules.

The texts are never scored here (the set is scored once, by the coordinator, on the final main).
"""

from __future__ import annotations

import random
import re
from collections import Counter

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam import ids
from benchmarks.redteam.holdout9 import independence, layouts
from benchmarks.redteam.holdout9.build_identifiers import DEFAULT_SEED, OUT, build, hand_bank
from benchmarks.redteam.holdout9.slots import SLOT, birth_date, render

FOLDER = hc.data_dir("holdout9")
DOCS = hc.load(FOLDER, "identifiers") or []


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert OUT == FOLDER / "identifiers.jsonl"
    hc.check_reproduced("benchmarks.redteam.holdout9", FOLDER, "identifiers")


def test_size_share_of_hand_written_and_draws_per_layout() -> None:
    hc.check_hand_written(DOCS, 450, hand_share=0.6, max_draws=layouts.DRAWS)
    assert len({d["id"] for d in DOCS}) == len(DOCS)
    hand_sources = [src for _, _, src in hand_bank()]
    assert len(set(hand_sources)) == len(hand_sources)
    assert {str(d["family"]) for d in DOCS if d["origin"] == "generated"} == {f"gen-{n}" for n in layouts.LAYOUTS}


def test_every_label_is_a_plausible_identifier_standing_alone() -> None:
    # Letters may follow a number ("...kr", an OCR'd line without spaces); nothing is glued before one.
    hc.check_identifier_labels(DOCS, least_unlabelled=60, letters_after=True)


D = "[0-9OlSB]"  # a digit, or a letter a scan put in its place
SHAPES = {
    "DK_CPR": re.compile(rf"{D}{{6}}(?:-|\u2013| | - |-\n)?{D}{{4}}|{D}{D}\.{D}{D}\.{D}{D}-{D}{{4}}"),
    "SE_PERSONNUMMER": re.compile(rf"(?:19|20)?{D}{{6}}(?:[-+ ]|[-+]\n)?{D}{{4}}"),
    "FI_PERSONAL_IDENTITY_CODE": re.compile(r"\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y]"),
    "NO_FODSELSNUMMER": re.compile(r"\d{6} ?\d{5}"),
}


def test_every_label_is_written_in_a_form_of_its_own_country() -> None:
    # The official checks can pass by chance for a number of another shape (a CPR written as a personnummer);
    # the written form must be one the country uses.
    for doc in DOCS:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[int(lab["start"]) : int(lab["end"])]
            assert SHAPES[str(lab["entity"])].fullmatch(span), (doc["id"], lab["entity"])


def test_the_hard_forms_the_set_promises_are_there() -> None:
    plus, coordination, no_mod11 = hc.special_numbers(DOCS)
    assert plus >= 5 and coordination >= 15 and no_mod11 >= 40
    spans = [str(d["text"])[int(lab["start"]) : int(lab["end"])] for d in DOCS for lab in d["labels"]]  # type: ignore[attr-defined]
    assert sum("\n" in s for s in spans) >= 5
    assert sum(len(re.sub(r"\D", "", s)) == 12 for s in spans) >= 40
    assert {str(d["lang"]) for d in DOCS} == {"da", "sv", "en", "no", "fi"}
    entities = Counter(str(lab["entity"]) for d in DOCS for lab in d["labels"])  # type: ignore[attr-defined]
    assert entities["DK_CPR"] >= 300 and entities["SE_PERSONNUMMER"] >= 250


def test_hand_written_labels_are_exactly_the_identifier_slots() -> None:
    hand = [d for d in DOCS if d["origin"] == "hand"]
    sources = hand_bank()
    assert len(hand) == len(sources)
    for doc, (_, _, src) in zip(hand, sources, strict=True):
        assert len(doc["labels"]) == sum(1 for m in SLOT.finditer(src) if m.group(1)), doc["id"]  # type: ignore[arg-type]


def test_renderer_places_labels_and_keeps_negatives_unlabelled() -> None:
    src = "CPR [[cpr:nomod,kid#a]] (maskeret {{mask#a}}), konto {{kto}}, pnr [[pnr:old]], nr [[cpr:nl]]."
    doc = render("da", src, random.Random(1))
    text = doc.text
    spans = [(text[int(str(lab["start"])) : int(str(lab["end"]))], lab["entity"]) for lab in doc.labels]
    assert [e for _, e in spans] == ["DK_CPR", "SE_PERSONNUMMER", "DK_CPR"]
    cpr = spans[0][0].replace("-", "")
    assert not ids.cpr_is_mod11(cpr) and ids.cpr_birth_date(cpr) is not None
    assert f"{cpr[:6]}-XXXX" in text and text.count(cpr[6:]) == 1
    assert "+" in spans[1][0] and "\n" in spans[2][0]
    assert not re.search(r"\[\[|\{\{", text)


def test_one_persons_numbers_of_two_countries_share_the_birth_date() -> None:
    for src in ("[[fnr:dnr#a]] [[pnr:ld,samo,as_a]]", "[[hetu#a]] [[cpr:nomod,as_a]]", "[[pnr:ld#a]] [[cpr:as_a]]"):
        doc = render("sv", src, random.Random(src))
        first, second = (doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels)
        kinds = [m.group(1) for m in SLOT.finditer(src)]
        values = [first, second]
        compact = [v if k == "hetu" else re.sub(r"\D", "", v) for k, v in zip(kinds, values, strict=True)]
        assert birth_date(kinds[0], compact[0]) == birth_date(kinds[1], compact[1]), src


def test_nothing_is_copied_from_tests_and_almost_nothing_from_the_other_sets() -> None:
    counts = independence.overlap(OUT, FOLDER.parents[1], OUT.parents[4] / "tests")
    assert counts["lines_in_tests"] == 0
    assert counts["lines_in_data"] <= 0.01 * counts["lines"]
    assert counts["grams_in_data"] <= 0.02 * counts["grams"]


def test_a_fresh_seed_draws_new_numbers_in_the_same_documents() -> None:
    fresh = build(DEFAULT_SEED + 1)
    assert [d["id"] for d in fresh] == [d["id"] for d in DOCS]
    assert sum(d["text"] != f["text"] for d, f in zip(DOCS, fresh, strict=True)) >= 0.9 * len(DOCS)
