"""Hold-out v10 categories and names sets: rebuilt byte for byte, mostly hand-written, labels within bounds and
by the rules (the texts are never scored here)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.bank import write_jsonl
from benchmarks.redteam.holdout10 import cats10_build, names10_build, names10_splits
from benchmarks.redteam.holdout10.cats10_markup import render, variants

DATA = hc.data_dir("holdout10")
Doc = dict[str, object]


def _file(name: str) -> list[Doc]:
    docs = hc.load(DATA, name)
    assert docs is not None, f"{name}.jsonl is not built"
    return docs


def _labels(doc: Doc) -> list[dict[str, object]]:
    labels = doc["labels"]
    assert isinstance(labels, list)
    return labels


@pytest.mark.parametrize(("module", "name"), [(cats10_build, "categories"), (names10_build, "names")])
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
    hc.check_hand_written(docs, 260, hand_share=0.7, max_draws=7)
    hc.check_category_labels(docs)
    _check_bounds(docs)
    negatives = sum(not d["labels"] for d in docs)
    assert 0.45 <= negatives / len(docs) <= 0.55
    langs = Counter(str(d["lang"]) for d in docs)
    assert set(langs) == {"da", "sv"} and min(langs.values()) >= 0.4 * len(docs)
    for lang in ("da", "sv"):
        seen = Counter(str(lab["entity"]) for d in docs if d["lang"] == lang for lab in _labels(d))
        assert set(seen) == hc.CATEGORIES and min(seen.values()) >= 3, (lang, seen)


def test_minimal_pairs_are_one_revealing_and_one_not() -> None:
    from benchmarks.redteam.bank import split_bank
    from benchmarks.redteam.holdout10 import cats10_hand_da, cats10_hand_sv

    pairs = 0
    for bank in (cats10_hand_da.BANK, cats10_hand_sv.BANK):
        for _family, _lang, markup in split_bank(bank):
            versions = variants(markup)
            if len(versions) == 2:
                pairs += 1
                assert render(versions[0])[1] and not render(versions[1])[1], markup[:60]
    assert pairs >= 70


def test_names_size_genres_and_spans() -> None:
    docs = _file("names")
    hc.check_hand_written(docs, 160, hand_share=0.6, max_draws=6)
    hc.check_name_spans(docs)
    _check_bounds(docs)
    genres = Counter(str(d["genre"]) for d in docs)
    assert set(genres) == {"news", "business", "mixed"}
    assert all(0.28 * len(docs) <= n <= 0.40 * len(docs) for n in genres.values()), genres
    assert sum(len(_labels(d)) for d in docs) >= 600
    assert sum(not d["labels"] for d in docs) >= 4  # documents with no person at all (traps)
    for d in docs:
        text = str(d["text"])
        for lab in _labels(d):
            start = int(str(lab["start"]))
            span = text[start : int(str(lab["end"]))]
            assert not span.startswith("@") and text[start - 1 : start] != "@", (d["id"], span)


def test_look_alikes_stay_unlabelled() -> None:
    """Streets, firms, ships and products named after people are never inside a PERSON span."""
    for d in _file("names"):
        text = str(d["text"])
        spans = [(int(str(x["start"])), int(str(x["end"]))) for x in _labels(d)]
        for trap in (
            "H.C. Ørsteds Vej",
            "Carl Hansen & Søn",
            "M/F Holger Danske",
            "Olof Palmes gata",
            "Hilding Anders",
        ):
            at = text.find(trap)
            if at >= 0:
                assert not any(s < at + len(trap) and at < e for s, e in spans), (d["id"], trap)


def test_markup_renders_offsets_exactly() -> None:
    pos, neg = variants("Hej. {{⟦health+genetic|Gentest: anlæg for X.⟧||Ingen test.}} Mvh ⟦Bo Ek⟧")
    text, labels = render(pos)
    assert text == "Hej. Gentest: anlæg for X. Mvh Bo Ek"
    assert [(text[int(str(x["start"])) : int(str(x["end"]))], x["entity"]) for x in labels] == [
        ("Gentest: anlæg for X.", "health"),
        ("Gentest: anlæg for X.", "genetic"),
        ("Bo Ek", "PERSON"),
    ]
    assert render(neg)[0] == "Hej. Ingen test. Mvh Bo Ek"
    with pytest.raises(AssertionError):
        render("⟦health| Jeg er syg.⟧")
    with pytest.raises(AssertionError):
        render("Ulukket ⟦Bo Ek")


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
    table = names10_splits.split_names(names, run)
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
    table = names10_splits.split_categories(cats, run)
    labels = sum(len({str(x["entity"]) for x in _labels(d)}) for d in cats)
    assert f"TP {labels - len(wanted)}, FP 1, FN {len(wanted)}" in table["all"]
    assert "negatives flagged 1 of" in table["all"]
