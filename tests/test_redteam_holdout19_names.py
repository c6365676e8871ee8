"""The v19 names hold-out: rebuilt byte for byte, mostly hand-written, labels that hold by the rules of
``names19_build``'s docstring. The texts are never scored here (the set is scored by the lead only)."""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter

import pytest

from benchmarks.redteam import holdout_checks as hc
from benchmarks.redteam.holdout9.names9_splits import split_names
from benchmarks.redteam.holdout19 import names19_gen, names19_independence
from benchmarks.redteam.holdout19.names19_build import DEFAULT_SEED, OUT, build

FOLDER = hc.data_dir("holdout19")
DOCS = hc.load(FOLDER, "names") or []
pytestmark = pytest.mark.skipif(not DOCS, reason="holdout19 names not built")

# Shops, firms, places, prizes, ships, rooms, products and compounds named after people: never inside a span.
LOOK_ALIKES = (
    "Bager Jensens Brød",
    "Café Petersen",
    "Konditori Ekberg",
    "Möbelbutiken Malmstens",
    "kvitto från Malmstens",
    "Bruun Rasmussen",
    "Bukowskis",
    "EDC Poul Erik Bech",
    "Erik Olsson Fastighetsförmedling",
    "Poul Schmith",
    "Kurts Rør",
    "Kalles Rör",
    "Hos Bodil",
    "Hos Birgitta",
    "Grethe Sørensens Minde",
    "A.P. Møller Fonden",
    "Knut och Alice Wallenbergs",
    "Søren Gyldendal-pris",
    "Augustpriset",
    "Georg Stage",
    "af Chapman",
    "Birger Jarl",
    "Niels Bohr Institutet",
    "H.C. Ørsted Bygningen",
    "Carl Nielsens Allé",
    "Carl Larssons väg",
    "Olof Palmes gata",
    "Inger Christensens Vej",
    "Sonja Kovalevskys gata",
    "Florence Nightingale",
    "Alfred Nobel",
    "Elsa Brändström",
    "Alva Myrdal",
    "Storm P.s yndlingskage",
    "Gretas gräddbulle",
    "Fiils favorit",
    "Wegner-stol",
    "Le Klint",
    "Marius Fiil-sandwichen",
    "Malmsten-stol",
    "Kalle Anka",
    "Bellmanrummet",
    "Ebbe Lindholm-salen",
    "Bjarnes Bodega",
    "Bengans Bar",
    "Kajs Byg",
    "Linds Järn",
    "Birthes Blomster",
    "Britts Blommor",
    "Ragnars Fisk",
    "Pizzeria Ali Baba",
    "Målerifirma Bo Ek",
    "Malermester Bo Storm ApS",
    "Elektriker Svend Berg",
    "Elfirman Sten Lund",
    "Jens Schou Transport",
    "Vinter Logistik",
    "Storm Logistik",
    "Storm Advokater",
    "Advokatfirmaet Sten & Siv",
    "Advokatfirman Lind & Ask",
    "Stall Bosse & Sture",
    "Olle Ohlssons Schakt",
    "Lasse Bergs Snickeri",
    "Byggfirman Storm & Son",
    "Café Svensson HB",
    "Fastighets AB Gustav Dahlberg",
    "K.E.",
    "fra bager jensen",
    "Bo Bedre-messen",
    "Lund-kvarteret",
    "Vinter-kampagne",
    "Ivar Kreuger",
    "Emil i Lönneberga",
    "Fritz Hansen",
    "Carl Hansen & Søn",
    "Kong Hans Kælder",
    "ASTRID LINDGRENS VÄRLD",
)
# Words that are names, handles, kinship speakers and anonymised parties: not PERSON where they stand here.
WORDS = (
    "Hun elskede vinter",
    "Hon älskade vinter",
    "siv og tagrør",
    "Storm er ikke varslet",
    "ingen storm väntas",
    "storm i ett vattenglas",
    "Storm i et glas vand",
    "vill bo kvar",
    "bor stadig",
    "mor: ja",
    "far: husk",
    "mammas handstil",
    "farbror",
    "hästen Kalle",
    "Kalle (hästen)",
    "rider Sture",
    "jag tar Bosse",
    "lasse_gamer",
    "kalmarmamman",
    "sara.k.82",
    "@konditoriekberg",
    "Svendborg_Mormor62",
    "@lb_drift",
    "@ma_schema",
    "T:s försvarare",
    "den tiltalte anonymiseret som T",
    "(anna = storebror)",
    "Storm og regn",
    "Storm-skaderne",
    "Eng og blomster",
    "Lund af birk",
    "Sten fra den gamle mur",
    "Vinter er tiden",
    "Stormskadorna",
    "Ek och lind",
    "Berg i dagen",
    "Sten från den gamla",
    "Lo har setts",
    "Vinter är tid",
    "Ref.: NTL",
    "/EVE",
)
# Spans the rules label (particles, foreign orders, capitals, lower case, genitives, maiden names, households).
LABELLED = (
    "Anne-Sofie de Neergaard",
    "Carl-Gustaf von Platen",
    "Hilma af Klint",
    "Agnieszka Wójcik-Larsen",
    "Nguyen Thi Lan",
    "Lan",
    "Abdirahman Mohamed Hassan",
    "Tharshika Sivakumar",
    "Nirmala Sivarajah",
    "METTE",
    "JOCKE",
    "ANNA SVENSSON",
    "SIV HOLMGAARD",
    "BO WESTERLUND",
    "mette",
    "sten",
    "bo",
    "siv",
    "ask",
    "Mehmets",
    "Lisbeths",
    "Storms",
    "Bundgaard",
    "M. Lund",
    "Mia K.",
    "jakob b",
    "Micke",
    "Kalle",
    "Kasia",
    "Jocke",
    "Bosse",
    "Hansen",
    "Warsame",
    "Sten",
    "Storm",
    "Vinter",
    "Eng",
    "STEN LO",
    "Ngo Thi Hanh",
    "ngo",
    "E. Lindblad",
    "Kurt",
    "Kalle Lindgren",
    "Kaare Klint",
)


def _spans(doc: dict[str, object]) -> list[tuple[int, int]]:
    return [(int(lab["start"]), int(lab["end"])) for lab in doc["labels"]]  # type: ignore[attr-defined]


def _span_texts(docs: list[dict[str, object]]) -> Counter[str]:
    return Counter(str(d["text"])[s:e] for d in docs for s, e in _spans(d))


def _occurrences(needle: str) -> list[tuple[dict[str, object], int]]:
    out = []
    for doc in DOCS:
        text, i = str(doc["text"]), 0
        while (i := text.find(needle, i)) >= 0:
            out.append((doc, i))
            i += 1
    return out


def test_committed_file_is_what_the_seeded_builder_writes() -> None:
    lines = [json.dumps(doc, ensure_ascii=False) for doc in build(DEFAULT_SEED)]
    assert OUT == FOLDER / "names.jsonl"
    assert OUT.read_text(encoding="utf-8").splitlines() == lines


def test_another_seed_changes_only_the_generated_documents() -> None:
    other = build(DEFAULT_SEED + 1)
    same = [a == b for a, b in zip(DOCS, other, strict=True)]
    hand = [str(d["family"]).startswith("hand-") for d in DOCS]
    assert all(s for s, h in zip(same, hand, strict=True) if h)
    assert sum(not s for s, h in zip(same, hand, strict=True) if not h) >= 40


def test_size_shares_genres_and_minimums() -> None:
    hc.check_hand_written(DOCS, 150, hand_share=0.6, max_draws=names19_gen.DRAWS)
    assert names19_gen.DRAWS <= 5
    langs = Counter(str(d["lang"]) for d in DOCS)
    assert langs["da"] == langs["sv"] == len(DOCS) // 2
    genres = Counter(str(d["genre"]) for d in DOCS)
    assert set(genres) == {"news", "business", "mixed"} and min(genres.values()) >= 45
    assert sum(len(d["labels"]) for d in DOCS) >= 650  # type: ignore[arg-type]
    hand = [d for d in DOCS if str(d["family"]).startswith("hand-")]
    assert sum(len(d["labels"]) for d in hand) >= 450  # type: ignore[arg-type]
    assert 4 <= sum(not d["labels"] for d in DOCS) <= 10
    assert sum(1 for s in _span_texts(DOCS) if s == s.lower() and s.isalpha()) >= 30


def test_every_label_passes_the_official_name_checks() -> None:
    hc.check_name_spans(DOCS)
    for doc in DOCS:
        spans = sorted(_spans(doc))
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), doc["id"]


def test_look_alikes_named_after_people_stay_unlabelled() -> None:
    for needle in LOOK_ALIKES + WORDS:
        hits = _occurrences(needle)
        assert hits, needle
        for doc, i in hits:
            assert not any(s < i + len(needle) and i < e for s, e in _spans(doc)), (doc["id"], needle)


def test_particles_foreign_orders_capitals_and_words_that_are_names_are_labelled() -> None:
    spans = _span_texts([d for d in DOCS if str(d["family"]).startswith("hand-")])
    missing = [s for s in LABELLED if not spans[s]]
    assert not missing, missing


def test_generated_name_spans_are_the_drawn_peoples_forms() -> None:
    forms: set[str] = set()
    for people in names19_gen.PEOPLE.values():
        for p in people:
            for f in (p.full, p.given, p.family, p.given.split()[0]):
                forms |= {f, f.lower(), f.upper(), f + "s", f.lower() + "s"}
    generated = [d for d in DOCS if not str(d["family"]).startswith("hand-")]
    assert len(generated) == 12 * names19_gen.DRAWS
    for doc in generated:
        for s, e in _spans(doc):
            assert str(doc["text"])[s:e] in forms, (doc["id"], s)
    # The same strings outside spans: a club's, café's or street's name, an address, initials.
    outside = 0
    for doc in generated:
        text, spans = str(doc["text"]), _spans(doc)
        for p in names19_gen.PEOPLE[str(doc["lang"])]:
            fam = p.family.split()[-1]
            i = 0
            while (i := text.find(fam, i)) >= 0:
                outside += not any(s <= i < e for s, e in spans)
                i += 1
    assert outside >= len(generated)


def test_one_saved_run_splits_by_genre_language_and_origin() -> None:
    first = next(d for d in DOCS if d["labels"])
    s, e = _spans(first)[0]
    lines = [f"  miss {first['id']} {s}-{e} PERSON", f"  false {DOCS[-1]['id']} 0-4 PERSON"]
    table = split_names(DOCS, lines)
    gold = sum(len(d["labels"]) for d in DOCS)  # type: ignore[arg-type]
    assert table["all"].endswith(f"(gold {gold}, TP {gold - 1}, FP 1, FN 1)")
    assert {"lang=da", "lang=sv", "hand-written", "generated", "genre=news", "genre=business", "genre=mixed"} <= set(
        table
    )


def test_independence_counts_are_small() -> None:
    shared, total, files, share = names19_independence.counts()
    assert files >= 90 and total >= 800
    assert shared <= 0.01 * total and share < 0.03


def test_generator_is_deterministic_per_seed() -> None:
    assert names19_gen.generate(random.Random(7)) == names19_gen.generate(random.Random(7))
