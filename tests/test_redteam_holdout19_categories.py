"""Hold-out v19 categories set: rebuilt byte for byte from its seed, mostly hand-written, labels within bounds and
by the v19 rules, independence counts small (the texts are never scored here)."""

from __future__ import annotations

import re
from collections import Counter

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout19 import cats19_build, cats19_gen, cats19_hand_da, cats19_hand_en, cats19_hand_sv
from benchmarks.redteam.holdout19.cats19_markup import render, variants

FOLDER = hc.data_dir("holdout19")
Doc = dict[str, object]


def _set() -> list[Doc]:
    docs = hc.load(FOLDER, "categories")
    assert docs is not None, "holdout19/categories.jsonl is not built"
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


def _inside(doc: Doc, start: int, end: int) -> set[str]:
    """The entities of the labels overlapping [start, end)."""
    return {e for s, t, e in _marks(doc) if s < end and start < t}


def test_the_seeded_builder_writes_the_committed_file(tmp_path: object) -> None:
    from pathlib import Path

    out = Path(str(tmp_path)) / "categories.jsonl"
    write_jsonl(cats19_build.build(cats19_build.DEFAULT_SEED), out)
    assert out.read_bytes() == (FOLDER / "categories.jsonl").read_bytes()
    assert cats19_build.DEFAULT_SEED == 19909


def test_another_seed_changes_only_the_generated_documents() -> None:
    a, b = cats19_build.build(1), cats19_build.build(2)
    assert [d for d in a if str(d["family"]).startswith("hand-")] == [
        d for d in b if str(d["family"]).startswith("hand-")
    ]
    assert [d["text"] for d in a] != [d["text"] for d in b]


# v19's emphasis: people talking about themselves and each other
FAMILIES = (
    "hand-social",
    "hand-forum",
    "hand-chat",
    "hand-service",
    "hand-review",
    "hand-exit",
    "hand-whistle",
    "hand-survey",
    "hand-interview",
    "hand-dating",
    "hand-obituary",
    "hand-podcast",
    "hand-newscomment",
    "hand-tenants",
    "hand-club",
    "hand-counselling",
    "hand-jobcenter",
    "hand-caselaw",
)


def test_shares_and_minimums() -> None:
    docs = _set()
    hc.check_hand_written(docs, 240, hand_share=0.7, max_draws=cats19_gen.DRAWS)
    hc.check_category_labels(docs)
    assert len(docs) <= 285 and cats19_gen.DRAWS <= 5
    assert 0.5 <= sum(not d["labels"] for d in docs) / len(docs) <= 0.6
    langs = Counter(str(d["lang"]) for d in docs)
    assert set(langs) == {"da", "sv", "en", "de", "pl"} and min(langs["da"], langs["sv"]) >= 100
    assert langs["en"] >= 20 and min(langs["de"], langs["pl"]) >= 6
    for lang in ("da", "sv"):
        seen = Counter(e for d in docs if d["lang"] == lang for _s, _e, e in _marks(d))
        assert set(seen) == hc.CATEGORIES and min(seen.values()) >= 3, (lang, seen)
    foreign = {e for d in docs if d["lang"] in ("en", "de", "pl") for _s, _e, e in _marks(d)}
    assert foreign == hc.CATEGORIES
    assert sum(len({e for *_, e in _marks(d)}) > 1 for d in docs) >= 10  # two categories in one document
    hand = [d for d in docs if str(d["family"]).startswith("hand-")]
    assert sum(not d["labels"] for d in hand) >= 120  # hand-written negatives
    assert {str(d["family"]) for d in hand} == set(FAMILIES)
    assert all(sum(d["family"] == f for d in hand) >= 5 for f in FAMILIES)


def test_category_labels_are_whole_sentences_or_lines() -> None:
    """A label starts after a space or a line break and ends before one or before a full stop or comma."""
    for d in _set():
        text = str(d["text"])
        for start, end, _entity in _marks(d):
            assert start == 0 or text[start - 1] in " \n", (d["id"], text[start:end])
            assert end == len(text) or text[end] in " \n,.", (d["id"], text[start:end])


def test_each_minimal_pair_reveals_in_one_version_only() -> None:
    pairs = 0
    for bank in (cats19_hand_da.BANK, cats19_hand_sv.BANK, cats19_hand_en.BANK):
        for _family, _lang, markup in split_bank(bank):
            versions = variants(markup)
            if len(versions) == 2:
                pairs += 1
                assert render(versions[0])[1] and not render(versions[1])[1], markup[:60]
    assert pairs >= 90
    ids = Counter(str(d["pair"])[:4] for d in _set() if "pair" in d)
    assert len(ids) == pairs and set(ids.values()) == {2}


def test_v19_rules_on_anonymised_coded_deceased_clean_and_partners() -> None:
    """Rules 154 and 160: anonymised and coded texts are negatives; rule 156: the deceased's illness, party and
    union are never labelled; rule 158: a clean certificate is a negative; rule 155/152: a same-sex partner is
    sexual_orientation and an opposite-sex one is not; rule 151: a religious meal ordered by its keeper is
    religion."""
    docs = _set()
    negative_docs = (
        "anonymiseret",
        "anonymiserade",
        "anonymised",
        "(anonym)",
        "anonyme svar",
        "IP 4:",
        "IP 11:",
        "uden anmærkninger",
        "inga noteringar",
        "skabelon til ledere",
        "Avgångssamtal – mall",
        "kæreste Simon",
        "flickvän Johanna",
        "en sød pige",
        "söker kille",
        "Looking for a woman",
    )
    never = (
        "kamp mod KOL",
        "Socialdemokratiet og af kirkekoret",
        "sjukdom i Parkinson",
        "Centerpartiet och i Byggnads",
    )
    always = {
        "MOML": "religion",
        "keep kosher": "religion",
        "kæreste Sofie": "sexual_orientation",
        "pojkvän Johan": "sexual_orientation",
        "söker tjej": "sexual_orientation",
        "a guy": "sexual_orientation",
        "her wife": "sexual_orientation",
        "hans man": "sexual_orientation",
        "hendes kone": "sexual_orientation",
        "en sød fyr": "sexual_orientation",
        "stemmeaftryk": "biometric",
        "röstavtryck": "biometric",
        "odcisk głosu": "biometric",
        "folkekirken": "religion",
        "gick ur Svenska kyrkan": "religion",
    }
    seen: Counter[str] = Counter()
    for d in docs:
        text = str(d["text"])
        for word in negative_docs:
            if word in text:
                seen[word] += 1
                assert not d["labels"], (d["id"], word)
        for word in never:
            for m in re.finditer(re.escape(word), text):
                seen[word] += 1
                assert not _inside(d, m.start(), m.end()), (d["id"], word)
        for word, entity in always.items():
            for m in re.finditer(re.escape(word), text):
                seen[word] += 1
                assert entity in _inside(d, m.start(), m.end()), (d["id"], word)
    expected = set(negative_docs) | set(never) | set(always)
    assert set(seen) == expected, expected - set(seen)


def test_generated_layouts_label_the_focus_line_of_two_draws_in_five() -> None:
    """Each generated layout reveals in REVEALING of its draws, on one whole line, and names one person."""
    docs = [d for d in _set() if str(d["family"]).startswith("gen-")]
    per_family = Counter(str(d["family"]) for d in docs)
    assert len(per_family) == 2 * len(cats19_gen.LAYOUTS) and set(per_family.values()) == {cats19_gen.DRAWS}
    revealing = Counter(str(d["family"]) for d in docs if d["labels"])
    assert all(revealing[f] == cats19_gen.REVEALING for f in per_family), revealing
    for d in docs:
        text = str(d["text"])
        for start, end, _entity in _marks(d):
            assert text[start:end] in text.split("\n"), (d["id"], text[start:end])
        named = [p for p, _female in cats19_gen.PEOPLE[str(d["lang"])] if p in text]
        assert len(named) == 1, (d["id"], named)
    # the look-alike lines reuse the revealing words: every look-alike shares a content word with a revealing line
    for lang in ("da", "sv"):
        words = {w for _c, t in cats19_gen.REVEAL[lang] for w in re.findall(r"\w{5,}", t.lower())}
        assert sum(bool(set(re.findall(r"\w{5,}", t.lower())) & words) for t in cats19_gen.LOOKALIKE[lang]) >= 6


def test_independence_counts_are_small() -> None:
    """Few of the set's lines occur verbatim in the project's other data files (counts only)."""
    from benchmarks.redteam.holdout19 import cats19_independence

    shared, lines, grams, _n, _files = cats19_independence.counts()
    assert lines >= 600 and shared <= 10 and grams < 0.05


def test_v18_splitter_reads_a_saved_run_of_this_set() -> None:
    """The scoring procedure splits a saved run by language and hand-written / generated without scanning."""
    from benchmarks.redteam.holdout18 import names18_splits

    docs = _set()
    negative = next(d for d in docs if not d["labels"])
    table = names18_splits.split_categories(docs, [f"    {negative['id']}: labelled - reported ['religion']"])
    assert (
        "FP 1, FN 0" in table["all"] and f"negatives flagged 1 of {sum(not d['labels'] for d in docs)}" in table["all"]
    )
    assert {"lang=da", "lang=sv", "lang=en", "lang=de", "lang=pl", "generated", "hand-written"} <= set(table)
