"""Hold-out v11 categories and names sets: rebuilt byte for byte, mostly hand-written, labels within bounds and
by the rules (the texts are never scored here)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout11 import cats11_build, cats11_gen, names11_build, names11_splits
from benchmarks.redteam.holdout11.cats11_markup import render, variants

DATA = hc.data_dir("holdout11")
Doc = dict[str, object]


def _file(name: str) -> list[Doc]:
    docs = hc.load(DATA, name)
    assert docs is not None, f"{name}.jsonl is not built"
    return docs


def _labels(doc: Doc) -> list[dict[str, object]]:
    labels = doc["labels"]
    assert isinstance(labels, list)
    return labels


def _spans(doc: Doc) -> list[str]:
    text = str(doc["text"])
    return [text[int(str(x["start"])) : int(str(x["end"]))] for x in _labels(doc)]


@pytest.mark.parametrize(("module", "name"), [(cats11_build, "categories"), (names11_build, "names")])
def test_rebuild_gives_the_committed_file_byte_for_byte(module: object, name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.jsonl"
    write_jsonl(module.build(module.DEFAULT_SEED), out)  # type: ignore[attr-defined]
    assert out.read_bytes() == (DATA / f"{name}.jsonl").read_bytes()


def _check_bounds(docs: list[Doc]) -> None:
    for doc in docs:
        text = str(doc["text"])
        for lab in _labels(doc):
            start, end = int(str(lab["start"])), int(str(lab["end"]))
            assert 0 <= start < end <= len(text), (doc["id"], lab)
            span = text[start:end]
            assert span and span == span.strip(), (doc["id"], span)


def test_categories_size_share_and_labels() -> None:
    docs = _file("categories")
    hc.check_hand_written(docs, 280, hand_share=0.55, max_draws=cats11_gen.DRAWS)
    hc.check_category_labels(docs)
    _check_bounds(docs)
    negatives = sum(not d["labels"] for d in docs)
    assert 0.45 <= negatives / len(docs) <= 0.55
    langs = Counter(str(d["lang"]) for d in docs)
    assert set(langs) == {"da", "sv"} and min(langs.values()) >= 0.45 * len(docs)
    for lang in ("da", "sv"):
        seen = Counter(str(lab["entity"]) for d in docs if d["lang"] == lang for lab in _labels(d))
        assert set(seen) == hc.CATEGORIES and min(seen.values()) >= 3, (lang, seen)


def test_minimal_pairs_are_one_revealing_and_one_not() -> None:
    from benchmarks.redteam.holdout11 import cats11_hand_da, cats11_hand_sv

    pairs = 0
    for bank in (cats11_hand_da.BANK, cats11_hand_sv.BANK):
        for _family, _lang, markup in split_bank(bank):
            versions = variants(markup)
            if len(versions) == 2:
                pairs += 1
                assert render(versions[0])[1] and not render(versions[1])[1], markup[:60]
    assert pairs >= 70


def test_generated_forms_label_a_ticked_yes_and_never_a_ticked_no() -> None:
    forms = [d for d in _file("categories") if str(d["family"]).startswith("gen-tickbox")]
    assert forms
    for d in forms:
        text = str(d["text"])
        assert ("[X] Nej" in text) == (not d["labels"]), d["id"]
        for span in _spans(d):
            assert span.endswith(text.split("[X] ")[1].split("\n")[0]), d["id"]


def test_generated_third_person_sentences_name_the_listed_person() -> None:
    """Minutes and case notes speak about the person the document lists first, by that person's given name."""
    for d in _file("categories"):
        family = str(d["family"])
        if family.startswith(("gen-minutes", "gen-casenote")):
            lines = str(d["text"]).split("\n")
            casenote = "casenote" in family
            name = re.split(r"[:–] ", lines[0] if casenote else lines[1])[-1].split(",")[0]
            assert cats11_gen._first(name) in lines[1 if casenote else 2], (d["id"], family)


def test_names_size_genres_and_spans() -> None:
    docs = _file("names")
    hc.check_hand_written(docs, 190, hand_share=0.54, max_draws=8)
    hc.check_name_spans(docs)
    _check_bounds(docs)
    genres = Counter(str(d["genre"]) for d in docs)
    assert set(genres) == {"news", "business", "mixed"}
    assert all(0.28 * len(docs) <= n <= 0.40 * len(docs) for n in genres.values()), genres
    assert sum(len(_labels(d)) for d in docs) >= 650
    assert sum(not d["labels"] for d in docs) >= 4  # documents with no person at all (traps)
    for d in docs:
        text = str(d["text"])
        for lab in _labels(d):
            start = int(str(lab["start"]))
            span = text[start : int(str(lab["end"]))]
            # a handle is not a name: neither it nor the word after its @ is ever labelled
            assert not span.startswith("@") and text[start - 1 : start] != "@", (d["id"], span)


def test_look_alikes_stay_unlabelled() -> None:
    """Squares, streets, firms, shops and products named after people are never inside a PERSON span."""
    traps = (
        "Gunnar Nu Hansens Plads",
        "Karen Blixens Plads",
        "Olof Palmes plats",
        "Fredrika Bremers gata",
        "Selma Lagerlöfs torg",
        "Lauritz Knudsen",
        "Clas Ohlson",
        "Carl Hansen & Søn",
        "Pernilles Blomster",
        "Majkens Blommor",
        "Jubouri Transport",
        "Hamwi Frakt",
        "Kay Bojesen-abe",
        "Lisa Larson-figurer",
    )
    found = 0
    for d in _file("names"):
        text = str(d["text"])
        spans = [(int(str(x["start"])), int(str(x["end"]))) for x in _labels(d)]
        for trap in traps:
            for m in re.finditer(re.escape(trap), text):
                found += 1
                assert not any(s < m.end() and m.start() < e for s, e in spans), (d["id"], trap)
    assert found >= len(traps)


def test_capitals_lists_label_surname_and_given_name_as_one_span() -> None:
    seen = 0
    for d in _file("names"):
        if str(d["family"]).startswith("gen-caps"):
            for span in _spans(d):
                surname, given = span.split(", ")
                assert surname == surname.upper() and given[0].isupper(), (d["id"], span)
                seen += 1
    assert seen >= 16 * 4


def test_every_document_reads_as_json_with_the_scorer_fields() -> None:
    for name in ("categories", "names"):
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            assert {"id", "lang", "text", "labels", "family"} <= set(doc)


def test_splits_of_one_saved_run() -> None:
    names = _file("names")
    first, second = names[0], names[1]
    gold = sum(len(_labels(d)) for d in names)
    run = [f"    miss  {first['id']} 0-5  'x'", f"    false {second['id']} 1-3  'y'", "PERSON   1 2 3"]
    table = names11_splits.split_names(names, run)
    assert f"TP {gold - 1}, FP 1, FN 1" in table["all"]
    assert f"genre={first['genre']}" in table and "hand-written" in table
    cats = _file("categories")
    negative = next(d for d in cats if not d["labels"])
    positive = next(d for d in cats if d["labels"])
    wanted = sorted({str(x["entity"]) for x in _labels(positive)})
    run = [
        f"    {negative['id']}: labelled - reported ['health']",
        f"    {positive['id']}: labelled {wanted} reported -",
    ]
    table = names11_splits.split_categories(cats, run)
    labels = sum(len({str(x["entity"]) for x in _labels(d)}) for d in cats)
    assert f"TP {labels - len(wanted)}, FP 1, FN {len(wanted)}" in table["all"]
    assert "negatives flagged 1 of" in table["all"]
