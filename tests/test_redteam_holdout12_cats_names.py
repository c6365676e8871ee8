"""Hold-out v12 categories and names sets: rebuilt byte for byte from their seeds, mostly hand-written, labels
within bounds and by the v12 rules (the texts are never scored here)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout12 import (
    cats12_build,
    cats12_gen,
    cats12_hand_da,
    cats12_hand_en,
    cats12_hand_sv,
    names12_build,
    names12_gen,
    names12_splits,
)
from benchmarks.redteam.holdout12.cats12_markup import render, variants

FOLDER = hc.data_dir("holdout12")
Doc = dict[str, object]


def _set(kind: str) -> list[Doc]:
    docs = hc.load(FOLDER, kind)
    assert docs is not None, f"holdout12/{kind}.jsonl is not built"
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


@pytest.mark.parametrize(("builder", "kind"), [(cats12_build, "categories"), (names12_build, "names")])
def test_the_seeded_builder_writes_the_committed_file(builder: object, kind: str, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.jsonl"
    write_jsonl(builder.build(builder.DEFAULT_SEED), out)  # type: ignore[attr-defined]
    assert out.read_bytes() == (FOLDER / f"{kind}.jsonl").read_bytes()
    assert builder.DEFAULT_SEED in (12909, 12919)  # type: ignore[attr-defined]


def test_categories_half_negative_every_category_in_both_languages() -> None:
    docs = _set("categories")
    hc.check_hand_written(docs, 300, hand_share=0.6, max_draws=cats12_gen.DRAWS)
    hc.check_category_labels(docs)
    assert 0.45 <= sum(not d["labels"] for d in docs) / len(docs) <= 0.55
    langs = Counter(str(d["lang"]) for d in docs)
    assert set(langs) == {"da", "sv", "en"} and langs["en"] >= 10 and min(langs["da"], langs["sv"]) >= 140
    for lang in ("da", "sv"):
        seen = Counter(e for d in docs if d["lang"] == lang for _s, _e, e in _marks(d))
        assert set(seen) == hc.CATEGORIES and min(seen.values()) >= 3, (lang, seen)
    assert sum(len({e for *_, e in _marks(d)}) > 1 for d in docs) >= 8  # second categories in one document
    assert sum(str(d["family"]).startswith("hand-") and not d["labels"] for d in docs) >= 90  # hand hard negatives


def test_each_minimal_pair_reveals_in_one_version_only() -> None:
    pairs = 0
    for bank in (cats12_hand_da.BANK, cats12_hand_sv.BANK, cats12_hand_en.BANK):
        for _family, _lang, markup in split_bank(bank):
            versions = variants(markup)
            if len(versions) == 2:
                pairs += 1
                assert render(versions[0])[1] and not render(versions[1])[1], markup[:60]
    assert pairs >= 60


def test_generated_layouts_label_the_focus_line_of_every_other_draw() -> None:
    """Half of each generated layout reveals; the label is one whole line of the text, and the look-alike draw
    has the same layout with no label at all."""
    docs = [d for d in _set("categories") if str(d["family"]).startswith("gen-")]
    per_family = Counter(str(d["family"]) for d in docs)
    assert len(per_family) == 12 and set(per_family.values()) == {cats12_gen.DRAWS}
    revealing = Counter(str(d["family"]) for d in docs if d["labels"])
    assert all(revealing[f] == (cats12_gen.DRAWS + 1) // 2 for f in per_family), revealing
    for d in docs:
        text = str(d["text"])
        for start, end, _entity in _marks(d):
            span = text[start:end]
            assert "\n" not in span and (start == 0 or text[start - 1] in "\n "), (d["id"], span)
            assert end == len(text) or text[end] in "\n ", (d["id"], span)
        # one person: by full name, or greeted by first name (the pharmacy SMS)
        people = cats12_gen.PEOPLE[str(d["lang"])]
        named = {cats12_gen._first(p) for p in people if p in text or f"Hej {cats12_gen._first(p)}" in text}
        assert len(named) == 1, (d["id"], named)


def test_names_set_genres_spans_and_traps() -> None:
    docs = _set("names")
    hc.check_hand_written(docs, 200, hand_share=0.55, max_draws=names12_gen.DRAWS)
    hc.check_name_spans(docs)
    genres = Counter(str(d["genre"]) for d in docs)
    assert set(genres) == {"news", "business", "mixed"}
    assert all(0.28 * len(docs) <= n <= 0.40 * len(docs) for n in genres.values()), genres
    assert sum(len(_marks(d)) for d in docs) >= 700
    assert sum(not d["labels"] for d in docs) >= 6  # documents naming nobody
    lower = 0
    for d in docs:
        text = str(d["text"])
        for start, end, _entity in _marks(d):
            span = text[start:end]
            # handles, hashtags, file names and addresses are never a PERSON span, nor the word after @ or #
            assert not set(span) & set("@#_/") and text[start - 1 : start] not in ("@", "#"), (d["id"], span)
            lower += span.islower()
    assert lower >= 40  # lower-case chat names


def test_look_alikes_named_after_people_stay_unlabelled() -> None:
    traps = (
        "Jensens Bøfhus",
        "Anderssons Bil",
        "Nilssons Skor",
        "Holms Blomster",
        "Alzheimers",
        "Parkinsons",
        "Aspergers",
        "Thorvaldsens Museum",
        "Astrid Lindgrens Värld",
        "Carl Nielsen-konkurrencen",
        "Niels Juels",
        "Selma Lagerlöfskolan",
        "Max Hamburgare",
        "Göran Gustafssons pris",
        "Lex Sarah",
        "Zornmuseet",
        "Karen Blixen Museet",
        "Gunder Häggs bana",
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
    """'Sol og varme', 'Storm og regn', 'livet', 'stigen', 'björken' stay words; the same strings as names are
    spans somewhere in the set."""
    docs = _set("names")
    labelled = {str(d["text"])[s:e] for d in docs for s, e, _ in _marks(d)}
    assert {"Sol Bergmann", "Storm", "liv", "stig", "Björk", "Tor"} <= labelled
    for d in docs:
        text = str(d["text"])
        for word in ("Sol og varme", "Storm og regn", "livet", "stigen", "björken", "Björk och gran"):
            for m in re.finditer(word, text):
                assert not any(s <= m.start() < e for s, e, _ in _marks(d)), (d["id"], word)


def test_one_saved_run_splits_by_genre_language_and_origin() -> None:
    names = _set("names")
    gold = sum(len(_marks(d)) for d in names)
    run = [f"    miss  {names[0]['id']} 0-5  'x'", f"    false {names[-1]['id']} 1-3  'y'"]
    table = names12_splits.split_names(names, run)
    assert f"TP {gold - 1}, FP 1, FN 1" in table["all"]
    assert {"genre=news", "genre=business", "genre=mixed", "lang=da", "lang=sv", "generated"} <= set(table)
    cats = _set("categories")
    negative = next(d for d in cats if not d["labels"])
    table = names12_splits.split_categories(cats, [f"    {negative['id']}: labelled - reported ['religion']"])
    assert "FP 1, FN 0" in table["all"] and "negatives flagged 1 of" in table["all"] and "lang=en" in table
