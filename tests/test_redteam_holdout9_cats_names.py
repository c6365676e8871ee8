"""Hold-out v9 categories and names sets: rebuilt byte for byte, mostly hand-written, labels within bounds and
by the rules (the texts are never scored here)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.holdout9 import cats9_build, names9_build
from benchmarks.redteam.holdout9.cats9_markup import render, variants

DATA = hc.data_dir("holdout9")
Doc = dict[str, object]


def _file(name: str) -> list[Doc]:
    docs = hc.load(DATA, name)
    assert docs is not None, f"{name}.jsonl is not built"
    return docs


@pytest.mark.parametrize(("module", "name"), [(cats9_build, "categories"), (names9_build, "names")])
def test_rebuild_gives_the_committed_file_byte_for_byte(module: object, name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.jsonl"
    from benchmarks.redteam.bank import write_jsonl

    write_jsonl(module.build(module.DEFAULT_SEED), out)  # type: ignore[attr-defined]
    assert out.read_bytes() == (DATA / f"{name}.jsonl").read_bytes()


def _check_bounds(docs: list[Doc]) -> None:
    for doc in docs:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            start, end = int(lab["start"]), int(lab["end"])
            assert 0 <= start < end <= len(text), (doc["id"], lab)
            span = text[start:end]
            assert span and span == span.strip(), (doc["id"], span)


def test_categories_size_share_and_labels() -> None:
    docs = _file("categories")
    hc.check_hand_written(docs, 300, hand_share=0.75, max_draws=7)
    hc.check_category_labels(docs)
    _check_bounds(docs)
    negatives = sum(not d["labels"] for d in docs)
    assert 0.45 <= negatives / len(docs) <= 0.55
    langs = Counter(str(d["lang"]) for d in docs)
    assert set(langs) == {"da", "sv"} and min(langs.values()) >= 0.4 * len(docs)
    # every category is labelled in both languages, several times
    for lang in ("da", "sv"):
        seen = Counter(str(lab["entity"]) for d in docs if d["lang"] == lang for lab in d["labels"])  # type: ignore[attr-defined]
        assert set(seen) == hc.CATEGORIES and min(seen.values()) >= 4, (lang, seen)


def test_minimal_pairs_differ_only_in_the_revealing_part() -> None:
    docs = _file("categories")
    pairs: dict[str, dict[str, Doc]] = {}
    for d in docs:
        if "pair" in d:
            pairs.setdefault(str(d["pair"])[:-1], {})[str(d["pair"])[-1]] = d
    assert len(pairs) >= 120
    for key, both in pairs.items():
        assert set(both) == {"a", "b"}, key
        assert both["a"]["labels"] and not both["b"]["labels"], key
        assert both["a"]["family"] == both["b"]["family"] and both["a"]["lang"] == both["b"]["lang"], key


def test_names_size_genres_and_spans() -> None:
    docs = _file("names")
    hc.check_hand_written(docs, 220, hand_share=0.5, max_draws=7)
    hc.check_name_spans(docs)
    _check_bounds(docs)
    genres = Counter(str(d["genre"]) for d in docs)
    assert set(genres) == {"news", "business", "mixed"}
    assert all(0.28 * len(docs) <= n <= 0.40 * len(docs) for n in genres.values()), genres
    assert sum(len(d["labels"]) for d in docs) >= 800  # type: ignore[misc, arg-type]
    assert sum(not d["labels"] for d in docs) >= 4  # documents with no person at all (traps)
    # spans are whole names: none is a bare title, an e-mail address or a handle
    for d in docs:
        text = str(d["text"])
        for lab in d["labels"]:  # type: ignore[attr-defined]
            span = text[int(lab["start"]) : int(lab["end"])]
            assert not span.startswith("@") and text[int(lab["start"]) - 1 : int(lab["start"])] != "@", (d["id"], span)


def test_markup_renders_offsets_exactly() -> None:
    pos, neg = variants("Hej. {{⟦health+genetic|Gentest: anlæg for X.⟧||Ingen test.}} Mvh ⟦Bo Ek⟧")
    text, labels = render(pos)
    assert text == "Hej. Gentest: anlæg for X. Mvh Bo Ek"
    assert [(text[int(x["start"]) : int(x["end"])], x["entity"]) for x in labels] == [
        ("Gentest: anlæg for X.", "health"),
        ("Gentest: anlæg for X.", "genetic"),
        ("Bo Ek", "PERSON"),
    ]
    assert render(neg)[0] == "Hej. Ingen test. Mvh Bo Ek"
    with pytest.raises(AssertionError):
        render("⟦health| Jeg er syg.⟧")  # a label with surrounding blanks is refused
    with pytest.raises(AssertionError):
        render("Ulukket ⟦Bo Ek")  # markup left in the text is refused


def test_every_document_reads_as_json_with_the_scorer_fields() -> None:
    for name in ("categories", "names"):
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            assert {"id", "lang", "text", "labels", "family"} <= set(doc)


def test_splits_of_one_saved_run() -> None:
    from benchmarks.redteam.holdout9 import names9_splits

    names = _file("names")
    first, second = names[0], names[1]
    gold = sum(len(d["labels"]) for d in names)  # type: ignore[misc, arg-type]
    run = [f"    miss  {first['id']} 0-5  'x'", f"    false {second['id']} 1-3  'y'", "PERSON   1 2 3"]
    table = names9_splits.split_names(names, run)
    assert f"TP {gold - 1}, FP 1, FN 1" in table["all"]
    assert f"genre={first['genre']}" in table and "hand-written" in table
    cats = _file("categories")
    negative = next(d for d in cats if not d["labels"])
    positive = next(d for d in cats if d["labels"])
    run = [
        f"    {negative['id']}: labelled - reported ['health']",
        f"    {positive['id']}: labelled {sorted({str(x['entity']) for x in positive['labels']})} reported -",  # type: ignore[attr-defined]
    ]
    table = names9_splits.split_categories(cats, run)
    labels = sum(len({str(x["entity"]) for x in d["labels"]}) for d in cats)  # type: ignore[attr-defined]
    missed = len({str(x["entity"]) for x in positive["labels"]})  # type: ignore[attr-defined]
    assert f"TP {labels - missed}, FP 1, FN {missed}" in table["all"]
    assert "negatives flagged 1 of" in table["all"]
