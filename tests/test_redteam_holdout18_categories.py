"""Hold-out v18 categories and names sets: rebuilt byte for byte from their seeds, mostly hand-written, labels
within bounds and by the v18 rules, independence counts small (the texts are never scored here)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.bank import split_bank, write_jsonl
from benchmarks.redteam.holdout18 import (
    cats18_build,
    cats18_gen,
    cats18_hand_da,
    cats18_hand_en,
    cats18_hand_sv,
    names18_build,
    names18_gen,
    names18_splits,
)
from benchmarks.redteam.holdout18.cats18_markup import render, variants

FOLDER = hc.data_dir("holdout18")
ROOT = Path(__file__).resolve().parents[1]
Doc = dict[str, object]


def _set(kind: str) -> list[Doc]:
    docs = hc.load(FOLDER, kind)
    assert docs is not None, f"holdout18/{kind}.jsonl is not built"
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


@pytest.mark.parametrize(("builder", "kind"), [(cats18_build, "categories"), (names18_build, "names")])
def test_the_seeded_builder_writes_the_committed_file(builder: object, kind: str, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.jsonl"
    write_jsonl(builder.build(builder.DEFAULT_SEED), out)  # type: ignore[attr-defined]
    assert out.read_bytes() == (FOLDER / f"{kind}.jsonl").read_bytes()
    assert builder.DEFAULT_SEED in (18909, 18919)  # type: ignore[attr-defined]


def test_another_seed_changes_only_the_generated_documents() -> None:
    """The seed drives the generators alone: hand-written documents are the same under any seed."""
    for builder in (cats18_build, names18_build):
        a, b = builder.build(1), builder.build(2)
        assert [d for d in a if str(d["family"]).startswith("hand-")] == [
            d for d in b if str(d["family"]).startswith("hand-")
        ]
        assert [d["text"] for d in a] != [d["text"] for d in b]


# v18's emphasis: text as it sits in a mailbox, personal papers kept at work, school and day-care, associations,
# municipal decisions about a named citizen, buying and selling
MAILBOX_AND_LIFE = (
    "hand-thread",
    "hand-forward",
    "hand-autoreply",
    "hand-calendar",
    "hand-cv",
    "hand-application",
    "hand-reference",
    "hand-invitation",
    "hand-condolence",
    "hand-leave",
    "hand-school",
    "hand-daycare",
    "hand-members",
    "hand-club",
    "hand-decision",
    "hand-pharmacy",
    "hand-quote",
    "hand-travel",
    "hand-payslip",
    "hand-certificate",
)


def test_categories_half_negative_every_category_in_each_nordic_language() -> None:
    docs = _set("categories")
    hc.check_hand_written(docs, 280, hand_share=0.7, max_draws=cats18_gen.DRAWS)
    hc.check_category_labels(docs)
    assert 0.5 <= sum(not d["labels"] for d in docs) / len(docs) <= 0.6
    langs = Counter(str(d["lang"]) for d in docs)
    assert set(langs) == {"da", "sv", "en", "de", "pl"} and min(langs["da"], langs["sv"]) >= 125
    assert langs["en"] >= 25 and min(langs["de"], langs["pl"]) >= 6
    for lang in ("da", "sv"):
        seen = Counter(e for d in docs if d["lang"] == lang for _s, _e, e in _marks(d))
        assert set(seen) == hc.CATEGORIES and min(seen.values()) >= 3, (lang, seen)
    foreign = {e for d in docs if d["lang"] in ("en", "de", "pl") for _s, _e, e in _marks(d)}
    assert foreign == hc.CATEGORIES
    assert sum(len({e for *_, e in _marks(d)}) > 1 for d in docs) >= 10  # two categories in one document
    assert sum(str(d["family"]).startswith("hand-") and not d["labels"] for d in docs) >= 110  # hand negatives
    assert sum(str(d["family"]) in MAILBOX_AND_LIFE for d in docs) >= 180
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
    for bank in (cats18_hand_da.BANK, cats18_hand_sv.BANK, cats18_hand_en.BANK):
        for _family, _lang, markup in split_bank(bank):
            versions = variants(markup)
            if len(versions) == 2:
                pairs += 1
                assert render(versions[0])[1] and not render(versions[1])[1], markup[:60]
    assert pairs >= 90


def test_v18_rules_on_certificates_checkups_payslips_meals_and_condolences() -> None:
    """Rule 140: clean record certificates are negatives. Rule 138: a routine check-up is never labelled.
    Rule 141: unemployment funds and burial fees are never labelled, union dues and church fees are. Rule 144:
    a religious meal code is religion. Rule 139: a deceased parent's illness is never labelled."""
    docs = _set("categories")
    clean = ("ingen anmærkninger", "inga noteringar", "keine Eintragungen", "Straffeattest: ren")
    never = ("Lægetjek", "Hälsokontroll", "A-kasse", "A-kassa", "Begravningsavgift", "lungesygdom", "sjuk i ALS")
    always = {"KSML": "religion", "MOML": "religion", "Kirkeskat": "religion", "Kyrkoavgift": "religion"}
    seen: Counter[str] = Counter()
    for d in docs:
        text = str(d["text"])
        for word in clean:
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
    assert set(seen) == set(clean) | set(never) | set(always), set(clean) | set(never) | set(always) - set(seen)
    dues = [d for d in docs if d["family"] == "hand-payslip" and d["labels"]]
    assert sum({e for *_, e in _marks(d)} == {"trade_union"} for d in dues) >= 3


def test_generated_layouts_label_the_focus_line_of_four_draws_in_nine() -> None:
    """Each generated layout reveals in REVEALING of its draws, on one whole line, and names one person."""
    docs = [d for d in _set("categories") if str(d["family"]).startswith("gen-")]
    per_family = Counter(str(d["family"]) for d in docs)
    assert len(per_family) == 8 and set(per_family.values()) == {cats18_gen.DRAWS}
    revealing = Counter(str(d["family"]) for d in docs if d["labels"])
    assert all(revealing[f] == cats18_gen.REVEALING for f in per_family), revealing
    for d in docs:
        text = str(d["text"])
        for start, end, _entity in _marks(d):
            assert text[start:end] in text.split("\n"), (d["id"], text[start:end])
        named = [p for p, _female in cats18_gen.PEOPLE[str(d["lang"])] if p in text]
        assert len(named) == 1, (d["id"], named)


def test_names_set_genres_spans_and_traps() -> None:
    docs = _set("names")
    hc.check_hand_written(docs, 160, hand_share=0.6, max_draws=names18_gen.DRAWS)
    hc.check_name_spans(docs)
    genres = Counter(str(d["genre"]) for d in docs)
    assert set(genres) == {"news", "business", "mixed"}
    assert all(0.30 * len(docs) <= n <= 0.36 * len(docs) for n in genres.values()), genres
    assert sum(len(_marks(d)) for d in docs) >= 700
    assert sum(not d["labels"] for d in docs) >= 4  # notices naming nobody, only streets, places and weather
    lower = caps = mentions = 0
    for d in docs:
        text = str(d["text"])
        mails = [m.span() for m in re.finditer(r"\S+@\S+", text)]
        for start, end, _entity in _marks(d):
            span = text[start:end]
            # handles, hashtags, file names and e-mail addresses are never a PERSON span; a display-name
            # mention ("@Mads Riis") is, with the "@" outside
            assert not set(span) & set("@#_/") and text[start - 1 : start] != "#", (d["id"], span)
            assert not any(s < end and start < e for s, e in mails), (d["id"], span)
            lower += span.islower()
            caps += span.isupper() and len(span) > 3
            mentions += text[start - 1 : start] == "@"
    assert lower >= 100 and caps >= 2 and mentions >= 20
    assert sum(len(re.findall(r"\S+@\S+\.\w+", str(d["text"]))) for d in docs) >= 30  # addresses to skip


def test_generated_name_spans_are_the_drawn_people() -> None:
    """Every span of a generated document is a pool name, its lower-case first name, first name or surname."""
    for d in _set("names"):
        if not str(d["family"]).startswith("gen-"):
            continue
        pool = names18_gen.PEOPLE[str(d["lang"])]
        allowed = set(pool) | {p.split()[0].lower() for p in pool} | {w for p in pool for w in p.split()}
        text = str(d["text"])
        spans = [text[s:e] for s, e, _ in _marks(d)]
        assert len(spans) >= 5 and set(spans) <= allowed, (d["id"], spans)


TRAPS = (
    "H.C. Ørsteds Vej",
    "Niels Ebbesens Vej",
    "Kong Christian IX's Vej",
    "Ole Rømers Vej",
    "Lundbeckfondens",
    "Georg Jensen",
    "Torun-armbånd",
    "Nanna Ditzel-ringe",
    "Jeppe på Bjerget",
    "Ole Rømer-Observatoriet",
    "Tycho Brahe Planetarium",
    "Peter Beier Chokolade",
    "Nørgaard & Munch Revision",
    "Jens Lauritzen Tømrer ApS",
    "lokale Karen Blixen",
    "Niels Bohr-projektet",
    "Café Bohr",
    "Tømrerfirmaet Holger Dreyer ApS",
    "Kurts VVS",
    "Carl Nielsen-sangen",
    "Sankt Eriksgatan",
    "Florence Nightingale-medaljen",
    "Ekmans Bygg AB",
    "Wilhelm Kåge-vaser",
    "Karin Björquist-tallrikar",
    "Hedvig Eleonora",
    "Fröken Julie",
    "Astrid Lindgrens Värld",
    "Astrid Lindgrens väg",
    "Pippi och Emil",
    "Clas Ohlson",
    "Bröderna Hedlunds Åkeri",
    "Erik Olssons Måleri AB",
    "Birger Jarlsgatan",
    "Holm & Berg AB",
    "Selma Lagerlöf (plan 3)",
    "Alfred Nobel-projektet",
    "Åhléns",
    "Café Linné",
    "Snickeri Gösta Lind AB",
    "Evert Taubes gata",
    "Kalles VVS",
    "Tom Tits Experiment",
    "Taube-visan",
    "vvs_kongen",
    "rormokarn72",
    "@line.k",
    "@linus.k",
    "/MB",
    "/AH",
    "/AL",
    "/OH",
    "/GH",
    "Ref.: LJ",
    "Justeras: KM",
    "hunden Bamse",
    "katten Sigge",
    "Kjærgaards Maskinfabrik",
    "Hjelms Mekaniska AB",
    "Isakssons Trädgård",
    "Ibsens Gartneri",
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


def test_particles_initials_mentions_and_words_that_are_names() -> None:
    docs = _set("names")
    labelled = {str(d["text"])[s:e] for d in docs for s, e, _ in _marks(d)}
    assert {"de Fine Licht", "Dalman de Geer", "Frederikke von Buchwald", "Fredrik af Ugglas"} <= labelled
    assert {"Carl-Johan af Klint", "Hans-Henrik von Scholten", "Maria-Louise de Fine Licht"} <= labelled
    assert {"L. Fenger", "A. A. Warsame", "J. Strömberg", "H. M. Jama", "Thomas B", "Tomas B"} <= labelled
    assert {
        "OKSANA HRYTSENKO-LARSEN",
        "AHMAD RAHIMI NILSSON",
        "Holbergs",
        "Strindbergs",
        "Kristians",
        "Veronicas",
    } <= labelled
    assert {"Mads Riis", "Lise Ravn", "Lisa Rehn", "Johan Berg", "Grete Holm", "Greta Holm", "Medina"} <= labelled
    assert {"inge", "gun", "Finn", "Gösta", "Zakarias", "Klaus Becker", "Heike Braun"} <= labelled
    words = ("Storm i nat", "Frost i nat", "Bo du på Bornholm", "Sten och grus", "Snö och storm", "mor:", "mamma:")
    seen = set()
    for d in docs:
        text = str(d["text"])
        for word in words:
            for m in re.finditer(re.escape(word), text):
                seen.add(word)
                assert not any(s < m.end() and m.start() < e for s, e, _ in _marks(d)), (d["id"], word)
    assert seen == set(words), set(words) - seen


def test_one_saved_run_splits_by_genre_language_and_origin(tmp_path: Path) -> None:
    names = _set("names")
    gold = sum(len(_marks(d)) for d in names)
    run = [f"    miss  {names[0]['id']} 0-5  'x'", f"    false {names[-1]['id']} 1-3  'y'"]
    table = names18_splits.split_names(names, run)
    assert f"TP {gold - 1}, FP 1, FN 1" in table["all"]
    assert {"genre=news", "genre=business", "genre=mixed", "lang=da", "lang=sv", "generated"} <= set(table)
    cats = _set("categories")
    negative = next(d for d in cats if not d["labels"])
    table = names18_splits.split_categories(cats, [f"    {negative['id']}: labelled - reported ['religion']"])
    assert "FP 1, FN 0" in table["all"] and "negatives flagged 1 of" in table["all"]
    assert {"lang=en", "lang=de", "lang=pl"} <= set(table)
    saved = tmp_path / "run.txt"
    saved.write_text("\n".join(run) + "\n", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.redteam.holdout18.names18_splits",
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
    from benchmarks.redteam.holdout18 import cats18_independence

    cats18_independence.main()
    out = capsys.readouterr().out
    for kind in ("categories", "names"):
        m = re.search(rf"{kind}: (\d+) of (\d+) lines/sentences .*?; ([\d.]+)% of", out)
        assert m, out
        assert int(m.group(1)) <= 10 and float(m.group(3)) < 5.0, out
