"""Hold-out v17 categories and names sets: rebuilt byte for byte from their seeds, mostly hand-written, labels
within bounds and by the v17 rules, independence counts small (the texts are never scored here)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout17 import (
    cats17_build,
    cats17_gen,
    cats17_hand_da,
    cats17_hand_en,
    cats17_hand_sv,
    names17_build,
    names17_gen,
    names17_splits,
)
from benchmarks.redteam.holdout17.cats17_markup import render, variants

FOLDER = hc.data_dir("holdout17")
ROOT = Path(__file__).resolve().parents[1]
Doc = dict[str, object]


def _set(kind: str) -> list[Doc]:
    docs = hc.load(FOLDER, kind)
    assert docs is not None, f"holdout17/{kind}.jsonl is not built"
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


@pytest.mark.parametrize(("builder", "kind"), [(cats17_build, "categories"), (names17_build, "names")])
def test_the_seeded_builder_writes_the_committed_file(builder: object, kind: str, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.jsonl"
    write_jsonl(builder.build(builder.DEFAULT_SEED), out)  # type: ignore[attr-defined]
    assert out.read_bytes() == (FOLDER / f"{kind}.jsonl").read_bytes()
    assert builder.DEFAULT_SEED in (17909, 17919)  # type: ignore[attr-defined]


def test_another_seed_changes_only_the_generated_documents() -> None:
    """The seed drives the generators alone: hand-written documents are the same under any seed."""
    for builder in (cats17_build, names17_build):
        a, b = builder.build(1), builder.build(2)
        assert [d for d in a if str(d["family"]).startswith("hand-")] == [
            d for d in b if str(d["family"]).startswith("hand-")
        ]
        assert [d["text"] for d in a] != [d["text"] for d in b]


# v17's emphasis: text written by professionals and about people, in voices earlier sets did not use
PROFESSIONAL = (
    "hand-journal",
    "hand-referral",
    "hand-discharge",
    "hand-homecare",
    "hand-court",
    "hand-lawyer",
    "hand-police",
    "hand-probation",
    "hand-tribunal",
    "hand-sickleave",
    "hand-disciplinary",
    "hand-accommodation",
    "hand-unionneg",
    "hand-hrfile",
    "hand-insurance",
    "hand-pension",
    "hand-research",
    "hand-ethics",
    "hand-genetic",
    "hand-news",
    "hand-obituary",
    "hand-social",
    "hand-crossborder",
    "hand-bizmail",
)


def test_categories_half_negative_every_category_in_three_languages() -> None:
    docs = _set("categories")
    hc.check_hand_written(docs, 280, hand_share=0.65, max_draws=cats17_gen.DRAWS)
    hc.check_category_labels(docs)
    assert 0.5 <= sum(not d["labels"] for d in docs) / len(docs) <= 0.6
    langs = Counter(str(d["lang"]) for d in docs)
    assert set(langs) == {"da", "sv", "en"} and langs["en"] >= 25 and min(langs["da"], langs["sv"]) >= 125
    for lang in ("da", "sv"):
        seen = Counter(e for d in docs if d["lang"] == lang for _s, _e, e in _marks(d))
        assert set(seen) == hc.CATEGORIES and min(seen.values()) >= 4, (lang, seen)
    english = {e for d in docs if d["lang"] == "en" for _s, _e, e in _marks(d)}
    assert english == hc.CATEGORIES
    assert sum(len({e for *_, e in _marks(d)}) > 1 for d in docs) >= 10  # two categories in one document
    assert sum(str(d["family"]).startswith("hand-") and not d["labels"] for d in docs) >= 100  # hand negatives
    assert sum(str(d["family"]).startswith(PROFESSIONAL) for d in docs) >= 180
    assert len({str(d["family"]) for d in docs if str(d["family"]).startswith("hand-")}) >= 25


def test_category_labels_are_whole_sentences_or_lines() -> None:
    """A label starts after a space or a line break and ends before one or before a full stop or comma (whole
    sentences, lines or clauses, never part of a word)."""
    for d in _set("categories"):
        text = str(d["text"])
        for start, end, _entity in _marks(d):
            assert start == 0 or text[start - 1] in " \n", (d["id"], text[start:end])
            assert end == len(text) or text[end] in " \n,.", (d["id"], text[start:end])


def test_each_minimal_pair_reveals_in_one_version_only() -> None:
    pairs = 0
    for bank in (cats17_hand_da.BANK, cats17_hand_sv.BANK, cats17_hand_en.BANK):
        for _family, _lang, markup in split_bank(bank):
            versions = variants(markup)
            if len(versions) == 2:
                pairs += 1
                assert render(versions[0])[1] and not render(versions[1])[1], markup[:60]
    assert pairs >= 80


def test_public_figures_obituaries_and_pseudonyms() -> None:
    """Rule 119 kept: a politician with the party and a priest of a named church are labelled, a minister's hospital
    visit is not. Rule 130: the deceased's illness alone is a negative, a living survivor's category is labelled.
    Rule 129: a participant named only by a code is a negative."""
    docs = _set("categories")
    news = [{e for *_, e in _marks(d)} for d in docs if d["family"] == "hand-news"]
    assert sum("political_opinion" in k for k in news) >= 3
    assert sum(k == {"religion"} for k in news) >= 1
    assert sum(not k for k in news) >= 4
    obits = [d for d in docs if d["family"] == "hand-obituary"]
    assert sum(not d["labels"] for d in obits) >= 4 and sum(bool(d["labels"]) for d in obits) >= 3
    coded = [d for d in docs if re.search(r"deltager 7|IP 12", str(d["text"]))]
    assert len(coded) == 2 and not any(d["labels"] for d in coded)


def test_generated_layouts_label_the_focus_line_of_four_draws_in_nine() -> None:
    """Each generated layout reveals in REVEALING of its draws, on one whole line, and names one person."""
    docs = [d for d in _set("categories") if str(d["family"]).startswith("gen-")]
    per_family = Counter(str(d["family"]) for d in docs)
    assert len(per_family) == 10 and set(per_family.values()) == {cats17_gen.DRAWS}
    revealing = Counter(str(d["family"]) for d in docs if d["labels"])
    assert all(revealing[f] == cats17_gen.REVEALING for f in per_family), revealing
    assert {e for d in docs for *_, e in _marks(d)} == hc.CATEGORIES
    for d in docs:
        text = str(d["text"])
        for start, end, _entity in _marks(d):
            assert text[start:end] in text.split("\n"), (d["id"], text[start:end])
        named = [p for p, _female in cats17_gen.PEOPLE[str(d["lang"])] if p in text]
        assert len(named) == 1, (d["id"], named)


def test_names_set_genres_spans_and_traps() -> None:
    docs = _set("names")
    hc.check_hand_written(docs, 160, hand_share=0.6, max_draws=names17_gen.DRAWS)
    hc.check_name_spans(docs)
    genres = Counter(str(d["genre"]) for d in docs)
    assert set(genres) == {"news", "business", "mixed"}
    assert all(0.30 * len(docs) <= n <= 0.36 * len(docs) for n in genres.values()), genres
    assert sum(len(_marks(d)) for d in docs) >= 700
    assert sum(not d["labels"] for d in docs) >= 4  # notices naming nobody, only streets, places and weather
    lower = caps = 0
    for d in docs:
        text = str(d["text"])
        mails = [m.span() for m in re.finditer(r"\S+@\S+", text)]
        for start, end, _entity in _marks(d):
            span = text[start:end]
            # handles, hashtags, file names and e-mail addresses are never a PERSON span
            assert not set(span) & set("@#_/") and text[start - 1 : start] not in ("@", "#"), (d["id"], span)
            assert not any(s < end and start < e for s, e in mails), (d["id"], span)
            lower += span.islower()
            caps += span.isupper() and len(span) > 3
    assert lower >= 100 and caps >= 2  # lower-case chat names; names in all-caps CV headers
    assert sum(len(re.findall(r"\S+@\S+\.\w+", str(d["text"]))) for d in docs) >= 30  # addresses to skip


def test_generated_name_spans_are_the_drawn_people() -> None:
    """Every span of a generated document is a pool name, its lower-case first name, first name or surname."""
    for d in _set("names"):
        if not str(d["family"]).startswith("gen-"):
            continue
        pool = names17_gen.PEOPLE[str(d["lang"])]
        allowed = set(pool) | {p.split()[0].lower() for p in pool} | {w for p in pool for w in p.split()}
        text = str(d["text"])
        spans = [text[s:e] for s, e, _ in _marks(d)]
        assert len(spans) >= 4 and set(spans) <= allowed, (d["id"], spans)


TRAPS = (
    "Niels Bohr Institutet",
    "H.C. Andersen Airport",
    "H.C. Andersens Boulevard",
    "Kaj Munks Vej",
    "Karen Blixens Plads",
    "Søren Kierkegaards Plads",
    "Søren Kierkegaard (3. sal)",
    "Jens Baggesens Vej",
    "Kaj Munk Præstegården",
    "Birger Jarlsgatan",
    "Dag Hammarskjölds väg",
    "Raoul Wallenbergs torg",
    "Carl Larsson-gården",
    "Strindbergsmuseet",
    "Axel Dahlströms torg",
    "Selma (plan 4)",
    "Sonningprisen",
    "Bodilprisen",
    "Nobelpriset",
    "Polarpriset",
    "Finn Juhl-sofa",
    "Wegner-stol",
    "Koppel-fad",
    "Arne Jacobsen-ure",
    "PH-lampen",
    "Kay Bojesen-abe",
    "Stig Lindberg-fat",
    "Josef Frank-",
    "Bruno Mathsson-stol",
    "Lisa Larson-lejon",
    "Louis Poulsen",
    "Anthon Berg",
    "Jensens Bøfhus",
    "Kähler Design",
    "Salling",
    "Lauritz.com",
    "Peter Larsen Kaffe",
    "A.P. Møller - Mærsk",
    "Advokatfirmaet Poul Schmith",
    "Holmgaards Tømrerforretning",
    "Tømrerfirmaet Ole Bak",
    "Kjær & Bonde",
    "Vang & Søn",
    "Restaurant Bjørn",
    "Victor Hasselblad AB",
    "Gunnar Dafgård AB",
    "Lennart Nilssons Åkeri",
    "Åhléns",
    "Max Hamburgerrestauranger",
    "Axel Johnson",
    "Clas Ohlson",
    "Erik den Röde",
    "Berg & Strand",
    "Ek & Son",
    "Holms Snickeri",
    "Bröderna Hedlunds",
    "Anders And",
    "Kalle Anka",
    "Ref.: MH",
    "Referent: AS",
    "Protokollförare: AS",
    "Sekreterare: ML",
    "/TK",
    "/BK",
    "/LM",
    "katten Mads",
    "hunden Tyra",
    "mads_h",
    "ollebolle",
)


def test_look_alikes_named_after_people_stay_unlabelled() -> None:
    counts: Counter[str] = Counter()
    for d in _set("names"):
        text = str(d["text"])
        spans = _marks(d)
        for trap in TRAPS:
            for m in re.finditer(re.escape(trap), text):
                counts[trap] += 1
                assert not any(s < m.end() and m.start() < e for s, e, _ in spans), (d["id"], trap)
    assert set(counts) == set(TRAPS), set(TRAPS) - set(counts)


def test_words_that_are_names_are_labelled_only_where_they_name_someone() -> None:
    docs = _set("names")
    labelled = {str(d["text"])[s:e] for d in docs for s, e, _ in _marks(d)}
    assert {"Tobias Rask", "Elias Frost", "Maria Sten", "sten", "Kim Vang", "Victor Hasselblad"} <= labelled
    assert {"Holbergs", "Strindbergs", "Munks", "Carl XVI Gustaf", "haaland", "gyökeres", "Laleh"} <= labelled
    assert {"SIMON AAGAARD HVIID", "MALIN ÖSTBERG LUNDH", "B. Laursen", "K. Lundgren", "Søren K", "Janne B"} <= labelled
    words = (
        "Frost i nat",
        "Frost i natt",
        "Frost i morgen",
        "Sten och grus",
        "Björn har setts",
        "Rask og glad",
        "Lund og Holm",
        "Bo i Favrskov",
        "Bo i Nacka",
        "CURRICULUM VITAE",
        "spiller Jeppe",
        "skarp Nille",
        "sårbar Julie",
        "farlig Jean",
        "Sol og strand",
        "Sol och bad",
    )
    seen = set()
    for d in docs:
        text = str(d["text"])
        for word in words:
            for m in re.finditer(word, text):
                seen.add(word)
                assert not any(s < m.end() and m.start() < e for s, e, _ in _marks(d)), (d["id"], word)
    assert seen == set(words), set(words) - seen


def test_one_saved_run_splits_by_genre_language_and_origin(tmp_path: Path) -> None:
    names = _set("names")
    gold = sum(len(_marks(d)) for d in names)
    run = [f"    miss  {names[0]['id']} 0-5  'x'", f"    false {names[-1]['id']} 1-3  'y'"]
    table = names17_splits.split_names(names, run)
    assert f"TP {gold - 1}, FP 1, FN 1" in table["all"]
    assert {"genre=news", "genre=business", "genre=mixed", "lang=da", "lang=sv", "generated"} <= set(table)
    cats = _set("categories")
    negative = next(d for d in cats if not d["labels"])
    table = names17_splits.split_categories(cats, [f"    {negative['id']}: labelled - reported ['religion']"])
    assert "FP 1, FN 0" in table["all"] and "negatives flagged 1 of" in table["all"] and "lang=en" in table
    saved = tmp_path / "run.txt"
    saved.write_text("\n".join(run) + "\n", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.redteam.holdout17.names17_splits",
            "--set",
            "names",
            "--data",
            str(FOLDER / "names.jsonl"),
            "--output",
            str(saved),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "genre=mixed" in out and "FN 1)" in out


def test_independence_counts_are_small(capsys: pytest.CaptureFixture[str]) -> None:
    """Few of the sets' lines occur verbatim in the project's other data files (counts only)."""
    from benchmarks.redteam.holdout17 import cats17_independence

    cats17_independence.main()
    out = capsys.readouterr().out
    for kind in ("categories", "names"):
        m = re.search(rf"{kind}: (\d+) of (\d+) lines/sentences .*?; ([\d.]+)% of", out)
        assert m, out
        assert int(m.group(1)) <= 10 and float(m.group(3)) < 5.0, out
