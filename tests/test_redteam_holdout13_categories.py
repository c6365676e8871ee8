"""Hold-out v13 categories and names sets: rebuilt byte for byte from their seeds, mostly hand-written, labels
within bounds and by the v13 rules (the texts are never scored here)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout13 import (
    cats13_build,
    cats13_gen,
    cats13_hand_da,
    cats13_hand_en,
    cats13_hand_sv,
    names13_build,
    names13_gen,
    names13_splits,
)
from benchmarks.redteam.holdout13.cats13_markup import render, variants

FOLDER = hc.data_dir("holdout13")
Doc = dict[str, object]


def _set(kind: str) -> list[Doc]:
    docs = hc.load(FOLDER, kind)
    assert docs is not None, f"holdout13/{kind}.jsonl is not built"
    return docs


def _marks(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, entity) of every label, checked to lie inside the text and to be trimmed."""
    text = str(doc["text"])
    out = []
    for lab in doc["labels"]:  # type: ignore[attr-defined]
        start, end = int(lab["start"]), int(lab["end"])
        assert 0 <= start < end <= len(text), (doc["id"], lab)
        assert text[start:end] == text[start:end].strip(), (doc["id"], text[start:end])
        out.append((start, end, str(lab["entity"])))
    return out


@pytest.mark.parametrize(("builder", "kind"), [(cats13_build, "categories"), (names13_build, "names")])
def test_the_seeded_builder_writes_the_committed_file(builder: object, kind: str, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.jsonl"
    write_jsonl(builder.build(builder.DEFAULT_SEED), out)  # type: ignore[attr-defined]
    assert out.read_bytes() == (FOLDER / f"{kind}.jsonl").read_bytes()
    assert builder.DEFAULT_SEED in (13909, 13919)  # type: ignore[attr-defined]


def test_another_seed_changes_only_the_generated_documents() -> None:
    """The seed drives the generators alone: hand-written documents are the same under any seed."""
    a, b = cats13_build.build(1), cats13_build.build(2)
    assert [d for d in a if str(d["family"]).startswith("hand-")] == [
        d for d in b if str(d["family"]).startswith("hand-")
    ]
    assert [d["text"] for d in a] != [d["text"] for d in b]


def test_categories_half_negative_every_category_in_both_languages() -> None:
    docs = _set("categories")
    hc.check_hand_written(docs, 320, hand_share=0.7, max_draws=cats13_gen.DRAWS)
    hc.check_category_labels(docs)
    assert 0.5 <= sum(not d["labels"] for d in docs) / len(docs) <= 0.56
    langs = Counter(str(d["lang"]) for d in docs)
    assert set(langs) == {"da", "sv", "en"} and langs["en"] >= 20 and min(langs["da"], langs["sv"]) >= 150
    for lang in ("da", "sv"):
        seen = Counter(e for d in docs if d["lang"] == lang for _s, _e, e in _marks(d))
        assert set(seen) == hc.CATEGORIES and min(seen.values()) >= 4, (lang, seen)
    english = {e for d in docs if d["lang"] == "en" for _s, _e, e in _marks(d)}
    assert english == hc.CATEGORIES
    assert sum(len({e for *_, e in _marks(d)}) > 1 for d in docs) >= 10  # two categories in one document
    assert sum(str(d["family"]).startswith("hand-") and not d["labels"] for d in docs) >= 130  # hand negatives


def test_each_minimal_pair_reveals_in_one_version_only() -> None:
    pairs = 0
    for bank in (cats13_hand_da.BANK, cats13_hand_sv.BANK, cats13_hand_en.BANK):
        for _family, _lang, markup in split_bank(bank):
            versions = variants(markup)
            if len(versions) == 2:
                pairs += 1
                assert render(versions[0])[1] and not render(versions[1])[1], markup[:60]
    assert pairs >= 70


def test_generated_layouts_label_the_focus_line_of_half_the_draws() -> None:
    """Each generated layout reveals in half its draws (rounded up), on one whole line, and names one person."""
    docs = [d for d in _set("categories") if str(d["family"]).startswith("gen-")]
    per_family = Counter(str(d["family"]) for d in docs)
    assert len(per_family) == 12 and set(per_family.values()) == {cats13_gen.DRAWS}
    revealing = Counter(str(d["family"]) for d in docs if d["labels"])
    assert all(revealing[f] == (cats13_gen.DRAWS + 1) // 2 for f in per_family), revealing
    generated = {e for d in docs for *_, e in _marks(d)}
    assert generated == hc.CATEGORIES  # the generators cover every category, not only the easy ones
    for d in docs:
        text = str(d["text"])
        lines = text.split("\n")
        for start, end, _entity in _marks(d):
            assert text[start:end] in lines, (d["id"], text[start:end])
        named = [p for p in cats13_gen.PEOPLE[str(d["lang"])] if p in text]
        assert len(named) == 1, (d["id"], named)


def test_names_set_genres_spans_and_traps() -> None:
    docs = _set("names")
    hc.check_hand_written(docs, 200, hand_share=0.55, max_draws=names13_gen.DRAWS)
    hc.check_name_spans(docs)
    genres = Counter(str(d["genre"]) for d in docs)
    assert set(genres) == {"news", "business", "mixed"}
    assert all(0.30 * len(docs) <= n <= 0.36 * len(docs) for n in genres.values()), genres
    assert sum(len(_marks(d)) for d in docs) >= 850
    assert sum(not d["labels"] for d in docs) >= 4  # documents naming nobody
    lower = 0
    for d in docs:
        text = str(d["text"])
        for start, end, _entity in _marks(d):
            span = text[start:end]
            # handles, hashtags, file names and addresses are never a PERSON span, nor the word after @ or #
            assert not set(span) & set("@#_/") and text[start - 1 : start] not in ("@", "#"), (d["id"], span)
            lower += span.islower()
    assert lower >= 30  # lower-case chat, Doodle and git names


def test_generated_name_spans_are_the_drawn_people() -> None:
    """Every span of a generated document is a pool name, its lower-case form or its surname alone."""
    for d in _set("names"):
        if not str(d["family"]).startswith("gen-"):
            continue
        pool = names13_gen.PEOPLE[str(d["lang"])]
        allowed = set(pool) | {p.lower() for p in pool} | {p.split()[-1] for p in pool}
        text = str(d["text"])
        spans = [text[s:e] for s, e, _ in _marks(d)]
        assert len(spans) >= 4 and set(spans) <= allowed, (d["id"], spans)


def test_look_alikes_named_after_people_stay_unlabelled() -> None:
    traps = (
        "Kaj Munks Vej",
        "Kaj Munk Skolen",
        "Tove Ditlevsens Plads",
        "Niels Finsens Allé",
        "Hans Christian Andersen Airport",
        "Kaptajn Bonde",
        "Herr Nilsson",
        "Dag Hammar",
        "Dag Hammarskjölds väg",
        "Selma Lagerlöfskolan",
        "Gösta Berlings",
        "Ronald McDonald Hus",
        "Jørgen Kruuse A/S",
        "Gunnar Dafgård AB",
        "Erik Olssons Fastighetsförmedling",
        "Lennart Gustavssons Fönsterputs",
        "Børge Mogensen-sofa",
        "Bruno Mathsson-fåtöljen",
        "Sankt Hans",
        "Valborg",
        "LO-",
        "Per capita",
        "Glad Kaos",
        "Carl Hansen & Søn",
        "Max Hamburgare",
        "Jensens Bøfhus",
    )
    counts: Counter[str] = Counter()
    for d in _set("names"):
        text = str(d["text"])
        spans = _marks(d)
        for trap in traps:
            for m in re.finditer(re.escape(trap), text):
                counts[trap] += 1
                assert not any(s < m.end() and m.start() < e for s, e, _ in spans), (d["id"], trap)
    assert set(counts) == set(traps), set(traps) - set(counts)


def test_words_that_are_names_are_labelled_only_where_they_name_someone() -> None:
    """'Sol og varme', 'Storm og regn', 'livet', 'lång dag', 'Hans bil' stay words; the same strings as names are
    spans somewhere in the set."""
    docs = _set("names")
    labelled = {str(d["text"])[s:e] for d in docs for s, e, _ in _marks(d)}
    assert {"Liv", "Ask", "Lucia", "dag", "lo", "mark", "sol", "August", "Zlatan", "Christian IV"} <= labelled
    for d in docs:
        text = str(d["text"])
        for word in ("Sol og varme", "Sol och värme", "Storm og regn", "Livet", "lång dag", "Hans bil", "min mark"):
            for m in re.finditer(word, text):
                assert not any(s <= m.start() < e for s, e, _ in _marks(d)), (d["id"], word)


def test_one_saved_run_splits_by_genre_language_and_origin() -> None:
    names = _set("names")
    gold = sum(len(_marks(d)) for d in names)
    run = [f"    miss  {names[0]['id']} 0-5  'x'", f"    false {names[-1]['id']} 1-3  'y'"]
    table = names13_splits.split_names(names, run)
    assert f"TP {gold - 1}, FP 1, FN 1" in table["all"]
    assert {"genre=news", "genre=business", "genre=mixed", "lang=da", "lang=sv", "generated"} <= set(table)
    cats = _set("categories")
    negative = next(d for d in cats if not d["labels"])
    table = names13_splits.split_categories(cats, [f"    {negative['id']}: labelled - reported ['religion']"])
    assert "FP 1, FN 0" in table["all"] and "negatives flagged 1 of" in table["all"] and "lang=en" in table
